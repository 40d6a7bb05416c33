import { describe, expect, it } from "vitest";
import { readsOnlyRetort } from "./kept-description";

// A models bundle as the cache keeps it: a script whose wrapper takes `require`.
const script = (body: string) =>
  `//retort-script ["retort"]\n(function (module, exports, require) {"use strict";\nvar import_retort = require("retort");\n${body}\n})`;

describe("readsOnlyRetort", () => {
  it("takes models that import only retort, as a script or as an ES module", () => {
    expect(readsOnlyRetort(script('exports.a = (0, import_retort.table)("a", {});'))).toBe(true);
    expect(
      readsOnlyRetort('import { table } from "retort";\nexport const a = table("a", {});'),
    ).toBe(true);
  });

  it("takes a view's SQL that reads another schema: a string, not an import", () => {
    const view =
      'exports.v = (0, import_retort.view)("v", import_retort.sql`select id from "sales".orders`);';
    expect(readsOnlyRetort(script(view))).toBe(true);
    expect(
      readsOnlyRetort(
        `import { sql, view } from "retort";\nexport const v = view("v", sql\`select id\nfrom "sales".orders\`);`,
      ),
    ).toBe(true);
  });

  it("refuses models that read the environment, the clock, randomness or the locale", () => {
    for (const body of [
      "exports.a = (0, import_retort.table)(process.env.TABLE, {});",
      'exports.a = (0, import_retort.table)(globalThis["process"].env.T, {});',
      "exports.a = (0, import_retort.table)(`t_${new Date().getFullYear()}`, {});",
      "exports.a = (0, import_retort.table)(`t_${Math.random()}`, {});",
      'exports.a = (0, import_retort.table)("Ä".toLocaleLowerCase(), {});',
      'exports.a = [].constructor.constructor("return process")();',
    ]) {
      expect(readsOnlyRetort(script(body)), body).toBe(false);
    }
  });

  it("refuses models that import another package or a file, however they import it", () => {
    expect(readsOnlyRetort(script('var fs = require("node:fs");'))).toBe(false);
    expect(readsOnlyRetort(script("var name = require(pick());"))).toBe(false);
    expect(readsOnlyRetort(script('var m = import("./tables.json");'))).toBe(false);
    expect(readsOnlyRetort('import { table } from "retort";\nimport { z } from "zod";')).toBe(
      false,
    );
    expect(readsOnlyRetort('import "./side-effect.js";\nexport {};')).toBe(false);
    expect(readsOnlyRetort('export * from "other-models";\nexport const a = 1;')).toBe(false);
    expect(readsOnlyRetort("export const here = import.meta.url;")).toBe(false);
  });
});
