import { existsSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { useE2eDatabase } from "./e2e-database";
import { Project } from "./project";

// What `--sql` scripts, URLs and ranges promise, through the built `retort` binary.

const e2e = useE2eDatabase("e2e_offline_urls", ["RESET standard_conforming_strings"]);

function project(env: Record<string, string | undefined> = { DATABASE_URL: e2e.db.url }): Project {
  const p = new Project(env);
  e2e.projects.push(p);
  return p;
}

const hostile = "x\\'); DROP TABLE victim; --";

describe("--sql scripts", () => {
  it("stay inert under standard_conforming_strings = off, and the value round-trips", async () => {
    const p = project();
    p.migration(
      "aaaa00000001",
      null,
      `op.createTable("note", { columns: { body: { type: "text" } } });
    op.bulkInsert("note", [{ body: ${JSON.stringify(hostile)} }]);`,
      `op.dropTable("note");`,
    );
    const script = await p.run("upgrade", "head", "--sql");
    expect(script.code, script.stderr).toBe(0);
    expect(script.stdout.startsWith("SET standard_conforming_strings = on;\n")).toBe(true);

    // The script's literals do not lean on its first line either.
    const withoutSet = script.stdout.replace(/^SET [^;\n]*;\n/gm, "");
    for (const text of [script.stdout, withoutSet]) {
      await e2e.client.query("CREATE TABLE victim (id int)");
      await e2e.client.query("SET standard_conforming_strings = off");
      await e2e.client.query(text);
      await e2e.client.query("RESET standard_conforming_strings");
      const victim = await e2e.client.query("SELECT to_regclass('public.victim') AS t");
      expect(victim.rows[0].t).toBe("victim");
      const notes = await e2e.client.query<{ body: string }>("SELECT body FROM note");
      expect(notes.rows.map((row) => row.body)).toEqual([hostile]);
      await e2e.client.query("DROP SCHEMA public CASCADE");
      await e2e.client.query("CREATE SCHEMA public");
    }
  });
});

describe("a project retort cannot write to", () => {
  it("loads a migration that imports a project file through a tsconfig paths alias", async () => {
    const p = project();
    p.write(
      "tsconfig.json",
      `{ "compilerOptions": { "baseUrl": ".", "paths": { "~lib/*": ["lib/*"] } } }\n`,
    );
    p.write("lib/names.ts", `export const T: string = "from_alias";\n`);
    p.migration("aaaa00000001", null, "op.execute(`create table ${T} (id int)`);", "");
    const file = "migrations/versions/aaaa00000001_m.ts";
    p.write(file, `import { T } from "~lib/names.js";\n${p.read(file)}`);
    // .retort a file: nothing can be written there, as in a read-only deploy (even for root).
    p.write(".retort", "");
    const r = await p.run("upgrade", "head", "--sql");
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain("create table from_alias (id int);");
  });
});

describe("checksums on the way down", () => {
  it("downgrade refuses an applied migration whose file changed, until it is accepted", async () => {
    const p = project();
    p.migration(
      "aaaa00000001",
      null,
      `op.execute("create table t1 (id int)");`,
      `op.execute("drop table t1");`,
    );
    p.migration(
      "bbbb00000002",
      "aaaa00000001",
      `op.execute("create table t2 (id int)");`,
      `op.execute("drop table t2");`,
    );
    expect((await p.run("upgrade", "head")).code).toBe(0);
    p.migration(
      "bbbb00000002",
      "aaaa00000001",
      `op.execute("create table t2 (id int)");`,
      `op.execute("drop table t1");`,
    );
    const refused = await p.run("downgrade", "-1");
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain("bbbb00000002");
    expect(refused.stderr).toContain("has changed since it was applied");
    expect(refused.stderr).toContain("retort stamp --accept-checksum bbbb00000002");
    const tables = async () =>
      (
        await e2e.client.query<{ t: string }>(
          "SELECT tablename AS t FROM pg_tables WHERE schemaname = 'public' AND tablename LIKE 't_' ORDER BY 1",
        )
      ).rows.map((r) => r.t);
    expect(await tables()).toEqual(["t1", "t2"]);
    expect((await p.run("stamp", "--accept-checksum", "bbbb00000002")).code).toBe(0);
    const down = await p.run("downgrade", "-1");
    expect(down.code, down.stderr).toBe(0);
    expect(await tables()).toEqual(["t2"]);
  });
});

describe("database URLs", () => {
  it("a blank URL is an error, and the embedded database is not touched", async () => {
    for (const [env, args] of [
      [{ DATABASE_URL: "" }, []],
      [{ DATABASE_URL: e2e.db.url }, ["--url", ""]],
    ] as const) {
      const p = project(env);
      p.migration("aaaa00000001", null, `op.execute("create table t1 (id int)");`);
      const r = await p.run("upgrade", "head", ...args);
      expect(r.code).toBe(1);
      expect(r.stderr).toContain("The database URL is empty.");
      expect(r.stderr).not.toContain("Running upgrade");
      expect(existsSync(join(p.root, ".retort", "pglite"))).toBe(false);
    }
    expect((await e2e.client.query("SELECT to_regclass('public.t1') AS t")).rows[0].t).toBeNull();
  });

  it("a pglite:// URL with a password never prints it", async () => {
    const p = project({ DATABASE_URL: "pglite://someone:s3cret-pw@.retort/db" });
    p.migration("aaaa00000001", null, `op.execute("select 1");`);
    for (const args of [["current"], ["upgrade", "head", "--verbose"]]) {
      const r = await p.run(...args);
      expect(r.code).not.toBe(0);
      expect(r.stderr + r.stdout).not.toContain("s3cret-pw");
      expect(r.stderr).toContain("pglite://someone:***@.retort/db");
    }
  });
});
