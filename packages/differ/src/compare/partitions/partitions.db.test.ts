import { execFileSync } from "node:child_process";
import { pgDumpMatchesTestServer } from "@retort/test-harness";
import { sql as kyselySql } from "kysely";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { autogenerate, checkModels } from "../../autogenerate/autogenerate";
import { column as c } from "../../models/column-builder";
import { index } from "../../models/index-builder";
import { partitionOf } from "../../models/partition";
import { sql } from "../../models/sql-fragment";
import { table } from "../../models/table";
import { primaryKey } from "../../models/table-constraints";
import {
  comparable,
  openRoundTripDatabase,
  type RoundTripDatabase,
} from "../round-trip.test-fixture";

// Partitioned tables and partitions declared in the models: created, attached, detached and
// dropped by autogenerate, with `down` giving the database back exactly, and no difference
// found once a migration ran (the partitions' copies of their parent's keys are PostgreSQL's).

const canDump = await pgDumpMatchesTestServer();

/** `pg_dump --schema-only` as a sorted list of statements, or `[]` when pg_dump cannot run. */
function dump(): string[] {
  if (!canDump) return [];
  const text = execFileSync("pg_dump", ["--schema-only", database.url], { encoding: "utf8" });
  return text
    .split(/;\n/)
    .map((s) =>
      s
        .split("\n")
        .filter(
          (l) =>
            l.trim() !== "" &&
            !/^(--|\\restrict|\\unrestrict|SET |SELECT pg_catalog\.set_config)/.test(l),
        )
        .join("\n"),
    )
    .filter((s) => s !== "")
    .sort();
}

let database: RoundTripDatabase;
beforeAll(async () => {
  database = await openRoundTripDatabase("differ_partitions");
});
afterAll(async () => {
  await database?.close();
});
beforeEach(async () => {
  await database.reset();
});

const weird = 'Weird "log"; drop table x';
const measurement = table(
  weird,
  {
    id: c.bigint().notNull(),
    loggedAt: c.date().notNull().name("logged_at"),
    region: c.text().notNull().default("eu"),
    note: c.text(),
  },
  (t) => ({
    primaryKey: primaryKey(t.id, t.loggedAt),
    indexes: [index().on(t.region)],
  }),
  { partitionBy: { range: ["loggedAt"] } },
);
const y2024 = partitionOf(measurement, `${weird} 2024`, {
  forValues: { from: ["2024-01-01"], to: ["2025-01-01"] },
});
const y2025 = partitionOf(measurement, "m_2025", {
  forValues: { from: ["2025-01-01"], to: ["2026-01-01"] },
  comment: "this year",
});
const other = partitionOf(measurement, "m_other", { forValues: "default" });
const byRegion = table(
  "by_region",
  { id: c.integer().notNull(), region: c.text().notNull() },
  { partitionBy: { list: [sql`lower(region)`] } },
);
const eu = partitionOf(byRegion, "by_region_eu", {
  forValues: { in: ["eu", "uk"] },
  partitionBy: { hash: ["id"] },
});
const eu0 = partitionOf(eu, "by_region_eu_0", { forValues: { modulus: 2, remainder: 0 } });
const eu1 = partitionOf(eu, "by_region_eu_1", { forValues: { modulus: 2, remainder: 1 } });

const all = { measurement, y2024, y2025, other, byRegion, eu, eu0, eu1 };

async function migrate(models: Record<string, unknown>) {
  const before = { schema: comparable(await database.introspect()), dump: dump() };
  const result = await autogenerate({ db: database.db, models });
  await database.apply(result.upgradeOperations);
  expect((await checkModels({ db: database.db, models })).changes, "check after up").toEqual([]);
  return { result, before };
}

async function expectDownRestores(
  result: Awaited<ReturnType<typeof autogenerate>>,
  before: unknown,
) {
  const after = { schema: comparable(await database.introspect()), dump: dump() };
  await database.apply(result.downgradeOperations);
  expect({ schema: comparable(await database.introspect()), dump: dump() }).toEqual(before);
  await database.apply(result.upgradeOperations);
  expect({ schema: comparable(await database.introspect()), dump: dump() }).toEqual(after);
}

describe("partitions in the models", () => {
  it("creates range, list and hash partitions (and a default one) as create + attach, and check is clean", async () => {
    const { result, before } = await migrate(all);
    expect(result.upgrades).toContain('partitionBy: "RANGE (logged_at)"');
    expect(result.upgrades).toContain(
      `op.attachPartition("by_region", "by_region_eu", "FOR VALUES IN ('eu', 'uk')", { schema: "public" });`,
    );
    expect(result.upgradeOperations.filter((op) => op.kind === "attachPartition")).toHaveLength(6);
    const schema = await database.introspect();
    const byName = new Map(schema.tables.map((t) => [t.name, t]));
    expect(byName.get("by_region")?.partitionBy).toBe("LIST (lower(region))");
    expect(byName.get("by_region_eu")?.partitionBy).toBe("HASH (id)");
    expect(byName.get("by_region_eu_1")?.partitionOf).toEqual({
      schema: "public",
      table: "by_region_eu",
      bound: "FOR VALUES WITH (modulus 2, remainder 1)",
    });
    // The parent's key and index reached the partitions; the models ask nothing of them.
    const { rows } = await kyselySql<{ indexname: string }>`
      select indexname from pg_indexes where tablename = 'm_2025' order by 1`.execute(database.db);
    expect(rows.map((r) => r.indexname)).toEqual(["m_2025_pkey", "m_2025_region_idx"]);
    await expectDownRestores(result, before);
  });

  it("detaches a partition whose model became a plain table, keeping its rows, and attaches it back on down", async () => {
    await migrate(all);
    await kyselySql`insert into ${kyselySql.table(weird)} (id, logged_at) values (1, '2025-03-01'), (2, '2030-01-01')`.execute(
      database.db,
    );
    const plain = table(
      "m_other",
      {
        id: c.bigint().notNull(),
        loggedAt: c.date().notNull().name("logged_at"),
        region: c.text().notNull().default("eu"),
        note: c.text(),
      },
      (t) => ({
        primaryKey: primaryKey({ name: "m_other_pkey", columns: [t.id, t.loggedAt] }),
        indexes: [index("m_other_region_idx").on(t.region)],
      }),
    );
    const { result, before } = await migrate({ ...all, other: plain });
    expect(result.upgradeOperations.map((op) => op.kind)).toEqual(["detachPartition"]);
    expect(result.upgrades).not.toContain("DESTRUCTIVE");
    const { rows } = await kyselySql<{ id: string }>`select id from m_other`.execute(database.db);
    expect(rows).toEqual([{ id: "2" }]);
    await database.apply(result.downgradeOperations);
    expect({ schema: comparable(await database.introspect()), dump: dump() }).toEqual(before);
    const parent = await kyselySql<{ id: string }>`
      select id from ${kyselySql.table(weird)} order by id`.execute(database.db);
    expect(parent.rows).toEqual([{ id: "1" }, { id: "2" }]);
  });

  it("attaches a plain table with its parent's key and index built first, so down leaves the table as it was", async () => {
    const plain = table("m_other", {
      id: c.bigint().notNull(),
      loggedAt: c.date().notNull().name("logged_at"),
      region: c.text().notNull().default("eu"),
      note: c.text(),
    });
    await migrate({ ...all, other: plain });
    await kyselySql`insert into m_other (id, logged_at) values (7, '2030-01-01')`.execute(
      database.db,
    );
    const { result, before } = await migrate(all);
    expect(result.upgradeOperations.map((op) => op.kind)).toEqual([
      "addPrimaryKey",
      "createIndex",
      "attachPartition",
    ]);
    expect(result.downgradeOperations.map((op) => op.kind)).toEqual([
      "detachPartition",
      "dropConstraint",
      "dropIndex",
    ]);
    await expectDownRestores(result, before);
    const { rows } = await kyselySql<{ id: string }>`select id from m_other`.execute(database.db);
    expect(rows).toEqual([{ id: "7" }]);
  });

  it("detaches then drops a partition whose model is gone, and changes a bound by detach + attach", async () => {
    await migrate(all);
    const { y2024: _gone, ...rest } = all;
    const moved = partitionOf(measurement, "m_2025", {
      forValues: { from: ["2025-01-01"], to: ["2027-01-01"] },
      comment: "this year",
    });
    const { result, before } = await migrate({ ...rest, y2025: moved });
    // The dropped partition goes first; the re-bound one is detached just before it is attached.
    expect(result.upgradeOperations.map((op) => op.kind)).toEqual([
      "detachPartition",
      "dropTable",
      "detachPartition",
      "attachPartition",
    ]);
    expect(result.upgrades).toContain("DESTRUCTIVE");
    await expectDownRestores(result, before);
  });

  it("changes a bound while the parent gains a column and an index, both ways", async () => {
    await migrate(all);
    const wider = table(
      weird,
      {
        id: c.bigint().notNull(),
        loggedAt: c.date().notNull().name("logged_at"),
        region: c.text().notNull().default("eu"),
        note: c.text(),
        extra: c.text(),
      },
      (t) => ({
        primaryKey: primaryKey(t.id, t.loggedAt),
        indexes: [index().on(t.region), index("m_note").on(t.note)],
      }),
      { partitionBy: { range: ["loggedAt"] } },
    );
    const moved = partitionOf(wider, "m_2025", {
      forValues: { from: ["2025-01-01"], to: ["2027-01-01"] },
      comment: "this year",
    });
    const { result, before } = await migrate({
      ...all,
      measurement: wider,
      y2024: partitionOf(wider, `${weird} 2024`, {
        forValues: { from: ["2024-01-01"], to: ["2025-01-01"] },
      }),
      other: partitionOf(wider, "m_other", { forValues: "default" }),
      y2025: moved,
    });
    // Detached only once the parent's column and index reached it: PostgreSQL refuses to attach
    // a table that lacks a parent's column, and the way back drops the index from it too.
    const kinds = result.upgradeOperations.map((op) => op.kind);
    expect(kinds.indexOf("detachPartition")).toBeGreaterThan(kinds.indexOf("addColumn"));
    expect(kinds.indexOf("detachPartition")).toBeGreaterThan(kinds.indexOf("createIndex"));
    await expectDownRestores(result, before);
  });

  it("compares a bound and a key written naturally as PostgreSQL prints them", async () => {
    const events = table(
      "events",
      { at: c.timestamptz().notNull(), kind: c.text() },
      { partitionBy: { range: [sql`(at)`] } },
    );
    const january = partitionOf(events, "events_2025_01", {
      forValues: { from: ["2025-01-01"], to: [sql`'2025-02-01'::timestamptz`] },
    });
    const { result } = await migrate({ events, january });
    expect(result.upgrades).toContain("FOR VALUES FROM ('2025-01-01 00:00:00");
    const schema = await database.introspect();
    expect(schema.tables.find((t) => t.name === "events")?.partitionBy).toBe("RANGE (at)");
  });

  it("refuses to change the partition key of an existing table", async () => {
    await migrate(all);
    const rekeyed = table(
      "by_region",
      { id: c.integer().notNull(), region: c.text().notNull() },
      { partitionBy: { list: ["region"] } },
    );
    await expect(
      autogenerate({ db: database.db, models: { ...all, byRegion: rekeyed } }),
    ).rejects.toMatchObject({ code: "BAD_MODEL", message: /cannot change a table's partitioning/ });
  });
});
