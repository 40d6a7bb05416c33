import { beforeEach, describe, expect, it } from "vitest";
import { Operations } from "../ops/operations";
import { reverseOperation } from "../ops/reverse-operation";
import { one, sql } from "./render.test-fixture";
import { renderOperation } from "./render-operation";

let op: Operations;
beforeEach(() => {
  op = new Operations();
});

describe("dropTable and renameTable", () => {
  it("drops", () => {
    expect(one(op.dropTable("account"))).toBe('DROP TABLE "account"');
    expect(one(op.dropTable("account", { schema: "app", ifExists: true, cascade: true }))).toBe(
      'DROP TABLE IF EXISTS "app"."account" CASCADE',
    );
  });

  it("renames", () => {
    expect(one(op.renameTable("account", "user_account", { schema: "app" }))).toBe(
      'ALTER TABLE "app"."account" RENAME TO "user_account"',
    );
  });
});

describe("columns", () => {
  it("adds a column", () => {
    expect(
      one(op.addColumn("account", "name", { type: "text", nullable: false, default: "" })),
    ).toBe(`ALTER TABLE "account" ADD COLUMN "name" text NOT NULL DEFAULT ''`);
  });

  it("adds a column with IF NOT EXISTS, inline primary key, and comment", () => {
    expect(
      sql(
        op.addColumn(
          "t",
          "id",
          { type: "bigint", primaryKey: true, comment: "key" },
          { schema: "s", ifNotExists: true },
        ),
      ),
    ).toEqual([
      'ALTER TABLE "s"."t" ADD COLUMN IF NOT EXISTS "id" bigint NOT NULL PRIMARY KEY',
      `COMMENT ON COLUMN "s"."t"."id" IS 'key'`,
    ]);
  });

  it("adds a column with an inline, named, deferrable foreign key", () => {
    expect(
      one(
        op.addColumn("post", "author_id", {
          type: "bigint",
          references: {
            table: "account",
            name: "post_author_fk",
            onUpdate: "no action",
            onDelete: "set default",
            match: "simple",
            initiallyDeferred: true,
          },
        }),
      ),
    ).toBe(
      'ALTER TABLE "post" ADD COLUMN "author_id" bigint CONSTRAINT "post_author_fk" REFERENCES "account" MATCH SIMPLE ON DELETE SET DEFAULT ON UPDATE NO ACTION DEFERRABLE INITIALLY DEFERRED',
    );
  });

  it("renders defaults of every literal kind", () => {
    const render = (value: unknown) =>
      one(op.addColumn("t", "c", { type: "jsonb", default: value as never })).replace(
        'ALTER TABLE "t" ADD COLUMN "c" jsonb DEFAULT ',
        "",
      );
    expect(render(true)).toBe("true");
    expect(render(10n)).toBe("10");
    expect(render(1.5)).toBe("1.5");
    expect(render({ a: [1] })).toBe(`'{"a":[1]}'`);
    expect(render([1, 2])).toBe("'[1,2]'");
    expect(render({ sql: "'{}'::jsonb" })).toBe("'{}'::jsonb");
    expect(render({ sql: "x", other: 1 })).toBe(`'{"sql":"x","other":1}'`);
  });

  it("drops a column", () => {
    expect(one(op.dropColumn("account", "name"))).toBe('ALTER TABLE "account" DROP COLUMN "name"');
    expect(
      one(op.dropColumn("account", "name", { schema: "app", ifExists: true, cascade: true })),
    ).toBe('ALTER TABLE "app"."account" DROP COLUMN IF EXISTS "name" CASCADE');
  });

  it("renames a column", () => {
    expect(one(op.renameColumn("account", "name", "full_name"))).toBe(
      'ALTER TABLE "account" RENAME COLUMN "name" TO "full_name"',
    );
  });
});

describe("indexes", () => {
  it("renders the example index", () => {
    const node = op.createIndex("account_email_idx", "account", ["email"], {
      unique: true,
      where: "deleted_at is null",
      include: ["name"],
      method: "btree",
      concurrently: true,
    });
    expect(renderOperation(node)).toEqual([
      {
        sql: 'CREATE UNIQUE INDEX CONCURRENTLY "account_email_idx" ON "account" USING "btree" ("email") INCLUDE ("name") WHERE deleted_at is null',
        transactional: false,
      },
    ]);
  });

  it("renders a plain index in a transaction", () => {
    expect(renderOperation(op.createIndex("i", "t", ["a", "b"], { schema: "s" }))).toEqual([
      { sql: 'CREATE INDEX "i" ON "s"."t" ("a", "b")', transactional: true },
    ]);
  });

  it("renders storage parameters after INCLUDE and before WHERE, strings as literals", () => {
    const node = op.createIndex("i", "t", ["a"], {
      include: ["b"],
      where: "a > 0",
      with: { fillfactor: 70, deduplicate_items: false, buffering: "it's" },
    });
    expect(one(node)).toBe(
      `CREATE INDEX "i" ON "t" ("a") INCLUDE ("b") WITH (fillfactor = 70, deduplicate_items = false, buffering = 'it''s') WHERE a > 0`,
    );
    expect(
      one(
        op.createIndex("i", "t", ["a"], {
          unique: true,
          nullsNotDistinct: true,
          with: { fillfactor: 90 },
        }),
      ),
    ).toBe('CREATE UNIQUE INDEX "i" ON "t" ("a") NULLS NOT DISTINCT WITH (fillfactor = 90)');
    expect(one(op.createIndex("i", "t", ["a"], { with: {} }))).toBe(
      'CREATE INDEX "i" ON "t" ("a")',
    );
  });

  it("refuses storage parameters that are not plain names or literal values", () => {
    expect(() => op.createIndex("i", "t", ["a"], { with: { "fillfactor = 1); --": 1 } })).toThrow(
      /not a plain lowercase name/,
    );
    expect(() => op.createIndex("i", "t", ["a"], { with: { FillFactor: 70 } })).toThrow(
      /plain lowercase/,
    );
    expect(() => op.createIndex("i", "t", ["a"], { with: { fillfactor: Number.NaN } })).toThrow(
      /finite number/,
    );
    expect(() =>
      op.createIndex("i", "t", ["a"], { with: { fillfactor: null as unknown as number } }),
    ).toThrow(/finite number/);
  });

  it("keeps storage parameters in the dropped index's definition, so the reverse rebuilds them", () => {
    const node = op.createIndex("i", "t", ["a"], { with: { fillfactor: 70 } });
    const reversed = reverseOperation(node)!;
    expect(reversed).toMatchObject({ kind: "dropIndex", name: "i" });
    expect(one(reverseOperation(reversed)!)).toBe(
      'CREATE INDEX "i" ON "t" ("a") WITH (fillfactor = 70)',
    );
  });

  it("renders expressions, order, nulls, opclass and collation", () => {
    const node = op.createIndex(
      "i",
      "t",
      [
        { expression: "lower(email)", order: "desc", nulls: "last" },
        { column: "name", collation: "C", opclass: "text_pattern_ops" },
      ],
      { method: "gin", ifNotExists: true },
    );
    expect(one(node)).toBe(
      'CREATE INDEX IF NOT EXISTS "i" ON "t" USING "gin" ((lower(email)) DESC NULLS LAST, "name" COLLATE "C" "text_pattern_ops")',
    );
  });

  it("renders an operator class with its schema, and a dotted name as one identifier", () => {
    const node = op.createIndex(
      "i",
      "t",
      [
        { column: "name", opclass: { schema: "public", name: "gin_trgm_ops" } },
        { column: "code", opclass: "my.ops" },
      ],
      { method: "gin" },
    );
    expect(one(node)).toBe(
      'CREATE INDEX "i" ON "t" USING "gin" ("name" "public"."gin_trgm_ops", "code" "my.ops")',
    );
    expect(() =>
      op.createIndex("i", "t", [{ column: "name", opclass: { schema: "public", name: "" } }]),
    ).toThrow(/opclass\.name/);
  });

  it("renders an operator class's parameters, and refuses them without a class", () => {
    const node = op.createIndex(
      "i",
      "t",
      [{ column: "name", opclass: "gist_trgm_ops", opclassOptions: { siglen: "32" } }],
      { method: "gist" },
    );
    expect(one(node)).toBe(
      `CREATE INDEX "i" ON "t" USING "gist" ("name" "gist_trgm_ops" ("siglen" = '32'))`,
    );
    expect(() =>
      op.createIndex("i", "t", [{ column: "name", opclassOptions: { siglen: "32" } }]),
    ).toThrow(/opclassOptions needs an opclass/);
  });

  it("renders NULLS NOT DISTINCT for unique indexes", () => {
    expect(
      one(
        op.createIndex("i", "t", ["a"], { unique: true, nullsNotDistinct: true, where: "a > 0" }),
      ),
    ).toBe('CREATE UNIQUE INDEX "i" ON "t" ("a") NULLS NOT DISTINCT WHERE a > 0');
  });

  it("drops an index, concurrently outside a transaction", () => {
    expect(
      renderOperation(op.dropIndex("i", { schema: "s", concurrently: true, ifExists: true })),
    ).toEqual([{ sql: 'DROP INDEX CONCURRENTLY IF EXISTS "s"."i"', transactional: false }]);
    expect(renderOperation(op.dropIndex("i", { cascade: true }))).toEqual([
      { sql: 'DROP INDEX "i" CASCADE', transactional: true },
    ]);
  });

  it("renames a sequence", () => {
    expect(one(op.renameSequence("i", "j", { schema: "s" }))).toBe(
      'ALTER SEQUENCE "s"."i" RENAME TO "j"',
    );
  });

  it("renames an index", () => {
    expect(one(op.renameIndex("i", "j", { schema: "s" }))).toBe(
      'ALTER INDEX "s"."i" RENAME TO "j"',
    );
  });
});

describe("constraints", () => {
  it("adds a primary key", () => {
    expect(
      one(
        op.addPrimaryKey("account_pkey", "account", ["id"], { schema: "app", include: ["email"] }),
      ),
    ).toBe(
      'ALTER TABLE "app"."account" ADD CONSTRAINT "account_pkey" PRIMARY KEY ("id") INCLUDE ("email")',
    );
  });

  it("adds a unique constraint", () => {
    expect(
      one(
        op.addUnique("u", "t", ["a", "b"], {
          nullsNotDistinct: true,
          deferrable: true,
          include: ["c"],
        }),
      ),
    ).toBe(
      'ALTER TABLE "t" ADD CONSTRAINT "u" UNIQUE NULLS NOT DISTINCT ("a", "b") INCLUDE ("c") DEFERRABLE',
    );
  });

  it("turns a unique index into a unique constraint (USING INDEX)", () => {
    expect(
      one(
        op.addUnique("t_a_key", "t", ["a"], {
          schema: "s",
          usingIndex: 'odd "idx"',
          initiallyDeferred: true,
        }),
      ),
    ).toBe(
      'ALTER TABLE "s"."t" ADD CONSTRAINT "t_a_key" UNIQUE USING INDEX "odd ""idx""" DEFERRABLE INITIALLY DEFERRED',
    );
    expect(() => op.addUnique("u", "t", ["a"], { usingIndex: "i", include: ["b"] })).toThrow(
      /come from the index/,
    );
  });

  it("adds a check constraint", () => {
    expect(one(op.addCheck("price_positive", "product", "price > 0"))).toBe(
      'ALTER TABLE "product" ADD CONSTRAINT "price_positive" CHECK (price > 0)',
    );
    expect(one(op.addCheck("c", "t", "a <> ''", { notValid: true, noInherit: true }))).toBe(
      `ALTER TABLE "t" ADD CONSTRAINT "c" CHECK (a <> '') NO INHERIT NOT VALID`,
    );
  });

  it("adds the example foreign key", () => {
    const node = op.addForeignKey("post_author_fk", "post", ["author_id"], "account", ["id"], {
      onDelete: "cascade",
      deferrable: true,
      notValid: true,
    });
    expect(one(node)).toBe(
      'ALTER TABLE "post" ADD CONSTRAINT "post_author_fk" FOREIGN KEY ("author_id") REFERENCES "account" ("id") ON DELETE CASCADE DEFERRABLE NOT VALID',
    );
  });

  it("sets only the listed columns ON DELETE SET NULL (...), and refuses a list without that action", () => {
    const node = op.addForeignKey(
      "doc_fk",
      "doc",
      ["tenant_id", "owner_id"],
      "tenant_user",
      ["tenant_id", "id"],
      {
        onDelete: "set null",
        onDeleteColumns: ["owner_id"],
      },
    );
    expect(one(node)).toBe(
      'ALTER TABLE "doc" ADD CONSTRAINT "doc_fk" FOREIGN KEY ("tenant_id", "owner_id") REFERENCES "tenant_user" ("tenant_id", "id") ON DELETE SET NULL ("owner_id")',
    );
    expect(() =>
      op.addForeignKey("doc_fk", "doc", ["owner_id"], "tenant_user", ["id"], {
        onDelete: "cascade",
        onDeleteColumns: ["owner_id"],
      }),
    ).toThrow(/onDeleteColumns/);
  });

  it("adds a foreign key across schemas to the primary key", () => {
    const node = op.addForeignKey("fk", "post", ["a", "b"], "account", [], {
      schema: "blog",
      referencedSchema: "auth",
      match: "full",
      onUpdate: "cascade",
      initiallyDeferred: true,
    });
    expect(one(node)).toBe(
      'ALTER TABLE "blog"."post" ADD CONSTRAINT "fk" FOREIGN KEY ("a", "b") REFERENCES "auth"."account" MATCH FULL ON UPDATE CASCADE DEFERRABLE INITIALLY DEFERRED',
    );
  });

  it("adds an exclusion constraint", () => {
    const node = op.addExclusion(
      "booking_no_overlap",
      "booking",
      [
        { column: "room_id", operator: "=" },
        { expression: "tstzrange(starts, ends)", operator: "&&", opclass: "range_ops" },
      ],
      { method: "gist", include: ["id"], where: "not cancelled", deferrable: true },
    );
    expect(one(node)).toBe(
      'ALTER TABLE "booking" ADD CONSTRAINT "booking_no_overlap" EXCLUDE USING "gist" ("room_id" WITH =, (tstzrange(starts, ends)) "range_ops" WITH &&) INCLUDE ("id") WHERE (not cancelled) DEFERRABLE',
    );
  });

  it("drops, validates and renames constraints", () => {
    expect(one(op.dropConstraint("fk", "post"))).toBe('ALTER TABLE "post" DROP CONSTRAINT "fk"');
    expect(
      one(op.dropConstraint("fk", "post", { schema: "s", ifExists: true, cascade: true })),
    ).toBe('ALTER TABLE "s"."post" DROP CONSTRAINT IF EXISTS "fk" CASCADE');
    expect(one(op.validateConstraint("fk", "post", { schema: "s" }))).toBe(
      'ALTER TABLE "s"."post" VALIDATE CONSTRAINT "fk"',
    );
    expect(one(op.renameConstraint("fk", "post", "fk2"))).toBe(
      'ALTER TABLE "post" RENAME CONSTRAINT "fk" TO "fk2"',
    );
  });
});

describe("schemas", () => {
  it("creates, drops and renames", () => {
    expect(one(op.createSchema("app"))).toBe('CREATE SCHEMA "app"');
    expect(one(op.createSchema("app", { ifNotExists: true, authorization: "owner" }))).toBe(
      'CREATE SCHEMA IF NOT EXISTS "app" AUTHORIZATION "owner"',
    );
    expect(one(op.dropSchema("app", { ifExists: true, cascade: true }))).toBe(
      'DROP SCHEMA IF EXISTS "app" CASCADE',
    );
    expect(one(op.renameSchema("app", "core"))).toBe('ALTER SCHEMA "app" RENAME TO "core"');
  });
});

describe("enums", () => {
  it("creates an enum", () => {
    expect(one(op.createEnum("mood", ["happy", "it's ok"], { schema: "app" }))).toBe(
      `CREATE TYPE "app"."mood" AS ENUM ('happy', 'it''s ok')`,
    );
    expect(one(op.createEnum("empty", []))).toBe('CREATE TYPE "empty" AS ENUM ()');
    expect(one(op.createEnum("blank", [""]))).toBe(`CREATE TYPE "blank" AS ENUM ('')`);
  });

  it("adds a value, in a transaction", () => {
    expect(renderOperation(op.addEnumValue("mood", "meh"))).toEqual([
      { sql: `ALTER TYPE "mood" ADD VALUE 'meh'`, transactional: true },
    ]);
    expect(
      one(op.addEnumValue("mood", "meh", { schema: "app", before: "sad", ifNotExists: true })),
    ).toBe(`ALTER TYPE "app"."mood" ADD VALUE IF NOT EXISTS 'meh' BEFORE 'sad'`);
    expect(one(op.addEnumValue("mood", "meh", { after: "happy" }))).toBe(
      `ALTER TYPE "mood" ADD VALUE 'meh' AFTER 'happy'`,
    );
  });

  it("renames a value and the type, and drops it", () => {
    expect(one(op.renameEnumValue("mood", "sad", "blue"))).toBe(
      `ALTER TYPE "mood" RENAME VALUE 'sad' TO 'blue'`,
    );
    expect(one(op.renameEnum("mood", "feeling", { schema: "app" }))).toBe(
      'ALTER TYPE "app"."mood" RENAME TO "feeling"',
    );
    expect(one(op.dropEnum("mood", { ifExists: true, cascade: true, schema: "app" }))).toBe(
      'DROP TYPE IF EXISTS "app"."mood" CASCADE',
    );
  });
});

describe("sequences", () => {
  it("creates a sequence with every option", () => {
    const node = op.createSequence("n", {
      schema: "s",
      ifNotExists: true,
      as: "bigint",
      increment: 2,
      minValue: 1,
      maxValue: 9_007_199_254_740_993n,
      start: 10,
      cache: 20,
      cycle: true,
      ownedBy: { schema: "s", table: "t", column: "id" },
    });
    expect(one(node)).toBe(
      'CREATE SEQUENCE IF NOT EXISTS "s"."n" AS bigint INCREMENT BY 2 MINVALUE 1 MAXVALUE 9007199254740993 START WITH 10 CACHE 20 CYCLE OWNED BY "s"."t"."id"',
    );
    expect(one(op.createSequence("n"))).toBe('CREATE SEQUENCE "n"');
  });

  it("alters a sequence", () => {
    expect(
      one(op.alterSequence("n", { increment: 10, restart: 5000, cache: 1, maxValue: null })),
    ).toBe('ALTER SEQUENCE "n" INCREMENT BY 10 NO MAXVALUE RESTART WITH 5000 CACHE 1');
    expect(one(op.alterSequence("n", { restart: true, ownedBy: null, cycle: false }))).toBe(
      'ALTER SEQUENCE "n" RESTART NO CYCLE OWNED BY NONE',
    );
  });

  it("drops a sequence", () => {
    expect(one(op.dropSequence("n", { schema: "s", ifExists: true, cascade: true }))).toBe(
      'DROP SEQUENCE IF EXISTS "s"."n" CASCADE',
    );
  });
});

describe("extensions", () => {
  it("creates and drops", () => {
    expect(one(op.createExtension("pgcrypto"))).toBe('CREATE EXTENSION "pgcrypto"');
    expect(
      one(
        op.createExtension("postgis", {
          ifNotExists: true,
          schema: "ext",
          version: "3.4",
          cascade: true,
        }),
      ),
    ).toBe(`CREATE EXTENSION IF NOT EXISTS "postgis" WITH SCHEMA "ext" VERSION '3.4' CASCADE`);
    expect(one(op.dropExtension("pgcrypto", { ifExists: true, cascade: true }))).toBe(
      'DROP EXTENSION IF EXISTS "pgcrypto" CASCADE',
    );
  });
});

describe("comments", () => {
  it("sets and removes table and column comments", () => {
    expect(one(op.setTableComment("account", "it's", { schema: "app" }))).toBe(
      `COMMENT ON TABLE "app"."account" IS 'it''s'`,
    );
    expect(one(op.setTableComment("account", null))).toBe('COMMENT ON TABLE "account" IS NULL');
    expect(one(op.setColumnComment("account", "email", "where we write"))).toBe(
      `COMMENT ON COLUMN "account"."email" IS 'where we write'`,
    );
    expect(one(op.setColumnComment("account", "email", null, { schema: "s" }))).toBe(
      'COMMENT ON COLUMN "s"."account"."email" IS NULL',
    );
  });
});

describe("data steps", () => {
  it("executes raw SQL with bound params", () => {
    expect(
      renderOperation(op.execute("update account set name = $1 where name is null", ["anonymous"])),
    ).toEqual([
      {
        sql: "update account set name = $1 where name is null",
        params: ["anonymous"],
        transactional: true,
      },
    ]);
    expect(renderOperation(op.execute("VACUUM account", [], { transactional: false }))).toEqual([
      { sql: "VACUUM account", transactional: false },
    ]);
  });

  it("converts params as offline literals read them", () => {
    const date = new Date("2026-01-01T00:00:00.000Z");
    expect(
      renderOperation(op.execute("select $1, $2, $3", [date, 5n, { a: 1 }]))[0]?.params,
    ).toEqual(["2026-01-01T00:00:00.000Z", "5", '{"a":1}']);
  });

  it("bulk inserts with bound params and DEFAULT for missing keys", () => {
    const node = op.bulkInsert(
      "account",
      [{ email: "a@example.com" }, { email: "b@example.com", name: "B" }],
      {
        schema: "app",
      },
    );
    expect(renderOperation(node)).toEqual([
      {
        sql: 'INSERT INTO "app"."account" ("email", "name") VALUES\n    ($1, DEFAULT),\n    ($2, $3)',
        params: ["a@example.com", "b@example.com", "B"],
        transactional: true,
      },
    ]);
  });

  it("inserts rows of defaults, and nothing for no rows", () => {
    expect(sql(op.bulkInsert("t", [{}, {}]))).toEqual([
      'INSERT INTO "t" DEFAULT VALUES',
      'INSERT INTO "t" DEFAULT VALUES',
    ]);
    expect(sql(op.bulkInsert("t", []))).toEqual([]);
  });

  it("splits a bulk insert that needs more than 65,535 parameters", () => {
    const rows = Array.from({ length: 40_000 }, (_, index) => ({ a: index, b: index }));
    const statements = renderOperation(op.bulkInsert("t", rows));
    expect(statements.map((statement) => statement.params?.length)).toEqual([65_534, 14_466]);
    expect(statements[1]?.sql.startsWith('INSERT INTO "t" ("a", "b") VALUES\n    ($1, $2),')).toBe(
      true,
    );
  });

  it("renders nothing for run: the runner calls it", () => {
    expect(renderOperation(op.run(() => {}))).toEqual([]);
  });
});

describe("validation at render time", () => {
  it("rejects a hand-built node with an unsafe type", () => {
    expect(() =>
      renderOperation({
        kind: "addColumn",
        table: "t",
        column: { name: "c", type: "text; drop table x" },
      }),
    ).toThrow(/not a type name/);
  });
});
