import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isRetortError } from "../errors/retort-error";
import { renderOperation } from "../sql/render-operation";
import type { Operation } from "./operation";
import { Operations } from "./operations";
import { reverseOperation, reverseOperations } from "./reverse-operation";

function reversed(operation: Operation): Operation {
  const result = reverseOperation(operation);
  if (result === undefined) throw new Error("expected a reverse");
  return result;
}

function sqlOf(operation: Operation): string[] {
  return renderOperation(operation).map((statement) => statement.sql);
}

function irreversibleMessage(operation: Operation): string {
  try {
    reverseOperation(operation);
  } catch (error) {
    if (isRetortError(error) && error.code === "BAD_OPERATION") return error.message;
    throw error;
  }
  throw new Error("expected the reverse to fail");
}

describe("reverseOperation", () => {
  it("turns createTable into dropTable carrying the table, and back", () => {
    const op = new Operations();
    const create = op.createTable("account", {
      schema: "app",
      ifNotExists: true,
      columns: { id: { type: "bigint", primaryKey: true } },
    });
    const drop = reversed(create);
    expect(sqlOf(drop)).toEqual(['DROP TABLE IF EXISTS "app"."account"']);
    expect(reversed(drop)).toEqual(create);
    expect(Object.isFrozen(drop)).toBe(true);
  });

  it("refuses to reverse a dropTable without its definition", () => {
    const op = new Operations();
    expect(irreversibleMessage(op.dropTable("account"))).toBe(
      'op.dropTable("account") cannot be reversed: it does not carry the table definition it removes.',
    );
  });

  it("swaps renames", () => {
    const op = new Operations();
    expect(sqlOf(reversed(op.renameTable("a", "b", { schema: "s" })))).toEqual([
      'ALTER TABLE "s"."b" RENAME TO "a"',
    ]);
    expect(sqlOf(reversed(op.renameColumn("t", "a", "b")))).toEqual([
      'ALTER TABLE "t" RENAME COLUMN "b" TO "a"',
    ]);
    expect(sqlOf(reversed(op.renameIndex("i", "j")))).toEqual(['ALTER INDEX "j" RENAME TO "i"']);
    expect(sqlOf(reversed(op.renameConstraint("c", "t", "d")))).toEqual([
      'ALTER TABLE "t" RENAME CONSTRAINT "d" TO "c"',
    ]);
    expect(sqlOf(reversed(op.renameSchema("a", "b")))).toEqual(['ALTER SCHEMA "b" RENAME TO "a"']);
    expect(sqlOf(reversed(op.renameEnum("e", "f")))).toEqual(['ALTER TYPE "f" RENAME TO "e"']);
    expect(sqlOf(reversed(op.renameEnumValue("e", "x", "y")))).toEqual([
      `ALTER TYPE "e" RENAME VALUE 'y' TO 'x'`,
    ]);
  });

  it("turns addColumn into dropColumn and back", () => {
    const op = new Operations();
    const add = op.addColumn("t", "c", { type: "text", default: "x" }, { schema: "s" });
    const drop = reversed(add);
    expect(sqlOf(drop)).toEqual(['ALTER TABLE "s"."t" DROP COLUMN "c"']);
    expect(reversed(drop)).toEqual(add);
    const handDrop = op.dropColumn("t", "c", { definition: { type: "int", nullable: false } });
    expect(sqlOf(reversed(handDrop))).toEqual(['ALTER TABLE "t" ADD COLUMN "c" int NOT NULL']);
    expect(irreversibleMessage(op.dropColumn("t", "c"))).toMatch(
      /does not carry the column definition/,
    );
  });

  it("reverses alterColumn from its existing fields", () => {
    const op = new Operations();
    const forward = op.alterColumn("account", "name", {
      type: "varchar(200)",
      using: "name::varchar(200)",
      nullable: true,
      default: null,
      comment: "new",
      existingType: "text",
      existingNullable: false,
      existingDefault: "",
      existingComment: "old",
    });
    const back = reversed(forward);
    expect(sqlOf(back)).toEqual([
      [
        'ALTER TABLE "account"',
        '    ALTER COLUMN "name" TYPE text,',
        '    ALTER COLUMN "name" SET NOT NULL,',
        `    ALTER COLUMN "name" SET DEFAULT ''`,
      ].join("\n"),
      `COMMENT ON COLUMN "account"."name" IS 'old'`,
    ]);
    const again = reversed(back);
    expect(sqlOf(again)).toEqual([
      [
        'ALTER TABLE "account"',
        '    ALTER COLUMN "name" TYPE varchar(200),',
        '    ALTER COLUMN "name" DROP NOT NULL,',
        '    ALTER COLUMN "name" DROP DEFAULT',
      ].join("\n"),
      `COMMENT ON COLUMN "account"."name" IS 'new'`,
    ]);
  });

  it("infers nullability and a missing default like Alembic", () => {
    const op = new Operations();
    expect(sqlOf(reversed(op.alterColumn("t", "c", { nullable: false, default: 1 })))).toEqual([
      'ALTER TABLE "t"\n    ALTER COLUMN "c" DROP NOT NULL,\n    ALTER COLUMN "c" DROP DEFAULT',
    ]);
    expect(sqlOf(reversed(op.alterColumn("t", "c", { comment: "x" })))).toEqual([
      'COMMENT ON COLUMN "t"."c" IS NULL',
    ]);
  });

  it("needs existing fields where the old value cannot be guessed", () => {
    const op = new Operations();
    expect(irreversibleMessage(op.alterColumn("t", "c", { type: "int" }))).toBe(
      'op.alterColumn("t", "c") cannot be reversed: the type changes but existingType is not given.',
    );
    expect(irreversibleMessage(op.alterColumn("t", "c", { default: null }))).toMatch(
      /existingDefault/,
    );
    expect(irreversibleMessage(op.alterColumn("t", "c", { identity: null }))).toMatch(
      /existingIdentity/,
    );
    expect(
      irreversibleMessage(op.alterColumn("t", "c", { collation: "C", existingType: "text" })),
    ).toMatch(/existingCollation/);
  });

  it("reverses collation and identity changes", () => {
    const op = new Operations();
    expect(
      sqlOf(
        reversed(
          op.alterColumn("t", "c", {
            collation: "C",
            existingType: "text",
            existingCollation: "POSIX",
          }),
        ),
      ),
    ).toEqual(['ALTER TABLE "t" ALTER COLUMN "c" TYPE text COLLATE "POSIX"']);
    const add = op.alterColumn("t", "id", { identity: "always" });
    const drop = reversed(add);
    expect(sqlOf(drop)).toEqual(['ALTER TABLE "t" ALTER COLUMN "id" DROP IDENTITY']);
    expect(sqlOf(reversed(drop))).toEqual([
      'ALTER TABLE "t" ALTER COLUMN "id" ADD GENERATED ALWAYS AS IDENTITY',
    ]);
    const change = op.alterColumn("t", "id", { identity: "byDefault", existingIdentity: "always" });
    expect(sqlOf(reversed(change))).toEqual([
      'ALTER TABLE "t" ALTER COLUMN "id" SET GENERATED ALWAYS',
    ]);
  });

  it("turns createIndex into dropIndex and back, keeping concurrently", () => {
    const op = new Operations();
    const create = op.createIndex("i", "t", ["a"], {
      schema: "s",
      concurrently: true,
      unique: true,
    });
    const drop = reversed(create);
    expect(renderOperation(drop)).toEqual([
      { sql: 'DROP INDEX CONCURRENTLY "s"."i"', transactional: false },
    ]);
    expect(reversed(drop)).toEqual(create);
    expect(irreversibleMessage(op.dropIndex("i"))).toMatch(/index definition/);
  });

  it("turns every add constraint into dropConstraint and back", () => {
    const op = new Operations();
    const adds = [
      op.addPrimaryKey("pk", "t", ["id"]),
      op.addUnique("u", "t", ["a"]),
      op.addCheck("c", "t", "a > 0", { notValid: true }),
      op.addForeignKey("fk", "t", ["a"], "u", ["id"], { onDelete: "cascade" }),
      op.addExclusion("x", "t", [{ column: "a", operator: "=" }], { method: "gist" }),
    ];
    for (const add of adds) {
      const drop = reversed(add);
      expect(drop.kind).toBe("dropConstraint");
      expect(sqlOf(drop)).toEqual([
        `ALTER TABLE "t" DROP CONSTRAINT "${(add as { name: string }).name}"`,
      ]);
      expect(reversed(drop)).toEqual(add);
    }
    expect(irreversibleMessage(op.dropConstraint("c", "t"))).toMatch(/constraint definition/);
  });

  it("has nothing to undo for validateConstraint", () => {
    const op = new Operations();
    expect(reverseOperation(op.validateConstraint("c", "t"))).toBeUndefined();
  });

  it("reverses schemas, enums, sequences and extensions", () => {
    const op = new Operations();
    expect(sqlOf(reversed(op.createSchema("app", { authorization: "o" })))).toEqual([
      'DROP SCHEMA "app"',
    ]);
    expect(sqlOf(reversed(op.dropSchema("app", { authorization: "o" })))).toEqual([
      'CREATE SCHEMA "app" AUTHORIZATION "o"',
    ]);
    const enumDrop = reversed(op.createEnum("mood", ["a", "b"], { schema: "s" }));
    expect(sqlOf(enumDrop)).toEqual(['DROP TYPE "s"."mood"']);
    expect(sqlOf(reversed(enumDrop))).toEqual([`CREATE TYPE "s"."mood" AS ENUM ('a', 'b')`]);
    expect(irreversibleMessage(op.dropEnum("mood"))).toMatch(/enum values/);
    const seqDrop = reversed(op.createSequence("n", { start: 5 }));
    expect(sqlOf(seqDrop)).toEqual(['DROP SEQUENCE "n"']);
    expect(sqlOf(reversed(seqDrop))).toEqual(['CREATE SEQUENCE "n" START WITH 5']);
    expect(
      sqlOf(
        reversed(op.alterSequence("n", { increment: 5, existing: { increment: 1, cycle: false } })),
      ),
    ).toEqual(['ALTER SEQUENCE "n" INCREMENT BY 1 NO CYCLE']);
    expect(irreversibleMessage(op.alterSequence("n", { increment: 5 }))).toMatch(
      /previous options/,
    );
    expect(sqlOf(reversed(op.createExtension("x", { schema: "e", version: "1" })))).toEqual([
      'DROP EXTENSION "x"',
    ]);
    expect(sqlOf(reversed(op.dropExtension("x", { schema: "e" })))).toEqual([
      'CREATE EXTENSION "x" WITH SCHEMA "e"',
    ]);
  });

  it("reverses comments to the existing comment, or none", () => {
    const op = new Operations();
    expect(sqlOf(reversed(op.setTableComment("t", "new", { existingComment: "old" })))).toEqual([
      `COMMENT ON TABLE "t" IS 'old'`,
    ]);
    expect(sqlOf(reversed(op.setTableComment("t", "new")))).toEqual([
      'COMMENT ON TABLE "t" IS NULL',
    ]);
    expect(
      sqlOf(reversed(op.setColumnComment("t", "c", null, { existingComment: "old" }))),
    ).toEqual([`COMMENT ON COLUMN "t"."c" IS 'old'`]);
  });

  it("refuses irreversible operations with a clear message", () => {
    const op = new Operations();
    expect(irreversibleMessage(op.addEnumValue("mood", "meh"))).toBe(
      'op.addEnumValue("mood") cannot be reversed: PostgreSQL cannot remove a value from an enum.',
    );
    expect(irreversibleMessage(op.execute("select 1"))).toMatch(/raw SQL has no known reverse/);
    expect(irreversibleMessage(op.bulkInsert("t", [{ a: 1 }]))).toMatch(/inserted rows/);
    expect(irreversibleMessage(op.run(() => {}))).toMatch(/TypeScript step/);
  });
});

describe("reverseOperations", () => {
  it("returns the reversed list of reversed operations", () => {
    const op = new Operations();
    op.createTable("account", {
      columns: { id: { type: "bigint", primaryKey: true }, email: { type: "text" } },
    });
    op.createIndex("account_email_idx", "account", ["email"]);
    op.addForeignKey("fk", "account", ["id"], "other", ["id"], { notValid: true });
    op.validateConstraint("fk", "account");
    const down = reverseOperations(op.operations);
    expect(down.flatMap(sqlOf)).toEqual([
      'ALTER TABLE "account" DROP CONSTRAINT "fk"',
      'DROP INDEX "account_email_idx"',
      'DROP TABLE "account"',
    ]);
    expect(reverseOperations(down)).toEqual(
      op.operations.filter((o) => o.kind !== "validateConstraint"),
    );
  });
});

describe("reverse laws", () => {
  // Names PostgreSQL keeps whole: with the longest suffix below (`_check`), at most 63 bytes.
  const name = fc
    .string({ minLength: 1, maxLength: 12, unit: "grapheme" })
    .filter((s) => !s.includes("\0") && Buffer.byteLength(s) <= 63 - "_check".length);

  it("reversing twice gives back the reversible operations, for any names", () => {
    fc.assert(
      fc.property(
        name,
        name,
        name,
        fc.option(name, { nil: undefined }),
        (table, column, other, schema) => {
          const op = new Operations();
          op.createTable(table, {
            schema,
            columns: { [column]: { type: "text", primaryKey: true } },
          });
          op.addColumn(table, `${column}_2`, { type: "int", default: 0 }, { schema });
          op.renameColumn(table, `${column}_2`, other === `${column}_2` ? `${other}_3` : other, {
            schema,
          });
          op.createIndex(`${table}_idx`, table, [column], { schema, unique: true });
          op.addCheck(`${table}_check`, table, "true", { schema });
          op.createEnum(other, [column, table === column ? `${table}_2` : table], { schema });
          op.renameTable(table, `${table}_new`, { schema });
          const down = reverseOperations(op.operations);
          expect(down).toHaveLength(op.operations.length);
          expect(reverseOperations(down)).toEqual(op.operations);
        },
      ),
    );
  });
});
