import { describe, expect, it } from "vitest";
import { Operations } from "../ops/operations";
import { reverseOperations } from "../ops/reverse-operation";
import { renderOperation } from "./render-operation";

const sqlOf = (record: (op: Operations) => void): string[] => {
  const op = new Operations();
  record(op);
  return op.operations.flatMap((o) => renderOperation(o).map((s) => s.sql));
};

describe("domains, composite types and range types as SQL", () => {
  it("creates a domain with its default, NOT NULL, collation, checks and comment", () => {
    expect(
      sqlOf((op) =>
        op.createDomain("code", "text", {
          schema: "app",
          collation: "C",
          default: "'x'::text",
          notNull: true,
          checks: [{ name: "short", expression: "length(VALUE) < 10" }],
          comment: "a short code",
        }),
      ),
    ).toEqual([
      `CREATE DOMAIN "app"."code" AS text COLLATE "C" DEFAULT 'x'::text NOT NULL CONSTRAINT "short" CHECK (length(VALUE) < 10)`,
      `COMMENT ON DOMAIN "app"."code" IS 'a short code'`,
    ]);
  });

  it("alters a domain's default, NOT NULL and checks", () => {
    expect(
      sqlOf((op) => {
        op.alterDomain("code", { default: null, notNull: false });
        op.addDomainCheck("code", "upper", "VALUE = upper(VALUE)", { notValid: true });
        op.validateDomainConstraint("code", "upper");
        op.dropDomainConstraint("code", "upper");
      }),
    ).toEqual([
      `ALTER DOMAIN "code" DROP DEFAULT`,
      `ALTER DOMAIN "code" DROP NOT NULL`,
      `ALTER DOMAIN "code" ADD CONSTRAINT "upper" CHECK (VALUE = upper(VALUE)) NOT VALID`,
      `ALTER DOMAIN "code" VALIDATE CONSTRAINT "upper"`,
      `ALTER DOMAIN "code" DROP CONSTRAINT "upper"`,
    ]);
  });

  it("creates and changes a composite type's attributes", () => {
    expect(
      sqlOf((op) => {
        op.createCompositeType("address", [
          { name: "street", type: "text" },
          { name: "zip", type: "text", collation: "C" },
        ]);
        op.addTypeAttribute("address", { name: "city", type: "text" });
        op.renameTypeAttribute("address", "zip", "postcode");
        op.alterTypeAttribute("address", "postcode", "character varying(10)");
        op.dropTypeAttribute("address", "city");
      }),
    ).toEqual([
      `CREATE TYPE "address" AS ("street" text, "zip" text COLLATE "C")`,
      `ALTER TYPE "address" ADD ATTRIBUTE "city" text`,
      `ALTER TYPE "address" RENAME ATTRIBUTE "zip" TO "postcode"`,
      `ALTER TYPE "address" ALTER ATTRIBUTE "postcode" TYPE character varying(10)`,
      `ALTER TYPE "address" DROP ATTRIBUTE "city"`,
    ]);
  });

  it("creates a range type with every option", () => {
    expect(
      sqlOf((op) =>
        op.createRangeType("float_range", "double precision", {
          subtypeOpclass: { schema: "pg_catalog", name: "float8_ops" },
          subtypeDiff: { schema: "pg_catalog", name: "float8mi" },
          multirangeName: { schema: "public", name: "float_multirange" },
        }),
      ),
    ).toEqual([
      `CREATE TYPE "float_range" AS RANGE (SUBTYPE = double precision, SUBTYPE_OPCLASS = "pg_catalog"."float8_ops", SUBTYPE_DIFF = "pg_catalog"."float8mi", MULTIRANGE_TYPE_NAME = "public"."float_multirange")`,
    ]);
  });

  it("renames a domain with ALTER DOMAIN, which PostgreSQL requires", () => {
    expect(sqlOf((op) => op.renameType("code", "tag", { domain: true }))).toEqual([
      `ALTER DOMAIN "code" RENAME TO "tag"`,
    ]);
  });

  it("reverses each change exactly", () => {
    const op = new Operations();
    op.createDomain("code", "text", { checks: [{ name: "c", expression: "VALUE <> ''" }] });
    op.alterDomain("code", { default: "'a'::text", existingDefault: null, notNull: true });
    op.dropDomainConstraint("code", "c", { expression: "VALUE <> ''" });
    op.createCompositeType("address", [{ name: "zip", type: "text" }]);
    op.alterTypeAttribute("address", "zip", "integer", { existingType: "text" });
    op.dropTypeAttribute("address", "zip", { existing: { name: "zip", type: "integer" } });
    const down = reverseOperations(op.operations).flatMap((o) =>
      renderOperation(o).map((s) => s.sql),
    );
    expect(down).toEqual([
      `ALTER TYPE "address" ADD ATTRIBUTE "zip" integer`,
      `ALTER TYPE "address" ALTER ATTRIBUTE "zip" TYPE text`,
      `DROP TYPE "address"`,
      `ALTER DOMAIN "code" ADD CONSTRAINT "c" CHECK (VALUE <> '')`,
      `ALTER DOMAIN "code" DROP DEFAULT`,
      `ALTER DOMAIN "code" DROP NOT NULL`,
      `DROP DOMAIN "code"`,
    ]);
  });

  it("keeps a domain's NOT VALID check NOT VALID when creating it and when reversing a drop", () => {
    const positive = { name: "positive", expression: "VALUE > 0", notValid: true };
    expect(
      sqlOf((op) =>
        op.createDomain("d", "integer", {
          checks: [{ name: "small", expression: "VALUE < 10" }, positive],
          comment: "n",
        }),
      ),
    ).toEqual([
      `CREATE DOMAIN "d" AS integer CONSTRAINT "small" CHECK (VALUE < 10)`,
      `ALTER DOMAIN "d" ADD CONSTRAINT "positive" CHECK (VALUE > 0) NOT VALID`,
      `COMMENT ON DOMAIN "d" IS 'n'`,
    ]);
    const op = new Operations();
    op.dropDomain("d", { definition: { type: "integer", checks: [positive] } });
    op.dropDomainConstraint("e", "positive", { expression: "VALUE > 0", notValid: true });
    op.addDomainCheck("f", "positive", "VALUE > 0", { notValid: true });
    expect(
      reverseOperations(op.operations).flatMap((o) => renderOperation(o).map((s) => s.sql)),
    ).toEqual([
      `ALTER DOMAIN "f" DROP CONSTRAINT "positive"`,
      `ALTER DOMAIN "e" ADD CONSTRAINT "positive" CHECK (VALUE > 0) NOT VALID`,
      `CREATE DOMAIN "d" AS integer`,
      `ALTER DOMAIN "d" ADD CONSTRAINT "positive" CHECK (VALUE > 0) NOT VALID`,
    ]);
    expect(reverseOperations(reverseOperations(op.operations))[2]).toMatchObject({
      kind: "addDomainCheck",
      notValid: true,
    });
  });

  it("refuses to reverse a drop that does not carry what it removes", () => {
    const op = new Operations();
    op.dropDomain("code");
    expect(() => reverseOperations(op.operations)).toThrow(/domain definition/);
  });
});
