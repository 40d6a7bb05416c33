import { type OpenTestDatabase, openTestDatabase } from "@retort/test-harness";
import { sql } from "kysely";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { type CliProject, modelsProject } from "./cli-project";

// Without `schemas` in the config, a schema is compared only while a model uses it: removing the
// last model of `billing` leaves its tables in the database, and `check` must say it did not
// look there instead of passing in silence.

let open: OpenTestDatabase;
let project: CliProject;

beforeAll(async () => {
  open = await openTestDatabase("cli_uncompared", { max: 1 });
});

afterAll(async () => {
  await open?.close();
});

function newProject(config = "") {
  project = modelsProject(open.database.url, config);
  project.write(
    "models/index.ts",
    `import { column as c, table } from "@retort/differ";\nexport const account = table("account", { id: c.integer().primaryKey() });\n`,
  );
}

beforeEach(async () => {
  await sql
    .raw(
      `drop schema if exists billing, "odd ""one""" cascade;
       drop table if exists account, retort_version, retort_history;
       create table account (id integer primary key);
       create schema billing;
       create table billing.invoice (id integer primary key);
       create view billing.open_invoice as select id from billing.invoice;
       create schema "odd ""one""";
       create table "odd ""one""".t (id integer);`,
    )
    .execute(open.db);
});

afterEach(async () => {
  project.remove();
  await sql.raw(`drop schema if exists billing, "odd ""one""" cascade`).execute(open.db);
});

describe("schemas no model uses", () => {
  it("are named by check and autogenerate, which still pass on what they compared", async () => {
    newProject();
    const check = await project.run("check");
    expect(check.code, check.stderr).toBe(0);
    expect(check.stderr).toContain(
      'note: not compared: schemas billing (2 tables or views), odd "one" (1 table or view): no model uses them, so their tables are left as they are.',
    );
    expect(check.stderr).toContain('declare `schema("billing")` in the models');

    const json = await project.run("check", "--json");
    expect(JSON.parse(json.stdout).uncomparedSchemas).toEqual([
      { schema: "billing", relations: 2 },
      { schema: 'odd "one"', relations: 1 },
    ]);

    const revision = await project.run("revision", "--autogenerate", "-m", "nothing", "--json");
    expect(revision.code, revision.stderr).toBe(0);
    expect(JSON.parse(revision.stdout)).toMatchObject({
      revision: null,
      uncomparedSchemas: [{ schema: "billing" }, { schema: 'odd "one"' }],
    });
  });

  it("are managed once the models declare the schema: autogenerate then drops its tables", async () => {
    newProject();
    project.write(
      "models/index.ts",
      `import { column as c, schema, table } from "@retort/differ";
export const account = table("account", { id: c.integer().primaryKey() });
export const billing = schema("billing");
export const odd = schema('odd "one"');
`,
    );
    const check = await project.run("check");
    expect(check.code).toBe(1);
    expect(check.stderr).not.toContain("not compared");
    expect(check.stderr).toContain("Detected dropped table billing.invoice");
  });

  it("are not named when the config lists the schemas to compare", async () => {
    newProject(`, schemas: ["public"]`);
    const check = await project.run("check");
    expect(check.code, check.stderr).toBe(0);
    expect(check.stderr).not.toContain("not compared");
    expect(JSON.parse((await project.run("check", "--json")).stdout).uncomparedSchemas).toEqual([]);
  });

  it("leave out the tables the config excludes", async () => {
    newProject(`, exclude: ["billing.invoice", "billing.open_invoice"]`);
    await sql.raw(`drop schema "odd ""one""" cascade`).execute(open.db);
    const check = await project.run("check", "--json");
    expect(JSON.parse(check.stdout).uncomparedSchemas).toEqual([]);
  });
});
