import { mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { ScriptDirectory } from "../script/script-directory";
import { renderOfflineScript } from "./render-offline-script";
import { runPlan } from "./run-plan";
import { SqlEmitter } from "./sql-emitter";
import { VersionTable } from "./version-table";

// A history longer than one part of the script cache (500 files), rendered as `--sql` renders
// it (parts imported in turn, streamed) and as every migration loaded at once: the same text,
// cold and warm, and a changed file is seen.

let dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  dirs = [];
});

const versionTable = new VersionTable({
  schema: "public",
  table: "retort_version",
  historyTable: "retort_history",
});

function revision(i: number): string {
  return i.toString(16).padStart(12, "0");
}

function migration(i: number, up: string): string {
  const down = i === 1 ? "null" : JSON.stringify(revision(i - 1));
  return `export default {\n  revision: "${revision(i)}",\n  downRevision: ${down},\n  message: "m ${i}",\n  up(op) {\n    ${up}\n  },\n  down(op) {\n    op.execute("delete from t where n = ${i}");\n  },\n};\n`;
}

/** A project of `count` plain migrations, a few with parameters or a non-transactional step. */
function project(count: number): { root: string; versions: string } {
  const root = mkdtempSync(join(tmpdir(), "retort-offline-"));
  dirs.push(root);
  const versions = join(root, "versions");
  mkdirSync(versions);
  for (let i = 1; i <= count; i++) {
    const up =
      i % 97 === 0
        ? `op.execute("insert into t (n, s) values ($1, $2)", [${i}, "it's ${i}"]);`
        : `op.execute("insert into t (n) values (${i})");`;
    writeFileSync(join(versions, `${revision(i)}_m.ts`), migration(i, up));
  }
  return { root, versions };
}

function load(root: string, versions: string): ScriptDirectory {
  return ScriptDirectory.load({
    root,
    versionLocations: [versions],
    headerCache: join(root, ".retort", "cache", "headers.json"),
  });
}

/** What `upgrade head --sql` prints: parts imported in turn, streamed in pieces. */
async function streamed(scripts: ScriptDirectory): Promise<string> {
  const pieces: string[] = [];
  await renderOfflineScript(scripts, versionTable, {
    steps: scripts.graph.upgradePlan([], "head"),
    createVersionTable: true,
    transactionPerMigration: true,
    write: (text) => pieces.push(text),
  });
  return pieces.join("");
}

/** The same plan with every migration imported before the first step, as online. */
async function allAtOnce(scripts: ScriptDirectory): Promise<string> {
  const emitter = new SqlEmitter({
    versionTable,
    createVersionTable: true,
    transactionPerMigration: true,
  });
  await runPlan(scripts, scripts.graph.upgradePlan([], "head"), emitter);
  return emitter.text;
}

describe("renderOfflineScript on a long history", () => {
  it("prints what loading every migration at once prints, cold and warm, and sees a changed file", async () => {
    const { root, versions } = project(1203);
    const expected = await allAtOnce(load(root, versions));
    expect(expected).toContain("insert into t (n, s) values (97, 'it''s 97');");
    expect(expected).toContain("-- Running upgrade 0000000004b2 -> 0000000004b3");
    rmSync(join(root, ".retort"), { recursive: true, force: true });
    // Cold (nothing cached), then warm twice: the second warm run reads the kept code.
    for (let run = 0; run < 3; run++) {
      expect(await streamed(load(root, versions))).toBe(expected);
    }
    const cache = join(root, ".retort", "cache");
    const parts = () =>
      new Map(
        readdirSync(cache)
          .filter((name) => /^modules-.*\.mjs$/.test(name))
          .map((name) => [name, statSync(join(cache, name)).mtimeMs]),
      );
    const before = parts();
    expect(before.size).toBe(3);

    // A file of the middle part changes (its size too): that part is made again, not the others.
    writeFileSync(
      join(versions, `${revision(700)}_m.ts`),
      migration(700, `op.execute("insert into t (n) values (-700)");`),
    );
    const changed = await streamed(load(root, versions));
    expect(changed).toContain("insert into t (n) values (-700);");
    expect(changed).not.toContain("insert into t (n) values (700);");
    const remade = [...parts()].filter(([name, mtimeMs]) => before.get(name) !== mtimeMs);
    expect(remade).toHaveLength(1);
    // Nothing else differs from a cold render of the changed files.
    rmSync(join(root, ".retort"), { recursive: true, force: true });
    expect(await allAtOnce(load(root, versions))).toBe(changed);
  });

  it("stops after the last whole migration when a later part's file throws as it loads", async () => {
    const { root, versions } = project(1001);
    writeFileSync(
      join(versions, `${revision(900)}_m.ts`),
      migration(900, `op.execute("select 900");`).replace(
        "  message:",
        "  broken: missingThing.x,\n  message:",
      ),
    );
    for (let run = 0; run < 2; run++) {
      const pieces: string[] = [];
      const scripts = load(root, versions);
      const error = await renderOfflineScript(scripts, versionTable, {
        steps: scripts.graph.upgradePlan([], "head"),
        createVersionTable: false,
        transactionPerMigration: true,
        write: (text) => pieces.push(text),
      }).then(
        () => undefined,
        (caught: unknown) => caught as Error,
      );
      expect(error).toMatchObject({ code: "BAD_MIGRATION_MODULE" });
      expect(error?.message).toMatch(/: missingThing is not defined$/);
      const text = pieces.join("");
      expect(text).toContain("-- Running upgrade 0000000001f3 -> 0000000001f4\n");
      expect(text).not.toContain("-- Running upgrade 0000000001f4 -> 0000000001f5");
      expect(text.endsWith("COMMIT;\n")).toBe(true);
    }
  });
});
