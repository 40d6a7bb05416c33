import { isRetortError } from "@retort/core";
import { describe, expect, it } from "vitest";
import { keepUndeclared } from "../autogenerate/keep-undeclared";
import { diffSchemas } from "../compare/diff-schemas";
import { emptySchema } from "../schema/schema-description";
import { column } from "./column-builder";
import { describeModels } from "./describe-models";
import { describeForComparison } from "./described-models";
import { extension } from "./extension";
import { schema } from "./schema-model";
import { sequence } from "./sequence";
import { table } from "./table";

const invoice = table(
  "invoice",
  { id: column.bigint().primaryKey(), number: column.bigint() },
  { schema: "billing" },
);

describe("sequence(), schema() and extension() models", () => {
  it("describe with PostgreSQL's defaults filled in", () => {
    const d = describeModels({
      invoice,
      up: sequence("up", { schema: "billing", ownedBy: invoice.columns.number }),
      down: sequence("down", { as: "smallint", increment: -1, comment: "counts down" }),
      big: sequence("big", { maxValue: 9223372036854775806n, start: "10" }),
      archive: schema("archive", { comment: "later" }),
      trgm: extension("pg_trgm", { schema: "ext" }),
    });
    expect(d.schemas).toEqual(["archive", "billing", "ext"]);
    expect(d.schemaComments).toEqual([{ name: "archive", comment: "later" }]);
    expect(d.extensions).toEqual([{ name: "pg_trgm", schema: "ext", version: null }]);
    expect(
      d.sequences.map((s) => [s.name, s.dataType, s.start, s.min, s.max, s.increment]),
    ).toEqual([
      ["up", "bigint", "1", "1", "9223372036854775807", "1"],
      ["big", "bigint", "10", "1", "9223372036854775806", "1"],
      ["down", "smallint", "-1", "-32768", "-1", "-1"],
    ]);
    expect(d.sequences.find((s) => s.name === "up")?.ownedBy).toEqual({
      table: "invoice",
      column: "number",
    });
  });

  it("refuse what PostgreSQL would refuse, before any migration runs", () => {
    const error = (fn: () => unknown) => {
      try {
        fn();
      } catch (e) {
        return isRetortError(e) ? e.code : "other";
      }
      return "none";
    };
    expect(error(() => sequence("s", { start: 1.5 }))).toBe("BAD_MODEL");
    expect(error(() => sequence("s", { ownedBy: invoice.columns.number }))).toBe("BAD_MODEL");
    expect(error(() => describeModels({ a: sequence("s"), b: sequence("s", { cache: 2 }) }))).toBe(
      "BAD_MODEL",
    );
    expect(error(() => describeModels({ a: schema("x".repeat(64)) }))).toBe("BAD_MODEL");
  });

  it("create in an order PostgreSQL accepts: extensions and schemas first, owners once the table exists", () => {
    const d = describeModels({
      invoice,
      up: sequence("up", { schema: "billing", ownedBy: invoice.columns.number, comment: "c" }),
      billing: schema("billing", { comment: "money" }),
      hstore: extension("hstore", { version: "1.8" }),
    });
    const { upgrade, downgrade } = diffSchemas(emptySchema, d);
    expect(upgrade.map((op) => op.kind)).toEqual([
      "createSchema",
      "createExtension",
      "createSequence",
      "createTable",
      "setSchemaComment",
      "alterSequence",
      "setSequenceComment",
    ]);
    expect(upgrade[1]).toMatchObject({ name: "hstore", schema: "public", version: "1.8" });
    expect(downgrade.map((op) => op.kind)).toEqual([
      "alterSequence",
      "dropTable",
      "dropSequence",
      "dropExtension",
      "dropSchema",
    ]);
  });

  it("leave the database's kinds alone while the models declare none of them", () => {
    const current = {
      ...emptySchema,
      schemas: ["ext"],
      extensions: [{ name: "citext", schema: "ext", version: "1.6" }],
      sequences: describeModels({ s: sequence("s") }).sequences,
      schemaComments: [{ name: "ext", comment: "theirs" }],
    };
    expect(diffSchemas(current, keepUndeclared(current, emptySchema, [])).upgrade).toEqual([]);
    const models = { ext: schema("ext"), hstore: extension("hstore") };
    const kinds = diffSchemas(
      current,
      keepUndeclared(
        current,
        describeModels(models),
        describeForComparison(models).declaredSchemas,
      ),
    ).upgrade.map((op) => op.kind);
    expect(kinds).toEqual(
      expect.arrayContaining(["createExtension", "dropExtension", "setSchemaComment"]),
    );
    expect(kinds).not.toContain("dropSequence");
  });
});
