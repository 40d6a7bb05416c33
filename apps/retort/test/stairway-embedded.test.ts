import { existsSync } from "node:fs";
import { afterAll, describe, expect, it } from "vitest";
import { Project } from "./project";

// `retort test` with no URL: the throwaway database is a temporary embedded one, whose folder
// must be gone afterwards, after a failure too.

const project = new Project({ DATABASE_URL: undefined });
afterAll(() => project.remove());

function dataDir(database: string): string {
  const prefix = "embedded database at ";
  expect(database.startsWith(prefix)).toBe(true);
  return database.slice(prefix.length);
}

describe("retort test on the embedded database", () => {
  it("uses a temporary data folder and removes it, after success and after failure", async () => {
    project.migration(
      "aaaa00000001",
      null,
      `op.createTable("account", { columns: { id: { type: "bigint", primaryKey: true } } });\n    op.createIndex("account_id_idx", "account", ["id"]);`,
      `op.dropTable("account");`,
    );
    const passed = await project.run("test", "--json");
    expect(passed.code, passed.stderr).toBe(0);
    const ok = JSON.parse(passed.stdout) as { ok: boolean; database: string };
    expect(ok.ok).toBe(true);
    expect(existsSync(dataDir(ok.database))).toBe(false);
    // The project's own embedded database is not where the test ran.
    expect(existsSync(project.path(".retort", "pglite"))).toBe(false);

    project.migration(
      "bbbb00000002",
      "aaaa00000001",
      `op.createIndex("account_id_desc_idx", "account", [{ column: "id", order: "desc" }]);`,
      "",
    );
    const failed = await project.run("test", "--json");
    expect(failed.code, failed.stderr).toBe(1);
    const bad = JSON.parse(failed.stdout) as {
      database: string;
      revisions: { revision: string; problem?: string }[];
    };
    expect(bad.revisions[1]?.problem).toContain(
      "down() of bbbb00000002 does not undo its up(): it left index public.account.account_id_desc_idx behind",
    );
    expect(existsSync(dataDir(bad.database))).toBe(false);
  });
});
