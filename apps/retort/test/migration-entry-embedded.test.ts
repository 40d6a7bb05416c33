import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { Project } from "./project";

// Migrations importing `retort/migration` (what `retort revision` writes) and `retort` (what
// earlier versions wrote) run side by side, whichever the project's template says.
const projects: Project[] = [];
afterAll(() => {
  for (const project of projects) project.remove();
});

/** A project on the embedded database with one migration importing each entry. */
function mixedProject(template: string | undefined): Project {
  const project = new Project({ DATABASE_URL: undefined });
  projects.push(project);
  if (template !== undefined) project.write("migrations/script.ts.tmpl", template);
  project.migration(
    "aaaa00000001",
    null,
    `op.createTable("account", { columns: { id: { type: "bigint", primaryKey: true } } });`,
    `op.dropTable("account");`,
  );
  const light = project.migration(
    "bbbb00000002",
    "aaaa00000001",
    `op.addColumn("account", "email", { type: "text" });`,
    `op.dropColumn("account", "email");`,
  );
  const text = readFileSync(light, "utf8");
  writeFileSync(light, text.replace('from "retort";', 'from "retort/migration";'));
  return project;
}

const newTemplate = 'import { defineMigration } from "retort/migration";\n';

describe("retort/migration", () => {
  it("runs beside a migration importing retort, offline and online", async () => {
    const project = mixedProject(newTemplate);
    const sql = await project.run("upgrade", "head", "--sql");
    expect(sql.code, sql.stderr).toBe(0);
    expect(sql.stdout).toContain('CREATE TABLE "account"');
    expect(sql.stdout).toContain('ALTER TABLE "account" ADD COLUMN "email" text');

    const up = await project.run("upgrade", "head");
    expect(up.code, up.stderr).toBe(0);
    expect((await project.run("current")).stdout).toBe("bbbb00000002 (head)\n");
    const down = await project.run("downgrade", "base");
    expect(down.code, down.stderr).toBe(0);
    expect((await project.run("current")).stderr).toContain("at base");
  });

  // Start-up loads the differ first for these, as the migrations' `import "retort"` will.
  it.each([
    ["a template importing retort", 'import { defineMigration } from "retort";\n'],
    ["no template", undefined],
  ])("runs beside a migration importing retort, with %s", async (_name, template) => {
    const sql = await mixedProject(template).run("upgrade", "head", "--sql");
    expect(sql.code, sql.stderr).toBe(0);
    expect(sql.stdout).toContain('ALTER TABLE "account" ADD COLUMN "email" text');
  });

  it("is what a new revision imports", async () => {
    const project = new Project({ DATABASE_URL: undefined });
    projects.push(project);
    const made = await project.run("revision", "-m", "first", "--rev-id", "cccc00000003");
    expect(made.code, made.stderr).toBe(0);
    const file = join(project.root, "migrations", "versions", "cccc00000003_first.ts");
    expect(readFileSync(file, "utf8").split("\n")[0]).toBe(newTemplate.trim());
    const sql = await project.run("upgrade", "head", "--sql");
    expect(sql.code, sql.stderr).toBe(0);
    expect(sql.stdout).toContain("cccc00000003");
  });
});
