import { createTestDatabase, type TestDatabase } from "@retort/test-harness";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Project } from "./project";

// The README's advice for production: write changes with `--safe` and run `retort test` in CI.
// The lock-safe chain must pass it: every step's down() undoes its up() exactly, the step that
// validates constraints included.

const models = (v2: boolean) =>
  `import { column as c, index, table } from "retort";

export const account = table("account", { id: c.bigint().primaryKey() });
export const post = table(
  "post",
  {
    id: c.bigint().primaryKey(),
    authorId: c.bigint().name("author_id")${v2 ? ".references(() => account.columns.id)" : ""},
    title: c.text()${v2 ? ".notNull().check(sql`length(title) > 0`)" : ""},
  },
  ${v2 ? "(t) => ({ indexes: [index().on(t.title)] })" : "undefined"},
);
`.replace(
    'import { column as c, index, table } from "retort";',
    'import { column as c, index, sql, table } from "retort";',
  );

let db: TestDatabase;
let project: Project;

beforeAll(async () => {
  db = await createTestDatabase("e2e_safe_stairway");
  project = new Project({ DATABASE_URL: db.url });
});
afterAll(async () => {
  project.remove();
  await db.drop();
});

describe("a --safe chain under retort test", () => {
  it("passes: foreign key, check and NOT NULL validated, index built concurrently", async () => {
    project.write("models/index.ts", models(false));
    expect((await project.run("revision", "--autogenerate", "-m", "tables")).code).toBe(0);
    expect((await project.run("upgrade", "head")).code).toBe(0);
    project.write("models/index.ts", models(true));
    const safe = await project.run(
      "revision",
      "--autogenerate",
      "--safe",
      "-m",
      "constraints",
      "--json",
    );
    expect(safe.code, safe.stderr).toBe(0);
    expect(
      (JSON.parse(safe.stdout) as { files: { purpose: string }[] }).files.map((f) => f.purpose),
    ).toEqual(["main", "concurrent indexes", "validate", "finish"]);
    const tested = await project.run("test");
    expect(tested.code, `${tested.stdout}${tested.stderr}`).toBe(0);
    expect((await project.run("upgrade", "head")).code).toBe(0);
    expect((await project.run("check")).code).toBe(0);
  });
});
