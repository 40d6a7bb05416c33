import { Operations } from "@retort/core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { autogenerate, checkModels } from "../../autogenerate/autogenerate";
import { column as c } from "../../models/column-builder";
import { compositeType } from "../../models/composite-type";
import { domain } from "../../models/domain";
import { enumType } from "../../models/enum-type";
import { rangeType } from "../../models/range-type";
import { sql } from "../../models/sql-fragment";
import { table } from "../../models/table";
import { managedScope } from "../../scope/managed-scope";
import { openRoundTripDatabase, type RoundTripDatabase } from "../round-trip.test-fixture";

// Domains, composite and range types written naturally in the models: autogenerate creates them,
// and `check` then finds nothing (the server's spelling of checks and defaults is not a change).

let database: RoundTripDatabase;
const scope = managedScope({
  versionTableSchema: "public",
  versionTable: "retort_version",
  historyTable: "retort_history",
});
beforeAll(async () => {
  database = await openRoundTripDatabase("differ_types_models");
}, 60_000);
afterAll(async () => {
  await database?.close();
});

const mood = enumType("mood", ["ok", "meh"], { schema: "app" });
const positive = domain<"positive", number>("positive", {
  type: "int",
  notNull: true,
  default: sql`1`,
  checks: { positive: sql`value > 0`, small: sql`value < 1000 or value in (5000, 6000)` },
  comment: "positive",
});
const code = domain("code", {
  schema: "app",
  type: "varchar(10)",
  collation: "C",
  checks: [sql`value ~ '^[A-Z]+$'`, sql`length(value) between 2 and 8`],
});
const moody = domain("moody", { schema: "app", type: mood, default: sql`'ok'` });
const address = compositeType("address", {
  schema: "app",
  attributes: { street: "text", zip: code, city: { type: "varchar(40)", collation: "C" } },
  comment: "where",
});
const floatRange = rangeType("float_range", { subtype: "float8", subtypeDiff: "float8mi" });
const customer = table("customer", {
  id: c.integer().primaryKey(),
  n: c.domain(positive),
  home: c.composite(address),
  span: c.range(floatRange),
  m: c.domain(moody),
});

const run = (models: Record<string, unknown>) =>
  autogenerate({ db: database.db, models, ...scope });
const check = async (models: Record<string, unknown>) =>
  (await checkModels({ db: database.db, models, ...scope })).changes.map((ch) => ch.description);

/** The rendered body records exactly the operations. */
function expectSourceMatches(body: string, ops: readonly unknown[]): void {
  const op = new Operations();
  new Function("op", body)(op);
  expect(op.operations).toEqual(ops);
}

describe("domains, composite and range types from the models", () => {
  it("are created, then check finds nothing; renames and changes come out as such", async () => {
    await database.reset();
    const models = { customer, positive, address, floatRange, moody, mood };
    const first = await run(models);
    expectSourceMatches(first.upgrades, first.upgradeOperations);
    expectSourceMatches(first.downgrades, first.downgradeOperations);
    expect(first.upgrades).toContain('op.createDomain("positive", "integer"');
    await database.apply(first.upgradeOperations);
    expect(await check(models)).toEqual([]);

    // A rename, a check replaced, an attribute renamed and one added.
    const renamed = domain<"positive_int", number>("positive_int", {
      type: "integer",
      notNull: true,
      default: sql`1`,
      checks: { positive: sql`value > 0`, small: sql`value < 100` },
      comment: "positive",
      renamedFrom: "positive",
    });
    const address2 = compositeType("address", {
      schema: "app",
      attributes: {
        street: "text",
        postcode: { type: code, renamedFrom: "zip" },
        city: { type: "varchar(40)", collation: "C" },
        country: "text",
      },
      comment: "where",
    });
    const customer2 = table("customer", {
      id: c.integer().primaryKey(),
      n: c.domain(renamed),
      home: c.composite(address2),
      span: c.range(floatRange),
      m: c.domain(moody),
    });
    const changed = { customer: customer2, renamed, address: address2, floatRange, moody, mood };
    const second = await run(changed);
    expect(second.upgradeOperations.map((op) => op.kind)).toEqual([
      "renameType",
      "dropDomainConstraint",
      "addDomainCheck",
      "renameTypeAttribute",
      "addTypeAttribute",
    ]);
    await database.apply(second.upgradeOperations);
    expect(await check(changed)).toEqual([]);
    await database.apply(second.downgradeOperations);
    expect(await check(models)).toEqual([]);
    await database.apply(first.downgradeOperations);
    const back = await database.introspect();
    expect([back.domains, back.compositeTypes, back.rangeTypes, back.tables]).toEqual([
      [],
      [],
      [],
      [],
    ]);
  }, 120_000);
});
