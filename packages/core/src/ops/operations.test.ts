import { describe, expect, it } from "vitest";
import { isRetortError } from "../errors/retort-error";
import { isSafeTypeText } from "./is-safe-type-text";
import type { CreateTableOptions } from "./kinds/create-table";
import { Operations } from "./operations";

function badOperation(fn: () => unknown): { message: string; hint: string | undefined } {
  try {
    fn();
  } catch (error) {
    if (isRetortError(error) && error.code === "BAD_OPERATION") {
      return { message: error.message, hint: error.hint };
    }
    throw error;
  }
  throw new Error("expected a BAD_OPERATION error");
}

describe("Operations (the op recorder)", () => {
  it("records frozen operations in order and returns each one", () => {
    const op = new Operations();
    const created = op.createTable("account", { columns: { id: { type: "bigint" } } });
    op.addColumn("account", "email", { type: "text" });
    expect(op.operations.map((operation) => operation.kind)).toEqual(["createTable", "addColumn"]);
    expect(op.operations[0]).toBe(created);
    expect(Object.isFrozen(created)).toBe(true);
    expect(Object.isFrozen(created.columns)).toBe(true);
    expect(Object.isFrozen(created.columns[0])).toBe(true);
    expect(Object.isFrozen(op.operations)).toBe(true);
  });

  it("normalizes column input into ordered definitions", () => {
    const op = new Operations();
    const node = op.createTable("t", {
      columns: {
        b: { type: "int", identity: "byDefault" },
        a: { type: "text", generated: "upper(x)", nullable: undefined },
      },
      primaryKey: ["b"],
      uniques: [["a"]],
      checks: ["a <> ''"],
    });
    expect(node).toEqual({
      kind: "createTable",
      table: "t",
      columns: [
        { name: "b", type: "int", identity: { generation: "byDefault" } },
        { name: "a", type: "text", generated: { expression: "upper(x)" } },
      ],
      primaryKey: { columns: ["b"] },
      uniques: [{ columns: ["a"] }],
      checks: [{ expression: "a <> ''" }],
    });
  });

  it("copies its input, so later changes by the caller do not leak in", () => {
    const op = new Operations();
    const columns = ["a"];
    const node = op.createIndex("i", "t", columns);
    columns.push("b");
    expect(node.elements).toEqual([{ column: "a" }]);
  });

  it("accepts a prebuilt node with add()", () => {
    const op = new Operations();
    op.add({ kind: "renameTable", table: "a", newName: "b" });
    expect(op.operations).toEqual([{ kind: "renameTable", table: "a", newName: "b" }]);
  });

  it("accepts a table without columns, as PostgreSQL does, but not a missing columns object", () => {
    const op = new Operations();
    expect(op.createTable("marker", { columns: {} })).toMatchObject({ columns: [] });
    const error = badOperation(() =>
      op.createTable("account", { columns: undefined } as unknown as CreateTableOptions),
    );
    expect(error.message).toBe(
      'op.createTable("account"): columns must be an object, {} for none.',
    );
    expect(error.hint).toMatch(/columns:/);
    expect(() => op.add({ kind: "createTable", table: "marker", columns: [] })).not.toThrow();
  });

  it("refuses names PostgreSQL would truncate (over 63 UTF-8 bytes), and enum labels as long", () => {
    const op = new Operations();
    // 32 two-byte letters: 32 characters, 64 bytes.
    const long = "é".repeat(32);
    const error = badOperation(() => op.createIndex(long, "t", ["a"]));
    expect(error.message).toBe(
      `op.createIndex("${long}", "t"): index name "${long}" is 64 bytes long; PostgreSQL keeps 63.`,
    );
    expect(error.hint).toMatch(/at most 63 bytes/);
    expect(badOperation(() => op.createEnum(long, ["a"])).message).toMatch(/64 bytes long/);
    expect(badOperation(() => op.createEnum("mood", ["a", long])).message).toMatch(
      /values\[1\] ".*" is 64 bytes long/,
    );
    expect(badOperation(() => op.createSchema(long)).message).toMatch(/64 bytes long/);
    expect(badOperation(() => op.createSequence(long)).message).toMatch(/64 bytes long/);
    expect(badOperation(() => op.addUnique(long, "t", ["a"])).message).toMatch(/64 bytes long/);
    expect(
      badOperation(() =>
        op.createTable("t", {
          columns: { a: { type: "integer" } },
          checks: [{ name: long, expression: "a > 0" }],
        }),
      ).message,
    ).toMatch(/64 bytes long/);
    expect(
      badOperation(() => op.add({ kind: "renameTable", table: "a", newName: long })).message,
    ).toMatch(/64 bytes long/);
    // 63 bytes is the limit, and allowed.
    expect(() => op.createIndex(`${"é".repeat(31)}x`, "t", ["a"])).not.toThrow();
  });

  it("takes the empty enum label, which PostgreSQL accepts, and refuses a NUL or a 64-byte one", () => {
    const op = new Operations();
    expect(() => op.createEnum("e", [""])).not.toThrow();
    expect(() => op.addEnumValue("e", "", { before: "a" })).not.toThrow();
    expect(() => op.addEnumValue("e", "b", { after: "" })).not.toThrow();
    expect(() => op.renameEnumValue("e", "", "x")).not.toThrow();
    expect(() => op.renameEnumValue("e", "x", "")).not.toThrow();
    expect(() => op.dropEnum("e", { values: ["", "a"] })).not.toThrow();
    expect(badOperation(() => op.createEnum("e", ["", ""])).message).toMatch(/must not repeat/);
    expect(badOperation(() => op.createEnum("e", ["a\0b"])).message).toMatch(/NUL/);
    expect(badOperation(() => op.addEnumValue("e", "x".repeat(64))).message).toMatch(
      /value "x+" is 64 bytes long; PostgreSQL keeps 63/,
    );
    expect(() => op.addEnumValue("e", "x".repeat(63))).not.toThrow();
  });

  it("rejects empty names", () => {
    const op = new Operations();
    expect(badOperation(() => op.dropTable("")).message).toBe(
      'op.dropTable(""): table must be a non-empty string, got "".',
    );
    expect(badOperation(() => op.renameColumn("t", "a", "")).message).toMatch(
      /new name must be a non-empty/,
    );
    expect(badOperation(() => op.createIndex("i", "t", [""])).message).toMatch(
      /elements\[0\]\.column/,
    );
    expect(
      badOperation(() => op.addColumn("t", "c", { type: "text" }, { schema: "" })).message,
    ).toMatch(/schema must be a non-empty/);
  });

  it("rejects unknown option names", () => {
    const op = new Operations();
    const error = badOperation(() =>
      op.addColumn("t", "c", { type: "text", nulable: false } as never),
    );
    expect(error.message).toBe(
      'op.addColumn("t", "c") column "c" has an unknown option "nulable".',
    );
    expect(error.hint).toMatch(/nullable/);
    expect(
      badOperation(() => op.createIndex("i", "t", ["a"], { uniq: true } as never)).message,
    ).toMatch(/unknown option "uniq"/);
  });

  it("rejects conflicting column options", () => {
    const op = new Operations();
    expect(
      badOperation(() => op.addColumn("t", "c", { type: "int", identity: "always", default: 1 }))
        .message,
    ).toMatch(/both identity and a default/);
    expect(
      badOperation(() =>
        op.addColumn("t", "c", { type: "int", identity: "always", nullable: true }),
      ).message,
    ).toMatch(/identity column, so it cannot be nullable/);
    expect(
      badOperation(() => op.addColumn("t", "c", { type: "int", generated: "a", default: 1 }))
        .message,
    ).toMatch(/generation expression and a default/);
    expect(
      badOperation(() => op.addColumn("t", "c", { type: "int", primaryKey: true, nullable: true }))
        .message,
    ).toMatch(/primary key, so it cannot be nullable/);
  });

  it("rejects table constraints on unknown or duplicate columns", () => {
    const op = new Operations();
    expect(
      badOperation(() => op.createTable("t", { columns: { a: { type: "int" } }, uniques: [["b"]] }))
        .message,
    ).toBe('op.createTable("t"): uniques[0] names column "b", which the table does not have.');
    expect(
      badOperation(() =>
        op.createTable("t", {
          columns: { a: { type: "int", primaryKey: true } },
          primaryKey: ["a"],
        }),
      ).message,
    ).toMatch(/both on columns/);
    expect(badOperation(() => op.addUnique("u", "t", ["a", "a"])).message).toMatch(
      /lists "a" twice/,
    );
  });

  it("rejects unsafe type text and accepts real types", () => {
    const op = new Operations();
    const error = badOperation(() => op.addColumn("t", "c", { type: "text; drop table x" }));
    expect(error.message).toMatch(/is not a type name/);
    expect(error.hint).toMatch(/\{ name: "mood"/);
    for (const type of [
      "integer",
      "varchar(255)",
      "numeric(10, 2)",
      "timestamp with time zone",
      "timestamp(3) without time zone",
      "text[]",
      "integer[3][]",
      "interval day to second",
      '"public"."citext"',
      'public."Weird ""type"""',
      "geometry(Point, 4326)",
      "numeric(5, -2)",
    ]) {
      expect(isSafeTypeText(type), type).toBe(true);
    }
    for (const type of [
      "text;",
      "text'",
      "text -- x",
      "text /* x */",
      "text)",
      "(text",
      "text[",
      '"unterminated',
      "",
      "1abc",
      "text $$",
      "text; --",
    ]) {
      expect(isSafeTypeText(type), type).toBe(false);
    }
  });

  it("validates user-defined types", () => {
    const op = new Operations();
    expect(
      badOperation(() => op.addColumn("t", "c", { type: { name: "mood", arrayDimensions: -1 } }))
        .message,
    ).toMatch(/arrayDimensions/);
  });

  it("validates alterColumn", () => {
    const op = new Operations();
    expect(badOperation(() => op.alterColumn("t", "c", {})).message).toBe(
      'op.alterColumn("t", "c"): nothing to change.',
    );
    expect(
      badOperation(() => op.alterColumn("t", "c", { using: "c::int", nullable: true })).message,
    ).toMatch(/using is given without a new type/);
    expect(badOperation(() => op.alterColumn("t", "c", { collation: "C" })).message).toMatch(
      /collation needs the column's type/,
    );
  });

  it("validates indexes and constraints", () => {
    const op = new Operations();
    expect(badOperation(() => op.createIndex("i", "t", [])).message).toMatch(
      /at least one column or expression/,
    );
    expect(
      badOperation(() => op.createIndex("i", "t", ["a"], { nullsNotDistinct: true })).message,
    ).toMatch(/unique indexes only/);
    expect(
      badOperation(() => op.createIndex("i", "t", [{ column: "a", expression: "b" } as never]))
        .message,
    ).toMatch(/exactly one of column or expression/);
    expect(
      badOperation(() => op.dropIndex("i", { concurrently: true, cascade: true })).message,
    ).toMatch(/concurrently with CASCADE/);
    expect(
      badOperation(() => op.addForeignKey("fk", "t", ["a", "b"], "u", ["id"])).message,
    ).toMatch(/has 2 column\(s\) but references 1/);
    expect(badOperation(() => op.addForeignKey("fk", "t", [], "u", [])).message).toMatch(
      /at least one column/,
    );
    expect(
      badOperation(() => op.addExclusion("x", "t", [{ column: "a", operator: "= 1; drop" }]))
        .message,
    ).toMatch(/is not an operator/);
    expect(
      badOperation(() => op.addExclusion("x", "t", [{ column: "a", operator: "--" }])).message,
    ).toMatch(/is not an operator/);
    expect(
      badOperation(() =>
        op.addUnique("u", "t", ["a"], { deferrable: false, initiallyDeferred: true }),
      ).message,
    ).toMatch(/initially deferred and not deferrable/);
  });

  it("validates enums, sequences and data steps", () => {
    const op = new Operations();
    expect(badOperation(() => op.createEnum("e", ["a", "a"])).message).toMatch(/must not repeat/);
    expect(
      badOperation(() => op.addEnumValue("e", "x", { before: "a", after: "b" })).message,
    ).toMatch(/either before or after/);
    expect(badOperation(() => op.createSequence("s", { increment: 1.5 })).message).toMatch(
      /whole number/,
    );
    expect(badOperation(() => op.createSequence("s", { increment: 0 })).message).toMatch(
      /cannot be 0/,
    );
    expect(badOperation(() => op.createSequence("s", { as: "text" as never })).message).toMatch(
      /smallint/,
    );
    expect(badOperation(() => op.alterSequence("s", {})).message).toMatch(/nothing to change/);
    expect(badOperation(() => op.execute("  ")).message).toMatch(/sql must be non-empty/);
    expect(badOperation(() => op.bulkInsert("t", [1 as never])).message).toMatch(
      /rows\[0\] must be an object/,
    );
    expect(badOperation(() => op.run("nope" as never)).message).toMatch(/fn must be a function/);
  });
});
