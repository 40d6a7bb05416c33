import { createHash } from "node:crypto";
import { readFileSync, writeFileSync } from "node:fs";
import pg from "pg";
import { describe, expect, it } from "vitest";
import { useE2eDatabase } from "./e2e-database";
import { Project } from "./project";

// Each test starts from an empty database; a lock left by a failed test must not hang the run.
const e2e = useE2eDatabase("e2e_migrate", ["SET lock_timeout = '20s'"]);

function project(): Project {
  const p = new Project({ DATABASE_URL: e2e.db.url });
  e2e.projects.push(p);
  return p;
}

async function tables(): Promise<string[]> {
  const result = await e2e.client.query<{ name: string }>(
    "SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public' ORDER BY 1",
  );
  return result.rows.map((row) => row.name);
}

async function versions(): Promise<string[]> {
  const result = await e2e.client.query<{ v: string }>(
    "SELECT version_num AS v FROM retort_version ORDER BY 1",
  );
  return result.rows.map((row) => row.v);
}

/** a, then two labelled branches of two revisions each: left (bbbb...) and right (cccc...). */
function twoBranches(p: Project): void {
  p.migration("aaaa00000001", null, `op.execute("select 1");`);
  p.migration(
    "bbbb00000001",
    "aaaa00000001",
    `op.execute("select 1");`,
    "",
    '\n  branchLabels: ["left"],',
  );
  p.migration("bbbb00000002", "bbbb00000001", `op.execute("select 1");`);
  p.migration(
    "cccc00000001",
    "aaaa00000001",
    `op.execute("select 1");`,
    "",
    '\n  branchLabels: ["right"],',
  );
  p.migration("cccc00000002", "cccc00000001", `op.execute("select 1");`);
}

/** a -> b -> c, each creating a table. */
function chain(p: Project): void {
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
  p.migration(
    "cccc00000003",
    "bbbb00000002",
    `op.execute("create table t3 (id int)");`,
    `op.execute("drop table t3");`,
  );
}

describe("upgrade, current, downgrade", () => {
  it("walks the history up and down and keeps the version table and history in step", async () => {
    const p = project();
    chain(p);
    const up = await p.run("upgrade", "head");
    expect(up.code).toBe(0);
    expect(up.stderr).toContain("Running upgrade  -> aaaa00000001");
    expect(up.stderr).toContain("Running upgrade bbbb00000002 -> cccc00000003");
    expect(up.stderr).toMatch(/Applied 3 migrations in \d+ ms; the database is at cccc00000003/);
    expect(await tables()).toEqual(["retort_history", "retort_version", "t1", "t2", "t3"]);
    expect(await versions()).toEqual(["cccc00000003"]);

    const current = await p.run("current");
    expect(current.stdout).toBe("cccc00000003 (head)\n");

    const down = await p.run("downgrade", "-1");
    expect(down.code).toBe(0);
    expect(await versions()).toEqual(["bbbb00000002"]);
    expect(await tables()).not.toContain("t3");

    const history = await p.run("history", "--indicate-current");
    expect(history.stdout).toContain(
      "aaaa00000001 -> bbbb00000002 (current), migration bbbb00000002",
    );

    const base = await p.run("downgrade", "base", "--json");
    const result = JSON.parse(base.stdout) as {
      from: string[];
      to: string[];
      steps: { revision: string; direction: string }[];
    };
    expect(result.from).toEqual(["bbbb00000002"]);
    expect(result.to).toEqual([]);
    expect(result.steps.map((s) => `${s.direction} ${s.revision}`)).toEqual([
      "down bbbb00000002",
      "down aaaa00000001",
    ]);
    expect(await tables()).toEqual(["retort_history", "retort_version"]);

    const rows = await e2e.client.query<{
      revision: string;
      direction: string;
      checksum: string | null;
    }>("SELECT revision, direction, checksum FROM retort_history ORDER BY id");
    expect(rows.rows.map((r) => `${r.direction} ${r.revision}`)).toEqual([
      "up aaaa00000001",
      "up bbbb00000002",
      "up cccc00000003",
      "down cccc00000003",
      "down bbbb00000002",
      "down aaaa00000001",
    ]);
    expect(rows.rows[0]!.checksum).toMatch(/^v2:[A-Za-z0-9_-]{43}$/);
  });

  it("upgrades relative steps and says when there is nothing to do", async () => {
    const p = project();
    chain(p);
    expect((await p.run("upgrade", "+2")).code).toBe(0);
    expect(await versions()).toEqual(["bbbb00000002"]);
    expect((await p.run("upgrade", "head")).code).toBe(0);
    const again = await p.run("upgrade", "head");
    expect(again.code).toBe(0);
    expect(again.stderr).toContain("Nothing to do: the database is at cccc00000003");
  });

  it("refuses -5 past base with a clear message", async () => {
    const p = project();
    chain(p);
    await p.run("upgrade", "head");
    const r = await p.run("downgrade", "-5");
    expect(r.code).not.toBe(0);
    expect(r.stderr.split("\n").filter(Boolean).length).toBeLessThanOrEqual(2);
    expect(r.stderr).toContain("-5");
    expect(await versions()).toEqual(["cccc00000003"]);
  });
});

describe("never half-migrated", () => {
  it("a migration that fails halfway leaves no trace; after the fix, upgrade continues", async () => {
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
      `op.execute("create table t2 (id int)"); op.execute("insert into t1 values (1)"); op.execute("select * from missing_table");`,
      `op.execute("drop table t2");`,
    );
    const failed = await p.run("upgrade", "head");
    expect(failed.code).toBe(1);
    expect(failed.stderr).toContain("bbbb00000002");
    expect(failed.stderr).toContain("missing_table");
    expect(failed.stderr).toContain("nothing of bbbb00000002 was applied");
    expect(await tables()).toEqual(["retort_history", "retort_version", "t1"]);
    expect((await e2e.client.query("SELECT count(*)::int AS n FROM t1")).rows[0].n).toBe(0);
    expect(await versions()).toEqual(["aaaa00000001"]);

    p.migration(
      "bbbb00000002",
      "aaaa00000001",
      `op.execute("create table t2 (id int)");`,
      `op.execute("drop table t2");`,
    );
    const fixed = await p.run("upgrade", "head");
    expect(fixed.code).toBe(0);
    expect(await versions()).toEqual(["bbbb00000002"]);
  });

  it("8 processes upgrading together apply every migration exactly once", async () => {
    const p = project();
    for (let i = 1; i <= 6; i++) {
      const rev = `aaaa0000000${i}`;
      p.migration(
        rev,
        i === 1 ? null : `aaaa0000000${i - 1}`,
        `op.execute("create table c${i} (id int)");`,
      );
    }
    const runs = await Promise.all(
      Array.from({ length: 8 }, () => p.start(["upgrade", "head"]).done),
    );
    for (const run of runs) expect(run.code, run.stderr).toBe(0);
    const applied = await e2e.client.query<{ revision: string; n: number }>(
      "SELECT revision, count(*)::int AS n FROM retort_history WHERE direction = 'up' GROUP BY revision ORDER BY revision",
    );
    expect(applied.rows).toHaveLength(6);
    for (const row of applied.rows) expect(row.n).toBe(1);
    expect(await versions()).toEqual(["aaaa00000006"]);
    expect(
      runs.filter((run) => run.stderr.includes("Nothing to do")).length,
    ).toBeGreaterThanOrEqual(1);
  });

  it("an upgrade killed with SIGKILL mid-run leaves the version table matching the schema", async () => {
    const p = project();
    await e2e.client.query("CREATE TABLE gate (id int)");
    p.migration("aaaa00000001", null, `op.execute("create table k1 (id int)");`);
    p.migration(
      "bbbb00000002",
      "aaaa00000001",
      `op.execute("create table k2 (id int)"); op.execute("insert into gate values (1)");`,
    );
    // The test holds a lock on `gate`, so the second migration blocks half-way until killed.
    const holder = new pg.Client({ connectionString: e2e.db.url });
    await holder.connect();
    try {
      await holder.query("BEGIN");
      await holder.query("LOCK TABLE gate IN ACCESS EXCLUSIVE MODE");
      const { child, done } = p.start(["upgrade", "head"]);
      // Wait (bounded) until the retort session is blocked on the lock, then kill it.
      let blocked = false;
      const deadline = Date.now() + 60_000;
      while (!blocked && Date.now() < deadline) {
        const waiting = await e2e.client.query(
          "SELECT 1 FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock' AND query ILIKE '%insert into gate%'",
        );
        blocked = (waiting.rowCount ?? 0) > 0;
        if (!blocked && child.exitCode !== null) break;
      }
      expect(blocked).toBe(true);
      child.kill("SIGKILL");
      const killed = await done;
      expect(killed.signal).toBe("SIGKILL");
    } finally {
      await holder.query("ROLLBACK").catch(() => {});
      await holder.end();
    }
    // The server notices the dead session; wait (bounded) for its transaction to be gone.
    const gone = Date.now() + 60_000;
    while (Date.now() < gone) {
      const left = await e2e.client.query(
        "SELECT 1 FROM pg_stat_activity WHERE datname = current_database() AND query ILIKE '%insert into gate%' AND pid <> pg_backend_pid()",
      );
      if ((left.rowCount ?? 0) === 0) break;
    }
    expect(await versions()).toEqual(["aaaa00000001"]);
    expect(await tables()).not.toContain("k2");
    const next = await p.run("upgrade", "head");
    expect(next.code).toBe(0);
    expect(await versions()).toEqual(["bbbb00000002"]);
    expect(await tables()).toContain("k2");
  });
});

describe("checksums and unknown revisions", () => {
  it("refuses a version table that lists a revision and its ancestor, as Alembic does, until stamped", async () => {
    const p = project();
    chain(p);
    expect((await p.run("upgrade", "bbbb00000002")).code).toBe(0);
    await e2e.client.query("INSERT INTO retort_version (version_num) VALUES ('aaaa00000001')");
    const refused = await p.run("upgrade", "head");
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain(
      "The version table lists both aaaa00000001 and bbbb00000002, but aaaa00000001 is an ancestor of bbbb00000002",
    );
    expect((await versions()).sort()).toEqual(["aaaa00000001", "bbbb00000002"]);
    expect((await p.run("stamp", "--purge", "bbbb00000002")).code).toBe(0);
    expect((await p.run("upgrade", "head")).code).toBe(0);
    expect(await versions()).toEqual(["cccc00000003"]);
  });

  it("refuses to continue when an applied migration's file changed, until it is accepted", async () => {
    const p = project();
    chain(p);
    await p.run("upgrade", "bbbb00000002");
    p.migration(
      "aaaa00000001",
      null,
      `op.execute("create table t1 (id bigint)");`,
      `op.execute("drop table t1");`,
    );
    const refused = await p.run("upgrade", "head");
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain("aaaa00000001");
    expect(refused.stderr).toContain("has changed since it was applied");
    expect(refused.stderr).toContain("retort stamp --accept-checksum aaaa00000001");
    expect(await versions()).toEqual(["bbbb00000002"]);
    expect((await p.run("stamp", "--accept-checksum", "aaaa00000001")).code).toBe(0);
    expect((await p.run("upgrade", "head")).code).toBe(0);
    expect(await versions()).toEqual(["cccc00000003"]);
  });

  it("lets comment and formatting edits of an applied migration through, not a changed literal", async () => {
    const p = project();
    chain(p);
    expect((await p.run("upgrade", "bbbb00000002")).code).toBe(0);
    p.migration(
      "aaaa00000001",
      null,
      `// t1 holds the first rows.\n    op.execute(\n      'create table t1 (id int)',\n    ) /* reviewed */`,
      `op.execute("drop table t1");`,
    );
    const edited = await p.run("upgrade", "cccc00000003");
    expect(edited.code, edited.stderr).toBe(0);
    expect(await versions()).toEqual(["cccc00000003"]);

    p.migration(
      "bbbb00000002",
      "aaaa00000001",
      `op.execute("create table t2 (id bigint)");`,
      `op.execute("drop table t2");`,
    );
    const refused = await p.run("downgrade", "base");
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain("bbbb00000002");
    expect(refused.stderr).toContain("has changed since it was applied");
  });

  it("still verifies a checksum an earlier version recorded (SHA-256 of the bytes)", async () => {
    const p = project();
    chain(p);
    expect((await p.run("upgrade", "bbbb00000002")).code).toBe(0);
    const file = p.path("migrations/versions/aaaa00000001_m.ts");
    const bytesSum = createHash("sha256").update(readFileSync(file)).digest("hex");
    await e2e.client.query("UPDATE retort_history SET checksum = $1 WHERE revision = $2", [
      bytesSum,
      "aaaa00000001",
    ]);
    const same = await p.run("upgrade", "cccc00000003");
    expect(same.code, same.stderr).toBe(0);

    // Format 1 compares bytes, so any edit of that file is a mismatch until accepted.
    writeFileSync(file, `// edited\n${readFileSync(file, "utf8")}`);
    const refused = await p.run("downgrade", "base");
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain("aaaa00000001");
    expect((await p.run("stamp", "--accept-checksum", "aaaa00000001")).code).toBe(0);
    const accepted = await e2e.client.query<{ checksum: string }>(
      "SELECT checksum FROM retort_history WHERE revision = 'aaaa00000001' ORDER BY id DESC LIMIT 1",
    );
    expect(accepted.rows[0]!.checksum).toMatch(/^v2:/);
    const down = await p.run("downgrade", "base");
    expect(down.code, down.stderr).toBe(0);
  });

  it("names a revision the database has but no file does, and the folders read", async () => {
    const p = project();
    chain(p);
    await p.run("upgrade", "head");
    await e2e.client.query("UPDATE retort_version SET version_num = 'deadbeef0000'");
    const r = await p.run("upgrade", "head");
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("deadbeef0000");
    expect(r.stderr).toContain("migrations/versions");
    expect((await p.run("stamp", "bbbb00000002", "--purge")).code).toBe(0);
    expect(await versions()).toEqual(["bbbb00000002"]);
  });
});

describe("stamp and ensure-version", () => {
  it("stamps without running anything", async () => {
    const p = project();
    chain(p);
    expect((await p.run("stamp", "head")).code).toBe(0);
    expect(await versions()).toEqual(["cccc00000003"]);
    expect(await tables()).toEqual(["retort_history", "retort_version"]);
    expect((await p.run("stamp", "base")).code).toBe(0);
    expect(await versions()).toEqual([]);
  });

  it("creates the version tables", async () => {
    const p = project();
    chain(p);
    expect((await p.run("ensure-version")).code).toBe(0);
    expect(await tables()).toEqual(["retort_history", "retort_version"]);
  });
});

describe("transactions", () => {
  it("runs a `transactional: false` migration outside a transaction (CREATE INDEX CONCURRENTLY)", async () => {
    const p = project();
    p.migration("aaaa00000001", null, `op.execute("create table t1 (id int)");`);
    p.migration(
      "bbbb00000002",
      "aaaa00000001",
      `op.createIndex("t1_id_idx", "t1", ["id"], { concurrently: true });`,
      `op.dropIndex("t1_id_idx", { concurrently: true });`,
      "\n  transactional: false,",
    );
    const r = await p.run("upgrade", "head");
    expect(r.code, r.stderr).toBe(0);
    const idx = await e2e.client.query("SELECT indexname FROM pg_indexes WHERE tablename = 't1'");
    expect(idx.rows.map((row) => row.indexname)).toEqual(["t1_id_idx"]);
    expect((await p.run("downgrade", "-1")).code).toBe(0);
    expect(
      (await e2e.client.query("SELECT indexname FROM pg_indexes WHERE tablename = 't1'")).rows,
    ).toEqual([]);
  });

  it("with transactionPerMigration: false, a failure rolls back the whole run", async () => {
    const p = project();
    p.write(
      "retort.config.ts",
      `export default { url: process.env.DATABASE_URL, migrations: "migrations", transactionPerMigration: false };\n`,
    );
    p.migration("aaaa00000001", null, `op.execute("create table t1 (id int)");`);
    p.migration("bbbb00000002", "aaaa00000001", `op.execute("select * from missing_table");`);
    const r = await p.run("upgrade", "head");
    expect(r.code).toBe(1);
    expect(await tables()).toEqual(["retort_history", "retort_version"]);
    expect(await versions()).toEqual([]);
  });
});

describe("connection errors", () => {
  it("a refused connection is one line, with the password masked", async () => {
    const p = new Project({ DATABASE_URL: "postgres://someone:s3cret-pw@127.0.0.1:1/nowhere" });
    e2e.projects.push(p);
    chain(p);
    const r = await p.run("current");
    expect(r.code).not.toBe(0);
    expect(r.stderr).not.toContain("s3cret-pw");
    expect(r.stderr.split("\n").filter(Boolean).length).toBeLessThanOrEqual(2);
    expect(r.stderr).toContain("127.0.0.1:1");
  });

  it("a missing database says so", async () => {
    const url = new URL(e2e.db.url);
    url.pathname = "/retort_no_such_database";
    url.password = "hunter2";
    const p = new Project({ DATABASE_URL: url.toString() });
    e2e.projects.push(p);
    chain(p);
    const r = await p.run("upgrade", "head");
    expect(r.code).not.toBe(0);
    expect(r.stderr).toContain("retort_no_such_database");
    expect(r.stderr).not.toContain("hunter2");
    expect(r.stderr.split("\n").filter(Boolean).length).toBeLessThanOrEqual(2);
  });

  it("a bad URL says which scheme is wrong", async () => {
    const p = new Project({ DATABASE_URL: "mysql://root:pw@localhost/db" });
    e2e.projects.push(p);
    chain(p);
    const r = await p.run("current");
    expect(r.code).not.toBe(0);
    expect(r.stderr).toContain("mysql");
    expect(r.stderr).not.toContain(":pw@");
  });
});

describe("reset", () => {
  it("drops everything and upgrades again, after confirmation", async () => {
    const p = project();
    chain(p);
    await p.run("upgrade", "head");
    await e2e.client.query("INSERT INTO t1 VALUES (42)");
    const refused = await p.run("reset");
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain("confirmation needed");
    expect((await e2e.client.query("SELECT count(*)::int AS n FROM t1")).rows[0].n).toBe(1);

    const reset = await p.run("reset", "--yes");
    expect(reset.code, reset.stderr).toBe(0);
    expect(reset.stderr).toContain("Dropped and recreated public");
    expect(await tables()).toEqual(["retort_history", "retort_version", "t1", "t2", "t3"]);
    expect((await e2e.client.query("SELECT count(*)::int AS n FROM t1")).rows[0].n).toBe(0);
    expect(await versions()).toEqual(["cccc00000003"]);
    await p.run("downgrade", "bbbb00000002");
    const json = await p.run("reset", "--yes", "--json");
    expect(JSON.parse(json.stdout)).toMatchObject({
      from: ["bbbb00000002"],
      to: ["cccc00000003"],
    });
  });

  it("refuses a database on another host unless forced", async () => {
    const p = new Project({ DATABASE_URL: "postgres://someone:pw@db.example.invalid:5432/prod" });
    e2e.projects.push(p);
    chain(p);
    const r = await p.run("reset", "--yes");
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("not on this machine");
    expect(r.stderr).toContain("--force");
    expect(r.stderr).not.toContain(":pw@");
  });
});

describe("locks", () => {
  it("a second upgrade says it waits for the migration lock, then finds the work done", async () => {
    const p = project();
    chain(p);
    const { VersionTable } = await import("@retort/core");
    const key = new VersionTable({
      schema: "public",
      table: "retort_version",
      historyTable: "retort_history",
    }).lockKey;
    const holder = new pg.Client({ connectionString: e2e.db.url });
    await holder.connect();
    try {
      await holder.query("SELECT pg_advisory_lock($1::bigint)", [key.toString()]);
      const { child, done } = p.start(["upgrade", "head"]);
      let stderr = "";
      child.stderr!.on("data", (chunk) => {
        stderr += chunk;
      });
      // Wait (bounded) until retort reports that it waits, then let it go.
      const deadline = Date.now() + 60_000;
      while (!stderr.includes("waiting") && Date.now() < deadline && child.exitCode === null) {
        await new Promise((resolve) => child.stderr!.once("data", resolve));
      }
      expect(stderr).toContain("Another retort process holds the migration lock; waiting");
      await holder.query("SELECT pg_advisory_unlock($1::bigint)", [key.toString()]);
      const run = await done;
      expect(run.code, run.stderr).toBe(0);
      expect(run.stderr).toContain("Got the migration lock");
      expect(await versions()).toEqual(["cccc00000003"]);
    } finally {
      await holder.end();
    }
  });

  it("lockTimeout bounds how long a migration waits for a table lock", async () => {
    const p = project();
    p.write(
      "retort.config.ts",
      `export default { url: process.env.DATABASE_URL, migrations: "migrations", lockTimeout: 200 };\n`,
    );
    await e2e.client.query("CREATE TABLE busy (id int)");
    p.migration("aaaa00000001", null, `op.addColumn("busy", "extra", { type: "text" });`);
    const holder = new pg.Client({ connectionString: e2e.db.url });
    await holder.connect();
    try {
      await holder.query("BEGIN");
      await holder.query("LOCK TABLE busy IN ACCESS SHARE MODE");
      const r = await p.run("upgrade", "head");
      expect(r.code).toBe(1);
      expect(r.stderr).toContain("lock timeout");
      expect(r.stderr).toContain("nothing of aaaa00000001 was applied");
    } finally {
      await holder.query("ROLLBACK");
      await holder.end();
    }
    expect(await versions()).toEqual([]);
  });
});

describe("stamp on a branched history", () => {
  it("keeps the other branch's head, as Alembic does; --purge and base clear it", async () => {
    const p = project();
    twoBranches(p);
    expect((await p.run("upgrade", "bbbb00000001")).code).toBe(0);
    expect((await p.run("upgrade", "cccc00000002")).code).toBe(0);
    expect(await versions()).toEqual(["bbbb00000001", "cccc00000002"]);
    expect((await p.run("stamp", "bbbb00000002")).code).toBe(0);
    expect(await versions()).toEqual(["bbbb00000002", "cccc00000002"]);
    expect((await p.run("stamp", "cccc00000001")).code).toBe(0);
    expect(await versions()).toEqual(["bbbb00000002", "cccc00000001"]);
    expect((await p.run("stamp", "aaaa00000001", "--purge")).code).toBe(0);
    expect(await versions()).toEqual(["aaaa00000001"]);
    expect((await p.run("stamp", "base")).code).toBe(0);
    expect(await versions()).toEqual([]);
  });
});

describe("failures the runner must report as the migration's", () => {
  it("a connection lost mid-migration names the migration, not a bug in retort", async () => {
    const p = project();
    p.migration(
      "aaaa00000001",
      null,
      `op.execute("select pg_terminate_backend(pg_backend_pid())");`,
    );
    const r = await p.run("upgrade", "head");
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("aaaa00000001");
    expect(r.stderr).toContain("the connection was lost");
    expect(r.stderr).not.toContain("bug in retort");
  });

  it("a revision stamped away and then edited does not block the next upgrade", async () => {
    const p = project();
    chain(p);
    expect((await p.run("upgrade", "head")).code).toBe(0);
    expect((await p.run("stamp", "aaaa00000001", "--purge")).code).toBe(0);
    await e2e.client.query("DROP TABLE t2; DROP TABLE t3");
    p.migration(
      "cccc00000003",
      "bbbb00000002",
      `op.execute("create table t3 (id bigint)");`,
      `op.execute("drop table t3");`,
    );
    const up = await p.run("upgrade", "head");
    expect(up.code, up.stderr).toBe(0);
    expect(await versions()).toEqual(["cccc00000003"]);
  });
});

describe("migrations that read files beside them", () => {
  it("see their own location through import.meta.url", async () => {
    const p = project();
    p.write("migrations/versions/aaaa00000001.sql", "create table from_file (id int)");
    p.write(
      "migrations/versions/aaaa00000001_m.ts",
      `import { readFileSync } from "node:fs";
import { defineMigration } from "retort";

export default defineMigration({
  revision: "aaaa00000001",
  downRevision: null,
  message: "from a file",
  up(op) {
    op.execute(readFileSync(new URL("./aaaa00000001.sql", import.meta.url), "utf8"));
  },
  down(op) {
    op.execute("drop table from_file");
  },
});
`,
    );
    const r = await p.run("upgrade", "head");
    expect(r.code, r.stderr).toBe(0);
    expect(await tables()).toContain("from_file");
  });
});

describe("history with several current heads", () => {
  it("-r :current walks up to every current head", async () => {
    const p = project();
    twoBranches(p);
    expect((await p.run("upgrade", "bbbb00000001")).code).toBe(0);
    expect((await p.run("upgrade", "cccc00000001")).code).toBe(0);
    const r = await p.run("history", "-r", ":current", "--json");
    expect(r.code, r.stderr).toBe(0);
    const revisions = (
      JSON.parse(r.stdout) as { revisions: { revision: string; isCurrent: boolean }[] }
    ).revisions;
    expect(revisions.map((x) => x.revision).sort()).toEqual([
      "aaaa00000001",
      "bbbb00000001",
      "cccc00000001",
    ]);
    expect(
      revisions
        .filter((x) => x.isCurrent)
        .map((x) => x.revision)
        .sort(),
    ).toEqual(["bbbb00000001", "cccc00000001"]);
  });
});
