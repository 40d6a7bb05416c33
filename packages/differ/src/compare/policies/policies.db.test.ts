import { type Operation, renderOperation } from "@retort/core";
import {
  openTestDatabase,
  pgDumpMatchesTestServer,
  schemaDumpStatements,
} from "@retort/test-harness";
import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { introspectSchema } from "../../introspect/introspect-schema";
import type { SchemaDescription } from "../../schema/schema-description";
import { diffSchemas } from "../diff-schemas";
import {
  describeBoth,
  expectPlansApply,
  expectRoundTrip,
  openRoundTripDatabase,
  type RoundTripDatabase,
} from "../round-trip.test-fixture";

let database: RoundTripDatabase;
beforeAll(async () => {
  database = await openRoundTripDatabase("policies");
  // Roles belong to the server: created once, kept (every test database shares them).
  await sql
    .raw(`do $$ begin
      create role retort_test_reader nologin;
    exception when others then null; end $$;
    do $$ begin
      create role "retort test Writer" nologin;
    exception when others then null; end $$;`)
    .execute(database.db);
}, 60_000);
afterAll(async () => {
  await database?.close();
});

const kinds = (ops: readonly Operation[]) => ops.map((op) => op.kind);

// A Supabase-like stub: `auth.uid()` reads the caller's id from a setting.
const base = `
  create schema auth;
  create function auth.uid() returns bigint language sql stable
    as $$select nullif(current_setting('app.user_id', true), '')::bigint$$;
  create table post (id bigint primary key, author_id bigint, title text, published boolean);`;

const withPolicies = `${base}
  alter table post enable row level security;
  alter table post force row level security;
  create policy "own posts" on post for select to retort_test_reader
    using (author_id = auth.uid() or published);
  create policy post_write on post as restrictive for update to "retort test Writer", retort_test_reader
    using (author_id = auth.uid()) with check (author_id = auth.uid() and title <> '');
  create policy post_insert on post for insert with check (author_id = auth.uid());
  comment on policy post_insert on post is 'authors insert their own';`;

const rename = (d: SchemaDescription, from: string, to: string): SchemaDescription => ({
  ...d,
  policies: d.policies.map((p) => (p.name === from ? { ...p, name: to, renamedFrom: from } : p)),
});

describe("policies and row-level security round-trip through a real database", () => {
  it("enables RLS and creates policies after the table and the function they call, and drops them back", async () => {
    const { a, b } = await describeBoth(database, base, withPolicies);
    expect(b.tables.find((t) => t.name === "post")?.rowSecurity).toEqual({
      enabled: true,
      forced: true,
    });
    expect(b.policies).toMatchObject([
      { name: "own posts", as: "permissive", for: "select", to: ["retort_test_reader"] },
      { name: "post_insert", for: "insert", using: null, comment: "authors insert their own" },
      {
        name: "post_write",
        as: "restrictive",
        for: "update",
        to: ["retort test Writer", "retort_test_reader"],
        calls: [{ schema: "auth", name: "uid" }],
        columns: ["author_id", "title"],
      },
    ]);
    expect(b.unmanaged.filter((u) => u.kind === "policy" || u.kind === "row security")).toEqual([]);
    const diff = await expectRoundTrip(database, a, b);
    expect(kinds(diff.upgrade)).toEqual([
      "enableRowSecurity",
      "forceRowSecurity",
      "createPolicy",
      "createPolicy",
      "createPolicy",
    ]);
    expect(kinds(diff.downgrade)).toEqual([
      "dropPolicy",
      "dropPolicy",
      "dropPolicy",
      "disableRowSecurity",
      "noForceRowSecurity",
    ]);
  });

  it("changes roles, USING and WITH CHECK in place, and puts them back exactly", async () => {
    const { a, b } = await describeBoth(
      database,
      withPolicies,
      withPolicies
        .replace(
          "for select to retort_test_reader\n    using (author_id = auth.uid() or published)",
          'for select to retort_test_reader, "retort test Writer"\n    using (published)',
        )
        .replace("with check (author_id = auth.uid() and title <> '')", "with check (true)"),
    );
    const diff = await expectRoundTrip(database, a, b);
    expect(kinds(diff.upgrade)).toEqual(["alterPolicy", "alterPolicy"]);
    expect(diff.upgrade[0]).toMatchObject({
      name: "own posts",
      to: ["retort test Writer", "retort_test_reader"],
      existingTo: ["retort_test_reader"],
      using: "published",
    });
  });

  it("drops and creates a policy whose command or kind changes, or that loses an expression", async () => {
    const { a, b } = await describeBoth(
      database,
      withPolicies,
      withPolicies
        .replace("as restrictive for update", "for update")
        .replace("for select to retort_test_reader", "for all to retort_test_reader"),
    );
    const diff = await expectRoundTrip(database, a, b);
    expect(kinds(diff.upgrade)).toEqual([
      "dropPolicy",
      "dropPolicy",
      "createPolicy",
      "createPolicy",
    ]);
  });

  it("drops a policy and turns RLS off on a kept table; a dropped table's policies go first", async () => {
    const { a, b } = await describeBoth(
      database,
      withPolicies,
      `${base}
       create policy "own posts" on post for select to retort_test_reader
         using (author_id = auth.uid() or published);`,
    );
    const diff = await expectRoundTrip(database, a, b);
    expect(kinds(diff.upgrade)).toEqual([
      "dropPolicy",
      "dropPolicy",
      "disableRowSecurity",
      "noForceRowSecurity",
    ]);
    const gone = await describeBoth(database, withPolicies, "create schema auth;");
    const dropped = await expectRoundTrip(database, gone.a, {
      ...gone.b,
      functions: [],
    });
    // Before any table: a policy may read another table than its own. Down creates them again.
    const order = kinds(dropped.upgrade);
    expect(order.lastIndexOf("dropPolicy")).toBeLessThan(order.indexOf("dropTable"));
    expect(kinds(dropped.downgrade).filter((k) => k === "createPolicy")).toHaveLength(
      order.filter((k) => k === "dropPolicy").length,
    );
  });

  it("renames a policy asked by renamedFrom, both ways", async () => {
    const { a, b } = await describeBoth(database, withPolicies, withPolicies);
    const renamed = rename(b, "post_insert", 'Weird "policy"; drop table post');
    const diff = await expectRoundTrip(database, a, renamed);
    expect(diff.upgrade).toEqual([
      {
        kind: "renamePolicy",
        schema: "public",
        table: "post",
        name: "post_insert",
        newName: 'Weird "policy"; drop table post',
      },
    ]);
    expect(kinds(diff.downgrade)).toEqual(["renamePolicy"]);
  });

  it("takes a policy out of the way of a column it reads being dropped, and back", async () => {
    const { a, b } = await describeBoth(
      database,
      withPolicies,
      withPolicies
        .replace("title text, ", "")
        .replace(" and title <> ''", "")
        .replace("create policy post_insert", "create policy post_insert"),
    );
    const diff = await expectRoundTrip(database, a, b);
    expect(kinds(diff.upgrade)).toEqual(["dropPolicy", "dropColumn", "createPolicy"]);
  });

  it("takes a policy out of the way of a function it calls being re-created, both ways, when only the catalog knows the call", async () => {
    const uid = (type: string) =>
      withPolicies.replace(
        "returns bigint language sql stable",
        `returns ${type} language sql stable`,
      );
    const { a, b } = await describeBoth(database, uid("bigint"), uid("numeric"));
    // The models do not say what a policy calls: the target of the upgrade is theirs.
    const models = { ...b, policies: b.policies.map((p) => ({ ...p, calls: [] })) };
    // PostgreSQL refuses to drop the function while a policy calls it.
    const diff = await expectPlansApply(database, a, models);
    expect(kinds(diff.downgrade).filter((k) => k.endsWith("Policy"))).toEqual([
      "dropPolicy",
      "dropPolicy",
      "dropPolicy",
      "createPolicy",
      "createPolicy",
      "createPolicy",
    ]);
  });
});

const canDump = await pgDumpMatchesTestServer();

/** pg_dump --schema-only as a sorted list of statements. */

describe.skipIf(!canDump)("policies up then down, as pg_dump prints them", () => {
  const changes: Record<string, string> = {
    create: withPolicies,
    alter: withPolicies
      .replace("using (author_id = auth.uid() or published)", "using (published)")
      .replace("with check (author_id = auth.uid() and title <> '')", "with check (true)"),
    "drop and disable": `${base}
      create policy "own posts" on post for select to retort_test_reader using (published);`,
  };
  for (const [label, sqlB] of Object.entries(changes)) {
    it(`${label}: the upgrade gives B's dump, the downgrade A's`, async () => {
      const {
        db,
        database: test,
        close,
      } = await openTestDatabase(`policies_dump_${label.replaceAll(" ", "_")}`);
      try {
        const reset = async () => {
          // What the cases create, and nothing more: public keeps its owner and grants.
          await sql`drop schema if exists auth cascade`.execute(db);
          await sql`drop table if exists post`.execute(db);
        };
        const sqlA = label === "create" ? base : withPolicies;
        await sql.raw(sqlB).execute(db);
        const [b, dumpB] = [await introspectSchema(db), schemaDumpStatements(test.url)];
        await reset();
        await sql.raw(sqlA).execute(db);
        const [a, dumpA] = [await introspectSchema(db), schemaDumpStatements(test.url)];
        const diff = diffSchemas(a, b);
        const run = (ops: readonly Operation[]) =>
          db.transaction().execute(async (trx) => {
            for (const op of ops) {
              for (const s of renderOperation(op)) await sql.raw(s.sql).execute(trx);
            }
          });
        await run(diff.upgrade);
        expect(schemaDumpStatements(test.url)).toEqual(dumpB);
        await run(diff.downgrade);
        expect(schemaDumpStatements(test.url)).toEqual(dumpA);
      } finally {
        await close();
      }
    });
  }
});
