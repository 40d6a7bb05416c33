import type { Operation } from "@retort/core";
import { describe, expect, it } from "vitest";
import { column, schema, table } from "../../schema/description.test-fixture";
import type { ViewDescription } from "../../schema/view-description";
import { diffSchemas } from "../diff-schemas";

function view(name: string, patch: Partial<ViewDescription> = {}): ViewDescription {
  return {
    schema: "public",
    name,
    materialized: false,
    definition: `SELECT id FROM public.t`,
    columns: [{ name: "id", type: "integer" }],
    securityBarrier: false,
    securityInvoker: false,
    checkOption: null,
    withData: true,
    indexes: [],
    comment: null,
    renamedFrom: null,
    dependsOn: [{ schema: "public", name: "t", columns: ["id"] }],
    ...patch,
  };
}

const reads = (name: string, ...columns: string[]) => [{ schema: "public", name, columns }];
const plan = (ops: readonly Operation[]) =>
  ops.map((op) => `${op.kind} ${"name" in op ? op.name : "table" in op ? op.table : ""}`);

const t = table("t", { columns: [column("id", { nullable: false }), column("a")] });

describe("compareViews", () => {
  it("finds nothing when the views are the same, whatever they read", () => {
    const a = schema([t], { views: [view("v")] });
    const b = schema([t], { views: [view("v", { dependsOn: [] })] });
    expect(diffSchemas(a, b).upgrade).toEqual([]);
  });

  it("replaces a view whose columns only grow, carrying the old definition", () => {
    const a = schema([t], { views: [view("v")] });
    const grown = view("v", {
      definition: "SELECT id, a FROM public.t",
      columns: [
        { name: "id", type: "integer" },
        { name: "a", type: "integer" },
      ],
    });
    const { upgrade, downgrade } = diffSchemas(a, schema([t], { views: [grown] }));
    expect(upgrade).toEqual([
      {
        kind: "createView",
        schema: "public",
        name: "v",
        query: "SELECT id, a FROM public.t",
        orReplace: true,
        replaces: { query: "SELECT id FROM public.t" },
      },
    ]);
    // Back: the old one keeps fewer columns, which OR REPLACE cannot do.
    expect(plan(downgrade)).toEqual(["dropView v", "createView v"]);
  });

  it("replaces a view whose security_invoker changes, and replaces it back", () => {
    const a = schema([t], { views: [view("v")] });
    const b = schema([t], { views: [view("v", { securityInvoker: true })] });
    const { upgrade, downgrade } = diffSchemas(a, b);
    const replace = (securityInvoker: true | undefined, was: true | undefined) => ({
      kind: "createView",
      schema: "public",
      name: "v",
      query: "SELECT id FROM public.t",
      securityInvoker,
      orReplace: true,
      replaces: { query: "SELECT id FROM public.t", securityInvoker: was },
    });
    expect(upgrade).toEqual([replace(true, undefined)]);
    expect(downgrade).toEqual([replace(undefined, true)]);
  });

  it("gives a re-created view back its columns' defaults, but for a column it no longer has", () => {
    const defaultOf = (column: string) => ({
      kind: "view default" as const,
      schema: "public",
      name: column,
      table: "v",
      definition: `ALTER VIEW public.v ALTER COLUMN ${column} SET DEFAULT 0`,
    });
    const a = schema([t], {
      views: [
        view("v", {
          definition: "SELECT id, a FROM public.t",
          columns: [
            { name: "id", type: "integer" },
            { name: "a", type: "integer" },
          ],
        }),
      ],
      unmanaged: [defaultOf("id"), defaultOf("a")],
    });
    const { upgrade } = diffSchemas(a, schema([t], { views: [view("v")] }));
    expect(upgrade.map((op) => (op.kind === "execute" ? op.sql : op.kind))).toEqual([
      "dropView",
      "createView",
      "ALTER VIEW public.v ALTER COLUMN id SET DEFAULT 0",
    ]);
  });

  it("re-creates a view and those that read it, in dependency order", () => {
    const base = view("base");
    const middle = view("middle", {
      definition: "SELECT id FROM public.base",
      dependsOn: reads("base", "id"),
    });
    const top = view("top", {
      materialized: true,
      definition: "SELECT id FROM public.middle",
      dependsOn: reads("middle", "id"),
      indexes: [],
    });
    const a = schema([t], { views: [top, middle, base] });
    // Its column changes type: OR REPLACE cannot do that.
    const changed = view("base", {
      definition: "SELECT id::bigint AS id FROM public.t",
      columns: [{ name: "id", type: "bigint" }],
    });
    const { upgrade } = diffSchemas(a, schema([t], { views: [changed, middle, top] }));
    expect(plan(upgrade)).toEqual([
      "dropMaterializedView top",
      "dropView middle",
      "dropView base",
      "createView base",
      "createView middle",
      "createMaterializedView top",
    ]);
  });

  it("creates a new view after a new one its query names, when the server could not say what it reads", () => {
    // Both read a function the same plan creates: the probe could not print them.
    const zz = view("zz", { definition: "select id, dbl(id) as d from account", dependsOn: null });
    const aa = view("aa", { definition: "select d from zz", dependsOn: null });
    const { upgrade } = diffSchemas(schema([t]), schema([t], { views: [aa, zz] }));
    expect(plan(upgrade)).toEqual(["createView zz", "createView aa"]);
  });

  it("takes a view down around a type change of a column it reads, not around others", () => {
    const a = schema([t], { views: [view("v")] });
    const wider = table("t", {
      columns: [column("id", { nullable: false, type: "bigint" }), column("a")],
    });
    expect(plan(diffSchemas(a, schema([wider], { views: [view("v")] })).upgrade)).toEqual([
      "dropView v",
      "alterColumn t",
      "createView v",
    ]);
    const other = table("t", {
      columns: [column("id", { nullable: false }), column("a", { type: "bigint" })],
    });
    expect(plan(diffSchemas(a, schema([other], { views: [view("v")] })).upgrade)).toEqual([
      "alterColumn t",
    ]);
  });

  it("takes down a view whose reads are unknown around a column that goes, never replacing it", () => {
    // The models' side of a downgrade: the server could not print a view reading a new column.
    const withMail = table("t", { columns: [column("id", { nullable: false }), column("mail")] });
    const columns = [
      { name: "id", type: "integer" },
      { name: "a", type: "integer" },
    ];
    // Declared columns the same as the printed view's: OR REPLACE would look possible.
    const unprinted = view("v", {
      definition: "select id, mail as a from t",
      columns,
      dependsOn: null,
    });
    const printed = view("v", {
      definition: "SELECT id, a FROM public.t",
      columns,
      dependsOn: reads("t", "a", "id"),
    });
    const { upgrade } = diffSchemas(
      schema([withMail], { views: [unprinted] }),
      schema([t], { views: [printed] }),
    );
    expect(plan(upgrade)).toEqual(["dropView v", "dropColumn t", "addColumn t", "createView v"]);
  });

  it("leaves a view whose reads are unknown alone when no column changes", () => {
    const unprinted = view("v", { dependsOn: null });
    const wider = table("t", {
      columns: [column("id", { nullable: false }), column("a"), column("b")],
    });
    const a = schema([t], { views: [unprinted] });
    expect(diffSchemas(a, schema([t], { views: [view("v")] })).upgrade).toEqual([]);
    expect(plan(diffSchemas(a, schema([wider], { views: [view("v")] })).upgrade)).toEqual([
      "addColumn t",
    ]);
  });

  it("drops a view before the table it reads", () => {
    const a = schema([t], { views: [view("v")] });
    expect(plan(diffSchemas(a, schema([])).upgrade)).toEqual(["dropView v", "dropTable t"]);
  });

  it("renames with renamedFrom, both ways", () => {
    const a = schema([t], { views: [view("old")] });
    const b = schema([t], { views: [view("new", { renamedFrom: "old" })] });
    const { upgrade, downgrade } = diffSchemas(a, b);
    expect(upgrade).toEqual([
      { kind: "renameView", schema: "public", name: "old", newName: "new" },
    ]);
    expect(downgrade).toEqual([
      { kind: "renameView", schema: "public", name: "new", newName: "old" },
    ]);
  });

  it("renames a view another reads without re-creating the reader, which then prints the new name", () => {
    // `old` is also a column of t: only the relation and its qualifier follow the rename.
    const query = (name: string) =>
      `SELECT ${name}.id, t.old FROM public.${name} JOIN public.t ON ((t.id = ${name}.id))`;
    const reader = (name: string, patch: Partial<ViewDescription> = {}) =>
      view("reader", {
        materialized: true,
        definition: query(name),
        dependsOn: [...reads(name.replaceAll('"', ""), "id"), ...reads("t", "id", "old")],
        ...patch,
      });
    const withOld = table("t", { columns: [column("id", { nullable: false }), column("old")] });
    const a = schema([withOld], { views: [view("old"), reader("old")] });
    const b = schema([withOld], {
      views: [view("New Name", { renamedFrom: "old" }), reader('"New Name"')],
    });
    const { upgrade, downgrade } = diffSchemas(a, b);
    expect(plan(upgrade)).toEqual(["renameView old"]);
    expect(plan(downgrade)).toEqual(["renameView New Name"]);

    const changed = reader('"New Name"', { definition: `${query('"New Name"')} WHERE (t.id > 0)` });
    const c = schema([withOld], { views: [view("New Name", { renamedFrom: "old" }), changed] });
    expect(plan(diffSchemas(a, c).upgrade)).toEqual([
      "renameView old",
      "dropMaterializedView reader",
      "createMaterializedView reader",
    ]);
  });

  it("renames a table views read without re-creating them, which then print the new name", () => {
    // As PostgreSQL 15 prints them after ALTER TABLE ... RENAME: a relation read without an alias
    // qualifies its columns with the new name; one read under its own old name keeps that alias.
    const bare = (name: string) => `SELECT ${name}.id, ${name}.a FROM public.${name}`;
    const aliased = (name: string) => `SELECT t.id FROM public.${name} t`;
    const views = (name: string, patch: Partial<ViewDescription> = {}) => [
      view("bare", {
        definition: bare(name),
        columns: [
          { name: "id", type: "integer" },
          { name: "a", type: "integer" },
        ],
        dependsOn: reads(name.replaceAll('"', ""), "id", "a"),
      }),
      view("aliased", {
        materialized: true,
        definition: aliased(name),
        dependsOn: reads(name.replaceAll('"', ""), "id"),
        ...patch,
      }),
    ];
    const renamed = table("T 2", { columns: t.columns, renamedFrom: "t" });
    const a = schema([t], { views: views("t") });
    const b = schema([renamed], { views: views('"T 2"') });
    const { upgrade, downgrade } = diffSchemas(a, b);
    expect(plan(upgrade)).toEqual(["renameTable t"]);
    expect(plan(downgrade)).toEqual(["renameTable T 2"]);

    const changed = views('"T 2"', { definition: `${aliased('"T 2"')} WHERE (t.id > 0)` });
    expect(plan(diffSchemas(a, schema([renamed], { views: changed })).upgrade)).toEqual([
      "renameTable t",
      "dropMaterializedView aliased",
      "createMaterializedView aliased",
    ]);
  });
});
