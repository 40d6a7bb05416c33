import { mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import {
  faithfulJson,
  type KeptModels,
  keepModels,
  readKeptModels,
  readsOnlyRetort,
} from "./kept-description";

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

describe("faithfulJson", () => {
  it("writes plain data JSON reads back as it was", () => {
    const data = {
      a: [1, "x", true, null, { b: -2.5 }],
      c: Object.assign(Object.create(null), { d: "e" }),
    };
    const text = faithfulJson(data);
    expect(text).toBeDefined();
    expect(JSON.parse(text!)).toEqual(data);
  });

  it("refuses anything JSON would give back changed", () => {
    const holes: unknown[] = Object.assign([], { 1: 2 });
    for (const [label, value] of Object.entries({
      undefined: { a: undefined },
      "an array with a hole": holes,
      Map: { a: new Map([["k", 1]]) },
      Date: { a: new Date(0) },
      NaN: { a: Number.NaN },
      Infinity: { a: Number.POSITIVE_INFINITY },
      "-0": { a: -0 },
      bigint: { a: 1n },
      function: { a: () => 1 },
      symbol: { a: Symbol("s") },
      "a class instance": { a: new (class Point {})() },
      "undefined alone": undefined,
    })) {
      expect(faithfulJson(value), label).toBeUndefined();
    }
  });
});

describe("keepModels", () => {
  it("reads back what it kept, as JSON or, when JSON would change it, as it was", () => {
    const dir = mkdtempSync(join(tmpdir(), "retort-kept-"));
    try {
      const plain = {
        described: { schema: { tables: [] } },
        unexported: [],
      } as unknown as KeptModels;
      keepModels(dir, "k1", plain);
      expect(readdirSync(dir)).toEqual(["described-k1.json"]);
      expect(readKeptModels(dir, "k1")).toEqual(plain);
      const withUndefined = {
        described: { schema: { tables: [{ name: "t", comment: undefined }] } },
        unexported: [],
      } as unknown as KeptModels;
      keepModels(dir, "k2", withUndefined);
      // The earlier file is dropped; a field JSON would drop (undefined) is kept as it was.
      expect(readdirSync(dir)).toEqual(["described-k2.bin"]);
      const read = readKeptModels(dir, "k2") as unknown as typeof withUndefined;
      expect(Object.keys(read.described.schema.tables[0]!)).toEqual(["name", "comment"]);
      expect(readKeptModels(dir, "k1")).toBeUndefined();
      // A file of another shape (damaged, still JSON) is not used.
      writeFileSync(join(dir, "described-k3.json"), "{}");
      expect(readKeptModels(dir, "k3")).toBeUndefined();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
