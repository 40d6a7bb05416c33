import { afterAll, describe, expect, it } from "vitest";
import { Project } from "./project";

// retort compiles the project's own TypeScript, but imports packages as Node does. A package
// whose entry is TypeScript (a workspace package) is the thing to fix when Node cannot import
// it, and the hint must say so rather than send the user to the models file.
const project = new Project({ DATABASE_URL: undefined });
afterAll(() => project.remove());

describe("models importing a package with a TypeScript entry", () => {
  it("names the package as the problem, with what to do, whatever the Node", async () => {
    project.write(
      "node_modules/shared-models/package.json",
      JSON.stringify({ name: "shared-models", type: "module", exports: "./index.ts" }),
    );
    project.write(
      "node_modules/shared-models/index.ts",
      `import { column as c, table } from "retort";\nexport const thing = table("thing", { id: c.integer().primaryKey() });\n`,
    );
    project.write("models/index.ts", `export * from "shared-models";\n`);
    const check = await project.run("check");
    expect(check.code).toBe(2);
    // Node 20 (and 22 before 22.18) cannot import .ts at all; later ones refuse it inside
    // node_modules. The hint fits each.
    expect(check.stderr).toMatch(/^error: .*models\/index\.ts: /m);
    expect(check.stderr).toMatch(/^hint: a package it imports has a TypeScript entry/m);
    expect(check.stderr).toContain('point the "exports" of its package.json at the build');
    expect(check.stderr).not.toContain("tsc --noEmit");
  });
});
