import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { schemasNamedInModels } from "./autogenerate";

let dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  dirs = [];
});

// With no last run to go by (a fresh checkout, as in CI), the catalog read that starts before
// the models load guesses its schemas from the model files: a project whose tables live in
// other schemas than `public` used to read its whole catalog twice there.
describe("the schemas read ahead of the models on a first run", () => {
  it("are public and every existing schema a model file names in quotes", () => {
    const dir = mkdtempSync(join(tmpdir(), "retort-guess-"));
    dirs.push(dir);
    mkdirSync(join(dir, "billing"));
    writeFileSync(join(dir, "index.ts"), `export * from "./billing/invoice";\n`);
    writeFileSync(
      join(dir, "billing", "invoice.ts"),
      `export const invoice = table("invoice", {}, { schema: "billing" });\nexport const audit = schema('audit');\n`,
    );
    // Not a model file: what it names is not looked at.
    writeFileSync(join(dir, "billing", "invoice.test.ts"), `schema("scratch");\n`);
    const pick = schemasNamedInModels(join(dir, "index.ts"));
    expect(pick(["audit", "billing", "other", "public", "scratch"])).toEqual([
      "public",
      "audit",
      "billing",
    ]);
    // A schema named nowhere, or only as part of a word, is left to the comparison's own read.
    expect(pick(["bill", "public"])).toEqual(["public"]);
  });

  it("are public alone when the models folder cannot be read", () => {
    const pick = schemasNamedInModels(join(tmpdir(), "retort-no-such-folder", "index.ts"));
    expect(pick(["app", "public"])).toEqual(["public"]);
  });
});
