import { randomBytes } from "node:crypto";
import { rmSync } from "node:fs";
import pg from "pg";
import { describe, expect, it } from "vitest";
import { useE2eDatabase } from "./e2e-database";
import { Project } from "./project";

// What must survive a hostile run: an interrupted non-transactional migration, a user's table
// by the version table's name, failures on usage, and errors the server raises.

// Each test starts from an empty database; a lock left by a failed test must not hang the run.
const e2e = useE2eDatabase("e2e_reliability", ["SET lock_timeout = '20s'"]);

function project(url = e2e.db.url): Project {
  const p = new Project({ DATABASE_URL: url });
  e2e.projects.push(p);
  return p;
}

/** Every table of the database, in every schema: what a failed command must leave alone. */
async function allTables(): Promise<string[]> {
  const result = await e2e.client.query<{ name: string }>(
    "SELECT schemaname || '.' || tablename AS name FROM pg_tables ORDER BY 1",
  );
  return result.rows.map((row) => row.name);
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

/** `url` with `params` added to its query string. */
function withParams(url: string, params: Record<string, string>): string {
  const u = new URL(url);
  for (const [key, value] of Object.entries(params)) u.searchParams.set(key, value);
  return u.toString();
}

const notTransactional = "\n  transactional: false,";

/** A project whose second migration (not transactional) creates t1, then fails. */
function halfAppliedProject() {
  const p = project();
  p.migration("aaaa00000001", null, `op.execute("create table t0 (id int)");`);
  p.migration(
    "bbbb00000002",
    "aaaa00000001",
    `op.execute("create table t1 (id int)"); op.execute("select * from no_such_table");`,
    "",
    notTransactional,
  );
  return p;
}

describe("an interrupted `transactional: false` migration", () => {
  it("a statement failing after the first leaves a trace; upgrade refuses until stamp", async () => {
    const p = halfAppliedProject();
    const failed = await p.run("upgrade", "head");
    expect(failed.code).toBe(1);
    expect(failed.stderr).toContain("bbbb00000002 is not transactional");
    expect(failed.stderr).toContain("`retort stamp aaaa00000001` if none did");
    // Its first statement was committed: the database is half-way.
    expect(await tables()).toContain("t1");
    expect(await versions()).toEqual(["aaaa00000001"]);

    const again = await p.run("upgrade", "head");
    expect(again.code).toBe(1);
    expect(again.stderr).toContain(
      "error: Upgrade bbbb00000002 (migrations/versions/bbbb00000002_m.ts) started at",
    );
    expect(again.stderr).toContain("1 of its 2 statements ran; statement 2 failed");
    expect(again.stderr).toContain("1. create table t1 (id int)");
    expect(again.stderr).toContain("2. select * from no_such_table");
    expect(again.stderr).toContain(
      "hint: look at the database and finish or undo the migration's statements by hand; then record where it is: `retort stamp bbbb00000002` if all of them took effect, `retort stamp aaaa00000001` if none did.",
    );
    expect(await versions()).toEqual(["aaaa00000001"]);
    expect((await p.run("downgrade", "base")).stderr).toContain("never finished");
    expect(await tables()).toContain("t0");

    const current = await p.run("current");
    expect(current.code).toBe(0);
    expect(current.stdout).toBe("aaaa00000001\n");
    expect(current.stderr).toContain(
      "warning: upgrade bbbb00000002 (not transactional) started at",
    );
    const json = JSON.parse((await p.run("current", "--json")).stdout) as {
      interrupted: { revision: string; ran: number; statements: string[] }[];
    };
    expect(json.interrupted).toMatchObject([{ revision: "bbbb00000002", ran: 1 }]);

    // The way out: undo by hand, fix the migration, stamp where the database is, upgrade.
    await e2e.client.query("DROP TABLE t1");
    p.migration(
      "bbbb00000002",
      "aaaa00000001",
      `op.execute("create table t1 (id int)");`,
      "",
      notTransactional,
    );
    const stamp = await p.run("stamp", "aaaa00000001");
    expect(stamp.code, stamp.stderr).toBe(0);
    const fixed = await p.run("upgrade", "head");
    expect(fixed.code, fixed.stderr).toBe(0);
    expect(await versions()).toEqual(["bbbb00000002"]);
    expect((await p.run("current")).stderr).not.toContain("warning");
  });

  it("a process killed half-way leaves the started row; the next upgrade names it", async () => {
    const p = project();
    await e2e.client.query("CREATE TABLE gate (id int)");
    p.migration(
      "aaaa00000001",
      null,
      `op.execute("create table k1 (id int)"); op.execute("insert into gate values (1)");`,
      "",
      notTransactional,
    );
    const holder = new pg.Client({ connectionString: e2e.db.url });
    await holder.connect();
    try {
      await holder.query("BEGIN");
      await holder.query("LOCK TABLE gate IN ACCESS EXCLUSIVE MODE");
      const { child, done } = p.start(["upgrade", "head"]);
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
      expect((await done).signal).toBe("SIGKILL");
      // The orphaned session would finish the insert once the lock goes; end it first.
      await e2e.client.query(
        "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = current_database() AND query ILIKE '%insert into gate%' AND pid <> pg_backend_pid()",
      );
    } finally {
      await holder.query("ROLLBACK").catch(() => {});
      await holder.end();
    }
    const next = await p.run("upgrade", "head");
    expect(next.code).toBe(1);
    expect(next.stderr).toContain("error: Upgrade aaaa00000001");
    expect(next.stderr).toContain(
      "Which of its 2 statements ran is unknown (the process stopped without reporting)",
    );
    expect(next.stderr).toContain("`retort stamp base` if none did");
    expect(await tables()).toEqual(["gate", "k1", "retort_history", "retort_version"]);

    // k1 is there, the insert is not: finish it by hand, then record the migration as applied.
    await e2e.client.query("INSERT INTO gate VALUES (1)");
    expect((await p.run("stamp", "aaaa00000001")).code).toBe(0);
    const after = await p.run("upgrade", "head");
    expect(after.code, after.stderr).toBe(0);
    expect(after.stderr).toContain("Nothing to do");
    expect(await versions()).toEqual(["aaaa00000001"]);
  });
});

describe("a pending migration whose up() throws", () => {
  it("stops the upgrade before anything runs, naming it, not after the migrations before it", async () => {
    const p = project();
    p.migration("aaaa00000001", null, `op.execute("create table k1 (id int)");`);
    p.migration(
      "bbbb00000002",
      "aaaa00000001",
      `op.execute("create table k2 (id int)"); throw new Error("forgot to finish this one");`,
    );
    const r = await p.run("upgrade", "head");
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("migrations/versions/bbbb00000002_m.ts");
    expect(r.stderr).toContain("forgot to finish this one");
    expect(r.stderr).not.toContain("Running upgrade  -> aaaa00000001");
    expect(await tables()).toEqual(["retort_history", "retort_version"]);
    expect(await versions()).toEqual([]);
  });
});

describe("a migration that fails on the server after others ran", () => {
  it("leaves those applied and says which, with the SQLSTATE, to a script reading --json", async () => {
    const p = project();
    p.migration("aaaa00000001", null, `op.execute("create table k1 (id int)");`);
    p.migration("bbbb00000002", "aaaa00000001", `op.execute("create table k1 (id int)");`);
    const r = await p.run("upgrade", "head", "--json");
    expect(r.code).toBe(1);
    const { error } = JSON.parse(r.stdout) as {
      error: { code: string; sqlState: string; applied: string[]; hint: string };
    };
    expect(error).toMatchObject({
      code: "MIGRATION_FAILED",
      sqlState: "42P07",
      applied: ["aaaa00000001"],
    });
    expect(error.hint).toContain("the database is still at aaaa00000001");
    expect(await versions()).toEqual(["aaaa00000001"]);
  });
});

describe("Ctrl-C during upgrade", () => {
  /** Starts `upgrade head` and resolves once its insert into `gate` waits for the held lock. */
  async function blockedUpgrade(p: Project) {
    const started = p.start(["upgrade", "head"]);
    const deadline = Date.now() + 60_000;
    for (;;) {
      const waiting = await e2e.client.query(
        "SELECT 1 FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock' AND query ILIKE '%insert into gate%'",
      );
      if ((waiting.rowCount ?? 0) > 0) return started;
      if (started.child.exitCode !== null || Date.now() > deadline) {
        throw new Error(`the upgrade never waited: ${(await started.done).stderr}`);
      }
    }
  }

  async function holdGate(): Promise<pg.Client> {
    const holder = new pg.Client({ connectionString: e2e.db.url });
    await holder.connect();
    await holder.query("BEGIN");
    await holder.query("LOCK TABLE gate IN ACCESS EXCLUSIVE MODE");
    return holder;
  }

  it("cancels the running transactional migration on the server and stops at a whole revision", async () => {
    const p = project();
    await e2e.client.query("CREATE TABLE gate (id int)");
    p.migration(
      "aaaa00000001",
      null,
      `op.execute("create table k1 (id int)"); op.execute("insert into gate values (1)");`,
    );
    p.migration("aaaa00000002", "aaaa00000001", `op.execute("create table k2 (id int)");`);
    const holder = await holdGate();
    try {
      const { child, done } = await blockedUpgrade(p);
      child.kill("SIGINT");
      const r = await done;
      expect(r.code).toBe(130);
      expect(r.stderr).toContain("Interrupted: stopping.");
      expect(r.stderr).toContain(
        "error: Stopped on request: aaaa00000001 was cancelled and rolled back; the database is at base.",
      );
      // Not waiting on the server any more, with the lock still held: cancelled, not orphaned.
      const left = await e2e.client.query(
        "SELECT 1 FROM pg_stat_activity WHERE datname = current_database() AND query ILIKE '%insert into gate%' AND pid <> pg_backend_pid()",
      );
      expect(left.rowCount).toBe(0);
    } finally {
      await holder.query("ROLLBACK").catch(() => {});
      await holder.end();
    }
    expect(await tables()).toEqual(["gate", "retort_history", "retort_version"]);
    expect(await versions()).toEqual([]);
  });

  it("makes no further attempt when it comes while a refused lock is retried", async () => {
    const p = project();
    await e2e.client.query("CREATE TABLE gate (id int)");
    p.migration(
      "aaaa00000001",
      null,
      `op.execute("insert into gate values (1)");`,
      "",
      "\n  lockTimeout: 100,\n  lockRetries: 50,",
    );
    const holder = await holdGate();
    try {
      const { child, done } = p.start(["upgrade", "head"]);
      await new Promise<void>((resolve) => {
        child.stderr!.on("data", (chunk: Buffer) => {
          if (chunk.toString().includes("retry 1 of 50")) resolve();
        });
      });
      child.kill("SIGINT");
      const r = await done;
      expect(r.code, r.stderr).toBe(130);
      expect(r.stderr).not.toContain("retry 50 of 50");
      expect(r.stderr).toContain("the database is at base");
    } finally {
      await holder.query("ROLLBACK").catch(() => {});
      await holder.end();
    }
    expect(await versions()).toEqual([]);
  });

  it("stops waiting for another retort's migration lock at once", async () => {
    const p = project();
    await e2e.client.query("CREATE TABLE gate (id int)");
    p.migration("aaaa00000001", null, `op.execute("insert into gate values (1)");`);
    const holder = await holdGate();
    // The first upgrade holds the migration lock while it waits for the gate.
    const first = await blockedUpgrade(p);
    try {
      const second = p.start(["upgrade", "head"]);
      await new Promise<void>((resolve) => {
        second.child.stderr!.on("data", (chunk: Buffer) => {
          if (chunk.toString().includes("holds the migration lock; waiting")) resolve();
        });
      });
      second.child.kill("SIGINT");
      const r = await second.done;
      expect(r.code, r.stderr).toBe(130);
      expect(r.stderr).toContain("error: Stopped on request; the database is at base.");
      // The first is still waiting: it was not the one stopped.
      expect(first.child.exitCode).toBeNull();
    } finally {
      await holder.query("ROLLBACK").catch(() => {});
      await holder.end();
    }
    expect((await first.done).code).toBe(0);
    expect(await versions()).toEqual(["aaaa00000001"]);
  });

  it("lets a non-transactional migration finish, and starts nothing after it", async () => {
    const p = project();
    await e2e.client.query("CREATE TABLE gate (id int)");
    p.migration(
      "aaaa00000001",
      null,
      `op.execute("create table k1 (id int)"); op.execute("insert into gate values (1)");`,
      "",
      notTransactional,
    );
    p.migration("aaaa00000002", "aaaa00000001", `op.execute("create table k2 (id int)");`);
    const holder = await holdGate();
    let r: Awaited<ReturnType<Project["run"]>>;
    try {
      const { child, done } = await blockedUpgrade(p);
      const heard = new Promise<void>((resolve) => {
        child.stderr!.on("data", (chunk: Buffer) => {
          if (chunk.toString().includes("Interrupted: stopping.")) resolve();
        });
      });
      child.kill("SIGINT");
      await heard;
      // Not cancelled (a cancel would leave it half done, at base): once the lock goes, it
      // finishes, and the run stops there.
      await holder.query("ROLLBACK");
      r = await done;
    } finally {
      await holder.query("ROLLBACK").catch(() => {});
      await holder.end();
    }
    expect(r.code).toBe(130);
    expect(r.stderr).toContain("error: Stopped on request; the database is at aaaa00000001.");
    expect(await tables()).toEqual(["gate", "k1", "retort_history", "retort_version"]);
    expect(await versions()).toEqual(["aaaa00000001"]);
  });
});

describe("Ctrl-C during retort test", () => {
  it("stops before the next revision and drops the test database all the same", async () => {
    const p = project();
    // The migration's own process gets the Ctrl-C, once, while its up() runs.
    p.migration(
      "aaaa00000001",
      null,
      `op.execute("create table t1 (id int)");
    op.run(async () => {
      const g = globalThis as { interrupted?: boolean };
      if (!g.interrupted) process.kill(process.pid, "SIGINT");
      g.interrupted = true;
    });`,
      `op.execute("drop table t1");`,
    );
    p.migration(
      "aaaa00000002",
      "aaaa00000001",
      `op.execute("select 1");`,
      `op.execute("select 1");`,
    );
    const r = await p.run("test");
    expect(r.code, r.stderr).toBe(130);
    // The revision under test is not tested further, and the next one never starts.
    expect(r.stderr).toContain(
      "Stopped on request while testing revision aaaa00000001; the test database is dropped.",
    );
    expect(r.stdout).not.toContain("aaaa00000002");
    const target = /Testing 2 revisions on (\S+) \(dropped afterwards\)/.exec(r.stderr)?.[1];
    expect(target).toBeDefined();
    const name = decodeURIComponent(new URL(target!).pathname.slice(1));
    const left = await e2e.client.query("SELECT 1 FROM pg_database WHERE datname = $1", [name]);
    expect(left.rowCount).toBe(0);
  });
});

describe("an interrupted migration whose file was deleted", () => {
  it("names where the version table says the database is, never base, and stamping there clears it", async () => {
    const p = halfAppliedProject();
    expect((await p.run("upgrade", "head")).code).toBe(1);
    // The team undoes the half-applied step by hand and drops the broken file.
    await e2e.client.query("DROP TABLE t1");
    rmSync(p.path("migrations/versions/bbbb00000002_m.ts"));
    const refused = await p.run("upgrade", "head");
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain("error: Upgrade bbbb00000002 started at");
    expect(refused.stderr).toContain(
      "hint: no migration file has bbbb00000002 any more, so it cannot be finished: undo what its statements did by hand, then `retort stamp aaaa00000001` (where the version table says the database is)",
    );
    expect(refused.stderr).not.toContain("stamp base");
    expect((await p.run("stamp", "aaaa00000001")).code).toBe(0);
    const again = await p.run("upgrade", "head");
    expect(again.code, again.stderr).toBe(0);
    expect(await tables()).toEqual(["retort_history", "retort_version", "t0"]);
  });
});

describe("Ctrl-C during a long statement of retort test", () => {
  it("cancels the statement on the server, runs nothing after it (not check either), exits 130 and drops the database", async () => {
    const p = project();
    p.write("models/index.ts", "export {};\n");
    p.migration(
      "aaaa00000001",
      null,
      `op.run(async () => {
      const g = globalThis as { interrupted?: boolean };
      if (!g.interrupted) setTimeout(() => process.kill(process.pid, "SIGINT"), 300);
      g.interrupted = true;
    });
    op.execute("select pg_sleep(8)");`,
      `op.execute("select 1");`,
    );
    const started = Date.now();
    const r = await p.run("test");
    expect(r.code, r.stderr).toBe(130);
    // Cancelled on the server: not the 16 s of two ups sleeping through.
    expect(Date.now() - started).toBeLessThan(7000);
    expect(r.stderr).toContain(
      "Stopped on request while testing revision aaaa00000001; the test database is dropped.",
    );
    expect(r.stderr).toContain("hint: run the test again to start over.");
    expect(r.stdout).not.toContain("check:");
    const target = /Testing 1 revision on (\S+) \(dropped afterwards\)/.exec(r.stderr)?.[1];
    expect(target).toBeDefined();
    const name = decodeURIComponent(new URL(target!).pathname.slice(1));
    const left = await e2e.client.query("SELECT 1 FROM pg_database WHERE datname = $1", [name]);
    expect(left.rowCount).toBe(0);
  });
});

describe("the version table's name", () => {
  it("a user table named retort_version is an error before anything is created", async () => {
    await e2e.client.query("CREATE TABLE retort_version (id int, name text)");
    const p = project();
    p.migration("aaaa00000001", null, `op.execute("create table t1 (id int)");`);
    for (const args of [["upgrade", "head"], ["current"], ["stamp", "head"]]) {
      const r = await p.run(...args);
      expect(r.code, args.join(" ")).toBe(1);
      expect(r.stderr).toContain(
        `error: "public"."retort_version" exists but is not retort's version table: it has no column "version_num" (its columns: id, name).`,
      );
      expect(r.stderr).toContain("`versionTable`");
    }
    expect(await tables()).toEqual(["retort_version"]);
  });
});

describe("a command that fails on usage creates nothing", () => {
  it.each([
    ["an ambiguous prefix", ["upgrade", "aaaa0000"], "matches 2 revisions"],
    ["an unknown label", ["upgrade", "nolabel@head"], "nolabel"],
    ["multiple heads", ["upgrade", "head"], "Multiple heads"],
    ["an unknown stamp target", ["stamp", "ffff"], "ffff"],
  ])("%s", async (_, args, message) => {
    const p = project();
    p.migration("aaaa00000001", null, `op.execute("create table t1 (id int)");`);
    p.migration("aaaa00000002", null, `op.execute("create table t2 (id int)");`);
    const before = await allTables();
    const r = await p.run(...args);
    expect(r.code).not.toBe(0);
    expect(r.stderr.toLowerCase()).toContain(message.toLowerCase());
    expect(await allTables()).toEqual(before);
  });
});

describe("errors the server raises reach the user as themselves", () => {
  it("permission denied, with its SQLSTATE and a hint", async () => {
    const role = `retort_test_${randomBytes(6).toString("hex")}`;
    await e2e.client.query(`CREATE ROLE "${role}" LOGIN PASSWORD 'pw'`);
    await e2e.client.query(`REVOKE CREATE ON SCHEMA public FROM PUBLIC`);
    try {
      const url = new URL(e2e.db.url);
      url.username = role;
      url.password = "pw";
      const p = project(url.toString());
      p.migration("aaaa00000001", null, `op.execute("create table t1 (id int)");`);
      const r = await p.run("upgrade", "head");
      expect(r.code).toBe(1);
      expect(r.stderr).toContain("error: permission denied for schema public (SQLSTATE 42501)");
      expect(r.stderr).toContain("hint: the role retort connects as lacks a privilege");
      expect(r.stderr).not.toContain("bug in retort");
    } finally {
      await e2e.client.query(`DROP ROLE "${role}"`);
    }
  });

  it("statement_timeout set through the URL's options", async () => {
    const p = project();
    expect((await p.run("ensure-version")).code).toBe(0);
    const holder = new pg.Client({ connectionString: e2e.db.url });
    await holder.connect();
    try {
      await holder.query("BEGIN");
      await holder.query("LOCK TABLE retort_version IN ACCESS EXCLUSIVE MODE");
      const slow = project(withParams(e2e.db.url, { options: "-c statement_timeout=200" }));
      const r = await slow.run("current");
      expect(r.code).toBe(1);
      expect(r.stderr).toContain(
        "error: canceling statement due to statement timeout (SQLSTATE 57014)",
      );
      expect(r.stderr).toContain("statement_timeout");
      expect(r.stderr).not.toContain("bug in retort");
    } finally {
      await holder.query("ROLLBACK");
      await holder.end();
    }
  });

  it("sslmode=require against a server without SSL", async () => {
    const p = project(withParams(e2e.db.url, { sslmode: "require" }));
    const r = await p.run("current");
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("The server does not support SSL connections");
    expect(r.stderr).toContain("hint: for a server without SSL, remove `sslmode=require`");
    expect(r.stderr).not.toContain("bug in retort");
  });
});

describe("check's exit codes", () => {
  it("exits 2 on an error, so CI tells it from differences (1)", async () => {
    const url = new URL(e2e.db.url);
    url.pathname = "/retort_no_such_database";
    const p = project(url.toString());
    p.write("models/index.ts", "export {};\n");
    const r = await p.run("check");
    expect(r.stderr).toContain("retort_no_such_database");
    expect(r.code).toBe(2);
  });
});
