import { existsSync, readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { Project } from "./project";

// Grants on the embedded database (PGlite, PostgreSQL 18): a database with grants and default
// privileges is pulled into models that `check` finds equal, and models that name a role the
// server lacks are refused with the role's name.
const project = new Project({ DATABASE_URL: undefined });
afterAll(() => project.remove());

const setup = `
  create role reporting nologin;
  create role "support ""desk""" nologin;
  create schema app;
  create table app.account (id bigint generated always as identity primary key, name text, email text);
  create view app.names as select id, name from app.account;
  create function app.add(a integer, b integer) returns integer language sql as 'select a + b';
  grant usage on schema app to reporting, "support ""desk""";
  grant select on app.account to reporting;
  grant update (name, email) on app.account to "support ""desk""" with grant option;
  grant select on app.names to public;
  grant usage on sequence app.account_id_seq to "support ""desk""";
  grant execute on function app.add(integer, integer) to reporting;
  alter default privileges in schema app grant select on tables to reporting;`;

describe("grants on the embedded database", () => {
  it("are pulled into models that check clean, and the roles they use are listed", async () => {
    // Built by a migration that leaves them on the way down: at base, the database is one
    // retort does not manage yet.
    project.migration("aaaa00000001", null, `op.execute(${JSON.stringify(setup)});`);
    expect((await project.run("upgrade", "head")).code).toBe(0);
    expect((await project.run("downgrade", "base")).code).toBe(0);
    rmSync(join(project.root, "migrations/versions/aaaa00000001_m.ts"));

    const pull = await project.run("pull", "--baseline", "-m", "baseline");
    expect(pull.code, pull.stderr).toBe(0);
    expect(pull.stderr).toContain(
      // postgres: the role the default privileges are for.
      'roles used by grants and default privileges: postgres, reporting, "support ""desk"""',
    );
    const privileges = join(project.root, "models/privileges.ts");
    expect(existsSync(privileges)).toBe(true);
    expect(readFileSync(privileges, "utf8")).toContain("defaultPrivileges({");

    const check = await project.run("check");
    expect(check.code, check.stderr + check.stdout).toBe(0);
  });

  it("refuses models that grant to a role the server does not have, naming it", async () => {
    project.write(
      "models/ghost.ts",
      `import { grant } from "retort";\nexport const ghostRead = grant({ on: { table: "app.account" }, privileges: ["select"], to: "ghost_role" });\n`,
    );
    const entry = join(project.root, "models/index.ts");
    project.write("models/index.ts", `${readFileSync(entry, "utf8")}export * from "./ghost";\n`);
    const check = await project.run("check");
    expect(check.code).not.toBe(0);
    expect(check.stderr).toContain('"ghost_role"');
    expect(check.stderr).toContain("CREATE ROLE");
  });

  it("fails an upgrade that grants to a missing role with the role's name and what to do", async () => {
    const head = (await project.run("heads")).stdout.split(" ")[0]!.trim();
    project.migration(
      "cccc00000003",
      head,
      `op.grant({ type: "table", schema: "app", name: "account" }, ["select"], ["nobody_here"]);`,
      `op.revoke({ type: "table", schema: "app", name: "account" }, ["select"], ["nobody_here"]);`,
    );
    const up = await project.run("upgrade", "head");
    expect(up.code).not.toBe(0);
    expect(up.stderr).toContain('role "nobody_here" does not exist');
    expect(up.stderr).toContain('CREATE ROLE "nobody_here" NOLOGIN');
  });
});
