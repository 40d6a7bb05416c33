import { readdirSync, rmSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { isRetortError, loadScriptDirectory, Migrator, resolveConfig } from "@retort/core";
import { createDriver } from "@retort/driver-pg";
import { connectKysely, type OpenTestDatabase, openTestDatabase } from "@retort/test-harness";
import { type Kysely, sql } from "kysely";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { CliProject } from "./cli-project";

// Lock-safe plans on a real server: `revision --autogenerate --safe` writes the online chain,
// and each migration of it runs while another session keeps a transaction open on the tables;
// plain ACCESS EXCLUSIVE DDL with a lockTimeout gives up (after its retries) instead of
// queueing that session's queries behind it. Waits are observed in pg_locks /
// pg_stat_activity with a bounded poll, never guessed with sleeps.

const packagesDir = resolve(dirname(fileURLToPath(import.meta.url)), "..", "..");

let open: OpenTestDatabase;
let project: CliProject;
/** Other sessions a test opened (a pool of one connection is one session). */
let sessions: Kysely<any>[] = [];

beforeAll(async () => {
  open = await openTestDatabase("cli_safe_plans", { max: 2 });
});

afterAll(async () => {
  await open?.close();
});

function configText(extra: string): string {
  return `export default { url: ${JSON.stringify(open.database.url)}, migrations: "migrations", models: "models/index.ts"${extra} };\n`;
}

beforeEach(async () => {
  await sql
    .raw(
      `drop table if exists post, account, retort_version, retort_history;
       create table account (id integer primary key, email text);
       insert into account select g, 'user' || g || '@example.com' from generate_series(1, 50) g;
       create table post (id integer primary key, author_id integer, title text);
       insert into post select g, 1 + g % 50, 'post ' || g from generate_series(1, 200) g;`,
    )
    .execute(open.db);
  project = new CliProject(configText(""), {
    packages: {
      "@retort/differ": join(packagesDir, "differ"),
      retort: join(packagesDir, "core"),
    },
    drivers: { "@retort/driver-pg": () => import("@retort/driver-pg") },
  });
});

afterEach(async () => {
  for (const session of sessions) await session.destroy();
  sessions = [];
  project.remove();
});

/** A separate session on the test database, for holding locks. */
function session(): Kysely<any> {
  const db = connectKysely(open.database.url, { max: 1 });
  sessions.push(db);
  return db;
}

async function run(db: Kysely<any>, text: string): Promise<Record<string, unknown>[]> {
  return (await sql.raw<Record<string, unknown>>(text).execute(db)).rows;
}

/**
 * Polls (at most `tries` times, pausing 20 ms on the server between tries) until `query`
 * returns a row; fails naming `what` otherwise.
 */
async function waitFor(query: string, what: string, tries = 1000): Promise<void> {
  for (let i = 0; i < tries; i++) {
    if ((await run(open.db, query)).length > 0) return;
    await run(open.db, "select pg_sleep(0.02)");
  }
  throw new Error(`never observed: ${what}`);
}

/** The migration files written, in chain order (root first), with their text. */
function chain(): { file: string; text: string }[] {
  const dir = join(project.root, "migrations/versions");
  const files = readdirSync(dir).map((file) => ({
    file,
    text: project.read(join("migrations/versions", file)),
  }));
  const parentOf = (text: string) => /downRevision: (null|"([0-9a-f]+)")/.exec(text)?.[2] ?? null;
  const revisionOf = (text: string) => /revision: "([0-9a-f]+)"/.exec(text)![1]!;
  const ordered: { file: string; text: string }[] = [];
  let parent: string | null = null;
  for (;;) {
    const next = files.find((f) => parentOf(f.text) === parent);
    if (next === undefined) break;
    ordered.push(next);
    parent = revisionOf(next.text);
  }
  expect(ordered).toHaveLength(files.length);
  return ordered;
}

const indexModels = `import { column as c, index, table, unique } from "@retort/differ";
export const account = table("account", { id: c.integer().primaryKey(), email: c.text() }, (t) => ({
  uniques: [unique({ name: "account_email_key", columns: [t.email] })],
}));
export const post = table("post", { id: c.integer().primaryKey(), author_id: c.integer(), title: c.text() }, (t) => ({
  indexes: [index("post_title_idx").on(t.title)],
}));
`;

const constraintModels = `import { check, column as c, foreignKey, table } from "@retort/differ";
export const account = table("account", { id: c.integer().primaryKey(), email: c.text() });
export const post = table("post", { id: c.integer().primaryKey(), author_id: c.integer(), title: c.text().notNull() }, (t) => ({
  checks: [check("length(title) > 0", { name: "post_title_check" })],
  foreignKeys: [foreignKey({ name: "post_author_fk", columns: [t.author_id], references: () => [account.columns.id] })],
}));
`;

describe("revision --autogenerate --safe", () => {
  it("without --safe writes one plain migration, as before", async () => {
    project.write("models/index.ts", indexModels);
    const r = await project.run("revision", "--autogenerate", "-m", "plain");
    expect(r.code, r.stderr).toBe(0);
    const [only, ...others] = chain();
    expect(others).toEqual([]);
    expect(only!.text).toContain('op.createIndex("post_title_idx", "post", ["title"]');
    expect(only!.text).not.toContain("concurrently");
    expect(only!.text).not.toContain("transactional: false");
    expect(only!.text).toContain('op.addUnique("account_email_key", "account", ["email"]');
  });

  it("builds indexes CONCURRENTLY while a writer's transaction stays open, waiting for it only as PostgreSQL documents", async () => {
    // A lock timeout far shorter than the wait below: CONCURRENTLY must not be subject to it
    // (a timeout there would leave an invalid index); retries absorb autovacuum's brief locks.
    project.write("retort.config.ts", configText(`, lockTimeout: "1ms", lockRetries: 5`));
    project.write("models/index.ts", indexModels);
    const r = await project.run("revision", "--autogenerate", "--safe", "-m", "index");
    expect(r.code, r.stderr).toBe(0);
    const files = chain();
    expect(files.map((f) => /message: "(.*)"/.exec(f.text)![1])).toEqual([
      "index (online 1/2: concurrent indexes)",
      "index (online 2/2: finish)",
    ]);
    expect(r.stdout.match(/^Generating .* \.\.\. done$/gm)).toHaveLength(2);
    for (const f of files) expect(r.stdout).toContain(f.file);
    const [indexes, finish] = files;
    expect(indexes!.text).toContain("transactional: false,");
    expect(indexes!.text).toContain(
      'op.createIndex("post_title_idx", "post", ["title"], { schema: "public", concurrently: true });',
    );
    expect(indexes!.text).toContain(
      'op.createIndex("account_email_key", "account", ["email"], {\n      schema: "public",\n      unique: true,\n      concurrently: true,\n    });',
    );
    expect(indexes!.text).toContain("concurrently: true, ifExists: true");
    expect(finish!.text).toContain('usingIndex: "account_email_key"');

    const writer = session();
    await run(writer, "begin");
    await run(writer, "insert into post values (1000, 1, 'written in an open transaction')");
    const upgrade = project.run("upgrade", "head");
    // CREATE INDEX CONCURRENTLY waits for transactions older than it, and only for them.
    await waitFor(
      `select 1 from pg_stat_activity where datname = current_database()
         and query like 'CREATE INDEX CONCURRENTLY "post_title_idx"%' and wait_event_type = 'Lock'`,
      "CREATE INDEX CONCURRENTLY waiting for the open transaction",
    );
    // Meanwhile the writer's queries go on: the index build blocks no reads or writes.
    await run(writer, "insert into post values (1001, 2, 'still writing')");
    expect(await run(writer, "select count(*)::int as n from post")).toEqual([{ n: 202 }]);
    await run(writer, "commit");
    const done = await upgrade;
    expect(done.code, done.stderr).toBe(0);
    expect(
      await run(
        open.db,
        `select c.relname, i.indisvalid, i.indisunique from pg_index i join pg_class c on c.oid = i.indexrelid
         where c.relname in ('post_title_idx', 'account_email_key') order by 1`,
      ),
    ).toEqual([
      { relname: "account_email_key", indisvalid: true, indisunique: true },
      { relname: "post_title_idx", indisvalid: true, indisunique: false },
    ]);
    expect(
      await run(open.db, "select contype from pg_constraint where conname = 'account_email_key'"),
    ).toEqual([{ contype: "u" }]);
    expect((await project.run("check")).code).toBe(0);

    // Each file's down undoes its up: back to where autogenerate started.
    const down = await project.run("downgrade", "base");
    expect(down.code, down.stderr).toBe(0);
    expect(
      await run(
        open.db,
        "select relname from pg_class where relname in ('post_title_idx', 'account_email_key')",
      ),
    ).toEqual([]);
  });

  it('follows safety: "online" in the config, and --no-safe overrides it', async () => {
    project.write("retort.config.ts", configText(`, safety: "online"`));
    project.write("models/index.ts", indexModels);
    const online = await project.run("revision", "--autogenerate", "-m", "by config");
    expect(online.code, online.stderr).toBe(0);
    expect(chain()).toHaveLength(2);
    for (const f of readdirSync(join(project.root, "migrations/versions"))) {
      rmSync(join(project.root, "migrations/versions", f));
    }
    const plain = await project.run("revision", "--autogenerate", "--no-safe", "-m", "plain");
    expect(plain.code, plain.stderr).toBe(0);
    const files = chain();
    expect(files).toHaveLength(1);
    expect(files[0]!.text).not.toContain("concurrently");
  });

  it("changes an index by dropping and creating it concurrently, and back down", async () => {
    await run(open.db, "create index post_title_idx on post (title)");
    project.write(
      "models/index.ts",
      `import { column as c, index, table } from "@retort/differ";
export const account = table("account", { id: c.integer().primaryKey(), email: c.text() });
export const post = table("post", { id: c.integer().primaryKey(), author_id: c.integer(), title: c.text() }, (t) => ({
  indexes: [index("post_title_idx").on(t.title, t.id)],
}));
`,
    );
    const r = await project.run("revision", "--autogenerate", "--safe", "-m", "reindex");
    expect(r.code, r.stderr).toBe(0);
    const [only, ...others] = chain();
    expect(others).toEqual([]);
    expect(only!.text).toContain("transactional: false,");
    const up = only!.text.slice(only!.text.indexOf("up(op)"), only!.text.indexOf("down(op)"));
    expect(up.indexOf("op.dropIndex(")).toBeLessThan(up.indexOf("op.createIndex("));
    const definition = () =>
      run(open.db, "select pg_get_indexdef('post_title_idx'::regclass) as def");
    for (const [command, target, columns] of [
      ["upgrade", "head", '"title", id'],
      ["downgrade", "base", "title"],
      ["upgrade", "head", '"title", id'],
    ] as const) {
      const step = await project.run(command, target);
      expect(step.code, step.stderr).toBe(0);
      const [{ def }] = (await definition()) as [{ def: string }];
      expect(def.replace(/"/g, "")).toContain(`(${columns.replace(/"/g, "")})`);
    }
    expect((await project.run("check")).code).toBe(0);
  });

  it("adds constraints NOT VALID, validates them beside an open writer, and sets NOT NULL through a check", async () => {
    project.write("models/index.ts", constraintModels);
    const r = await project.run(
      "revision",
      "--autogenerate",
      "--safe",
      "-m",
      "constraints",
      "--json",
    );
    expect(r.code, r.stderr).toBe(0);
    // One closing line for the chain's findings, after all of them, not one per file.
    expect(r.stderr.match(/^lint: the new migrations? ha(?:s|ve) findings/gm)).toEqual([
      "lint: the new migrations have findings",
    ]);
    expect(r.stderr.lastIndexOf("lint warn")).toBeLessThan(r.stderr.indexOf("lint: the new"));
    const json = JSON.parse(r.stdout) as { files: { purpose: string; transactional: boolean }[] };
    expect(json.files.map((f) => [f.purpose, f.transactional])).toEqual([
      ["main", true],
      ["validate", true],
      ["finish", true],
    ]);
    const [main, validate, finish] = chain();
    expect(main!.text).toContain('"post_author_fk"');
    expect(main!.text.match(/notValid: true/g)).toHaveLength(3);
    expect(main!.text).toContain('"post_title_not_null", "post", "\\"title\\" IS NOT NULL"');
    expect(validate!.text.match(/op\.validateConstraint\(/g)).toHaveLength(3);
    expect(finish!.text).toContain("nullable: false");
    expect(finish!.text).toContain('op.dropConstraint("post_title_not_null", "post"');

    expect((await project.run("upgrade", "+1")).code).toBe(0);
    const writer = session();
    await run(writer, "begin");
    await run(writer, "insert into post values (1000, 1, 'written in an open transaction')");
    // VALIDATE CONSTRAINT takes SHARE UPDATE EXCLUSIVE: it scans beside the writer.
    const validated = await project.run("upgrade", "+1");
    expect(validated.code, validated.stderr).toBe(0);
    expect(
      await run(
        open.db,
        "select state from pg_stat_activity where datname = current_database() and query like 'insert into post values (1000%'",
      ),
    ).toEqual([{ state: "idle in transaction" }]);
    expect(
      await run(
        open.db,
        "select conname, convalidated from pg_constraint where conrelid = 'post'::regclass and contype in ('c', 'f') order by 1",
      ),
    ).toEqual([
      { conname: "post_author_fk", convalidated: true },
      { conname: "post_title_check", convalidated: true },
      { conname: "post_title_not_null", convalidated: true },
    ]);
    await run(writer, "insert into post values (1001, 2, 'still writing')");
    await run(writer, "commit");

    const finished = await project.run("upgrade", "head");
    expect(finished.code, finished.stderr).toBe(0);
    expect(
      await run(
        open.db,
        "select attnotnull from pg_attribute where attrelid = 'post'::regclass and attname = 'title'",
      ),
    ).toEqual([{ attnotnull: true }]);
    expect(
      await run(open.db, "select 1 from pg_constraint where conname = 'post_title_not_null'"),
    ).toEqual([]);
    const check = await project.run("check");
    expect(check.code, check.stderr).toBe(0);

    const down = await project.run("downgrade", "base");
    expect(down.code, down.stderr).toBe(0);
    expect(
      await run(
        open.db,
        "select conname from pg_constraint where conrelid = 'post'::regclass and contype in ('c', 'f')",
      ),
    ).toEqual([]);
    expect(
      await run(
        open.db,
        "select attnotnull from pg_attribute where attrelid = 'post'::regclass and attname = 'title'",
      ),
    ).toEqual([{ attnotnull: false }]);
  });
});

describe("lockTimeout and lockRetries", () => {
  const addColumn = (revision: string, header = "") => `export default {
  revision: "${revision}",
  downRevision: null,${header}
  up(op) { op.addColumn("post", "extra", { type: "text" }); },
  down(op) { op.dropColumn("post", "extra"); },
};
`;
  /** Blocks ACCESS EXCLUSIVE on post: a reader's open transaction. */
  async function reader(): Promise<Kysely<any>> {
    const db = session();
    await run(db, "begin");
    await run(db, "select count(*) from post");
    return db;
  }
  // pg_locks is the whole server's: only this database's relations count.
  const ddlWaiting = `select 1 from pg_locks l join pg_class c on c.oid = l.relation
    where l.database = (select oid from pg_database where datname = current_database())
      and c.relname = 'post' and l.mode = 'AccessExclusiveLock' and not l.granted`;

  it("gives up after the retries with DDL_LOCK_TIMEOUT, never leaving the reader's queries queued behind it", async () => {
    project.write("retort.config.ts", configText(`, lockTimeout: "1s", lockRetries: 2`));
    project.write("migrations/versions/aaaa00000001_m.ts", addColumn("aaaa00000001"));
    const held = await reader();
    const upgrade = project.run("upgrade", "head");
    await waitFor(ddlWaiting, "ALTER TABLE waiting for its lock");
    // Queued behind the waiting ALTER TABLE, this query is let through once it gives up.
    const other = session();
    expect(await run(other, "select count(*)::int as n from post")).toEqual([{ n: 200 }]);
    const r = await upgrade;
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("lock timeout on post in aaaa00000001; retry 1 of 2 in 100 ms");
    expect(r.stderr).toContain("retry 2 of 2 in 200 ms");
    expect(r.stderr).toContain(
      "error: Upgrade aaaa00000001 (migrations/versions/aaaa00000001_m.ts) gave up on a lock timeout: it waited 3 times (lock_timeout 1000 ms) for a lock on post, which another session holds",
    );
    expect(r.stderr).toContain("hint: nothing of aaaa00000001 was applied");
    expect(r.stderr).toContain("select pid from pg_locks where relation = 'post'::regclass");
    // The reader's transaction was never disturbed.
    expect(await run(held, "select count(*)::int as n from post")).toEqual([{ n: 200 }]);
    await run(held, "commit");
    expect(await run(open.db, "select to_regclass('retort_version') is null as none")).toEqual([
      { none: false },
    ]);
    expect(await run(open.db, "select count(*)::int as n from retort_version")).toEqual([{ n: 0 }]);
  });

  it("succeeds on a retry once the other transaction ends; the migration's own lockTimeout wins", async () => {
    project.write("retort.config.ts", configText(`, lockTimeout: "1h", lockRetries: 0`));
    project.write(
      "migrations/versions/aaaa00000001_m.ts",
      addColumn("aaaa00000001", `\n  lockTimeout: "300ms",\n  lockRetries: 50,`),
    );
    const held = await reader();
    let released: Promise<unknown> | undefined;
    const r = await project.runWith(
      {
        stderr: (text) => {
          // The first retry line: the lock was refused once; let the reader finish now.
          if (released === undefined && text.includes("retry 1 of 50"))
            released = run(held, "commit");
        },
      },
      "upgrade",
      "head",
    );
    await released;
    expect(released).toBeDefined();
    expect(r.code).toBe(0);
    expect(
      await run(
        open.db,
        "select 1 from pg_attribute where attrelid = 'post'::regclass and attname = 'extra'",
      ),
    ).toHaveLength(1);
  });

  it("outside a transaction, retries only the statement that waited and restores the session's lock_timeout", async () => {
    project.write(
      "migrations/versions/aaaa00000001_m.ts",
      `export default {
  revision: "aaaa00000001",
  downRevision: null,
  transactional: false,
  lockTimeout: 200,
  lockRetries: 1,
  up(op) {
    op.createIndex("account_email_idx", "account", ["email"], { concurrently: true });
    op.addColumn("post", "extra", { type: "text" });
  },
  down(op) {
    op.dropColumn("post", "extra");
    op.dropIndex("account_email_idx", { concurrently: true });
  },
};
`,
    );
    const held = await reader();
    // The migrator runs on this one-connection pool, so its session settings can be read after.
    const db = session();
    await run(db, "set lock_timeout = '7s'");
    const config = resolveConfig(
      { url: open.database.url, migrations: "migrations", lockTimeout: "1h" },
      project.root,
    );
    const migrator = new Migrator({
      config,
      scripts: loadScriptDirectory(config),
      driver: createDriver({ url: open.database.url, root: project.root }),
      db,
    });
    const retries: number[] = [];
    const failure = await migrator
      .upgrade("head", {
        onEvent: (event) => {
          if (event.kind === "step-retry") retries.push(event.attempt);
        },
      })
      .then(
        () => undefined,
        (error: unknown) => error,
      );
    await migrator.close();
    expect(isRetortError(failure) && failure.code).toBe("DDL_LOCK_TIMEOUT");
    expect((failure as Error).message).toContain(
      "it waited 2 times (lock_timeout 200 ms) for a lock on post",
    );
    expect((failure as { hint: string }).hint).toContain(
      "aaaa00000001 is not transactional: the statements before the one that waited were applied",
    );
    expect((failure as { hint: string }).hint).toContain(
      "`retort stamp aaaa00000001` if all of them took effect, `retort stamp base` if none did",
    );
    expect((failure as { details: Record<string, unknown> }).details).toMatchObject({
      statement: 'ALTER TABLE "post" ADD COLUMN "extra" text',
      tables: ["post"],
      attempts: 2,
    });
    expect(retries).toEqual([1]);
    // The index went through (once, not retried); the session's own setting is back.
    expect(
      await run(
        open.db,
        "select indisvalid from pg_index where indexrelid = 'account_email_idx'::regclass",
      ),
    ).toEqual([{ indisvalid: true }]);
    expect(await run(db, "show lock_timeout")).toEqual([{ lock_timeout: "7s" }]);
    await run(held, "commit");
  });

  it("outside a transaction, an op.execute CREATE INDEX CONCURRENTLY waits for an older snapshot past lockTimeout and leaves a valid index", async () => {
    project.write("retort.config.ts", configText(`, lockTimeout: 200, lockRetries: 2`));
    project.write(
      "migrations/versions/aaaa00000001_m.ts",
      `export default {
  revision: "aaaa00000001",
  downRevision: null,
  transactional: false,
  up(op) { op.execute("CREATE INDEX CONCURRENTLY account_email_idx ON account (email)"); },
  down(op) { op.execute("DROP INDEX CONCURRENTLY account_email_idx"); },
};
`,
    );
    // A snapshot older than the build, which CREATE INDEX CONCURRENTLY waits for.
    const held = session();
    await run(held, "begin isolation level repeatable read");
    await run(held, "select count(*) from post");
    const upgrade = project.run("upgrade", "head");
    await waitFor(
      `select 1 from pg_stat_activity where query like 'CREATE INDEX CONCURRENTLY%' and wait_event = 'virtualxid'`,
      "the concurrent build waiting for the older snapshot",
    );
    // Well past lockTimeout: a build under it would have given up and left an invalid index.
    await run(open.db, "select pg_sleep(0.6)");
    await run(held, "commit");
    const r = await upgrade;
    expect(r.stderr).not.toContain("lock timeout");
    expect(r.code).toBe(0);
    expect(
      await run(
        open.db,
        "select indisvalid from pg_index where indexrelid = 'account_email_idx'::regclass",
      ),
    ).toEqual([{ indisvalid: true }]);
    // The script a DBA runs leaves it under the session's setting too.
    const script = await project.run("upgrade", "head", "--sql");
    expect(script.stdout).toContain("CREATE INDEX CONCURRENTLY account_email_idx");
    expect(script.stdout).not.toContain("SET lock_timeout");
  });
});
