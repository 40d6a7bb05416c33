import { readFileSync } from "node:fs";
import { join } from "node:path";
import { createTestDatabase, type TestDatabase } from "@retort/test-harness";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { exampleDir, Project } from "./project";

// The README's model examples, copied as a reader copies them: each must be a schema PostgreSQL
// takes, from autogenerate to upgrade, check and downgrade. Blocks that name objects the README
// leaves to the reader (roles, Supabase's `auth`, another file's tables) are not among them.

const readme = readFileSync(join(exampleDir, "..", "..", "README.md"), "utf8");

/** The first ```ts block of the README whose first line is `// app/models/<file>`. */
function block(file: string): string {
  const start = readme.indexOf(`\`\`\`ts\n// app/models/${file}\n`);
  expect(start, `README block app/models/${file}`).toBeGreaterThan(-1);
  const body = readme.slice(readme.indexOf("\n", start) + 1);
  return body.slice(0, body.indexOf("```\n"));
}

const files = ["account.ts", "types.ts", "event.ts", "post.ts"];

let db: TestDatabase;
let project: Project;

beforeAll(async () => {
  db = await createTestDatabase("e2e_readme_models");
  project = new Project({ DATABASE_URL: db.url });
  for (const file of files) project.write(`models/${file}`, block(file));
  project.write(
    "models/index.ts",
    files.map((file) => `export * from "./${file.replace(/\.ts$/, "")}";\n`).join(""),
  );
});
afterAll(async () => {
  project.remove();
  await db.drop();
});

describe("the README's model examples", () => {
  it("autogenerate, upgrade, check clean and downgrade to base", async () => {
    const revision = await project.run("revision", "--autogenerate", "-m", "readme");
    expect(revision.code, revision.stderr).toBe(0);
    const up = await project.run("upgrade", "head");
    expect(up.code, up.stderr).toBe(0);
    const check = await project.run("check");
    expect(check.code, check.stderr).toBe(0);
    const down = await project.run("downgrade", "base");
    expect(down.code, down.stderr).toBe(0);
  });
});
