import { describe, expect, it } from "vitest";
import { column as c } from "./column-builder";
import { describeModels } from "./describe-models";
import { sql } from "./sql-fragment";
import { table } from "./table";
import { check, exclude, foreignKey, primaryKey, unique } from "./table-constraints";

describe("constraint comments in the models", () => {
  it("are carried by each kind of constraint, table and column forms alike", () => {
    const owner = table("owner", { id: c.integer().primaryKey() });
    const booking = table(
      "booking",
      {
        id: c.integer(),
        code: c.text().unique({ comment: "one per code" }),
        qty: c.integer().check("qty > 0", { comment: "no negative stock" }),
        ownerId: c
          .integer()
          .name("owner_id")
          .references(() => owner.columns.id, { comment: "who pays" }),
        email: c.text(),
        during: c.type("int4range"),
        note: c.text(),
        payer: c.integer(),
      },
      (t) => ({
        primaryKey: primaryKey({ columns: [t.id], comment: "surrogate" }),
        uniques: [unique({ columns: [t.email], comment: "one per address" })],
        checks: [check("note <> ''", { name: "note_set", comment: "never empty" })],
        foreignKeys: [
          foreignKey({
            columns: [t.payer],
            references: () => [owner.columns.id],
            comment: "billed",
          }),
        ],
        exclusions: [
          exclude({ elements: [{ column: t.during, operator: "&&" }], comment: "no overlap" }),
        ],
      }),
    );
    const t = describeModels({ owner, booking }).tables.find((x) => x.name === "booking")!;
    expect(t.primaryKey).toMatchObject({ name: "booking_pkey", comment: "surrogate" });
    expect(t.uniques.map((u) => [u.name, u.comment])).toEqual([
      ["booking_code_key", "one per code"],
      ["booking_email_key", "one per address"],
    ]);
    expect(t.checks.map((x) => [x.name, x.comment])).toEqual([
      ["booking_qty_check", "no negative stock"],
      ["note_set", "never empty"],
    ]);
    expect(t.foreignKeys.map((fk) => [fk.name, fk.comment])).toEqual([
      ["booking_owner_id_fkey", "who pays"],
      ["booking_payer_fkey", "billed"],
    ]);
    expect(t.exclusions.map((x) => [x.name, x.comment])).toEqual([
      ["booking_during_excl", "no overlap"],
    ]);
  });

  it("are absent, not empty, from constraints declared without one", () => {
    const t = table("t", { id: c.integer().primaryKey(), a: c.text().unique() });
    const [d] = describeModels({ t }).tables;
    expect(d!.primaryKey).not.toHaveProperty("comment");
    expect(d!.uniques[0]).not.toHaveProperty("comment");
  });
});

describe("check", () => {
  it("refuses a name given where the condition goes, which the bundler does not type-check", () => {
    const swapped = check as unknown as (name: string, condition: unknown) => unknown;
    expect(() => swapped("t_m_chk", sql`m <> 'sad'`)).toThrow(
      'check("t_m_chk", sql`...`): the condition comes first, and the name goes in the options.',
    );
    expect(check("qty >= 0", { name: "qty_ok" })).toMatchObject({
      name: "qty_ok",
      expression: "qty >= 0",
    });
  });
});
