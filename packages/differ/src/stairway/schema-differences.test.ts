import { describe, expect, it } from "vitest";
import { column as c } from "../models/column-builder";
import { describeModels } from "../models/describe-models";
import { index } from "../models/index-builder";
import { table } from "../models/table";
import type { SchemaDescription } from "../schema/schema-description";
import { schemaDifferences } from "./schema-differences";

const plain = describeModels({ account: table("account", { id: c.integer().primaryKey() }) });
const more = describeModels({
  account: table("account", { id: c.integer().primaryKey(), nickname: c.text() }, (t) => ({
    indexes: [index("account_nickname_idx").on(t.nickname)],
  })),
});
const withView: SchemaDescription = {
  ...plain,
  unmanaged: [
    {
      kind: "view",
      schema: "public",
      name: "report",
      table: null,
      definition: "CREATE VIEW public.report AS SELECT 1;",
    },
  ],
};

describe("schemaDifferences", () => {
  it("is empty when down() undid up()", () => {
    expect(schemaDifferences(plain, plain)).toEqual([]);
    expect(schemaDifferences(withView, withView)).toEqual([]);
  });

  it("names what down() left behind", () => {
    expect(schemaDifferences(plain, more).map((d) => d.description)).toEqual([
      "left column public.account.nickname (text) behind",
      "left index public.account.account_nickname_idx behind",
    ]);
    expect(schemaDifferences(plain, withView).map((d) => d.description)).toEqual([
      "left view public.report behind",
    ]);
  });

  it("names what down() removed that was there before up(), and what it changed", () => {
    expect(schemaDifferences(more, plain).map((d) => [d.kind, d.object])).toEqual([
      ["removed", "index public.account_nickname_idx"],
      ["removed", "column public.account.nickname"],
    ]);
    const rewritten: SchemaDescription = {
      ...withView,
      unmanaged: withView.unmanaged.map((u) => ({
        ...u,
        definition: "CREATE VIEW public.report AS SELECT 2;",
      })),
    };
    expect(schemaDifferences(withView, rewritten).map((d) => d.kind)).toEqual(["changed"]);
  });
});
