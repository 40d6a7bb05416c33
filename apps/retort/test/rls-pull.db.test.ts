import {
  createTestDatabase,
  pgDumpMatchesTestServer,
  schemaDumpStatements,
  type TestDatabase,
} from "@retort/test-harness";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Project } from "./project";

// A Supabase-style database (RLS on every table, policies for several roles calling an
// `auth.uid()` function, table and column grants, default privileges) adopted with
// `pull --baseline`, rebuilt by `upgrade head` on an empty database, and `check` clean there,
// with pg_dump --schema-only, privileges included, equal as a set of statements.

const roles = `
  do $$ begin create role retort_e2e_anon nologin; exception when others then null; end $$;
  do $$ begin create role retort_e2e_authenticated nologin; exception when others then null; end $$;`;

const schemaSql = `
  create schema auth;
  create function auth.uid() returns uuid language sql stable
    as $$select nullif(current_setting('request.jwt.claim.sub', true), '')::uuid$$;
  create table profile (id uuid primary key, name text not null);
  alter table profile enable row level security;
  create policy "profiles are public" on profile for select to retort_e2e_anon, retort_e2e_authenticated
    using (true);
  create policy "own profile" on profile for update to retort_e2e_authenticated
    using (id = auth.uid()) with check (id = auth.uid());
  create table note (id bigint generated always as identity primary key, owner uuid not null, body text);
  alter table note enable row level security;
  alter table note force row level security;
  create policy "own notes" on note as restrictive to retort_e2e_authenticated
    using (owner = auth.uid());
  comment on policy "own notes" on note is 'a note is its owner''s';
  grant usage on schema auth to retort_e2e_anon, retort_e2e_authenticated;
  grant execute on function auth.uid() to retort_e2e_authenticated;
  grant select on profile to retort_e2e_anon, retort_e2e_authenticated;
  grant update (name) on profile to retort_e2e_authenticated;
  grant select (id, owner, body), insert (owner, body), update (body) on note to retort_e2e_authenticated;
  grant delete on note to retort_e2e_authenticated with grant option;
  alter default privileges in schema public grant select on tables to retort_e2e_anon;
  alter default privileges in schema public grant usage on sequences to retort_e2e_authenticated;`;

const canDump = await pgDumpMatchesTestServer();

function dump(url: string): string[] {
  return schemaDumpStatements(url, {
    exclude: (s) => s.includes("retort_version") || s.includes("retort_history"),
  });
}

let source: TestDatabase;
let empty: TestDatabase;
let project: Project;

beforeAll(async () => {
  source = await createTestDatabase("e2e_rls_source");
  empty = await createTestDatabase("e2e_rls_empty");
  const client = new pg.Client({ connectionString: source.url });
  await client.connect();
  try {
    await client.query(roles);
    await client.query(schemaSql);
  } finally {
    await client.end();
  }
  project = new Project({ DATABASE_URL: source.url });
});
afterAll(async () => {
  project?.remove();
  await source?.drop();
  await empty?.drop();
});

describe("retort pull of row-level security", () => {
  it("lists the roles the policies name, in its report and in --json", async () => {
    const json = await project.run("pull", "--dry-run", "--baseline", "--json");
    expect(json.code, json.stderr).toBe(0);
    const summary = JSON.parse(json.stdout) as { roles: string[]; skipped: unknown[] };
    // The roles of the policies and grants, and the owner the default privileges are set for.
    expect(summary.roles).toEqual(
      expect.arrayContaining(["retort_e2e_anon", "retort_e2e_authenticated"]),
    );
    expect(summary.skipped).toEqual([]);
    const text = await project.run("pull", "--dry-run", "--baseline");
    expect(text.stderr).toMatch(
      /roles: these roles must exist where the baseline runs: .*retort_e2e_anon, retort_e2e_authenticated/,
    );
  });

  it("writes the grants and default privileges as models", async () => {
    const dry = await project.run("pull", "--dry-run", "--baseline", "--json");
    expect(dry.code, dry.stderr).toBe(0);
    expect((JSON.parse(dry.stdout) as { files: string[] }).files).toContain("models/privileges.ts");
  });

  it("adopts it, rebuilds it on an empty database, and check is clean on both", async () => {
    const pulled = await project.run("pull", "--baseline", "-m", "baseline");
    expect(pulled.code, pulled.stderr).toBe(0);
    expect(project.read("models/public/note.ts")).toContain(
      "{ rls: { enabled: true, forced: true } }",
    );
    expect(project.read("models/public/note.ts")).toContain('as: "restrictive"');
    const privileges = project.read("models/privileges.ts");
    expect(privileges).toContain("defaultPrivileges(");
    expect(privileges).toContain('columns: ["body"]');
    expect(privileges).toContain("withGrantOption: true");
    expect((await project.run("check")).code).toBe(0);
    const up = await project.start(["upgrade", "head"], { DATABASE_URL: empty.url }).done;
    expect(up.code, up.stderr).toBe(0);
    const check = await project.start(["check"], { DATABASE_URL: empty.url }).done;
    expect(check.code, check.stderr).toBe(0);
    if (canDump) expect(dump(empty.url)).toEqual(dump(source.url));
    const down = await project.start(["downgrade", "base"], { DATABASE_URL: empty.url }).done;
    expect(down.code, down.stderr).toBe(0);
  });
});
