import { describe, expect, it } from "vitest";
import { column as c } from "../models/column-builder";
import { sql } from "../models/sql-fragment";
import { table as tableModel } from "../models/table";
import { view } from "../models/view";
import { column, schema, table } from "../schema/description.test-fixture";
import { renderModelFiles } from "./render-model-files";
import { renderViewFile } from "./render-view-file";

// A column named "2012" (AdventureWorks' sales-by-year view) keyed "2012" would be listed first by
// JavaScript, whatever its place: pull keys it `_2012` and names it, and the models refuse the key.

describe("columns named like array indexes", () => {
  it("are keyed _<name> in a pulled table, in their own place", () => {
    const result = renderModelFiles(
      schema([table("sales", { columns: [column("person"), column("2012"), column("2013")] })]),
      { modelsDir: "/repo/app/models", entryFile: "index.ts" },
    );
    const text = result.files.find((f) => f.path.endsWith("sales.ts"))!.text;
    const person = text.indexOf("person:");
    const y2012 = text.indexOf('_2012: c.integer().name("2012")');
    const y2013 = text.indexOf('_2013: c.integer().name("2013")');
    expect(person).toBeGreaterThan(-1);
    expect(y2012).toBeGreaterThan(person);
    expect(y2013).toBeGreaterThan(y2012);
  });

  it("are keyed _<name> in a pulled view", () => {
    const text = renderViewFile(
      {
        schema: "public",
        name: "by_year",
        materialized: false,
        definition: "SELECT 1",
        columns: [
          { name: "person", type: "text" },
          { name: "2012", type: "numeric" },
        ],
        securityBarrier: false,
        securityInvoker: false,
        checkOption: null,
        withData: true,
        indexes: [],
        comment: null,
        renamedFrom: null,
        dependsOn: [],
      } as unknown as Parameters<typeof renderViewFile>[0],
      { identifier: "byYear", importFrom: "retort", warnings: [] },
    );
    expect(text).toMatch(/person: c\.text\(\),\n\s+_2012: c\.numeric\(\)\.name\("2012"\),/);
  });

  it("are refused as keys in the models, with the way out", () => {
    expect(() => tableModel("sales", { person: c.text(), 2012: c.integer() })).toThrow(
      /Column "2012" of table "sales" has a key JavaScript sorts before all others.*/,
    );
    let hint: string | undefined;
    try {
      view("by_year", sql`select 1 as "2012"`, { columns: { "2012": c.integer() } });
    } catch (error) {
      hint = (error as { hint?: string }).hint;
    }
    expect(hint).toBe('key it otherwise and keep the name: _2012: c.<type>().name("2012").');
    expect(() => tableModel("sales", { _2012: c.integer().name("2012") })).not.toThrow();
  });
});
