import type { Operation } from "@retort/core";
import { describe, expect, it } from "vitest";
import { objectKey } from "../introspect/object-key";
import { column, schema, table } from "../schema/description.test-fixture";
import type { ForeignKeyDescription } from "../schema/schema-description";
import { planBaseline } from "./baseline-plan";

function foreignKey(name: string, column: string, refTable: string): ForeignKeyDescription {
  return {
    name,
    columns: [column],
    refSchema: "public",
    refTable,
    refColumns: ["id"],
    onUpdate: "no action",
    onDelete: "no action",
    match: "simple",
    deferrable: false,
    initiallyDeferred: false,
  };
}

/** `kind target` of each operation, to read the order at a glance. */
function summary(statements: readonly (Operation | string)[]): string[] {
  return statements.map((s) => {
    if (typeof s === "string") return s.split(" ").slice(0, 3).join(" ");
    const name = "name" in s ? s.name : "";
    return `${s.kind} ${"table" in s ? s.table : ""}${name ? `.${name}` : ""}`;
  });
}

const keyed = (id: string) =>
  table(id, {
    primaryKey: {
      name: `${id}_pkey`,
      columns: ["id"],
      deferrable: false,
      initiallyDeferred: false,
    },
  });

describe("planBaseline", () => {
  it("creates the tables of a foreign key cycle first, and drops every key before them", () => {
    const plan = planBaseline(
      schema([
        {
          ...keyed("a"),
          columns: [column("id", { nullable: false }), column("b_id"), column("up")],
          foreignKeys: [foreignKey("a_b", "b_id", "b"), foreignKey("a_up", "up", "a")],
        },
        {
          ...keyed("b"),
          columns: [column("id", { nullable: false }), column("a_id")],
          foreignKeys: [foreignKey("b_a", "a_id", "a")],
        },
      ]),
      [],
    );
    const up = summary(plan.steps.flatMap((s) => s.up));
    const down = summary([...plan.steps].reverse().flatMap((s) => s.down));
    expect(up).toEqual([
      "createTable a",
      "createTable b",
      "addForeignKey a.a_b",
      "addForeignKey a.a_up",
      "addForeignKey b.b_a",
    ]);
    // A self-reference goes with its table.
    expect(down).toEqual([
      "dropConstraint b.b_a",
      "dropConstraint a.a_b",
      "dropTable b",
      "dropTable a",
    ]);
  });

  it("splits a default off its table when it calls a function that needs the table", () => {
    const fn =
      "CREATE OR REPLACE FUNCTION public.next_n()\n RETURNS integer\n LANGUAGE sql\nBEGIN ATOMIC\n SELECT count(*) FROM public.t;\nEND\n";
    const plan = planBaseline(
      schema(
        [
          table("t", {
            columns: [
              column("id", { nullable: false }),
              column("n", { default: "public.next_n()" }),
            ],
          }),
        ],
        {
          unmanaged: [
            { kind: "function", schema: "public", name: "next_n()", table: null, definition: fn },
          ],
        },
      ),
      [
        {
          from: objectKey("relation", "public", null, "t"),
          to: objectKey("routine", "public", null, "next_n()"),
          part: objectKey("default", "public", "t", "n"),
        },
        {
          from: objectKey("routine", "public", null, "next_n()"),
          to: objectKey("relation", "public", null, "t"),
        },
      ],
    );
    expect(summary(plan.steps.flatMap((s) => s.up))).toEqual([
      "createTable t",
      "CREATE OR REPLACE",
      "alterColumn t",
    ]);
    const create = plan.steps[0]!.up[0] as Operation & { kind: "createTable" };
    expect(create.columns.map((c) => c.default)).toEqual([undefined, undefined]);
    expect(summary([...plan.steps].reverse().flatMap((s) => s.down))).toEqual([
      "alterColumn t",
      "DROP FUNCTION public.next_n()",
      "dropTable t",
    ]);
    expect(plan.unordered).toEqual([]);
  });

  it("runs up and down over the same steps, one the reverse of the other", () => {
    const plan = planBaseline(
      schema(
        [
          keyed("a"),
          {
            ...keyed("b"),
            columns: [column("id", { nullable: false }), column("a_id")],
            foreignKeys: [foreignKey("b_a", "a_id", "a")],
          },
        ],
        {
          unmanaged: [
            { kind: "view", schema: "public", name: "v", table: null, definition: " SELECT 1;" },
            {
              kind: "trigger",
              schema: "public",
              name: "tr",
              table: "a",
              definition: "CREATE TRIGGER tr ...",
            },
          ],
        },
      ),
      [],
    );
    expect(plan.steps.map((s) => s.key.split("\u0000").filter(Boolean).join(" "))).toEqual([
      "relation public a",
      "relation public b",
      "constraint public b b_a",
      "relation public v",
      "trigger public a tr",
    ]);
    expect(summary([...plan.steps].reverse().flatMap((s) => s.down))).toEqual([
      "DROP TRIGGER tr",
      "DROP VIEW public.v",
      "dropConstraint b.b_a",
      "dropTable b",
      "dropTable a",
    ]);
  });
});
