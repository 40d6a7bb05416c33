import { readdirSync, rmSync, statSync, utimesSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { createTestDatabase, type TestDatabase } from "@retort/test-harness";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Project } from "./project";

// `check` and `revision --autogenerate` keep the models' description between runs when the
// models read nothing but retort: a later run with the same files uses it instead of importing
// them. A model edited since, or one that reads the environment, is described afresh.

const users = (extra = "") => `import { column as c, table } from "retort";

export const users = table("users", {
  id: c.bigint().primaryKey().generatedAlwaysAsIdentity(),
  email: c.text().notNull(),${extra}
});
`;

function kept(project: Project): string[] {
  return readdirSync(join(project.root, ".retort", "cache")).filter((f) =>
    f.startsWith("described-"),
  );
}

let db: TestDatabase;
let project: Project;

beforeAll(async () => {
  db = await createTestDatabase("e2e_kept_description");
  project = new Project({ DATABASE_URL: db.url });
  project.write("models/index.ts", 'export * from "./users";\n');
  project.write("models/users.ts", users());
  expect((await project.run("revision", "--autogenerate", "-m", "users")).code).toBe(0);
  expect((await project.run("upgrade", "head")).code).toBe(0);
});
afterAll(async () => {
  project.remove();
  await db.drop();
});

describe("the models' description kept between runs", () => {
  it("is used while the model files are unchanged, and not once one is edited", async () => {
    // `revision --autogenerate` described them last (beforeAll).
    const again = await project.run("check", "--verbose");
    expect(again.code, again.stderr).toBe(0);
    expect(again.stderr).toContain("unchanged since they were last described");
    expect(kept(project)).toHaveLength(1);

    project.write("models/users.ts", users("\n  nickname: c.varchar(40),"));
    const edited = await project.run("check", "--verbose");
    expect(edited.code).toBe(1);
    expect(edited.stderr).not.toContain("unchanged since they were last described");
    expect(edited.stderr).toContain("Detected added column public.users.nickname");
    // One description is kept, the newest: the one before the edit is gone.
    expect(kept(project)).toHaveLength(1);
    const keptEdit = await project.run("check", "--verbose");
    expect(keptEdit.code).toBe(1);
    expect(keptEdit.stderr).toContain("unchanged since they were last described");
    expect(keptEdit.stderr).toContain("Detected added column public.users.nickname");

    const revision = await project.run("revision", "--autogenerate", "-m", "nickname");
    expect(revision.code, revision.stderr).toBe(0);
    expect(revision.stderr).toContain("Detected added column public.users.nickname");
    expect((await project.run("upgrade", "head")).code).toBe(0);
    expect((await project.run("check")).code).toBe(0);
  });

  it("is not used when a file is restored with its old time, or an import now resolves elsewhere", async () => {
    // A file put back with its old modification time and size (cp -p, tar, touch -r).
    const path = join(project.root, "models/users.ts");
    project.write("models/users.ts", users("\n  nickname: c.varchar(40),"));
    expect((await project.run("check")).code).toBe(0);
    const before = statSync(path);
    writeFileSync(path, users("\n  nickname: c.varchar(41),"));
    utimesSync(path, before.atime, before.mtime);
    expect(statSync(path).size).toBe(before.size);
    const restored = await project.run("check", "--verbose");
    expect(restored.stderr).not.toContain("unchanged since they were last described");
    expect(restored.code).toBe(1);
    expect(restored.stderr).toContain("public.users.nickname");
    project.write("models/users.ts", users("\n  nickname: c.varchar(40),"));
    expect((await project.run("check")).code).toBe(0);

    // A file added beside the one an import resolved to: esbuild now takes helper.ts.
    project.write("shared/helper.js", 'export const extra = "nickname";\n');
    project.write(
      "models/users.ts",
      `import { column as c, table } from "retort";\nimport { extra } from "../shared/helper";\n\nexport const users = table("users", {\n  id: c.bigint().primaryKey().generatedAlwaysAsIdentity(),\n  email: c.text().notNull(),\n  [extra]: c.varchar(40),\n});\n`,
    );
    expect((await project.run("check")).code).toBe(0);
    expect((await project.run("check", "--verbose")).stderr).toContain("unchanged since");
    project.write("shared/helper.ts", 'export const extra = "alias";\n');
    const resolved = await project.run("check", "--verbose");
    expect(resolved.stderr).not.toContain("unchanged since they were last described");
    expect(resolved.code).toBe(1);
    expect(resolved.stderr).toContain("public.users.alias");
    rmSync(join(project.root, "shared"), { recursive: true });
    project.write("models/users.ts", users("\n  nickname: c.varchar(40),"));
  });

  it("is never kept for models that read the environment: each run sees the variable", async () => {
    project.write(
      "models/users.ts",
      users('\n  ...(process.env.WITH_NICKNAME === "0" ? {} : { nickname: c.varchar(40) }),'),
    );
    const before = kept(project);
    const withIt = await project.run("check", "--verbose");
    expect(withIt.code, withIt.stderr).toBe(0);
    expect(withIt.stderr).not.toContain("unchanged since they were last described");
    // Nothing new is kept for these models (the description of the previous ones stays).
    expect(kept(project)).toEqual(before);
    const without = await project.start(["check", "--verbose"], { WITH_NICKNAME: "0" }).done;
    expect(without.code).toBe(1);
    expect(without.stderr).not.toContain("unchanged since they were last described");
    expect(without.stderr).toContain("Detected dropped column public.users.nickname");
  });
});
