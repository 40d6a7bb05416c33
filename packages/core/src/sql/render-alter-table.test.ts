import { beforeEach, describe, expect, it } from "vitest";
import { Operations } from "../ops/operations";
import { reverseOperation } from "../ops/reverse-operation";
import { one } from "./render.test-fixture";

let op: Operations;
beforeEach(() => {
  op = new Operations();
});

describe("alterTable", () => {
  it("renders every setting as one ALTER TABLE", () => {
    const node = op.alterTable("event", {
      schema: "app",
      with: { fillfactor: 70, "toast.autovacuum_enabled": false },
      reset: ["autovacuum_vacuum_scale_factor"],
      unlogged: true,
      replicaIdentity: "full",
      clusterOn: "event_at_idx",
      existingWith: { autovacuum_vacuum_scale_factor: 0.01 },
    });
    expect(one(node)).toBe(
      [
        'ALTER TABLE "app"."event"',
        "    SET (fillfactor = 70, toast.autovacuum_enabled = false),",
        "    RESET (autovacuum_vacuum_scale_factor),",
        "    SET UNLOGGED,",
        "    REPLICA IDENTITY FULL,",
        '    CLUSTER ON "event_at_idx"',
      ].join("\n"),
    );
  });

  it("renders the way back: logged, default identity, no clustering, an index identity", () => {
    expect(one(op.alterTable("t", { unlogged: false }))).toBe('ALTER TABLE "t" SET LOGGED');
    expect(one(op.alterTable("t", { clusterOn: null }))).toBe(
      'ALTER TABLE "t" SET WITHOUT CLUSTER',
    );
    expect(one(op.alterTable("t", { replicaIdentity: { index: 'a "b' } }))).toBe(
      'ALTER TABLE "t" REPLICA IDENTITY USING INDEX "a ""b"',
    );
    expect(one(op.alterTable("t", { replicaIdentity: "default" }))).toBe(
      'ALTER TABLE "t" REPLICA IDENTITY DEFAULT',
    );
  });

  it("reverses to the settings before, resetting what was not set", () => {
    const node = op.alterTable("t", {
      with: { fillfactor: 70, autovacuum_enabled: false },
      reset: ["toast.autovacuum_enabled"],
      unlogged: true,
      replicaIdentity: "nothing",
      clusterOn: "t_a_idx",
      existingWith: { fillfactor: 90, "toast.autovacuum_enabled": true },
      existingReplicaIdentity: { index: "t_pkey" },
    });
    const back = reverseOperation(node)!;
    expect(one(back)).toBe(
      [
        'ALTER TABLE "t"',
        "    SET (fillfactor = 90, toast.autovacuum_enabled = true),",
        "    RESET (autovacuum_enabled),",
        "    SET LOGGED,",
        '    REPLICA IDENTITY USING INDEX "t_pkey",',
        "    SET WITHOUT CLUSTER",
      ].join("\n"),
    );
    expect(reverseOperation(back)).toEqual({
      ...node,
      existingClusterOn: null,
      existingUnlogged: false,
    });
  });

  it("refuses a reset it cannot undo, an unsafe name and an empty change", () => {
    expect(() => reverseOperation(op.alterTable("t", { reset: ["fillfactor"] }))).toThrow(
      /existingWith/,
    );
    expect(() => op.alterTable("t", { with: { "fillfactor) ; drop table x; --": 1 } })).toThrow(
      /not a plain lowercase name/,
    );
    expect(() => op.alterTable("t", {})).toThrow(/nothing to change/);
  });
});

describe("alterColumn statistics", () => {
  it("sets a target, and null goes back to the default", () => {
    expect(one(op.alterColumn("t", "c", { statistics: 1000 }))).toBe(
      'ALTER TABLE "t" ALTER COLUMN "c" SET STATISTICS 1000',
    );
    const node = op.alterColumn("t", "c", { statistics: null, existingStatistics: 1000 });
    expect(one(node)).toBe('ALTER TABLE "t" ALTER COLUMN "c" SET STATISTICS -1');
    expect(one(reverseOperation(node)!)).toBe(
      'ALTER TABLE "t" ALTER COLUMN "c" SET STATISTICS 1000',
    );
    expect(() => op.alterColumn("t", "c", { statistics: 1.5 })).toThrow(/whole number/);
  });
});

describe("createTable physical options", () => {
  it("creates an UNLOGGED table with storage parameters", () => {
    const node = op.createTable("cache", {
      columns: { k: { type: "text" } },
      unlogged: true,
      with: { fillfactor: 70, "toast.autovacuum_enabled": false },
    });
    expect(one(node)).toBe(
      'CREATE UNLOGGED TABLE "cache" (\n    "k" text\n) WITH (fillfactor = 70, toast.autovacuum_enabled = false)',
    );
  });
});

describe("setIndexComment", () => {
  it("comments an index and reverses to the comment before", () => {
    const node = op.setIndexComment("t_a_idx", "it's fast", {
      schema: "app",
      existingComment: null,
    });
    expect(one(node)).toBe(`COMMENT ON INDEX "app"."t_a_idx" IS 'it''s fast'`);
    expect(one(reverseOperation(node)!)).toBe(`COMMENT ON INDEX "app"."t_a_idx" IS NULL`);
  });
});

describe("setIndexStatistics", () => {
  it("sets an index column's target and reverses to the target before", () => {
    const node = op.setIndexStatistics('lower "idx"', 2, 1000, { schema: "app" });
    expect(one(node)).toBe(`ALTER INDEX "app"."lower ""idx""" ALTER COLUMN 2 SET STATISTICS 1000`);
    expect(one(reverseOperation(node)!)).toBe(
      `ALTER INDEX "app"."lower ""idx""" ALTER COLUMN 2 SET STATISTICS -1`,
    );
    const reset = op.setIndexStatistics("i", 1, null, { existingStatistics: 50 });
    expect(one(reset)).toBe(`ALTER INDEX "i" ALTER COLUMN 1 SET STATISTICS -1`);
    expect(one(reverseOperation(reset)!)).toBe(`ALTER INDEX "i" ALTER COLUMN 1 SET STATISTICS 50`);
  });

  it("refuses a column that is not a number from 1, and a target out of range", () => {
    expect(() => op.setIndexStatistics("i", 0, 10)).toThrow(/column must be/);
    expect(() => op.setIndexStatistics("i", 1, 10001)).toThrow(/from 0 to 10000/);
  });
});
