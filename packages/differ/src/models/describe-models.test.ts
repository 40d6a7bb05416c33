import { describe, expect, it } from "vitest";
import { diffSchemas } from "../compare/diff-schemas";
import { emptySchema } from "../schema/schema-description";
import { column as c } from "./column-builder";
import { describeModels } from "./describe-models";
import { enumType } from "./enum-type";
import { index } from "./index-builder";
import * as models from "./models.test-fixture";
import { definedTables, table, unexportedTables } from "./table";
import { foreignKey } from "./table-constraints";

describe("describeModels", () => {
  it("describes exported tables and enums with PostgreSQL's names and normalized values", () => {
    const d = describeModels(models);
    expect(d.schemas).toEqual(["app"]);
    expect(d.enums).toEqual([
      { schema: "app", name: "mood", values: ["happy", "sad"], comment: null },
    ]);
    expect(d.tables.map((t) => `${t.schema}.${t.name}`)).toEqual([
      "app.account",
      "public.membership",
      "public.post",
    ]);
    const account = d.tables[0]!;
    expect(account.columns.find((col) => col.name === "created_at")).toEqual({
      name: "created_at",
      type: "timestamp(3) with time zone",
      userType: null,
      nullable: false,
      default: "now()",
      identity: null,
      generated: null,
      collation: null,
      comment: null,
      renamedFrom: null,
    });
    expect(account.indexes.map((i) => i.name)).toEqual([
      "account_created_idx",
      "account_lower_idx",
      "account_nick_code_idx", // PostgreSQL counts INCLUDE columns in the name
    ]);
    const post = d.tables[2]!;
    expect(post.columns[0]).toMatchObject({
      type: "integer",
      default: "nextval('public.post_id_seq'::regclass)",
    });
    expect(post.foreignKeys[0]).toMatchObject({
      name: "post_account_id_fkey",
      refSchema: "app",
      refTable: "account",
    });
  });

  it("rejects duplicate tables, foreign keys to unexported tables, and overlong names", () => {
    const a = table("dup", { id: c.integer() });
    const b = table("dup", { id: c.integer() });
    expect(() => describeModels({ a, b })).toThrow(
      expect.objectContaining({ code: "BAD_MODEL", message: "Two tables are named public.dup." }),
    );
    const hidden = table("hidden", { id: c.integer().primaryKey() });
    const child = table("child", { hiddenId: c.integer().references(() => hidden.columns.id) });
    expect(() => describeModels({ child })).toThrow(
      /references public\.hidden, which the models do not export/,
    );
    const other = table("other", { x: c.integer() });
    const wrong = table("wrong", { id: c.integer() }, () => ({
      foreignKeys: [
        foreignKey({ columns: [other.columns.x], references: () => [other.columns.x] }),
      ],
    }));
    expect(() => describeModels({ wrong, other })).toThrow(
      expect.objectContaining({
        code: "BAD_MODEL",
        details: expect.objectContaining({ column: "x" }),
      }),
    );
    expect(() => describeModels({ t: table("x".repeat(64), { id: c.integer() }) })).toThrow(
      /1 to 63 bytes/,
    );
  });

  it("refuses every name PostgreSQL would truncate (over 63 UTF-8 bytes), naming the model", () => {
    // 32 two-byte letters: 32 characters, 64 bytes.
    const long = "é".repeat(32);
    const refused = (models: Record<string, unknown>) => {
      try {
        describeModels(models);
      } catch (error) {
        return error as { code: string; message: string; hint?: string };
      }
      throw new Error("not refused");
    };
    const withIndex = table("t", { a: c.integer() }, (t) => ({
      indexes: [index(long).on(t.a)],
    }));
    expect(refused({ withIndex })).toMatchObject({
      code: "BAD_MODEL",
      message: `The index name "${long}" of table public.t must be 1 to 63 bytes long.`,
      hint: expect.stringMatching(/UTF-8 bytes/),
    });
    expect(
      refused({ t: table("t", { a: c.integer().check("a > 0", { name: long }) }) }).message,
    ).toMatch(/^The check constraint name ".*" of table public\.t must be 1 to 63 bytes long\.$/);
    const target = table("target", { id: c.integer().primaryKey() });
    const withKey = table("k", {
      id: c.integer().references(() => target.columns.id, { name: long }),
    });
    expect(refused({ withKey, target }).message).toMatch(/^The foreign key name/);
    expect(refused({ t: table("t", { a: c.integer() }, { schema: long }) }).message).toMatch(
      /^The schema name ".*" of table t must be/,
    );
    const longEnum = enumType(long, ["a"]);
    expect(refused({ longEnum }).message).toMatch(/^The enum name/);
    expect(refused({ e: enumType("e", ["a"], { schema: long }) }).message).toMatch(
      /^The schema name ".*" of enum e must be/,
    );
    const longLabel = enumType("e", ["a", long]);
    expect(refused({ longLabel }).message).toBe(
      `The label "${long}" of enum public.e must be at most 63 bytes long.`,
    );
    // 63 bytes is PostgreSQL's limit, and allowed.
    const fits = table("t", { a: c.integer() }, (t) => ({
      indexes: [index(`${"é".repeat(31)}x`).on(t.a)],
    }));
    expect(describeModels({ fits }).tables[0]!.indexes[0]!.name).toBe(`${"é".repeat(31)}x`);
  });

  it("describes a table without columns, which PostgreSQL allows", () => {
    const marker = table("marker", {}, { schema: "app" });
    const d = describeModels({ marker });
    expect(d.tables[0]).toMatchObject({ schema: "app", name: "marker", columns: [] });
    expect(diffSchemas(emptySchema, d, { schemas: ["app"] }).upgrade).toContainEqual(
      expect.objectContaining({ kind: "createTable", table: "marker", columns: [] }),
    );
  });

  it("includes enums used by columns, ignores other exports, keeps rename hints", () => {
    const color = enumType("color", ["red"]);
    const paint = table(
      "paint",
      { color: c.enum(color).renamedFrom("colour") },
      { renamedFrom: "paints" },
    );
    const d = describeModels({ paint, other: "x", fn: () => 1 });
    expect(d.enums.map((e) => e.name)).toEqual(["color"]);
    expect(d.tables[0]).toMatchObject({
      renamedFrom: "paints",
      columns: [{ renamedFrom: "colour", type: "public.color" }],
    });
  });

  it("records where each table was defined, and finds tables the entry does not export", () => {
    const here = new URL(import.meta.url).pathname;
    const fixture = here.replace("describe-models.test.ts", "models.test-fixture.ts");
    expect(definedTables().find((t) => t.table === models.account)?.file).toBe(fixture);
    const stray = table("stray", { id: c.integer() });
    expect(stray.definedIn).toBe(here);
    const found = unexportedTables(models, { folder: fixture.replace(/[^/]+$/, "") }).map(
      (t) => t.table.name,
    );
    expect(found).toContain("stray");
    expect(found).not.toContain("account");
  });

  it("describes an index's storage parameters as PostgreSQL prints them, and none as absent", () => {
    const t = table("t", { a: c.integer(), b: c.text() }, (t) => ({
      indexes: [
        index("t_a_idx").on(t.a).with({ fillfactor: 70 }).with({ deduplicate_items: false }),
        index("t_b_idx").using("gist").on(t.b).with({ buffering: "auto" }),
        index("t_plain").on(t.b),
      ],
    }));
    const [a, b, plain] = describeModels({ t }).tables[0]!.indexes;
    expect(a!.storageParameters).toEqual({ fillfactor: "70", deduplicate_items: "false" });
    expect(b!.storageParameters).toEqual({ buffering: "auto" });
    expect(plain).not.toHaveProperty("storageParameters");
  });
});
