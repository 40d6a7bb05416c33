import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { CliProject } from "../test/cli-project";

let projects: CliProject[] = [];
function project(config?: string): CliProject {
  const p = new CliProject(config);
  projects.push(p);
  return p;
}
afterEach(() => {
  for (const p of projects) p.remove();
  projects = [];
});

/** base -> a -> b, with b a branch point into c1 and c2 (two heads). */
function branched(): CliProject {
  const p = project();
  p.add("aaaa00000001", null, { message: "create account" });
  p.add("bbbb00000002", "aaaa00000001", { message: "add column" });
  p.add("cccc00000003", "bbbb00000002", { message: "feature one", labels: ["one"] });
  p.add("cccd00000004", "bbbb00000002", { message: "feature two", labels: ["two"] });
  return p;
}

describe("retort heads / branches / history / show", () => {
  it("lists heads with their branch labels", async () => {
    const r = await branched().run("heads");
    expect(r.code).toBe(0);
    expect(r.stdout).toBe("cccc00000003 (one) (head)\ncccd00000004 (two) (head)\n");
  });

  it("prints heads as JSON", async () => {
    const r = await branched().run("heads", "--json");
    const json = JSON.parse(r.stdout) as { heads: { revision: string; branchLabels: string[] }[] };
    expect(json.heads.map((h) => h.revision)).toEqual(["cccc00000003", "cccd00000004"]);
    expect(json.heads[0]!.branchLabels).toEqual(["one"]);
  });

  it("shows branch points and where they lead", async () => {
    const r = await branched().run("branches");
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("bbbb00000002 (branchpoint)");
    expect(r.stdout).toContain("             -> cccc00000003 (one) (head)");
    expect(r.stdout).toContain("             -> cccd00000004 (two) (head)");
  });

  it("lists history newest first, in Alembic's format", async () => {
    const p = project();
    p.add("aaaa00000001", null, { message: "create account" });
    p.add("bbbb00000002", "aaaa00000001", { message: "add column" });
    const r = await p.run("history");
    expect(r.stdout).toBe(
      "aaaa00000001 -> bbbb00000002 (head), add column\n<base> -> aaaa00000001, create account\n",
    );
  });

  it("limits history to a range and prints JSON", async () => {
    const p = project();
    p.add("aaaa00000001", null);
    p.add("bbbb00000002", "aaaa00000001");
    p.add("cccc00000003", "bbbb00000002");
    const r = await p.run("history", "-r", "bbbb:head", "--json");
    const json = JSON.parse(r.stdout) as { revisions: { revision: string }[] };
    expect(json.revisions.map((x) => x.revision)).toEqual(["cccc00000003", "bbbb00000002"]);
  });

  it("shows one revision in full, by prefix", async () => {
    const r = await branched().run("show", "bbbb");
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("Rev: bbbb00000002 (branchpoint)");
    expect(r.stdout).toContain("Parent: aaaa00000001");
    expect(r.stdout).toContain("Branches into: cccc00000003, cccd00000004");
    expect(r.stdout).toContain("Path: migrations/versions/bbbb00000002_m.ts");
  });
});

describe("retort revision / merge", () => {
  it("writes a file named after the revision and the message, based on the head", async () => {
    const p = project();
    const first = await p.run(
      "revision",
      "-m",
      "Create account table!",
      "--rev-id",
      "aaaa00000001",
    );
    expect(first.code).toBe(0);
    expect(first.stdout).toBe(
      "Generating migrations/versions/aaaa00000001_create_account_table.ts ... done\n",
    );
    const second = await p.run("revision", "-m", "second", "--json");
    const { revision, downRevisions } = JSON.parse(second.stdout) as {
      revision: string;
      downRevisions: string[];
    };
    expect(revision).toMatch(/^[0-9a-f]{12}$/);
    expect(downRevisions).toEqual(["aaaa00000001"]);
    const text = readFileSync(join(p.root, "migrations/versions", `${revision}_second.ts`), "utf8");
    expect(text).toContain('downRevision: "aaaa00000001"');
    expect(text).toContain('message: "second"');
    // The entry that loads neither the differ nor kysely when the migration runs.
    expect(text.split("\n")[0]).toBe('import { defineMigration } from "retort/migration";');
    expect((await p.run("heads")).stdout).toBe(`${revision} (head)\n`);
  });

  it("starts a new branch from base with a label, and splices from a non-head", async () => {
    const p = project();
    p.add("aaaa00000001", null);
    p.add("bbbb00000002", "aaaa00000001");
    const root = await p.run(
      "revision",
      "-m",
      "billing",
      "--head",
      "base",
      "--branch-label",
      "billing",
      "--rev-id",
      "ffff00000001",
    );
    expect(root.code).toBe(0);
    const refused = await p.run("revision", "-m", "x", "--head", "aaaa00000001");
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain("is not a head revision");
    expect(refused.stderr).toContain("--splice");
    const spliced = await p.run(
      "revision",
      "-m",
      "x",
      "--head",
      "aaaa00000001",
      "--splice",
      "--rev-id",
      "eeee00000001",
    );
    expect(spliced.code).toBe(0);
    const heads = await p.run("heads");
    expect(heads.stdout.split("\n").filter(Boolean).sort()).toEqual([
      "bbbb00000002 (head)",
      "eeee00000001 (head)",
      "ffff00000001 (billing) (head)",
    ]);
    const billingHead = await p.run(
      "revision",
      "-m",
      "more billing",
      "--head",
      "billing@head",
      "--depends-on",
      "bbbb",
      "--rev-id",
      "ffff00000002",
    );
    expect(billingHead.code).toBe(0);
    const text = readFileSync(
      join(p.root, "migrations/versions/ffff00000002_more_billing.ts"),
      "utf8",
    );
    expect(text).toContain('downRevision: "ffff00000001"');
    expect(text).toContain('dependsOn: ["bbbb00000002"]');
  });

  it("writes into the version path asked for, and refuses one that is not configured", async () => {
    const p = project(
      `export default { migrations: "migrations", versionLocations: ["migrations/versions", "migrations/extra"] };\n`,
    );
    p.write("migrations/extra/.keep", "");
    const ok = await p.run(
      "revision",
      "-m",
      "x",
      "--version-path",
      "migrations/extra",
      "--rev-id",
      "aaaa00000001",
    );
    expect(ok.code).toBe(0);
    expect(existsSync(join(p.root, "migrations/extra/aaaa00000001_x.ts"))).toBe(true);
    const bad = await p.run("revision", "-m", "y", "--version-path", "elsewhere");
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain("not one of the version locations");
  });

  it("merges two heads into one", async () => {
    const p = branched();
    const r = await p.run("merge", "heads", "-m", "merge features", "--rev-id", "dddd00000005");
    expect(r.code).toBe(0);
    const text = readFileSync(
      join(p.root, "migrations/versions/dddd00000005_merge_features.ts"),
      "utf8",
    );
    expect(text).toContain('downRevision: ["cccc00000003", "cccd00000004"]');
    // Branch labels are inherited through the merge, as in Alembic.
    expect((await p.run("heads")).stdout).toBe("dddd00000005 (one, two) (head)\n");
    const history = await p.run("history", "-r", "dddd:");
    expect(history.stdout.split("\n")[0]).toBe(
      "cccc00000003, cccd00000004 -> dddd00000005 (one, two) (head) (mergepoint), merge features",
    );
  });

  it("takes a message that starts with a dash", async () => {
    const p = project();
    const r = await p.run("revision", "-m", "-fix typo", "--rev-id", "aaaa00000001");
    expect(r.code, r.stderr).toBe(0);
    expect(
      readFileSync(join(p.root, "migrations/versions/aaaa00000001_fix_typo.ts"), "utf8"),
    ).toContain('message: "-fix typo"');
    const missing = await p.run("revision", "-m", "--rev-id", "x");
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain("--message needs a value");
  });

  it("refuses a merge of a revision that is not a head, as Alembic does, and writes nothing", async () => {
    const p = branched();
    const r = await p.run("merge", "aaaa00000001", "cccd00000004", "-m", "x");
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("Revision aaaa00000001 is not a head");
    expect(readdirSync(join(p.root, "migrations/versions")).length).toBe(4);
  });

  it("refuses a merge of one revision", async () => {
    const p = project();
    p.add("aaaa00000001", null);
    const r = await p.run("merge", "heads", "-m", "x");
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("nothing to merge");
  });

  it("uses the project's template when there is one", async () => {
    const p = project();
    p.write(
      "migrations/script.ts.tmpl",
      "// team header\nexport default {\n  revision: {{revision}},\n  downRevision: {{downRevision}},\n  message: {{message}},\n  up(op) {\n{{upgrades}}\n  },\n  down(op) {\n{{downgrades}}\n  },\n};\n",
    );
    await p.run("revision", "-m", "templated", "--rev-id", "aaaa00000001");
    const text = readFileSync(
      join(p.root, "migrations/versions/aaaa00000001_templated.ts"),
      "utf8",
    );
    expect(text.startsWith("// team header\n")).toBe(true);
  });
});

describe("postWrite", () => {
  it("runs the config's formatter on files retort writes, and only warns when it fails", async () => {
    const p = project(
      `export default { migrations: "migrations", postWrite: ["touch formatted.txt", "false"] };\n`,
    );
    const r = await p.run("revision", "-m", "formatted", "--rev-id", "aaaa00000001");
    expect(r.code).toBe(0);
    expect(existsSync(join(p.root, "formatted.txt"))).toBe(true);
    expect(r.stderr).toContain('warning: postWrite command "false" failed');
    expect(existsSync(join(p.root, "migrations/versions/aaaa00000001_formatted.ts"))).toBe(true);
  });
});

describe("retort init / list-templates / edit", () => {
  it("creates the layout and refuses to run twice", async () => {
    const p = project();
    rmSync(join(p.root, "retort.config.ts"));
    const r = await p.run("init");
    expect(r.code).toBe(0);
    for (const file of [
      "retort.config.ts",
      "app/migrations/script.ts.tmpl",
      "app/models/index.ts",
      ".gitignore",
    ]) {
      expect(existsSync(join(p.root, file))).toBe(true);
    }
    expect(readFileSync(join(p.root, ".gitignore"), "utf8")).toContain(".retort/");
    // The light entry: the main one would load the differ and kysely for every command.
    expect(readFileSync(join(p.root, "retort.config.ts"), "utf8")).toContain(
      'import { defineConfig } from "retort/config";',
    );
    const again = await p.run("init");
    expect(again.code).toBe(1);
    expect(again.stderr).toContain("retort.config.ts already exists");
  });

  it("leaves nothing half-made when a path is in the way, so init runs again once it is fixed", async () => {
    const p = project();
    rmSync(join(p.root, "retort.config.ts"));
    writeFileSync(join(p.root, "app"), "a file where init wants a folder");
    const r = await p.run("init");
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("error: ENOTDIR");
    expect(r.stderr).not.toContain("bug in retort");
    expect(existsSync(join(p.root, "retort.config.ts"))).toBe(false);
    rmSync(join(p.root, "app"));
    expect((await p.run("init")).code).toBe(0);
    expect(existsSync(join(p.root, "app/models/index.ts"))).toBe(true);
  });

  it("lists the templates", async () => {
    const r = await project().run("list-templates");
    expect(r.stdout).toContain("generic");
    expect(r.stdout).toContain("postgres");
  });

  it("opens a revision in $EDITOR", async () => {
    const p = project();
    p.add("aaaa00000001", null);
    const marker = join(p.root, "opened");
    let stdout = "";
    const { runCli } = await import("./index");
    const code = await runCli(["edit", "head"], {
      io: {
        cwd: p.root,
        env: { EDITOR: `cp /dev/null ${marker} && echo` },
        stdout: (t) => {
          stdout += t;
        },
        stderr: () => {},
        isInteractive: false,
        readLine: async () => undefined,
      },
      drivers: {},
      version: "test",
    });
    expect(code).toBe(0);
    expect(existsSync(marker)).toBe(true);
    expect(stdout).toBe("");
  });
});

describe("offline SQL", () => {
  it("renders upgrade head --sql in Alembic's shape", async () => {
    const p = project();
    p.add("aaaa00000001", null, { up: "create table a (id int)" });
    p.add("bbbb00000002", "aaaa00000001", { up: "alter table a add column b int" });
    const r = await p.run("upgrade", "head", "--sql");
    expect(r.code).toBe(0);
    const sql = r.stdout;
    expect(sql).toContain('CREATE TABLE IF NOT EXISTS "public"."retort_version"');
    const lines = sql.split("\n");
    const first = lines.indexOf("-- Running upgrade  -> aaaa00000001");
    const second = lines.indexOf("-- Running upgrade aaaa00000001 -> bbbb00000002");
    expect(first).toBeGreaterThan(0);
    expect(second).toBeGreaterThan(first);
    expect(lines[first - 2]).toBe("BEGIN;");
    expect(sql).toContain("create table a (id int);");
    expect(sql).toContain(
      `INSERT INTO "public"."retort_version" ("version_num") VALUES ('aaaa00000001');`,
    );
    expect(sql).toContain(
      `UPDATE "public"."retort_version" SET "version_num" = 'bbbb00000002' WHERE "version_num" OPERATOR(pg_catalog.=) 'aaaa00000001';`,
    );
    expect(sql.match(/^BEGIN;$/gm)).toHaveLength(2);
    expect(sql.match(/^COMMIT;$/gm)).toHaveLength(2);
  });

  it("renders a range from the middle, without the version table DDL", async () => {
    const p = project();
    p.add("aaaa00000001", null);
    p.add("bbbb00000002", "aaaa00000001");
    p.add("cccc00000003", "bbbb00000002");
    const r = await p.run("upgrade", "aaaa:cccc", "--sql");
    expect(r.stdout).not.toContain("CREATE TABLE");
    expect(r.stdout).not.toContain("-> aaaa00000001\n");
    expect(r.stdout).toContain("-- Running upgrade aaaa00000001 -> bbbb00000002");
    expect(r.stdout).toContain("-- Running upgrade bbbb00000002 -> cccc00000003");
  });

  it("refuses a range given the wrong way round, naming both ends", async () => {
    const p = project();
    p.add("aaaa00000001", null);
    p.add("bbbb00000002", "aaaa00000001");
    p.add("cccc00000003", "bbbb00000002");
    const up = await p.run("upgrade", "cccc:aaaa", "--sql");
    expect(up.code).toBe(2);
    expect(up.stdout).toBe("");
    expect(up.stderr).toContain(
      "The upgrade range cccc:aaaa runs the wrong way: aaaa is below cccc.",
    );
    expect(up.stderr).toContain('"aaaa:cccc"');
    expect((await p.run("upgrade", "cccc:base", "--sql")).code).toBe(2);
    const down = await p.run("downgrade", "aaaa:cccc", "--sql");
    expect(down.code).toBe(2);
    expect(down.stderr).toContain(
      "The downgrade range aaaa:cccc runs the wrong way: cccc is above aaaa.",
    );
    const fromBase = await p.run("downgrade", "base:head", "--sql");
    expect(fromBase.stderr).toContain("runs the wrong way");
    expect((await p.run("upgrade", "bbbb:bbbb", "--sql")).code).toBe(0);
  });

  it("renders downgrade ranges newest first, and needs a range", async () => {
    const p = project();
    p.add("aaaa00000001", null, { downSql: "drop table a" });
    p.add("bbbb00000002", "aaaa00000001", { downSql: "alter table a drop column b" });
    const r = await p.run("downgrade", "head:base", "--sql");
    expect(r.code).toBe(0);
    const down1 = r.stdout.indexOf("-- Running downgrade bbbb00000002 -> aaaa00000001");
    const down2 = r.stdout.indexOf("-- Running downgrade aaaa00000001 -> ");
    expect(down1).toBeGreaterThan(-1);
    expect(down2).toBeGreaterThan(down1);
    expect(r.stdout).toContain(
      `DELETE FROM "public"."retort_version" WHERE "version_num" OPERATOR(pg_catalog.=) 'aaaa00000001';`,
    );
    const noRange = await p.run("downgrade", "-1", "--sql");
    expect(noRange.code).toBe(2);
    expect(noRange.stderr).toContain("needs a range");
  });

  it("joins the parents of a merge with a comma", async () => {
    const p = branched();
    p.add("dddd00000005", ["cccc00000003", "cccd00000004"]);
    const r = await p.run("upgrade", "heads", "--sql");
    expect(r.stdout).toContain("-- Running upgrade cccc00000003, cccd00000004 -> dddd00000005");
    expect(r.stdout).toContain(
      `DELETE FROM "public"."retort_version" WHERE "version_num" OPERATOR(pg_catalog.=) 'cccc00000003';`,
    );
  });

  it("refuses op.run offline and names the migration", async () => {
    const p = project();
    p.write(
      "migrations/versions/aaaa00000001_m.ts",
      `export default { revision: "aaaa00000001", downRevision: null, up(op) { op.run(async () => {}); }, down() {} };\n`,
    );
    const r = await p.run("upgrade", "head", "--sql");
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("migrations/versions/aaaa00000001_m.ts");
    expect(r.stderr.split("\n").filter(Boolean).length).toBeLessThanOrEqual(2);
  });
});

describe("stamp --sql", () => {
  it("replaces only the stamped branch's rows unless --purge", async () => {
    const p = branched();
    const r = await p.run("stamp", "cccc00000003", "--sql");
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(
      `DELETE FROM "public"."retort_version" WHERE "version_num" OPERATOR(pg_catalog.=) ANY (ARRAY['aaaa00000001', 'bbbb00000002', 'cccc00000003']);`,
    );
    expect(r.stdout).toContain(
      `INSERT INTO "public"."retort_version" ("version_num") VALUES ('cccc00000003');`,
    );
    const purge = await p.run("stamp", "cccc00000003", "--sql", "--purge");
    expect(purge.stdout).toContain(`DELETE FROM "public"."retort_version";`);
  });
});

describe("bad input gets a clear error, never a stack trace", () => {
  async function expectError(p: CliProject, argv: string[], code: number, ...fragments: string[]) {
    const r = await p.run(...argv);
    expect(r.code).toBe(code);
    for (const fragment of fragments) expect(r.stderr).toContain(fragment);
    const lines = r.stderr.split("\n").filter(Boolean);
    expect(lines.length).toBeLessThanOrEqual(2);
    expect(r.stderr).not.toMatch(/\n\s+at /);
    return r;
  }

  it("a cycle", async () => {
    const p = project();
    p.add("aaaa00000001", "bbbb00000002");
    p.add("bbbb00000002", "aaaa00000001");
    await expectError(p, ["heads"], 1, "aaaa00000001", "bbbb00000002", "Cycle");
  });

  it("two files with the same revision", async () => {
    const p = project();
    p.add("aaaa00000001", null);
    p.write(
      "migrations/versions/copy.ts",
      readFileSync(join(p.root, "migrations/versions/aaaa00000001_m.ts"), "utf8"),
    );
    await expectError(p, ["heads"], 1, "defined twice", "aaaa00000001_m.ts", "copy.ts");
  });

  it("a downRevision that no file has", async () => {
    const p = project();
    p.add("aaaa00000001", "ffffffffffff");
    await expectError(p, ["history"], 1, "ffffffffffff", "aaaa00000001_m.ts");
  });

  it("a header that is not literal names the file and line", async () => {
    const p = project();
    p.write(
      "migrations/versions/bad.ts",
      `const x = "a";\nexport default {\n  revision: "aaaa00000001",\n  downRevision: x,\n  up() {},\n  down() {},\n};\n`,
    );
    await expectError(p, ["heads"], 1, "migrations/versions/bad.ts:4", "downRevision");
  });

  it("an ambiguous prefix lists the candidates", async () => {
    await expectError(branched(), ["show", "ccc"], 2, "cccc00000003", "cccd00000004");
  });

  it("an unknown label", async () => {
    await expectError(branched(), ["show", "nope@head"], 2, "nope");
  });

  it("`head` with several heads lists them and the ways out", async () => {
    const r = await expectError(
      branched(),
      ["upgrade", "head", "--sql"],
      2,
      "cccc00000003",
      "cccd00000004",
    );
    expect(r.stderr).toContain("heads");
    expect(r.stderr).toContain("@head");
    expect(r.stderr).toContain("merge");
  });

  it("-5 past base", async () => {
    const p = project();
    p.add("aaaa00000001", null);
    p.add("bbbb00000002", "aaaa00000001");
    await expectError(p, ["show", "head-5"], 2, "head-5");
  });

  it("a relative step across an ambiguous branch point", async () => {
    await expectError(branched(), ["show", "bbbb00000002+1"], 2, "cccc00000003", "cccd00000004");
  });

  it("a missing config says to run init", async () => {
    const p = project();
    rmSync(join(p.root, "retort.config.ts"));
    await expectError(p, ["heads"], 1, "retort.config.ts", "retort init");
  });

  it("a missing versions folder says how to make it, not to run init (the config exists)", async () => {
    const p = project();
    rmSync(join(p.root, "migrations"), { recursive: true });
    await expectError(p, ["heads"], 1, "migrations/versions", "mkdir -p migrations/versions");
    const r = await p.run("heads");
    expect(r.stderr).not.toContain("retort init");
  });

  it("an unknown option and an unknown command", async () => {
    const p = project();
    await expectError(p, ["heads", "--frobnicate"], 2, "--frobnicate");
    await expectError(p, ["upgarde"], 2, "upgarde", "upgrade");
  });

  it("--verbose adds the stack", async () => {
    const p = project();
    p.add("aaaa00000001", "ffffffffffff");
    const r = await p.run("heads", "--verbose");
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/\n\s+at /);
  });
});

describe("help", () => {
  it("lists every command and each command's options", async () => {
    const p = project();
    const main = await p.run("--help");
    for (const name of [
      "init",
      "revision",
      "upgrade",
      "downgrade",
      "current",
      "history",
      "heads",
      "branches",
      "show",
      "merge",
      "stamp",
      "edit",
      "ensure-version",
      "list-templates",
    ]) {
      expect(main.stdout).toContain(`  ${name}`);
    }
    // version is listed like the others, not only mentioned below the options.
    expect(main.stdout).toMatch(/^ {2}version +Print retort's version \(also -v, --version\)\.$/m);
    const revision = await p.run("revision", "--help");
    for (const flag of [
      "--message",
      "--head",
      "--splice",
      "--branch-label",
      "--depends-on",
      "--rev-id",
      "--version-path",
    ]) {
      expect(revision.stdout).toContain(flag);
    }
    for (const name of ["merge", "show", "downgrade", "edit"]) {
      const help = await p.run(name, "--help");
      expect(help.code, help.stderr).toBe(0);
      expect(help.stdout).toContain(`Usage: retort ${name}`);
    }
    // As the README says: edit honours $VISUAL first; pull writes functions and triggers as models.
    expect((await p.run("edit", "--help")).stdout).toContain("$VISUAL");
    const pull = await p.run("pull", "--help");
    expect(pull.stdout).toContain("functions, triggers");
    expect(pull.stdout).not.toContain("cannot express (functions");
    expect(readdirSync(join(p.root, "migrations/versions"))).toEqual([]);
  });
});

describe("lockTimeout in --sql scripts, and --safe's usage", () => {
  const migrationFile = (header: string, up: string) => `export default {
  revision: "aaaa00000001",
  downRevision: null,${header}
  up(op) { ${up} },
  down(op) {},
};
`;
  /** The script's statements and comments, blank lines left out. */
  const lines = (sql: string) => sql.split("\n").filter((line) => line !== "");

  it("sets lock_timeout at the start of each migration's transaction", async () => {
    const p = project(`export default { migrations: "migrations", lockTimeout: "2s" };\n`);
    p.write(
      "migrations/versions/aaaa00000001_m.ts",
      migrationFile("", `op.addColumn("post", "extra", { type: "text" });`),
    );
    const r = await p.run("upgrade", "head", "--sql");
    expect(r.code, r.stderr).toBe(0);
    const out = lines(r.stdout);
    const begin = out.indexOf("BEGIN;");
    expect(out.slice(begin, begin + 4)).toEqual([
      "BEGIN;",
      "-- Running upgrade  -> aaaa00000001",
      "SET LOCAL lock_timeout = '2000ms';",
      'ALTER TABLE "post" ADD COLUMN "extra" text;',
    ]);
  });

  it("outside a transaction, sets it around the statements that lock and resets it for CONCURRENTLY ones", async () => {
    const p = project(`export default { migrations: "migrations", lockTimeout: 5000 };\n`);
    p.write(
      "migrations/versions/aaaa00000001_m.ts",
      migrationFile(
        `\n  transactional: false,\n  lockTimeout: "250ms",`,
        `op.addColumn("post", "extra", { type: "text" });
    op.createIndex("post_extra_idx", "post", ["extra"], { concurrently: true });
    op.execute("update post set extra = 'x'");`,
      ),
    );
    const r = await p.run("upgrade", "head", "--sql");
    expect(r.code, r.stderr).toBe(0);
    const out = lines(r.stdout);
    const first = out.indexOf("SET lock_timeout = '250ms';");
    expect(out.slice(first, first + 7)).toEqual([
      "SET lock_timeout = '250ms';",
      'ALTER TABLE "post" ADD COLUMN "extra" text;',
      "RESET lock_timeout;",
      'CREATE INDEX CONCURRENTLY "post_extra_idx" ON "post" ("extra");',
      "SET lock_timeout = '250ms';",
      "update post set extra = 'x';",
      "RESET lock_timeout;",
    ]);
    expect(r.stdout).not.toContain("SET LOCAL");
  });

  it("takes --safe and --no-safe only with --autogenerate, and not both", async () => {
    const p = project();
    const alone = await p.run("revision", "-m", "x", "--safe");
    expect(alone.code).toBe(2);
    expect(alone.stderr).toContain("error: --safe works only with --autogenerate.");
    const both = await p.run("revision", "--autogenerate", "--safe", "--no-safe");
    expect(both.code).toBe(2);
    expect(both.stderr).toContain("error: --safe and --no-safe contradict each other.");
    expect(readdirSync(join(p.root, "migrations/versions"))).toEqual([]);
  });

  it("refuses a lockTimeout it cannot read, naming the setting", async () => {
    const p = project(`export default { migrations: "migrations", lockTimeout: "soon" };\n`);
    const r = await p.run("upgrade", "head", "--sql");
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(
      '"lockTimeout" must be milliseconds or a duration such as "2s" or "500ms".',
    );
  });
});
