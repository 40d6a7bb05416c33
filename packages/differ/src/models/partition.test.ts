import { describe, expect, it } from "vitest";
import { forValuesOption, partitionByOption } from "../pull/render-partition-file";
import { column as c } from "./column-builder";
import { describeModels } from "./describe-models";
import { partitionBoundText, partitionOf } from "./partition";
import { sql } from "./sql-fragment";
import { table } from "./table";
import { primaryKey } from "./table-constraints";

const parent = table(
  "event",
  { id: c.bigserial(), at: c.timestamptz().notNull().name("At"), note: c.text() },
  { partitionBy: { range: ["at", sql`date_trunc('day', "At")`] } },
);
const child = partitionOf(parent, "event_2025", {
  forValues: { from: ["2025-01-01", sql`MINVALUE`], to: ["it's", 3] },
  schema: "archive",
});

describe("partition models", () => {
  it("describe a partition with its parent's columns and nothing of its keys", () => {
    const schema = describeModels({ parent, child });
    const [p, d] = ["event", "event_2025"].map((n) => schema.tables.find((t) => t.name === n)!);
    expect(p!.partitionBy).toBe(`RANGE ("At", date_trunc('day', "At"))`);
    expect(d!.partitionOf).toEqual({
      schema: "public",
      table: "event",
      bound: "FOR VALUES FROM ('2025-01-01', MINVALUE) TO ('it''s', 3)",
    });
    expect(d!.schema).toBe("archive");
    expect(d!.columns.map((col) => [col.name, col.default, col.identity])).toEqual(
      p!.columns.map((col) => [col.name, col.default, null]),
    );
    expect([d!.primaryKey, d!.indexes, d!.uniques]).toEqual([null, [], []]);
  });

  it("refuses a partition of a table the models do not export, or that is not partitioned", () => {
    expect(() => describeModels({ child })).toThrow(/which the models do not export/);
    const plain = table("plain", { id: c.integer() });
    const orphan = partitionOf(plain, "plain_1", { forValues: "default" });
    expect(() => describeModels({ plain, orphan })).toThrow(/which is not partitioned/);
  });

  it("refuses a unique key that leaves out a partition key column, its own or a sub-partition's", () => {
    const event = table(
      "event",
      { id: c.bigint().notNull(), at: c.timestamptz().notNull(), kind: c.text().notNull() },
      (t) => ({ primaryKey: primaryKey(t.id, t.at) }),
      { partitionBy: { range: ["at"] } },
    );
    const byKind = partitionOf(event, "event_2025", {
      forValues: { from: ["2025-01-01"], to: ["2026-01-01"] },
      partitionBy: { list: ["kind"] },
    });
    expect(() => describeModels({ event, byKind })).toThrow(
      "Table public.event_2025 is partitioned by kind, but its primary key event_pkey (declared on public.event) leaves out kind",
    );
    const byEmail = table(
      "login",
      { id: c.bigint().primaryKey(), email: c.text().unique() },
      { partitionBy: { hash: ["id"] } },
    );
    expect(() => describeModels({ byEmail })).toThrow(
      "its unique constraint login_email_key leaves out id",
    );
    const byDay = table(
      "day",
      { id: c.bigint().primaryKey(), at: c.timestamptz() },
      {
        partitionBy: { range: [sql`date_trunc('day', at)`] },
      },
    );
    expect(() => describeModels({ byDay })).toThrow("partitioned by an expression");
    // With the key whole, it is a schema PostgreSQL takes.
    const whole = table(
      "event",
      { id: c.bigint().notNull(), at: c.timestamptz().notNull(), kind: c.text().notNull() },
      (t) => ({ primaryKey: primaryKey(t.id, t.at, t.kind) }),
      { partitionBy: { range: ["at"] } },
    );
    const wholeByKind = partitionOf(whole, "event_2025", {
      forValues: { from: ["2025-01-01"], to: ["2026-01-01"] },
      partitionBy: { list: ["kind"] },
    });
    expect(() => describeModels({ whole, wholeByKind })).not.toThrow();
  });

  it("spells each kind of bound as PostgreSQL prints it, and pull reads it back", () => {
    const dsl = new Set<string>();
    const cases = [
      ["DEFAULT", 'forValues: "default"'],
      ["FOR VALUES WITH (modulus 4, remainder 3)", "forValues: { modulus: 4, remainder: 3 }"],
      ["FOR VALUES IN (NULL, 'a''b', 7)", `forValues: { in: [null, "a'b", 7] }`],
      [
        "FOR VALUES FROM (MINVALUE) TO ('2025-01-01 00:00:00+00')",
        'forValues: { from: [sql`MINVALUE`], to: ["2025-01-01 00:00:00+00"] }',
      ],
      ["FOR VALUES IN ((1 + 1))", "forValues: sql`FOR VALUES IN ((1 + 1))`"],
    ] as const;
    for (const [bound, source] of cases) expect(forValuesOption(bound, dsl)).toBe(source);
    expect(partitionBoundText({ in: [null, "a'b", 7] })).toBe("FOR VALUES IN (NULL, 'a''b', 7)");
    expect(partitionBoundText({ modulus: 4, remainder: 3 })).toBe(
      "FOR VALUES WITH (modulus 4, remainder 3)",
    );
    const keys = new Map([["At", "at"]]);
    expect(partitionByOption(`RANGE ("At", lower(note))`, keys, dsl)).toBe(
      'partitionBy: { range: ["at", sql`lower(note)`] }',
    );
  });
});
