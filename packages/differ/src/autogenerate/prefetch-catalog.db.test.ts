import { openTestDatabase, type TestDatabase } from "@retort/test-harness";
import { type Kysely, sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { introspectSchema } from "../introspect/introspect-schema";
import { column as c } from "../models/column-builder";
import { table } from "../models/table";
import { autogenerate, checkModels } from "./autogenerate";
import { prefetchCatalog, takePrefetched } from "./prefetch-catalog";

// `check` and autogenerate start reading the catalog before the models are loaded, over the
// schemas the last run compared. The read is used only when it is the one the comparison would
// have made; a wrong guess must cost a second read, never a wrong result.

let database: TestDatabase;
let db: Kysely<any>;

beforeAll(async () => {
  ({ database, db } = await openTestDatabase("differ_prefetch", { max: 1 }));
  await sql
    .raw(`
    create schema app;
    create schema other;
    create table public.account (id bigint primary key);
    create table app.invoice (id bigint primary key, total numeric(12,2));
    create table other.unrelated (id int);
    create table public.skipped (id int);
  `)
    .execute(db);
});
afterAll(async () => {
  await db?.destroy();
  await database?.drop();
});

const models = {
  account: table("account", { id: c.bigint().primaryKey() }),
  invoice: table(
    "invoice",
    { id: c.bigint().primaryKey(), total: c.numeric(12, 2) },
    {
      schema: "app",
    },
  ),
};
const managed = { schemas: ["app", "public"], exclude: ["skipped"] };

describe("takePrefetched", () => {
  it("takes a read over the same schemas and exclusions, equal to a read made then", async () => {
    const prefetch = prefetchCatalog(db, { schemas: ["public", "app"], exclude: ["skipped"] });
    const taken = await takePrefetched(prefetch, managed);
    expect(taken).toEqual(await introspectSchema(db, managed));
    expect(taken?.tables.map((t) => `${t.schema}.${t.name}`)).toEqual([
      "app.invoice",
      "public.account",
    ]);
  });

  it("takes a read whose guess named schemas that do not exist", async () => {
    const prefetch = prefetchCatalog(db, {
      schemas: ["app", "gone", "public"],
      exclude: ["skipped"],
    });
    expect(await takePrefetched(prefetch, managed)).toBeDefined();
  });

  it("takes a read whose schemas were picked among those that exist, in its snapshot", async () => {
    const told: (readonly string[])[] = [];
    const pick = (existing: readonly string[]) => {
      told.push(existing);
      return existing.filter((name) => name === "app" || name === "public");
    };
    const prefetch = prefetchCatalog(db, { schemas: ["public"], exclude: ["skipped"] }, pick);
    const taken = await takePrefetched(prefetch, managed);
    expect(taken).toEqual(await introspectSchema(db, managed));
    expect(told).toEqual([["app", "other", "public"]]);
    // A pick the models disagree with is not taken: the comparison reads again.
    const missed = prefetchCatalog(db, { schemas: ["app", "public"], exclude: ["skipped"] }, () => [
      "public",
    ]);
    expect(await takePrefetched(missed, managed)).toBeUndefined();
  });

  it("refuses a read over other schemas, other exclusions, or that failed", async () => {
    const publicOnly = prefetchCatalog(db, { schemas: ["public"], exclude: ["skipped"] });
    expect(await takePrefetched(publicOnly, managed)).toBeUndefined();
    const every = prefetchCatalog(db, { exclude: ["skipped"] });
    expect(await takePrefetched(every, managed)).toBeUndefined();
    const excluding = prefetchCatalog(db, { schemas: ["app", "public"], exclude: [/^skip/] });
    expect(await takePrefetched(excluding, managed)).toBeUndefined();
    const otherVersionTable = prefetchCatalog(db, {
      ...managed,
      versionTable: { schema: "app", name: "retort_version" },
    });
    expect(await takePrefetched(otherVersionTable, managed)).toBeUndefined();
    const failed = {
      scope: managed,
      read: Promise.reject(new Error("connection lost")),
      started: Promise.resolve(),
    };
    failed.read.catch(() => {});
    expect(await takePrefetched(failed, managed)).toBeUndefined();
  });
});

describe("a comparison handed a prefetched read", () => {
  it("reads again when the guess missed a schema the models use, and finds no change", async () => {
    const prefetched = prefetchCatalog(db, { schemas: ["public"], exclude: ["skipped"] });
    const result = await checkModels({ db, models, exclude: ["skipped"], prefetched });
    expect(result.changes.map((change) => change.description)).toEqual([]);
    expect([...result.schemas].sort()).toEqual(["app", "public"]);
  });

  it("uses a read that guessed right, and still sees what differs", async () => {
    const prefetched = prefetchCatalog(db, { schemas: ["app", "public"], exclude: ["skipped"] });
    const wider = {
      ...models,
      invoice: table(
        "invoice",
        { id: c.bigint().primaryKey(), total: c.numeric(12, 2), paid: c.boolean() },
        { schema: "app" },
      ),
    };
    const result = await autogenerate({ db, models: wider, exclude: ["skipped"], prefetched });
    expect(result.changes.map((change) => change.description)).toEqual([
      "added column app.invoice.paid (boolean)",
    ]);
  });

  it("compares with the snapshot the prefetch read, taken before the models were loaded", async () => {
    const prefetched = prefetchCatalog(db, { schemas: ["app", "public"], exclude: ["skipped"] });
    await prefetched.read;
    await sql.raw("alter table app.invoice add column paid boolean").execute(db);
    try {
      const result = await checkModels({ db, models, exclude: ["skipped"], prefetched });
      expect(result.changes.map((change) => change.description)).toEqual([]);
      const fresh = await checkModels({ db, models, exclude: ["skipped"] });
      expect(fresh.changes.map((change) => change.description)).toEqual([
        "dropped column app.invoice.paid (data will be lost)",
      ]);
    } finally {
      await sql.raw("alter table app.invoice drop column paid").execute(db);
    }
  });
});
