import { readdirSync } from "node:fs";
import { join } from "node:path";
import { type OpenTestDatabase, openTestDatabase } from "@retort/test-harness";
import { sql } from "kysely";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { type CliProject, modelsProject } from "./cli-project";

// A value added to an enum and used in the same change: PostgreSQL refuses the use until the
// transaction that added the value commits ("unsafe use of new value"), so autogenerate writes
// the values in a migration of their own, before the one that uses them.

let open: OpenTestDatabase;
let project: CliProject;

beforeAll(async () => {
  open = await openTestDatabase("cli_enum_values", { max: 1 });
});

afterAll(async () => {
  await open?.close();
});

afterEach(async () => {
  project.remove();
  await sql
    .raw("drop table if exists account, retort_version, retort_history; drop type if exists mood")
    .execute(open.db);
});

const models = (values: string, mood: string) =>
  `import { column as c, enumType, table } from "@retort/differ";
export const mood = enumType("mood", ${values});
export const account = table("account", { id: c.integer().primaryKey(), ${mood} });
`;

async function moodValues(): Promise<string[]> {
  const { rows } = await sql<{ label: string }>`
    select e.enumlabel as label from pg_enum e join pg_type t on t.oid = e.enumtypid
    where t.typname = 'mood' order by e.enumsortorder`.execute(open.db);
  return rows.map((r) => r.label);
}

describe("an enum value added and used in one change", () => {
  it("is added in a migration of its own, so upgrade, check and downgrade all work", async () => {
    project = modelsProject(open.database.url);
    project.write(
      "models/index.ts",
      models(`["happy", "sad"]`, `mood: c.enum(mood).notNull().default("happy")`),
    );
    const first = await project.run("revision", "--autogenerate", "-m", "init");
    expect(first.code, first.stderr).toBe(0);
    expect((await project.run("upgrade", "head")).code).toBe(0);

    project.write(
      "models/index.ts",
      models(`["happy", "sad", "it's fine"]`, `mood: c.enum(mood).notNull().default("it's fine")`),
    );
    const generated = await project.run("revision", "--autogenerate", "-m", "fine");
    expect(generated.code, generated.stderr).toBe(0);
    expect(generated.stdout).toMatch(/_fine_1_2_enum_values\.ts \.\.\. done/);
    expect(generated.stdout).toMatch(/_fine_2_2_main\.ts \.\.\. done/);
    const files = readdirSync(join(project.root, "migrations/versions")).sort();
    const values = project.read(
      join("migrations/versions", files.find((f) => f.endsWith("_enum_values.ts"))!),
    );
    expect(values).toContain('message: "fine (1/2: enum values)"');
    expect(values).toContain(`op.addEnumValue("mood", "it's fine"`);
    const up = values.slice(values.indexOf("up(op)"), values.indexOf("down(op)"));
    expect(up.match(/op\.\w+/g)).toEqual(["op.addEnumValue"]);

    const upgraded = await project.run("upgrade", "head");
    expect(upgraded.code, upgraded.stderr).toBe(0);
    const check = await project.run("check");
    expect(check.code, check.stderr).toBe(0);
    await sql`insert into account (id) values (1)`.execute(open.db);
    const { rows } = await sql<{ mood: string }>`select mood from account`.execute(open.db);
    expect(rows).toEqual([{ mood: "it's fine" }]);

    await sql`delete from account`.execute(open.db);
    expect((await project.run("downgrade", "-1")).code).toBe(0);
    expect(await moodValues()).toEqual(["happy", "sad", "it's fine"]);
    expect((await project.run("downgrade", "-1")).code).toBe(0);
    expect(await moodValues()).toEqual(["happy", "sad"]);
  });
});
