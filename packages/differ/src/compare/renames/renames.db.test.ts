import { sql } from "kysely";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { autogenerate, checkModels } from "../../autogenerate/autogenerate";
import { column as c } from "../../models/column-builder";
import { index } from "../../models/index-builder";
import { table } from "../../models/table";
import {
  comparable,
  openRoundTripDatabase,
  type RoundTripDatabase,
} from "../round-trip.test-fixture";

let database: RoundTripDatabase;

beforeAll(async () => {
  database = await openRoundTripDatabase("differ_renames");
});

afterAll(async () => {
  await database?.close();
});

beforeEach(async () => {
  await database.reset();
});

const org = table("org", { id: c.integer().primaryKey() });

async function relationNames(): Promise<string[]> {
  const { rows } = await sql<{ name: string }>`
    select relname as name from pg_class
    where relnamespace = 'public'::regnamespace and relkind in ('r', 'S', 'i')
    union
    -- PostgreSQL 18 names NOT NULL constraints too; retort does not describe them (nor rename
    -- them: a known limitation), and PostgreSQL 15 has none.
    select conname from pg_constraint
    where connamespace = 'public'::regnamespace and contype <> 'n'
    order by 1
  `.execute(database.db);
  return rows.map((r) => r.name);
}

describe("renames", () => {
  it("renames with the table and column what PostgreSQL named after them, keeps the data, and undoes it", async () => {
    await sql
      .raw(`
        create table org (id integer primary key);
        create table customer (
          id serial primary key, email text unique, org_id integer references org(id),
          n integer check (n > 0)
        );
        create index on customer (email);
        insert into org values (1);
        insert into customer (email, org_id, n) values ('a@x', 1, 5);
      `)
      .execute(database.db);
    const before = comparable(await database.introspect());
    const namesBefore = await relationNames();
    const client = table(
      "client",
      {
        id: c.serial().primaryKey(),
        mail: c.text().unique().renamedFrom("email"),
        orgId: c
          .integer()
          .name("org_id")
          .references(() => org.columns.id),
        n: c.integer().check("n > 0"),
      },
      (t) => ({ indexes: [index().on(t.mail)] }),
      { renamedFrom: "customer" },
    );
    const models = { org, client };
    const result = await autogenerate({ db: database.db, models });
    expect(result.changes.map((change) => change.description)).toContain(
      "renamed sequence public.customer_id_seq to client_id_seq",
    );
    expect(result.changes.some((change) => change.destructive)).toBe(false);
    await database.apply(result.upgradeOperations);
    const again = await checkModels({ db: database.db, models });
    expect(again.changes.map((change) => change.description)).toEqual([]);
    expect(await relationNames()).toEqual([
      "client",
      "client_id_seq",
      "client_mail_idx",
      "client_mail_key",
      "client_n_check",
      "client_org_id_fkey",
      "client_pkey",
      "org",
      "org_pkey",
    ]);
    // The sequence still counts from where it was.
    await sql`insert into client (mail, org_id, n) values ('b@x', 1, 6)`.execute(database.db);
    const { rows } = await sql<{ id: number; mail: string }>`
      select id, mail from client order by id
    `.execute(database.db);
    expect(rows).toEqual([
      { id: 1, mail: "a@x" },
      { id: 2, mail: "b@x" },
    ]);
    await sql`delete from client where id = 2`.execute(database.db);
    await database.apply(result.downgradeOperations);
    expect(await relationNames()).toEqual(namesBefore);
    expect(comparable(await database.introspect())).toEqual(before);
  });

  it("suggests the rename beside the drop of a look-alike table, and makes it when asked to", async () => {
    await sql
      .raw(`
        create table customer (id integer, email text);
        insert into customer values (1, 'a@x');
      `)
      .execute(database.db);
    const client = table("client", { id: c.integer(), email: c.text() });
    const suggested = await autogenerate({ db: database.db, models: { client } });
    expect(suggested.upgrades).toContain(
      [
        '// DESTRUCTIVE: drops table "public.customer"; its data will be lost.',
        '// if public.client is public.customer renamed, give table("client", ...) the option { renamedFrom: "customer" }.',
        'op.dropTable("customer", { schema: "public" });',
      ].join("\n"),
    );
    expect(suggested.changes.find((change) => change.kind === "dropTable")).toMatchObject({
      renameArgument: "customer=client",
      renameSuggestion:
        'if public.client is public.customer renamed, give table("client", ...) the option { renamedFrom: "customer" }',
    });
    const asked = await autogenerate({
      db: database.db,
      models: { client },
      askRename: async (candidate) => candidate.to === "client",
    });
    expect(asked.renameSuggestions).toEqual([]);
    const renamed = await autogenerate({
      db: database.db,
      models: { client },
      renames: ["customer=client"],
    });
    expect(renamed.changes.map((change) => change.description)).toEqual([
      "renamed table public.customer to client",
    ]);
    expect(asked.upgradeOperations).toEqual(renamed.upgradeOperations);
    await database.apply(renamed.upgradeOperations);
    const { rows } = await sql`select * from client`.execute(database.db);
    expect(rows).toEqual([{ id: 1, email: "a@x" }]);
    expect((await checkModels({ db: database.db, models: { client } })).isEmpty).toBe(true);
  });

  it("suggests the rename beside the drop of a look-alike column, of a renamed table too", async () => {
    await sql.raw("create table customer (id integer, email text)").execute(database.db);
    const customer = table("customer", { id: c.integer(), mail: c.text() });
    const suggested = await autogenerate({ db: database.db, models: { customer } });
    expect(suggested.upgrades).toContain(
      [
        '// DESTRUCTIVE: drops column "public.customer.email"; its data will be lost.',
        '// if public.customer.mail is email renamed, declare the column with .renamedFrom("email").',
        'op.dropColumn("customer", "email", { schema: "public" });',
      ].join("\n"),
    );
    const client = table(
      "client",
      { id: c.integer(), mail: c.text() },
      { renamedFrom: "customer" },
    );
    const renamed = await autogenerate({ db: database.db, models: { client } });
    expect(renamed.changes.find((change) => change.kind === "dropColumn")).toMatchObject({
      object: "public.client.email",
      renameArgument: "client.email=mail",
    });
  });
});
