import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { Operations } from "@retort/core";
import { sql as kyselySql } from "kysely";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { openRoundTripDatabase, type RoundTripDatabase } from "../compare/round-trip.test-fixture";
import { type ColumnRef, column as c } from "../models/column-builder";
import { enumType } from "../models/enum-type";
import { index } from "../models/index-builder";
import * as fixtureModels from "../models/models.test-fixture";
import { sql } from "../models/sql-fragment";
import { table } from "../models/table";
import { managedScope } from "../scope/managed-scope";
import { type AutogenerateOptions, autogenerate, checkModels } from "./autogenerate";
import { findUnexportedTables } from "./find-unexported-tables";

let database: RoundTripDatabase;
const scope = managedScope({
  versionTableSchema: "public",
  versionTable: "retort_version",
  historyTable: "retort_history",
});

beforeAll(async () => {
  database = await openRoundTripDatabase("differ_autogenerate");
});

afterAll(async () => {
  await database?.close();
});

beforeEach(async () => {
  await database.reset();
});

const status = enumType("status", ["draft", "it's live", "archived"]);

// One column per type and default form the models DSL offers.
const everything = table(
  "everything",
  {
    id: c.bigint().primaryKey().generatedAlwaysAsIdentity({ start: 100, increment: 10 }),
    small: c.smallint().default(-1),
    whole: c.integer().notNull().default(0),
    big: c.bigint().default(5000000000n),
    serialNo: c.serial().name("serial_no"),
    bigSerial: c.bigserial().name("big_serial"),
    price: c.numeric(12, 2).default("0.50"),
    anyNumeric: c.numeric().default(3),
    ratio: c.real().default(1.5),
    precise: c.doublePrecision().default(-2.5),
    label: c.text().default('it\'s "quoted"'),
    empty: c.text().default(""),
    short: c.varchar(20).default("x").collate("C"),
    unbounded: c.varchar(),
    fixed: c.char(3).default("abc"),
    flag: c.boolean().notNull().default(true),
    off: c.boolean().default(false),
    born: c.date().defaultSql("current_date"),
    at: c.timestamp(3).defaultSql("now()"),
    atTz: c.timestamptz().notNull().defaultSql("CURRENT_TIMESTAMP"),
    clock: c.time(),
    clockTz: c.timetz(),
    doc: c.jsonb().default({ b: [1, 2], a: "x" }),
    plainJson: c.json().default({ a: 1 }),
    tags: c.text().array().notNull().default([]),
    nums: c.integer().array().default([1, 2, 3]),
    words: c.text().array().default(["a b", 'q"uote', "NULL"]),
    state: c.enum(status).notNull().default("it's live"),
    states: c.enum(status).array(),
    uid: c.uuid().default(sql`gen_random_uuid()`),
    doubled: c.integer().generatedAlwaysAs("whole * 2"),
    lowered: c.text().generatedAlwaysAs("lower(label)"),
    // Expressions are spelled as PostgreSQL prints them (`''::text`, `unbounded::text`): the
    // description normalizes spacing and case, not the casts PostgreSQL adds.
    note: c.text().comment("a note").check("note <> ''::text"),
  },
  (t) => ({
    indexes: [index().on(t.label), index().on(sql`lower(${t.unbounded}::text)`).where("flag")],
  }),
  { comment: "every type" },
);

const author = table("author", {
  id: c.integer().primaryKey(),
  bestPost: c
    .integer()
    .name("best_post")
    .references((): ColumnRef => post.columns.id, { onDelete: "set null" }),
});
const post = table("post", {
  id: c.integer().primaryKey(),
  authorId: c
    .integer()
    .notNull()
    .name("author_id")
    .references((): ColumnRef => author.columns.id, { onDelete: "cascade" }),
});

// Defined here, exported nowhere: findUnexportedTables must name it.
const forgotten = table("forgotten", { id: c.integer() });
void forgotten;

function options(
  models: Record<string, unknown>,
  extra: Partial<AutogenerateOptions> = {},
): AutogenerateOptions {
  return { db: database.db, models, ...scope, ...extra };
}

/** The rendered body records exactly the operations. */
function expectSourceMatches(body: string, ops: readonly unknown[]): void {
  const op = new Operations();
  new Function("op", body)(op);
  expect(op.operations).toEqual(ops);
}

async function expectNoFalsePositive(models: Record<string, unknown>): Promise<void> {
  const first = await autogenerate(options(models));
  expect(first.isEmpty).toBe(false);
  expectSourceMatches(first.upgrades, first.upgradeOperations);
  expectSourceMatches(first.downgrades, first.downgradeOperations);
  await database.apply(first.upgradeOperations);
  const again = await checkModels(options(models));
  expect(again.changes.map((change) => change.description)).toEqual([]);
  expect(again.isEmpty).toBe(true);
  await database.apply(first.downgradeOperations);
  const back = await database.introspect();
  expect(back.tables).toEqual([]);
  expect(back.enums).toEqual([]);
}

describe("autogenerate", () => {
  it("finds no change once the models it generated are applied: every column type and default form", async () => {
    await expectNoFalsePositive({ everything, status });
  });

  it("finds no change once applied: foreign keys in a cycle", async () => {
    await expectNoFalsePositive({ author, post });
  });

  it("finds no change once applied: the models fixture (schemas, enums, constraints, indexes, exclusions)", async () => {
    await expectNoFalsePositive(fixtureModels);
  });

  it("writes the changes for people, and marks destructive ones", async () => {
    await kyselySql`create table author (id integer primary key, best_post integer, legacy text); create table stale (id integer)`.execute(
      database.db,
    );
    const result = await autogenerate(options({ author, post }));
    expect(result.changes.map((change) => [change.description, change.destructive])).toEqual([
      ["dropped column public.author.legacy (data will be lost)", true],
      ["dropped table public.stale (data will be lost)", true],
      ["added table public.post", false],
      ["added foreign key public.author.author_best_post_fkey (best_post) -> public.post", false],
      ["added foreign key public.post.post_author_id_fkey (author_id) -> public.author", false],
    ]);
    expect(result.upgrades).toContain(
      '// DESTRUCTIVE: drops table "public.stale"; its data will be lost.\nop.dropTable("stale", { schema: "public" });',
    );
    // The downgrade puts back what the upgrade drops.
    expect(result.downgradeOperations.map((op) => op.kind)).toContain("createTable");
  });

  it("leaves retort's tables, excluded tables, other schemas, sequences and unmanaged objects alone", async () => {
    // Views, functions and domains are models (autogenerate drops those the models lack); a text
    // search configuration is not.
    await kyselySql
      .raw(`
        create table retort_version (version_num varchar(32) primary key);
        create table retort_history (id integer);
        create table audit_log (id integer);
        create schema reporting; create table reporting.summary (id integer);
        create sequence invoice_number;
        create text search configuration plain_words (copy = pg_catalog.simple);
      `)
      .execute(database.db);
    const result = await autogenerate(options({ author, post }, { exclude: ["audit_log"] }));
    expect(result.changes.map((change) => change.description)).toEqual([
      "added table public.author",
      "added table public.post",
      "added foreign key public.author.author_best_post_fkey (best_post) -> public.post",
      "added foreign key public.post.post_author_id_fkey (author_id) -> public.author",
    ]);
  });

  it("names tables that a models file defines but the entry does not export", () => {
    const here = dirname(fileURLToPath(import.meta.url));
    const found = findUnexportedTables(here, { everything, status, author, post });
    expect(found.map((t) => `${t.schema}.${t.name}`)).toEqual(["public.forgotten"]);
    expect(found[0]?.file).toBe(fileURLToPath(import.meta.url));
    expect(findUnexportedTables(`${here}-elsewhere`, {})).toEqual([]);
  });

  it("names tables that the imported files of the models folder export but the entry does not", () => {
    const here = dirname(fileURLToPath(import.meta.url));
    const modules = [
      { file: join(here, "account.ts"), exports: { author, post, other: 1 } },
      { file: join(`${here}-elsewhere`, "stale.ts"), exports: { everything } },
    ];
    expect(findUnexportedTables(here, { author }, modules)).toEqual([
      { schema: "public", name: "post", file: join(here, "account.ts") },
    ]);
  });
});
