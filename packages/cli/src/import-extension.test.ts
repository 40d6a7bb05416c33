import { TempProject } from "@retort/test-harness";
import { afterEach, describe, expect, it } from "vitest";
import { relativeImportExtension } from "./import-extension";

const projects: TempProject[] = [];
function project(files: Record<string, string>): string {
  const made = new TempProject({ prefix: "retort-ext-", files });
  projects.push(made);
  return made.root;
}
afterEach(() => {
  for (const made of projects.splice(0)) made.remove();
});

describe("relativeImportExtension", () => {
  it("follows the module resolution of the project's tsconfig, comments and extends included", async () => {
    expect(await relativeImportExtension(project({}))).toBe("");
    expect(
      await relativeImportExtension(
        project({ "tsconfig.json": '{ "compilerOptions": { "moduleResolution": "Bundler" } }' }),
      ),
    ).toBe("");
    expect(
      await relativeImportExtension(
        project({
          "tsconfig.json": `{
            // Node's own resolution: relative imports need ".js".
            "extends": "./config/base",
            "compilerOptions": { "strict": true, /* "module": "esnext", */ },
          }`,
          "config/base.json": '{ "compilerOptions": { "module": "NodeNext" } }',
        }),
      ),
    ).toBe(".js");
    expect(
      await relativeImportExtension(
        project({
          "tsconfig.json":
            '{ "compilerOptions": { "module": "nodenext", "allowImportingTsExtensions": true } }',
        }),
      ),
    ).toBe(".ts");
    // A package's config, and a byte order mark.
    expect(
      await relativeImportExtension(
        project({
          "tsconfig.json": '\uFEFF{ "extends": "@tsconfig/node20/tsconfig.json" }',
          "node_modules/@tsconfig/node20/package.json": '{ "name": "@tsconfig/node20" }',
          "node_modules/@tsconfig/node20/tsconfig.json":
            '{ "compilerOptions": { "module": "node16", "paths": { "@/*": ["src/*"] } } }',
        }),
      ),
    ).toBe(".js");
    // A file it cannot read is no reason to fail a pull.
    expect(await relativeImportExtension(project({ "tsconfig.json": "{ not json" }))).toBe("");
  });
});
