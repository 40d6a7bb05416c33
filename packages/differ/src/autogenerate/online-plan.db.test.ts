import { renderOperation } from "@retort/core";
import { sql as kyselySql } from "kysely";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { openRoundTripDatabase, type RoundTripDatabase } from "../compare/round-trip.test-fixture";
import { column as c } from "../models/column-builder";
import { index } from "../models/index-builder";
import { table } from "../models/table";
import { managedScope } from "../scope/managed-scope";
import { autogenerate } from "./autogenerate";

// `safety: "online"` against the catalog: which tables count as existing (not created in the
// plan, not partitioned) is read from what introspection found.

let database: RoundTripDatabase;
const scope = managedScope({
  versionTableSchema: "public",
  versionTable: "retort_version",
  historyTable: "retort_history",
});

beforeAll(async () => {
  database = await openRoundTripDatabase("differ_online_plan");
});

afterAll(async () => {
  await database?.close();
});

beforeEach(async () => {
  await database.reset();
});

const sqlOf = (ops: readonly Parameters<typeof renderOperation>[0][]) =>
  ops.flatMap((op) => renderOperation(op).map((s) => s.sql));

describe("autogenerate with safety online", () => {
  it("builds the index of an existing table concurrently, not that of a new or partitioned one", async () => {
    await kyselySql
      .raw(
        `create table plain_t (id integer, at date);
         create table parted_t (id integer, at date) partition by range (at);`,
      )
      .execute(database.db);
    const models = {
      plainT: table("plain_t", { id: c.integer(), at: c.date() }, (t) => ({
        indexes: [index("plain_t_at_idx").on(t.at)],
      })),
      partedT: table(
        "parted_t",
        { id: c.integer(), at: c.date() },
        (t) => ({ indexes: [index("parted_t_at_idx").on(t.at)] }),
        { partitionBy: { range: ["at"] } },
      ),
      freshT: table("fresh_t", { id: c.integer() }, (t) => ({
        indexes: [index("fresh_t_id_idx").on(t.id)],
      })),
    };
    const result = await autogenerate({ db: database.db, models, ...scope, safety: "online" });
    const [main, concurrent, ...rest] = result.migrations;
    expect(rest).toEqual([]);
    expect(main!.transactional).toBe(true);
    expect(sqlOf(main!.upgradeOperations).filter((s) => s.startsWith("CREATE INDEX"))).toEqual([
      'CREATE INDEX "fresh_t_id_idx" ON "public"."fresh_t" ("id")',
      'CREATE INDEX "parted_t_at_idx" ON "public"."parted_t" ("at")',
    ]);
    expect(concurrent!.transactional).toBe(false);
    expect(sqlOf(concurrent!.upgradeOperations)).toEqual([
      'CREATE INDEX CONCURRENTLY "plain_t_at_idx" ON "public"."plain_t" ("at")',
    ]);
    expect(concurrent!.upgrades).toContain("concurrently: true");

    // PostgreSQL builds no index concurrently on a partitioned table: the file says so to lint,
    // which would otherwise ask for it; the plain table's index is left to lint.
    const suppression =
      "// retort-lint-ignore index-not-concurrent: PostgreSQL cannot build an index concurrently on a partitioned table\n";
    expect(main!.upgrades).toContain(`${suppression}op.createIndex("parted_t_at_idx"`);
    expect(main!.upgrades.split(suppression)).toHaveLength(2);

    const plain = await autogenerate({ db: database.db, models, ...scope });
    expect(plain.migrations).toHaveLength(1);
    expect(plain.upgrades).toBe(plain.migrations[0]!.upgrades);
    expect(plain.upgrades).not.toContain("concurrently: true");
    expect(plain.upgrades).toContain(`${suppression}op.createIndex("parted_t_at_idx"`);
    expect(plain.upgrades.split(suppression)).toHaveLength(2);
  });
});
