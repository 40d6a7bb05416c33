import { describe, expect, it } from "vitest";
import {
  column,
  index as fixtureIndex,
  schema as fixtureSchema,
  table as fixtureTable,
} from "../schema/description.test-fixture";
import type {
  ColumnDescription,
  ForeignKeyDescription,
  IndexElementDescription,
  SchemaDescription,
  TableDescription,
} from "../schema/schema-description";
import { diffSchemas } from "./diff-schemas";

const col = (name: string, type = "integer", extra: Partial<ColumnDescription> = {}) =>
  column(name, { type, ...extra });

const table = (
  name: string,
  columns: ColumnDescription[],
  extra: Partial<TableDescription> = {},
): TableDescription => fixtureTable(name, { columns, ...extra });

function fk(
  name: string,
  columns: string[],
  refTable: string,
  extra: Partial<ForeignKeyDescription> = {},
): ForeignKeyDescription {
  return {
    name,
    columns,
    refSchema: "public",
    refTable,
    refColumns: ["id"],
    onUpdate: "no action",
    onDelete: "no action",
    match: "simple",
    deferrable: false,
    initiallyDeferred: false,
    ...extra,
  };
}

const schema = (extra: Partial<SchemaDescription> = {}): SchemaDescription =>
  fixtureSchema([], extra);

const pk = (name: string, columns = ["id"]) => ({
  name,
  columns,
  deferrable: false,
  initiallyDeferred: false,
});
const kinds = (ops: { kind: string }[]) => ops.map((op) => op.kind);

describe("diffSchemas", () => {
  it("finds nothing between identical descriptions, whatever renamedFrom says", () => {
    const a = schema({
      tables: [
        table("account", [col("id", "bigint", { nullable: false })], {
          primaryKey: pk("account_pkey"),
        }),
      ],
    });
    const b = schema({
      tables: [
        table("account", [col("id", "bigint", { nullable: false, renamedFrom: "old_id" })], {
          primaryKey: pk("account_pkey"),
          renamedFrom: "old_account",
        }),
      ],
    });
    const diff = diffSchemas(a, b);
    expect(diff).toEqual({ upgrade: [], downgrade: [], changes: [], isEmpty: true });
  });

  it("creates tables first and foreign keys after, even for a cycle; drops foreign keys first", () => {
    const a = table("a", [col("id", "integer", { nullable: false }), col("b_id")], {
      primaryKey: pk("a_pkey"),
      foreignKeys: [fk("a_b_id_fkey", ["b_id"], "b")],
    });
    const b = table("b", [col("id", "integer", { nullable: false }), col("a_id")], {
      primaryKey: pk("b_pkey"),
      foreignKeys: [
        fk("b_a_id_fkey", ["a_id"], "a", { onDelete: "cascade", deferrable: true, match: "full" }),
      ],
    });
    const diff = diffSchemas(schema(), schema({ tables: [a, b] }));
    expect(kinds(diff.upgrade)).toEqual([
      "createTable",
      "createTable",
      "addForeignKey",
      "addForeignKey",
    ]);
    expect(diff.upgrade[3]).toMatchObject({
      kind: "addForeignKey",
      name: "b_a_id_fkey",
      onDelete: "cascade",
      deferrable: true,
      match: "full",
      references: { schema: "public", table: "a", columns: ["id"] },
    });
    expect(kinds(diff.downgrade)).toEqual([
      "dropConstraint",
      "dropConstraint",
      "dropTable",
      "dropTable",
    ]);
    expect(diff.changes.map((c) => c.description)).toEqual([
      "added table public.a",
      "added table public.b",
      "added foreign key public.a.a_b_id_fkey (b_id) -> public.b",
      "added foreign key public.b.b_a_id_fkey (a_id) -> public.a",
    ]);
  });

  it("gives its changes to a spread, to JSON and to a caller that replaces them", () => {
    const diff = diffSchemas(fixtureSchema([]), fixtureSchema([table("t", [col("id")])]));
    const described = ["added table public.t"];
    expect({ ...diff }.changes.map((c) => c.description)).toEqual(described);
    expect(
      (JSON.parse(JSON.stringify(diff)) as typeof diff).changes.map((c) => c.description),
    ).toEqual(described);
    diff.changes = [];
    expect(diff.changes).toEqual([]);
  });

  it("creates a schema and an enum before the table that uses them, and drops them after it", () => {
    const mood = { schema: "app", name: "mood", values: ["happy", "sad"], comment: null };
    const t = table("t", [col("m", "app.mood", { userType: { schema: "app", name: "mood" } })], {
      schema: "app",
    });
    const diff = diffSchemas(schema(), schema({ schemas: ["app"], enums: [mood], tables: [t] }));
    expect(kinds(diff.upgrade)).toEqual(["createSchema", "createEnum", "createTable"]);
    expect(diff.upgrade[2]).toMatchObject({
      columns: [{ name: "m", type: { schema: "app", name: "mood" } }],
    });
    expect(kinds(diff.downgrade)).toEqual(["dropTable", "dropEnum", "dropSchema"]);
  });

  it("adds an enum value in place, and re-creates an enum that loses a value (destructive through the columns)", () => {
    const use = (values: string[]) =>
      schema({
        enums: [{ schema: "public", name: "mood", values, comment: null }],
        tables: [
          table("t", [
            col("m", "public.mood", {
              userType: { schema: "public", name: "mood" },
              default: "'happy'",
            }),
          ]),
        ],
      });
    const added = diffSchemas(use(["happy", "sad"]), use(["meh", "happy", "ok", "sad", "angry"]));
    expect(added.upgrade).toMatchObject([
      { kind: "addEnumValue", value: "meh", before: "happy" },
      { kind: "addEnumValue", value: "ok", after: "happy" },
      { kind: "addEnumValue", value: "angry", after: "sad" },
    ]);
    // The way back removes values: PostgreSQL cannot, so the type is re-created.
    expect(kinds(added.downgrade)).toEqual([
      "renameEnum",
      "createEnum",
      "alterColumn",
      "alterColumn",
      "dropEnum",
    ]);
    expect(added.downgrade[3]).toMatchObject({
      kind: "alterColumn",
      type: { schema: "public", name: "mood" },
      existingType: { schema: "public", name: "mood_old" },
      using: '"m"::text::public.mood',
      default: { sql: "'happy'" },
    });
    const removed = diffSchemas(use(["happy", "sad"]), use(["sad", "happy"]));
    expect(removed.changes.filter((c) => c.destructive).map((c) => c.kind)).toEqual([
      "alterColumn",
    ]);
    // The old type steps aside under a name no type (or table's row type) of the schema has.
    const taken = (values: string[]) => {
      const d = use(values);
      return {
        ...d,
        enums: [...d.enums, { schema: "public", name: "mood_old", values: ["x"], comment: null }],
        tables: [...d.tables, table("mood_old2", [col("id", "integer")])],
      };
    };
    const aside = diffSchemas(taken(["happy", "sad"]), taken(["sad", "happy"]));
    expect(aside.upgrade[0]).toMatchObject({
      kind: "renameEnum",
      name: "mood",
      newName: "mood_old3",
    });
  });

  it("gives a schema created again on the way back its comment, though the models leave it undeclared", () => {
    const comment = [{ name: "old", comment: "old stuff" }];
    // Undeclared in the models, the schema's comment is kept on their side (keepUndeclared).
    const diff = diffSchemas(
      schema({ schemas: ["old"], schemaComments: comment }),
      schema({ schemaComments: comment }),
      { schemas: ["public", "old"] },
    );
    expect(kinds(diff.upgrade)).toEqual(["dropSchema"]);
    expect(diff.downgrade).toMatchObject([
      { kind: "createSchema", name: "old" },
      { kind: "setSchemaComment", name: "old", comment: "old stuff" },
    ]);
  });

  it("says what a conversion does to every value where it changes rows, not only that some may not fit", () => {
    const a = schema({
      tables: [
        table("t", [
          col("doc", "json"),
          col("ratio", "double precision"),
          col("price", "numeric(10,4)"),
          col("amount", "numeric(10,4)"),
          col("flag", "integer"),
        ]),
      ],
    });
    const b = schema({
      tables: [
        table("t", [
          col("doc", "jsonb"),
          col("ratio", "numeric(12,2)"),
          col("price", "integer"),
          col("amount", "numeric(10,2)"),
          col("flag", "boolean"),
        ]),
      ],
    });
    const diff = diffSchemas(a, b);
    expect(diff.changes.filter((c) => c.destructive).map((c) => c.description)).toEqual([
      "changed column public.t.doc: type json -> jsonb (a duplicate key keeps only its last value, and key order and spacing are not kept)",
      "changed column public.t.ratio: type double precision -> numeric(12,2) (each value is rounded to 15 significant digits, then to the scale; values out of range fail)",
      "changed column public.t.price: type numeric(10,4) -> integer (fractions are rounded to the nearest whole number; values out of range fail)",
      "changed column public.t.amount: type numeric(10,4) -> numeric(10,2) (values are rounded to 2 decimal places; values out of range fail)",
      "changed column public.t.flag: type integer -> boolean (0 becomes false and every other number true)",
    ]);
  });

  it("flags drops and narrowing type changes as destructive, not widening ones", () => {
    const a = schema({
      tables: [
        table("t", [
          col("a", "bigint"),
          col("b", "character varying(100)"),
          col("c", "text"),
          col("d", "integer"),
          col("e", "text"),
        ]),
        table("gone", [col("x")]),
      ],
    });
    const b = schema({
      tables: [
        table("t", [
          col("a", "integer"),
          col("b", "character varying(50)"),
          col("c", "integer"),
          col("d", "bigint"),
        ]),
      ],
    });
    const diff = diffSchemas(a, b);
    const destructive = diff.changes.filter((c) => c.destructive).map((c) => c.description);
    expect(destructive).toEqual([
      "dropped column public.t.e (data will be lost)",
      "dropped table public.gone (data will be lost)",
      "changed column public.t.a: type bigint -> integer (values that do not fit fail or lose precision)",
      "changed column public.t.b: type character varying(100) -> character varying(50) (values that do not fit fail or lose precision)",
      "changed column public.t.c: type text -> integer (values that do not fit fail or lose precision)",
    ]);
    expect(diff.changes.find((c) => c.object === "public.t.d")).toMatchObject({
      destructive: false,
    });
    expect(diff.upgrade.find((op) => op.kind === "alterColumn" && op.column === "c")).toMatchObject(
      {
        using: '"c"::integer',
        existingType: "text",
      },
    );
  });

  it("writes no USING that would cut a value to a new length, only casts with no assignment", () => {
    const mood = { schema: "public", name: "mood" };
    const enums = [{ ...mood, values: ["happy", "sad"], comment: null }];
    const code = { schema: "public", name: "code" };
    const a = schema({
      enums,
      tables: [
        table("t", [
          col("a", "character varying(100)"),
          col("b", "text"),
          col("c", "character(10)"),
          col("d", "bit(5)"),
          col("e", "bit varying(8)"),
          col("f", "numeric(10,4)"),
          col("g", "timestamp(6) without time zone"),
          col("h", "character varying(20)[]"),
          col("i", "public.mood", { userType: mood }),
          col("j", "integer"),
          col("k", "text"),
          col("l", "text"),
          col("m", "character varying(20)"),
          col("n", "text"),
        ]),
      ],
    });
    const b = schema({
      enums,
      tables: [
        table("t", [
          col("a", "character varying(10)"),
          col("b", "character varying(10)"),
          col("c", "character(3)"),
          col("d", "bit(3)"),
          col("e", "bit(3)"),
          col("f", "numeric(10,2)"),
          col("g", "timestamp(2) without time zone"),
          col("h", "character varying(3)[]"),
          col("i", "character varying(3)"),
          col("j", "character varying(3)"),
          col("k", "integer"),
          col("l", "public.mood", { userType: mood }),
          col("m", "public.code", { userType: code }),
          col("n", "numeric(4,2)"),
        ]),
      ],
    });
    const diff = diffSchemas(a, b);
    const using = Object.fromEntries(
      diff.upgrade.flatMap((op) => (op.kind === "alterColumn" ? [[op.column, op.using]] : [])),
    );
    expect(using).toEqual({
      a: undefined,
      b: undefined,
      c: undefined,
      d: undefined,
      e: undefined,
      f: undefined,
      g: undefined,
      h: undefined,
      i: undefined,
      j: undefined,
      k: '"k"::integer',
      l: '"l"::text::public.mood',
      // A domain (or an extension's type): a cast would apply its modifier the cutting way.
      m: undefined,
      n: '"n"::numeric(4,2)',
    });
    expect(diff.changes.filter((c) => c.destructive).map((c) => c.object)).toEqual(
      [..."abcdefghijklmn"].map((column) => `public.t.${column}`),
    );
  });

  it("alters nullability, default, identity, collation and comment of a column in one operation", () => {
    const identity = {
      always: true,
      start: "1",
      increment: "1",
      min: "1",
      max: "2147483647",
      cache: "1",
      cycle: false,
    };
    const a = schema({
      tables: [table("t", [col("a", "integer", { default: "0", collation: "C", comment: "x" })])],
    });
    const b = schema({
      tables: [table("t", [col("a", "integer", { nullable: false, identity })])],
    });
    const diff = diffSchemas(a, b);
    expect(diff.upgrade).toEqual([
      {
        kind: "alterColumn",
        schema: "public",
        table: "t",
        column: "a",
        nullable: false,
        existingNullable: true,
        default: null,
        existingDefault: { sql: "0" },
        identity: { generation: "always" },
        existingIdentity: null,
        collation: "default",
        existingCollation: "C",
        existingType: "integer",
      },
      {
        kind: "setColumnComment",
        schema: "public",
        table: "t",
        column: "a",
        comment: null,
        existingComment: "x",
      },
    ]);
    expect(diffSchemas(b, a).upgrade[0]).toMatchObject({
      identity: null,
      existingIdentity: { generation: "always", maxValue: 2147483647 },
      default: { sql: "0" },
      collation: "C",
    });
  });

  it("drops and re-adds a column whose generation changes, and the index on it", () => {
    const index = fixtureIndex("t_g_idx", "g");
    const a = schema({
      tables: [
        table(
          "t",
          [col("a"), col("g", "integer", { generated: { expression: "a * 2", stored: true } })],
          { indexes: [index] },
        ),
      ],
    });
    const b = schema({
      tables: [
        table(
          "t",
          [col("a"), col("g", "integer", { generated: { expression: "a * 3", stored: true } })],
          { indexes: [index] },
        ),
      ],
    });
    expect(kinds(diffSchemas(a, b).upgrade)).toEqual([
      "dropIndex",
      "dropColumn",
      "addColumn",
      "createIndex",
    ]);
    // Dropping a generated column loses nothing.
    expect(diffSchemas(a, b).changes.some((c) => c.destructive)).toBe(false);
  });

  it("replaces a changed constraint or index, and renames one whose only change is its name", () => {
    const check = (name: string, expression: string) => ({ name, expression, noInherit: false });
    const a = schema({
      tables: [
        table("t", [col("a")], {
          checks: [check("t_a_check", "a > 0"), check("old_name", "a < 10")],
        }),
      ],
    });
    const b = schema({
      tables: [
        table("t", [col("a")], {
          checks: [check("t_a_check", "a > 1"), check("new_name", "a < 10")],
        }),
      ],
    });
    expect(diffSchemas(a, b).upgrade).toMatchObject([
      { kind: "dropConstraint", name: "t_a_check" },
      { kind: "renameConstraint", name: "old_name", newName: "new_name" },
      { kind: "addCheck", name: "t_a_check", expression: "a > 1" },
    ]);
  });

  it("matches an operator class the models name without its schema, and changes one whose schema, name or parameters differ", () => {
    const withOpclass = (
      opclass: IndexElementDescription["opclass"],
      opclassOptions: IndexElementDescription["opclassOptions"] = null,
    ) => {
      const trgm = fixtureIndex("t_a_trgm", "a");
      const [element] = trgm.elements;
      return schema({
        tables: [
          table("t", [col("a", "text")], {
            indexes: [
              { ...trgm, method: "gin", elements: [{ ...element!, opclass, opclassOptions }] },
            ],
          }),
        ],
      });
    };
    const database = withOpclass({ schema: "public", name: "gin_trgm_ops" });
    // As a hand-written model says it: found on the search path.
    expect(diffSchemas(database, withOpclass("gin_trgm_ops")).isEmpty).toBe(true);
    // Named with a schema on both sides, the schema counts.
    expect(
      diffSchemas(database, withOpclass({ schema: "ext", name: "gin_trgm_ops" })).upgrade,
    ).toMatchObject([
      { kind: "dropIndex", name: "t_a_trgm" },
      { kind: "createIndex", elements: [{ opclass: { schema: "ext", name: "gin_trgm_ops" } }] },
    ]);
    expect(
      diffSchemas(database, withOpclass("gin_trgm_ops", { siglen: "32" })).upgrade,
    ).toMatchObject([
      { kind: "dropIndex", name: "t_a_trgm" },
      {
        kind: "createIndex",
        // The database's schema for the class the models name without one.
        elements: [
          { opclass: { schema: "public", name: "gin_trgm_ops" }, opclassOptions: { siglen: "32" } },
        ],
      },
    ]);
    expect(diffSchemas(database, withOpclass("gist_trgm_ops")).upgrade).toMatchObject([
      { kind: "dropIndex", name: "t_a_trgm" },
      {
        kind: "createIndex",
        name: "t_a_trgm",
        elements: [{ column: "a", opclass: "gist_trgm_ops" }],
      },
    ]);
  });

  it("drops a default reading another table's serial before that table, and leaves its sequence to it", () => {
    const serial = (name: string) =>
      col("id", "integer", {
        nullable: false,
        default: `nextval('public.${name}_id_seq'::regclass)`,
      });
    const counter = table("z_counter", [serial("z_counter")]);
    const reader = (isReading: boolean) =>
      table("a_reader", [
        col("id", "integer", {
          nullable: false,
          default: isReading ? "nextval('public.z_counter_id_seq'::regclass)" : null,
        }),
      ]);
    const diff = diffSchemas(
      schema({ tables: [reader(true), counter] }),
      schema({ tables: [reader(false)] }),
    );
    expect(diff.upgrade.map((op) => op.kind)).toEqual(["alterColumn", "dropTable"]);
    expect(diff.upgrade[0]).toMatchObject({ table: "a_reader", default: null });
    expect(diff.downgrade.map((op) => op.kind)).toEqual(["createTable", "alterColumn"]);
  });

  it("takes a constraint added NOT VALID for what it is, and creates it that way after the table", () => {
    const check = { name: "t_a_check", expression: "a > 0", noInherit: false };
    const withCheck = (extra: object) =>
      schema({ tables: [table("t", [col("a")], { checks: [{ ...check, ...extra }] })] });
    // Valid in the models, it is due a validation; a valid one satisfies a NOT VALID model.
    expect(diffSchemas(withCheck({ notValid: true }), withCheck({})).upgrade).toEqual([
      { kind: "validateConstraint", schema: "public", table: "t", name: "t_a_check" },
    ]);
    expect(diffSchemas(withCheck({}), withCheck({ notValid: true })).isEmpty).toBe(true);
    const upgrade = diffSchemas(schema(), withCheck({ notValid: true })).upgrade;
    expect(upgrade).toMatchObject([
      { kind: "createTable", table: "t" },
      { kind: "addCheck", name: "t_a_check", notValid: true },
    ]);
    expect(upgrade[0]).not.toHaveProperty("checks");
    // Dropped, it comes back NOT VALID in the downgrade: the rows it never checked are still there.
    expect(
      diffSchemas(withCheck({ notValid: true }), schema({ tables: [table("t", [col("a")])] }))
        .downgrade,
    ).toMatchObject([{ kind: "addCheck", name: "t_a_check", notValid: true }]);
  });

  it("leaves an inheriting table the columns it inherits, as PostgreSQL adds and drops them", () => {
    const inherits = {
      kind: "inheritance" as const,
      schema: "public",
      name: "child",
      table: "child",
      definition: "ALTER TABLE public.child INHERIT public.parent",
    };
    const database = (parentColumns: string[], childColumns: string[]) =>
      schema({
        tables: [
          table(
            "child",
            childColumns.map((c) => col(c)),
          ),
          table(
            "parent",
            parentColumns.map((c) => col(c)),
          ),
        ],
        unmanaged: [inherits],
      });
    // The models: the child declares only its own column; the parent gains one.
    const models = schema({
      tables: [table("child", [col("own")]), table("parent", [col("id"), col("added")])],
    });
    expect(diffSchemas(database(["id"], ["id", "own"]), models).upgrade).toMatchObject([
      { kind: "addColumn", table: "parent", column: { name: "added" } },
    ]);
    // Once applied, PostgreSQL gave the child the new column too: nothing left to do.
    expect(diffSchemas(database(["id", "added"], ["id", "own", "added"]), models).isEmpty).toBe(
      true,
    );
    // A child's model that lists the inherited columns (as pull writes it) and the new one too.
    const listing = schema({
      tables: [
        table("child", [col("id"), col("own"), col("added")]),
        table("parent", [col("id"), col("added")]),
      ],
    });
    expect(diffSchemas(database(["id"], ["id", "own"]), listing).upgrade).toMatchObject([
      { kind: "addColumn", table: "parent", column: { name: "added" } },
    ]);
    expect(diffSchemas(database(["id", "added"], ["id", "own", "added"]), listing).isEmpty).toBe(
      true,
    );
  });

  it("drops and re-adds a foreign key whose referenced key is replaced", () => {
    const parent = (deferrable: boolean) =>
      table("parent", [col("id", "integer", { nullable: false })], {
        primaryKey: { ...pk("parent_pkey"), deferrable },
      });
    const child = table("child", [col("parent_id")], {
      foreignKeys: [fk("child_parent_id_fkey", ["parent_id"], "parent")],
    });
    const diff = diffSchemas(
      schema({ tables: [child, parent(false)] }),
      schema({ tables: [child, parent(true)] }),
    );
    expect(kinds(diff.upgrade)).toEqual([
      "dropConstraint",
      "dropConstraint",
      "addPrimaryKey",
      "addForeignKey",
    ]);
    expect(diff.upgrade[0]).toMatchObject({ name: "child_parent_id_fkey" });
  });

  it("renames a table and a column instead of dropping them, then compares the rest", () => {
    const a = schema({
      tables: [
        table("account", [col("id", "integer", { nullable: false }), col("name", "text")], {
          primaryKey: pk("account_pkey"),
        }),
        table("post", [col("author")], {
          foreignKeys: [fk("post_author_fkey", ["author"], "account")],
        }),
      ],
    });
    const b = schema({
      tables: [
        table(
          "person",
          [
            col("id", "integer", { nullable: false }),
            col("full_name", "text", { renamedFrom: "name", nullable: false }),
          ],
          {
            primaryKey: pk("account_pkey"),
            renamedFrom: "account",
          },
        ),
        table("post", [col("author")], {
          foreignKeys: [fk("post_author_fkey", ["author"], "person")],
        }),
      ],
    });
    const diff = diffSchemas(a, b);
    expect(diff.upgrade).toMatchObject([
      { kind: "renameTable", table: "account", newName: "person" },
      { kind: "renameColumn", table: "person", column: "name", newName: "full_name" },
      { kind: "alterColumn", table: "person", column: "full_name", nullable: false },
    ]);
    expect(diff.downgrade).toMatchObject([
      { kind: "renameTable", table: "person", newName: "account" },
      { kind: "renameColumn", table: "account", column: "full_name", newName: "name" },
      { kind: "alterColumn", table: "account", column: "name", nullable: true },
    ]);
    // A hint that cannot apply (the old name is gone) is ignored: drop and add.
    const stale = diffSchemas(
      schema({ tables: [table("x", [col("a")])] }),
      schema({ tables: [table("y", [col("a")], { renamedFrom: "nope" })] }),
    );
    expect(kinds(stale.upgrade)).toEqual(["dropTable", "createTable"]);
  });

  it("never touches other schemas, excluded tables, retort's tables or schemas with unmanaged objects", () => {
    const current = schema({
      schemas: ["app", "other", "legacy"],
      tables: [
        table("keep", [col("a")], { schema: "other" }),
        table("audit_log", [col("a")]),
        table("retort_version", [col("version_num", "character varying(32)")]),
        table("my_history", [col("a")], { schema: "app" }),
        table("gone", [col("a")], { schema: "legacy" }),
      ],
      unmanaged: [
        { kind: "view", schema: "legacy", name: "v", table: null, definition: "select 1" },
      ],
    });
    const target = schema({
      schemas: ["app"],
      tables: [table("t", [col("a")], { schema: "app" })],
    });
    const byDefault = diffSchemas(current, target, {
      exclude: [/^audit_/],
      historyTable: { schema: "app", name: "my_history" },
    });
    expect(
      byDefault.upgrade.map((op) => [
        op.kind,
        "table" in op ? op.table : "name" in op ? op.name : "",
      ]),
    ).toEqual([["createTable", "t"]]);
    const managed = diffSchemas(current, target, {
      schemas: ["public", "app", "other", "legacy"],
      exclude: ["audit_log"],
    });
    // other.keep, app.my_history and legacy.gone are managed now; legacy holds a view, so the
    // schema stays. Tables are dropped before new ones are created (names of indexes are shared).
    expect(managed.upgrade.map((op) => op.kind)).toEqual([
      "dropTable",
      "dropTable",
      "dropTable",
      "createTable",
      "dropSchema",
    ]);
    expect(managed.upgrade.filter((op) => op.kind === "dropSchema")).toMatchObject([
      { name: "other" },
    ]);
  });

  it("creates, alters and drops free-standing sequences", () => {
    const seq = (name: string, increment = "1") => ({
      schema: "public",
      name,
      dataType: "bigint",
      start: "1",
      increment,
      min: "1",
      max: "9223372036854775807",
      cache: "1",
      cycle: false,
      ownedBy: null,
      comment: null,
      renamedFrom: null,
    });
    const diff = diffSchemas(
      schema({ sequences: [seq("a"), seq("gone")] }),
      schema({ sequences: [seq("a", "2"), seq("fresh")] }),
    );
    expect(diff.upgrade).toMatchObject([
      { kind: "alterSequence", name: "a", increment: 2, existing: { increment: 1 } },
      { kind: "createSequence", name: "fresh" },
      { kind: "dropSequence", name: "gone" },
    ]);
    expect(diff.upgrade[1]).toEqual({ kind: "createSequence", schema: "public", name: "fresh" });
  });
});
