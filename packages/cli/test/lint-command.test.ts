import { afterEach, describe, expect, it } from "vitest";
import { CliProject } from "./cli-project";

// `retort lint` through the CLI: exit codes, text and --json. Offline: no database.

let project: CliProject | undefined;

afterEach(() => {
  project?.remove();
  project = undefined;
});

/** A project whose first migration creates `t` and whose second does `up`. */
function history(
  up: string,
  config = `export default { migrations: "migrations", lockTimeout: 5000 };\n`,
) {
  project = new CliProject(config);
  const file = (revision: string, down: string | null, body: string) => `export default {
  revision: "${revision}",
  downRevision: ${JSON.stringify(down)},
  message: "m",
  up(op) {
    ${body}
  },
  down(op) {},
};
`;
  project.write(
    "migrations/versions/aaaa00000001_create.ts",
    file("aaaa00000001", null, `op.createTable("t", { columns: { a: { type: "integer" } } });`),
  );
  project.write(
    "migrations/versions/aaaa00000002_change.ts",
    file("aaaa00000002", "aaaa00000001", up),
  );
  return project;
}

describe("retort lint", () => {
  it("exits 0 and says so when nothing is found", async () => {
    const r = await history(`op.addColumn("t", "b", { type: "text" });`).run("lint");
    expect(r).toEqual({ code: 0, stdout: "", stderr: "No findings in 2 migrations.\n" });
  });

  it("exits 1 on an error-level finding, naming the migration, line, table and fix", async () => {
    const r = await history(`op.createIndex("t_a", "t", ["a"]);`).run("lint");
    expect(r.code).toBe(1);
    expect(r.stdout).toBe(
      "error[index-not-concurrent] aaaa00000002 (migrations/versions/aaaa00000002_change.ts:6): op.createIndex creates index t_a on existing table t without CONCURRENTLY: its SHARE lock blocks every INSERT, UPDATE and DELETE for the whole build.\n" +
        "  fix: create it with `concurrently: true` in a migration of its own with `transactional: false`.\n",
    );
    expect(r.stderr).toBe("1 error, 0 warnings in 2 migrations.\n");
  });

  it("exits 0 when the findings are warnings", async () => {
    const r = await history(`op.dropColumn("t", "a");`).run("lint");
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("warn[drop-column] aaaa00000002");
  });

  it("takes a range, and the config's rule settings", async () => {
    const p = history(`op.createIndex("t_a", "t", ["a"]);`);
    expect((await p.run("lint", "aaaa00000001")).code).toBe(0);
    expect((await p.run("lint", "aaaa00000001:aaaa00000002")).code).toBe(1);
    p.remove();
    const warned = await history(
      `op.createIndex("t_a", "t", ["a"]);`,
      `export default { migrations: "migrations", lockTimeout: 5000, lint: { rules: { "index-not-concurrent": "warn" } } };\n`,
    ).run("lint");
    expect(warned.code).toBe(0);
    expect(warned.stdout).toContain("warn[index-not-concurrent]");
  });

  it("--json prints the findings for scripts", async () => {
    const r = await history(`op.execute("ALTER TABLE t RENAME TO t2");`).run("lint", "--json");
    expect(r.code).toBe(1);
    const json = JSON.parse(r.stdout) as {
      findings: {
        rule: string;
        revision: string;
        line: number;
        operation: string;
        table: string;
      }[];
      errorCount: number;
      warningCount: number;
      revisions: string[];
    };
    expect(json.findings.map((f) => [f.rule, f.revision, f.line, f.operation, f.table])).toEqual([
      ["rename-table", "aaaa00000002", 6, "renameTable", "t"],
    ]);
    expect([json.errorCount, json.warningCount, json.revisions]).toEqual([
      1,
      0,
      ["aaaa00000001", "aaaa00000002"],
    ]);
  });

  it("exits 2 when it cannot lint: an unknown revision, an unknown rule in the config", async () => {
    const p = history(`op.addColumn("t", "b", { type: "text" });`);
    const unknown = await p.run("lint", "ffff:");
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('No such revision or branch "ffff"');
    p.remove();
    const badConfig = await history(
      `op.addColumn("t", "b", { type: "text" });`,
      `export default { migrations: "migrations", lint: { rules: { "no-such-rule": "off" } } };\n`,
    ).run("lint");
    expect(badConfig.code).toBe(2);
    expect(badConfig.stderr).toContain('"lint.rules" names an unknown rule');
  });

  it("--help lists every rule with its default", async () => {
    const r = await history("").run("lint", "--help");
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("Usage: retort lint [options] [range]");
    expect(r.stdout).toMatch(/ {2}set-not-null-unchecked +error /);
    expect(r.stdout).toMatch(/ {2}drop-column +warn /);
  });
});
