import { connectKysely, createTestDatabase, type TestDatabase } from "@retort/test-harness";
import type { Kysely } from "kysely";
import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CliProject } from "./cli-project";

// `retort test`, the stairway, against the test server: the configured database is only where
// retort connects to make a throwaway one, which must be gone afterwards whatever happened.

let configured: TestDatabase;
let admin: Kysely<any>;
const projects: CliProject[] = [];

beforeAll(async () => {
  configured = await createTestDatabase("cli_stairway");
  admin = connectKysely(configured.url);
});

afterAll(async () => {
  for (const p of projects) p.remove();
  await admin?.destroy();
  await configured?.drop();
});

function project(): CliProject {
  const p = new CliProject(
    `export default { url: ${JSON.stringify(configured.url)}, migrations: "migrations" };\n`,
    { drivers: { "@retort/driver-pg": () => import("@retort/driver-pg") } },
  );
  projects.push(p);
  return p;
}

/** The database name in the `database` of `--json` (a URL). */
function databaseName(url: string): string {
  return decodeURIComponent(new URL(url).pathname.slice(1));
}

async function databaseExists(name: string): Promise<boolean> {
  const found = await sql<{ n: number }>`
    select count(*)::int as n from pg_database where datname = ${name}`.execute(admin);
  return found.rows[0]?.n === 1;
}

interface TestJson {
  ok: boolean;
  database: string;
  kept: boolean;
  revisions: {
    revision: string;
    status: string;
    stage?: string;
    problem?: string;
    differences: { kind: string; object: string; description: string }[];
  }[];
}

/** A table created at the root, so later revisions have something to change. */
function root(p: CliProject): void {
  p.add("aaaa00000001", null, {
    up: "create table acct (id int primary key, email text)",
    downSql: "drop table acct",
  });
}

describe("retort test", () => {
  it("fails on a down() that forgets a column, naming the revision and the column", async () => {
    const p = project();
    root(p);
    p.add("bbbb00000002", "aaaa00000001", {
      message: "add nickname",
      up: "alter table acct add column nickname text",
      downSql: "select 1",
    });
    p.add("cccc00000003", "bbbb00000002", { up: "select 1", downSql: "select 1" });
    const r = await p.run("test");
    expect(r.code, r.stderr).toBe(1);
    expect(r.stdout).toContain("ok    aaaa00000001");
    expect(r.stdout).toContain("FAIL  bbbb00000002  add nickname");
    expect(r.stdout).toContain(
      "down() of bbbb00000002 does not undo its up(): it left column public.acct.nickname (text) behind.",
    );
    expect(r.stdout).toContain("skip  cccc00000003");
    expect(r.stderr).toContain(
      "1 of 3 revisions passed; bbbb00000002 (migrations/versions/bbbb00000002_m.ts) failed.",
    );
  });

  it("fails on a down() that forgets an index, and drops the throwaway database all the same", async () => {
    const p = project();
    root(p);
    p.add("bbbb00000002", "aaaa00000001", {
      up: "create index acct_email_idx on acct (email)",
      downSql: "select 1",
    });
    const r = await p.run("test", "--json");
    expect(r.code, r.stderr).toBe(1);
    const result = JSON.parse(r.stdout) as TestJson;
    expect(result.ok).toBe(false);
    expect(result.revisions.map((x) => [x.revision, x.status])).toEqual([
      ["aaaa00000001", "passed"],
      ["bbbb00000002", "failed"],
    ]);
    expect(result.revisions[1]!.stage).toBe("compare");
    expect(result.revisions[1]!.differences).toEqual([
      {
        kind: "left behind",
        object: "index public.acct.acct_email_idx",
        description: "left index public.acct.acct_email_idx behind",
      },
    ]);
    expect(result.kept).toBe(false);
    expect(await databaseExists(databaseName(result.database))).toBe(false);
  });

  it("reports a view down() left behind, though the models do not manage views", async () => {
    const p = project();
    root(p);
    p.add("bbbb00000002", "aaaa00000001", {
      up: "create view acct_emails as select email from acct",
      downSql: "select 1",
    });
    const r = await p.run("test");
    expect(r.code).toBe(1);
    expect(r.stdout).toContain("left view public.acct_emails behind");
  });

  it("fails naming the revision when a down() itself fails", async () => {
    const p = project();
    root(p);
    p.add("bbbb00000002", "aaaa00000001", {
      up: "create table extra (id int)",
      downSql: "drop table no_such_table",
    });
    const r = await p.run("test", "--json");
    expect(r.code).toBe(1);
    const failed = (JSON.parse(r.stdout) as TestJson).revisions[1]!;
    expect(failed.stage).toBe("down");
    expect(failed.problem).toContain("down() of bbbb00000002 failed");
    expect(failed.problem).toContain("no_such_table");
  });

  it("walks branches and a merge, each revision once and parents first, and passes", async () => {
    const p = project();
    root(p);
    p.add("bbbb00000001", "aaaa00000001", {
      up: "create table left_side (id int); create index left_side_idx on left_side (id)",
      downSql: "drop table left_side",
    });
    p.add("cccc00000001", "aaaa00000001", {
      up: "alter table acct add column right_side text",
      downSql: "alter table acct drop column right_side",
    });
    p.add("dddd00000001", ["bbbb00000001", "cccc00000001"], {
      up: "select 1",
      downSql: "select 1",
    });
    p.add("eeee00000001", "dddd00000001", {
      up: "create type mood as enum ('happy', 'sad')",
      downSql: "drop type mood",
    });
    const r = await p.run("test", "--json");
    expect(r.code, r.stdout + r.stderr).toBe(0);
    const result = JSON.parse(r.stdout) as TestJson;
    expect(result.ok).toBe(true);
    const order = result.revisions.map((x) => x.revision);
    expect([...order].sort()).toEqual([
      "aaaa00000001",
      "bbbb00000001",
      "cccc00000001",
      "dddd00000001",
      "eeee00000001",
    ]);
    expect(order[0]).toBe("aaaa00000001");
    expect(order.indexOf("dddd00000001")).toBeGreaterThan(order.indexOf("bbbb00000001"));
    expect(order.indexOf("dddd00000001")).toBeGreaterThan(order.indexOf("cccc00000001"));
    expect(order[4]).toBe("eeee00000001");
    expect(result.revisions.every((x) => x.status === "passed")).toBe(true);
    expect(await databaseExists(databaseName(result.database))).toBe(false);

    const text = await p.run("test");
    expect(text.code).toBe(0);
    expect(text.stdout.split("\n").filter((line) => line.startsWith("ok "))).toHaveLength(5);
    expect(text.stderr).toContain("All 5 revisions passed.");
  });

  it("walks a revision that depends on another branch after that branch's revision", async () => {
    const p = project();
    root(p);
    p.add("ffff00000001", "aaaa00000001", {
      dependsOn: ["bbbb00000001"],
      up: "create table needs_left (id int references left_side (id))",
      downSql: "drop table needs_left",
    });
    p.add("bbbb00000001", "aaaa00000001", {
      up: "create table left_side (id int primary key)",
      downSql: "drop table left_side",
    });
    const r = await p.run("test", "--json");
    expect(r.code, r.stdout + r.stderr).toBe(0);
    expect((JSON.parse(r.stdout) as TestJson).revisions.map((x) => x.revision)).toEqual([
      "aaaa00000001",
      "bbbb00000001",
      "ffff00000001",
    ]);
  });

  it("--from tests a range, applying what lies below it untested", async () => {
    const p = project();
    root(p);
    // Below the range, so its bad down() is not tested.
    p.add("bbbb00000002", "aaaa00000001", {
      up: "alter table acct add column nickname text",
      downSql: "select 1",
    });
    p.add("cccc00000003", "bbbb00000002", {
      up: "alter table acct add column bio text",
      downSql: "alter table acct drop column bio",
    });
    const r = await p.run("test", "--from", "cccc00000003", "--json");
    expect(r.code, r.stdout + r.stderr).toBe(0);
    expect((JSON.parse(r.stdout) as TestJson).revisions.map((x) => x.revision)).toEqual([
      "cccc00000003",
    ]);
  });

  it("--keep keeps the database and prints where it is", async () => {
    const p = project();
    root(p);
    const r = await p.run("test", "--keep");
    expect(r.code, r.stderr).toBe(0);
    const line = r.stderr.split("\n").find((l) => l.startsWith("Kept the database: "));
    expect(line).toBeDefined();
    const name = databaseName(line!.slice("Kept the database: ".length));
    expect(name).toMatch(/^retort_test_/);
    expect(await databaseExists(name)).toBe(true);
    await sql.raw(`drop database "${name}" with (force)`).execute(admin);
  });

  it("exits 2 on bad usage and setup errors, and has --help", async () => {
    const p = project();
    root(p);
    const help = await p.run("test", "--help");
    expect(help.code).toBe(0);
    expect(help.stdout).toContain("Usage: retort test");
    expect(help.stdout).toContain("--keep");

    const unknown = await p.run("test", "--from", "ffff99999999");
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain("ffff99999999");

    const both = await p.run("test", "-r", "aaaa00000001:", "--to", "aaaa00000001");
    expect(both.code).toBe(2);

    const unreachable = await p.run(
      "test",
      "--url",
      "postgres://nobody@127.0.0.1:1/nowhere?connect_timeout=2",
    );
    expect(unreachable.code).toBe(2);
    expect(unreachable.stderr).toContain("127.0.0.1:1");
  });
});
