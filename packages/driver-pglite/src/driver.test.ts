import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { lstat, mkdir, mkdtemp, readdir, rm, stat, symlink, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describeDriverContract } from "@retort/core/testing";
import { Kysely, sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDriver } from "./index";

let root: string;

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), "retort-pglite-"));
  // Creating a PGlite cluster takes seconds, reopening it a fraction: make it once, here.
  const driver = createDriver({ url: "pglite://contract", root });
  const db = new Kysely<any>({ dialect: driver.createDialect() });
  await sql`select 1`.execute(db);
  await db.destroy();
});

afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

describeDriverContract(
  "pglite",
  async () => ({ driver: createDriver({ url: "pglite://contract", root }) }),
  {
    // One process at a time: a second driver on the folder waits for the first to close it.
    concurrentSessions: false,
  },
);

/** Creates table t with one row in a new database at `url`, and reads it back. */
async function open(url: string, templateDir: string): Promise<unknown[]> {
  const db = new Kysely<any>({ dialect: createDriver({ url, root, templateDir }).createDialect() });
  try {
    await sql`create table t (n int); insert into t values (1)`.execute(db);
    return (await sql<{ n: number }>`select n from t`.execute(db)).rows;
  } finally {
    await db.destroy();
  }
}

describe("pglite driver", () => {
  it("keeps its data in <root>/.retort/pglite by default and says so", async () => {
    const notes: string[] = [];
    // No template yet (a folder of its own): the first start runs initdb.
    const templateDir = await mkdtemp(join(root, "templates-"));
    const driver = createDriver({ root, templateDir, onWait: (message) => notes.push(message) });
    expect(driver.displayTarget).toBe("embedded database at .retort/pglite");
    expect(driver.isLocal).toBe(true);
    const db = new Kysely<any>({ dialect: driver.createDialect() });
    try {
      await sql`create table kept (n int); insert into kept values (1)`.execute(db);
    } finally {
      await db.destroy();
    }
    // The first start creates the cluster, which takes seconds: a line says so, once.
    expect(notes).toEqual([
      "Creating the embedded database at .retort/pglite (the first start takes a few seconds)...",
    ]);
    const reopened = new Kysely<any>({
      dialect: createDriver({
        url: undefined,
        root,
        onWait: (message) => notes.push(message),
      }).createDialect(),
    });
    try {
      expect((await sql<{ n: number }>`select n from kept`.execute(reopened)).rows).toEqual([
        { n: 1 },
      ]);
      expect(notes).toHaveLength(1);
    } finally {
      await reopened.destroy();
    }
  });

  it("starts a new folder as a copy of the template the first one left, and mends a bad one", async () => {
    const templateDir = await mkdtemp(join(root, "templates-"));
    const notes: string[] = [];
    const open = async (url: string) => {
      const db = new Kysely<any>({
        dialect: createDriver({
          url,
          root,
          templateDir,
          onWait: (message) => notes.push(message),
        }).createDialect(),
      });
      try {
        await sql`create table t (n int); insert into t values (1)`.execute(db);
        return (await sql<{ n: number }>`select n from t`.execute(db)).rows;
      } finally {
        await db.destroy();
      }
    };
    expect(await open("pglite://first")).toEqual([{ n: 1 }]);
    const folders = await readdir(templateDir);
    expect(folders).toEqual([expect.stringMatching(/^pglite-[0-9a-f]{16}$/)]);
    const folder = join(templateDir, folders[0]!);
    // A clean cluster, and nothing half-made left beside it.
    expect(await readdir(folder)).toContain("PG_VERSION");

    // A second new database is a copy of it: no initdb, nothing of the first database's.
    expect(await open("pglite://second")).toEqual([{ n: 1 }]);
    expect(notes).toEqual([
      "Creating the embedded database at first (the first start takes a few seconds)...",
      "Creating the embedded database at second...",
    ]);
    expect((await readdir(root)).filter((name) => name.includes(".partial-"))).toEqual([]);

    // A damaged template is not fatal: initdb runs, and the next new database makes a whole one.
    await writeFile(join(folder, "global", "pg_control"), "not a control file");
    expect(await open("pglite://third")).toEqual([{ n: 1 }]);
    expect(notes.at(-1)).toBe("Creating the embedded database at third...");
    expect(await open("pglite://fourth")).toEqual([{ n: 1 }]);
    expect(notes.at(-1)).toBe(
      "Creating the embedded database at fourth (the first start takes a few seconds)...",
    );
    expect(await readdir(folder)).toContain("PG_VERSION");
  }, 180_000);

  it("keeps a tar for in-memory databases, made on the first and loaded by the next", async () => {
    const templateDir = await mkdtemp(join(root, "templates-"));
    expect(await open("memory://", templateDir)).toEqual([{ n: 1 }]);
    const [tar] = await readdir(templateDir);
    expect(tar).toMatch(/^pglite-[0-9a-f]{16}\.tar$/);
    const size = (await stat(join(templateDir, tar!))).size;
    expect(size).toBeGreaterThan(1_000_000);
    expect(await open("memory://", templateDir)).toEqual([{ n: 1 }]);
    // A damaged one is not fatal either: initdb runs, and a whole tar replaces it.
    await writeFile(join(templateDir, tar!), "not a tar");
    expect(await open("memory://", templateDir)).toEqual([{ n: 1 }]);
    expect((await stat(join(templateDir, tar!))).size).toBe(size);
  }, 180_000);

  it("clears away what an interrupted creation left, and never takes it for a database", async () => {
    const templateDir = await mkdtemp(join(root, "templates-"));
    await open(`pglite://made`, templateDir);
    // A process killed while it copied or made a folder left `<folder>.partial-<its pid>-<n>`.
    const dead = spawnSync(process.execPath, ["-e", "0"]).pid;
    const [folder] = await readdir(templateDir);
    const leftovers = [
      join(root, `interrupted.partial-${dead}-1`),
      join(templateDir, `${folder}.partial-${dead}-2`),
    ];
    for (const leftover of leftovers) {
      await mkdir(join(leftover, "base"), { recursive: true });
      await writeFile(join(leftover, "PG_VERSION"), "18\n");
    }
    // The data folder itself is empty, as `mkdir` before a kill leaves it.
    await mkdir(join(root, "interrupted"));
    expect(await open("pglite://interrupted", templateDir)).toEqual([{ n: 1 }]);
    await rm(join(templateDir, folder!), { recursive: true });
    expect(await open("pglite://again", templateDir)).toEqual([{ n: 1 }]);
    for (const leftover of leftovers) expect(existsSync(leftover)).toBe(false);
  }, 180_000);

  it("creates several new databases at once, and the one template they share", async () => {
    const templateDir = await mkdtemp(join(root, "templates-"));
    const rows = await Promise.all(
      ["together-1", "together-2", "together-3"].map((name) =>
        open(`pglite://${name}`, templateDir),
      ),
    );
    expect(rows).toEqual([[{ n: 1 }], [{ n: 1 }], [{ n: 1 }]]);
    expect(await readdir(templateDir)).toEqual([expect.stringMatching(/^pglite-[0-9a-f]{16}$/)]);
    expect((await readdir(root)).filter((name) => name.includes(".partial-"))).toEqual([]);
  }, 180_000);

  it("creates the database in the folder a symbolic link names, and keeps the link", async () => {
    const templateDir = await mkdtemp(join(root, "templates-"));
    await open("pglite://linked-template", templateDir);
    const elsewhere = await mkdtemp(join(root, "elsewhere-"));
    await symlink(elsewhere, join(root, "linked"));
    expect(await open("pglite://linked", templateDir)).toEqual([{ n: 1 }]);
    expect((await lstat(join(root, "linked"))).isSymbolicLink()).toBe(true);
    expect(await readdir(elsewhere)).toContain("PG_VERSION");
  }, 180_000);

  it("runs in memory for pglite://memory and memory://", async () => {
    for (const url of ["pglite://memory", "memory://"]) {
      const driver = createDriver({ url, root });
      expect(driver.displayTarget).toBe("embedded in-memory database");
      const db = new Kysely<any>({ dialect: driver.createDialect() });
      try {
        const version = await driver.serverVersion(db);
        // PGlite tracks recent PostgreSQL releases.
        expect(version.major).toBeGreaterThanOrEqual(17);
      } finally {
        await db.destroy();
      }
    }
  });

  it("gives a command small shared buffers, and a database that stays open PostgreSQL's own", async () => {
    const sharedBuffers = async (staysOpen: boolean) => {
      const db = new Kysely<any>({
        dialect: createDriver({ url: "pglite://contract", root, staysOpen }).createDialect(),
      });
      try {
        return (await sql<{ shared_buffers: string }>`show shared_buffers`.execute(db)).rows;
      } finally {
        await db.destroy();
      }
    };
    // Zeroed at every start, the buffers were half of a command's peak memory.
    expect(await sharedBuffers(false)).toEqual([{ shared_buffers: "16MB" }]);
    // What initdb wrote into postgresql.conf: the -c for commands is not kept in the folder.
    expect(await sharedBuffers(true)).toEqual([{ shared_buffers: "128MB" }]);
  });

  it("makes a second dialect on the same folder wait until the first is destroyed", async () => {
    const messages: string[] = [];
    let announceWait!: () => void;
    const waiting = new Promise<void>((resolve) => {
      announceWait = resolve;
    });
    const first = new Kysely<any>({
      dialect: createDriver({ url: "pglite://contract", root }).createDialect(),
    });
    await sql`select 1`.execute(first);
    const second = new Kysely<any>({
      dialect: createDriver({
        url: "pglite://contract",
        root,
        onWait: (message) => {
          messages.push(message);
          announceWait();
        },
      }).createDialect(),
    });
    try {
      const query = sql<{ one: number }>`select 1 as one`.execute(second);
      await waiting;
      expect(messages).toEqual([expect.stringContaining(`process ${process.pid}`)]);
      await first.destroy();
      expect((await query).rows).toEqual([{ one: 1 }]);
    } finally {
      await first.destroy();
      await second.destroy();
    }
  });

  it("rolls back a failed commit instead of pretending it was saved", async () => {
    const db = new Kysely<any>({
      dialect: createDriver({ url: "memory://", root }).createDialect(),
    });
    try {
      await sql`create table t (n int primary key)`.execute(db);
      await expect(
        db.transaction().execute(async (trx) => {
          await trx.insertInto("t").values({ n: 1 }).execute();
          // Swallowing the error leaves the transaction aborted; COMMIT then rolls back.
          await trx
            .insertInto("t")
            .values({ n: 1 })
            .execute()
            .catch(() => undefined);
        }),
      ).rejects.toThrow(/rolled back/);
      expect((await sql<{ c: number }>`select count(*)::int as c from t`.execute(db)).rows).toEqual(
        [{ c: 0 }],
      );
    } finally {
      await db.destroy();
    }
  });

  it("supports savepoints (nested transactions)", async () => {
    const db = new Kysely<any>({
      dialect: createDriver({ url: "memory://", root }).createDialect(),
    });
    try {
      await sql`create table t (n int)`.execute(db);
      const trx = await db.startTransaction().execute();
      await trx.insertInto("t").values({ n: 1 }).execute();
      const savepoint = await trx.savepoint("before two").execute();
      await savepoint.insertInto("t").values({ n: 2 }).execute();
      await savepoint.rollbackToSavepoint("before two").execute();
      await trx.commit().execute();
      expect((await db.selectFrom("t").select("n").execute()).map((r) => r.n)).toEqual([1]);
    } finally {
      await db.destroy();
    }
  });

  it("reports affected rows", async () => {
    const db = new Kysely<any>({
      dialect: createDriver({ url: "memory://", root }).createDialect(),
    });
    try {
      await sql`create table t (n int); insert into t values (1), (2), (3)`.execute(db);
      const result = await db.updateTable("t").set({ n: 0 }).where("n", ">", 1).executeTakeFirst();
      expect(result.numUpdatedRows).toBe(2n);
      const deleted = await db.deleteFrom("t").executeTakeFirst();
      expect(deleted.numDeletedRows).toBe(3n);
    } finally {
      await db.destroy();
    }
  });
});
