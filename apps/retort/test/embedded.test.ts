import { existsSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { Project } from "./project";

// No DATABASE_URL: retort uses the embedded PostgreSQL (PGlite) under .retort/.
const project = new Project({ DATABASE_URL: undefined });
afterAll(() => project.remove());

describe("the embedded database", () => {
  it("is used when no url is configured, and every command says so", async () => {
    project.migration(
      "aaaa00000001",
      null,
      `op.createTable("account", { columns: { id: { type: "bigint", identity: "always", primaryKey: true }, email: { type: "text", nullable: false } } });`,
      `op.dropTable("account");`,
    );
    project.migration(
      "bbbb00000002",
      "aaaa00000001",
      `op.bulkInsert("account", [{ email: "a@example.com" }]);`,
      `op.execute("delete from account");`,
    );
    const up = await project.run("upgrade", "head");
    expect(up.code, up.stderr).toBe(0);
    expect(up.stderr).toContain(
      "Using the embedded database at .retort/pglite (no url configured).",
    );
    expect(existsSync(join(project.root, ".retort", "pglite"))).toBe(true);

    const current = await project.run("current");
    expect(current.stdout).toBe("bbbb00000002 (head)\n");
    expect(current.stderr).toContain("embedded database");

    const down = await project.run("downgrade", "-1", "--json");
    expect(down.code, down.stderr).toBe(0);
    expect((JSON.parse(down.stdout) as { to: string[] }).to).toEqual(["aaaa00000001"]);
    const base = await project.run("downgrade", "base");
    expect(base.code).toBe(0);
    expect((await project.run("current")).stderr).toContain("at base");
  });
});
