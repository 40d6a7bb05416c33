import { existsSync, readdirSync } from "node:fs";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Kysely, sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { createDriver } from "./index";
import * as child from "./initdb-child";
import { initdbInChild, initdbWantsChild } from "./initdb-child";

// The driver's calls, to tell a database the child made from one made in this process.
vi.mock("./initdb-child", async (original) => {
  const module = await original<typeof import("./initdb-child")>();
  return { ...module, initdbInChild: vi.fn(module.initdbInChild) };
});

let root: string;
beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), "retort-initdb-child-"));
});
afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

/** Writes a row into a new database at `url`, with initdb asked of a child, and reads it back. */
async function roundTrip(url: string, templateDir: string): Promise<unknown[]> {
  const driver = createDriver({ url, root, templateDir, initdbInChild: true });
  const db = new Kysely<any>({ dialect: driver.createDialect() });
  try {
    await sql`create table t (n int); insert into t values (1)`.execute(db);
    return (await sql<{ n: number }>`select n from t`.execute(db)).rows;
  } finally {
    await db.destroy();
  }
}

/** Runs `open` and checks that one child made its database, and that it worked. */
async function expectMadeByChild(open: () => Promise<unknown[]>): Promise<void> {
  vi.mocked(child.initdbInChild).mockClear();
  expect(await open()).toEqual([{ n: 1 }]);
  expect(vi.mocked(child.initdbInChild)).toHaveBeenCalledTimes(1);
  await expect(vi.mocked(child.initdbInChild).mock.results[0]!.value).resolves.toBe(true);
}

// On Node 24 a new database's initdb, run in the process, peaked at 1.1 GB (V8 13 no longer
// reads `--liftoff-only` once it runs); a child started with the flag makes the folder. CI runs
// Node 20, so the child is asked for here rather than left to the version.
describe("initdb in a child process", () => {
  it("is wanted from V8 13 on, unless the process runs baseline-only already", () => {
    expect(initdbWantsChild("12.4.254.21-node.33", [])).toBe(false);
    expect(initdbWantsChild("13.6.233.10-node.28", [])).toBe(true);
    expect(initdbWantsChild("13.6.233.10-node.28", ["--liftoff-only"])).toBe(false);
  });

  it("makes a folder PostgreSQL opens", async () => {
    const dataDir = join(root, "direct");
    expect(await initdbInChild(dataDir, undefined)).toBe(true);
    expect(existsSync(join(dataDir, "PG_VERSION"))).toBe(true);
    const { PGlite } = await import("@electric-sql/pglite");
    const pglite = await PGlite.create({ dataDir });
    try {
      expect((await pglite.query("select count(*)::int as n from pg_database")).rows).toEqual([
        { n: 3 },
      ]);
    } finally {
      await pglite.close();
    }
  });

  it("gives the driver a new database it opens and keeps as the template", async () => {
    const templateDir = await mkdtemp(join(root, "templates-"));
    // Made by the child, once: the template, which the database is a copy of.
    await expectMadeByChild(() => roundTrip("pglite://made-by-child", templateDir));
    // The template the child made, for the machine's next new database.
    const templates = readdirSync(templateDir).filter((name) => !name.endsWith(".tar"));
    expect(templates).toHaveLength(1);
    expect(existsSync(join(templateDir, templates[0]!, "PG_VERSION"))).toBe(true);
  });

  it("gives the first in-memory database the tar later ones load", async () => {
    const templateDir = await mkdtemp(join(root, "templates-"));
    await expectMadeByChild(() => roundTrip("pglite://memory", templateDir));
    // The tar is kept; the folder the child made it in is gone.
    expect(readdirSync(templateDir).filter((name) => name.endsWith(".tar"))).toHaveLength(1);
    expect(readdirSync(templateDir).filter((name) => name.includes(".memory-"))).toEqual([]);
    // A later one loads the tar: no child.
    expect(await roundTrip("pglite://memory", templateDir)).toEqual([{ n: 1 }]);
    expect(vi.mocked(child.initdbInChild)).toHaveBeenCalledTimes(1);
  });

  it("leaves initdb to this process when the child cannot run", async () => {
    vi.mocked(child.initdbInChild).mockClear();
    const before = process.env.NODE_OPTIONS;
    // Every Node the driver starts refuses to run: as another runtime's execPath might.
    process.env.NODE_OPTIONS = "--no-such-option-for-retort";
    try {
      const templateDir = await mkdtemp(join(root, "templates-"));
      expect(await roundTrip("pglite://fallback", templateDir)).toEqual([{ n: 1 }]);
      expect(vi.mocked(child.initdbInChild)).toHaveBeenCalledTimes(1);
      await expect(vi.mocked(child.initdbInChild).mock.results[0]!.value).rejects.toThrow(
        /no-such-option-for-retort/,
      );
    } finally {
      if (before === undefined) delete process.env.NODE_OPTIONS;
      else process.env.NODE_OPTIONS = before;
    }
  });

  it("says why when initdb fails there", async () => {
    // A folder under a file cannot be made.
    const under = join(root, "a-file");
    await writeFile(under, "");
    await expect(initdbInChild(join(under, "db"), undefined)).rejects.toThrow(
      /initdb failed in a child process \(exit \d+\): \S/,
    );
  });
});
