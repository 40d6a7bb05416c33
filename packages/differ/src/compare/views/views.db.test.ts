import type { Operation } from "@retort/core";
import { sql as kyselySql } from "kysely";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { autogenerate, checkModels } from "../../autogenerate/autogenerate";
import { column as c } from "../../models/column-builder";
import { fn } from "../../models/fn";
import { index } from "../../models/index-builder";
import { rawSql, sql } from "../../models/sql-fragment";
import { table } from "../../models/table";
import { materializedView, view } from "../../models/view";
import { managedScope } from "../../scope/managed-scope";
import { openRoundTripDatabase, type RoundTripDatabase } from "../round-trip.test-fixture";

let database: RoundTripDatabase;
const scope = managedScope({
  versionTableSchema: "public",
  versionTable: "retort_version",
  historyTable: "retort_history",
});

beforeAll(async () => {
  database = await openRoundTripDatabase("differ_views");
}, 60_000);

afterAll(async () => {
  await database?.close();
});

beforeEach(async () => {
  await database.reset();
});

/** Every view's definition as the server prints it, by name: what `down` must give back. */
async function viewDefinitions(): Promise<Record<string, string>> {
  const { rows } = await kyselySql<{ name: string; definition: string }>`
    select n.nspname || '.' || c.relname as name, pg_get_viewdef(c.oid, true) as definition
    from pg_class c join pg_namespace n on n.oid = c.relnamespace
    where c.relkind in ('v', 'm') and n.nspname not in ('pg_catalog', 'information_schema')
    order by 1`.execute(database.db);
  return Object.fromEntries(rows.map((r) => [r.name, r.definition]));
}

/** Generates the migration from the models, applies it, and expects `check` to be clean. */
async function migrate(models: Record<string, unknown>): Promise<{
  upgrade: Operation[];
  downgrade: Operation[];
  mismatches: readonly unknown[];
}> {
  const result = await autogenerate({ db: database.db, models, ...scope });
  await database.apply(result.upgradeOperations);
  const check = await checkModels({ db: database.db, models, ...scope });
  expect(
    check.changes.map((change) => change.description),
    "check after upgrade",
  ).toEqual([]);
  expect(check.isEmpty).toBe(true);
  return {
    upgrade: result.upgradeOperations,
    downgrade: result.downgradeOperations,
    mismatches: result.viewColumnMismatches,
  };
}

/** Every view's query as pull writes it (printed with only `pg_catalog` on the path), by name. */
async function pulledQueries(): Promise<Record<string, string>> {
  return database.db.transaction().execute(async (trx) => {
    await kyselySql`set local search_path = pg_catalog`.execute(trx);
    const { rows } = await kyselySql<{ name: string; definition: string }>`
      select c.relname::text as name, pg_get_viewdef(c.oid, true) as definition
      from pg_class c join pg_namespace n on n.oid = c.relnamespace
      where c.relkind in ('v', 'm') and n.nspname = 'public'`.execute(trx);
    return Object.fromEntries(rows.map((r) => [r.name, r.definition]));
  });
}

const kinds = (ops: readonly Operation[]) =>
  ops.map((op) => `${op.kind} ${"name" in op ? op.name : "table" in op ? op.table : ""}`);

const author = table("author", {
  id: c.bigint().primaryKey(),
  email: c.text().notNull(),
  score: c.integer(),
});
const post = table("post", {
  id: c.bigint().primaryKey(),
  authorId: c.bigint().notNull().name("author_id"),
  title: c.text().notNull(),
});

/**
 * What hangs on author_public that retort does not manage: a grant to PUBLIC on `granted`, a
 * column comment and an INSTEAD OF trigger. The trigger's function is a model (functions are
 * managed; {@link authorPublicInsert}), the trigger on a view is not.
 */
async function hangOnAuthorPublic(granted: string): Promise<void> {
  await kyselySql
    .raw(`
      grant select on ${granted} to public;
      comment on column author_public.email is 'where to write';
      create function author_public_insert() returns trigger language plpgsql
        as 'begin insert into author (id, email) values (new.id, new.email); return new; end';
      create trigger author_public_insert instead of insert on author_public
        for each row execute function author_public_insert();
    `)
    .execute(database.db);
}

const authorPublicInsert = fn("author_public_insert", {
  returns: "trigger",
  language: "plpgsql",
  body: "begin insert into author (id, email) values (new.id, new.email); return new; end",
});

describe("views and materialized views", () => {
  it("creates views written freely, then finds nothing to do; down drops them", async () => {
    const summary = view(
      "post_summary",
      sql`SELECT p.id, p.title, a.email AS author
          from post p JOIN author a ON a.id = p.author_id where a.score > 0;`,
      {
        columns: { id: c.bigint(), title: c.text(), author: c.text() },
        securityBarrier: true,
        comment: "one row per post",
      },
    );
    const stats = materializedView(
      "post_stats",
      sql`select author_id, count(*) as posts from post group by author_id`,
      {
        columns: { author_id: c.bigint(), posts: c.bigint() },
        indexes: (v) => [index("post_stats_author").unique().on(v.author_id)],
        comment: "posts per author",
      },
    );
    const { upgrade, downgrade } = await migrate({ author, post, summary, stats });
    expect(kinds(upgrade)).toEqual([
      "createTable author",
      "createTable post",
      "createMaterializedView post_stats",
      "createView post_summary",
      "createIndex post_stats_author",
    ]);
    const described = await database.introspect();
    expect(described.views.map((v) => [v.name, v.comment, v.securityBarrier])).toEqual([
      ["post_stats", "posts per author", false],
      ["post_summary", "one row per post", true],
    ]);
    expect(described.views[0]!.indexes.map((i) => [i.name, i.unique])).toEqual([
      ["post_stats_author", true],
    ]);
    await database.apply(downgrade);
    expect(await viewDefinitions()).toEqual({});
  });

  it("replaces a view whose columns only grow, and down restores it exactly", async () => {
    const before = view("author_emails", sql`select id, email from author`);
    await migrate({ author, before });
    const original = await viewDefinitions();
    const after = view("author_emails", sql`select id, email, score from author`, {
      checkOption: "local",
      comment: "emails",
    });
    const { upgrade, downgrade } = await migrate({ author, after });
    expect(upgrade).toEqual([
      expect.objectContaining({ kind: "createView", name: "author_emails", orReplace: true }),
    ]);
    await database.apply(downgrade);
    expect(await viewDefinitions()).toEqual(original);
    expect((await database.introspect()).views[0]).toMatchObject({
      checkOption: null,
      comment: null,
    });
  });

  it("drops and re-creates a view losing a column, with the views that read it", async () => {
    const base = view("author_base", sql`select id, email, score from author`);
    const reader = view("author_reader", sql`select id, email from author_base`);
    const onTop = materializedView("author_top", sql`select id from author_reader`, {
      indexes: [index("author_top_id").on(sql`id`)],
    });
    await migrate({ author, base, reader, onTop });
    const original = await viewDefinitions();
    const narrower = view("author_base", sql`select id, email from author where score > 1`);
    const { upgrade, downgrade } = await migrate({ author, narrower, reader, onTop });
    expect(kinds(upgrade)).toEqual([
      "dropMaterializedView author_top",
      "dropView author_reader",
      "dropView author_base",
      "createView author_base",
      "createView author_reader",
      "createMaterializedView author_top",
      "createIndex author_top_id",
    ]);
    await database.apply(downgrade);
    expect(await viewDefinitions()).toEqual(original);
    expect(
      (await database.introspect()).views.find((v) => v.name === "author_top")?.indexes,
    ).toHaveLength(1);
  });

  it("changes the type of a column a view reads: drop the view, alter, re-create", async () => {
    const scores = view("author_scores", sql`select id, score from author`);
    await migrate({ author, scores });
    const original = await viewDefinitions();
    const wider = table("author", {
      id: c.bigint().primaryKey(),
      email: c.text().notNull(),
      score: c.bigint(),
    });
    const { upgrade, downgrade } = await migrate({ author: wider, scores });
    expect(kinds(upgrade)).toEqual([
      "dropView author_scores",
      "alterColumn author",
      "createView author_scores",
    ]);
    expect((await database.introspect()).views[0]!.columns).toEqual([
      { name: "id", type: "bigint" },
      { name: "score", type: "bigint" },
    ]);
    await database.apply(downgrade);
    expect(await viewDefinitions()).toEqual(original);
  });

  /**
   * Migrates to an `account` table and a view `v` with declared columns that reads its `email`
   * as `author` (through `expression`); returns the view's definition as the server prints it.
   */
  async function migrateAccountView(expression: string): Promise<Record<string, string>> {
    const account = table("account", { id: c.bigint().primaryKey(), email: c.text() });
    const byEmail = view("v", rawSql(`select a.id, a.${expression} as author from account a`), {
      columns: { id: c.bigint(), author: c.text() },
    });
    await migrate({ account, byEmail });
    return viewDefinitions();
  }

  it("drops a column a view with declared columns reads: both directions drop the view first", async () => {
    const original = await migrateAccountView("email");
    // No renamedFrom: autogenerate drops `email` and adds `mail`.
    const renamed = table("account", { id: c.bigint().primaryKey(), mail: c.text() });
    const byMail = view("v", sql`select a.id, a.mail as author from account a`, {
      columns: { id: c.bigint(), author: c.text() },
    });
    const { upgrade, downgrade } = await migrate({ account: renamed, byMail });
    expect(kinds(upgrade)).toEqual([
      "dropView v",
      "dropColumn account",
      "addColumn account",
      "createView v",
    ]);
    expect(kinds(downgrade)).toEqual([
      "dropView v",
      "dropColumn account",
      "addColumn account",
      "createView v",
    ]);
    await database.apply(downgrade);
    expect(await viewDefinitions()).toEqual(original);
  });

  it("renames a column a view with declared columns reads, and down renames it back", async () => {
    const original = await migrateAccountView("email");
    const renamed = table("account", {
      id: c.bigint().primaryKey(),
      mail: c.text().renamedFrom("email"),
    });
    const byMail = view("v", sql`select a.id, a.mail as author from account a`, {
      columns: { id: c.bigint(), author: c.text() },
    });
    const { downgrade } = await migrate({ account: renamed, byMail });
    await database.apply(downgrade);
    expect(await viewDefinitions()).toEqual(original);
    expect((await database.introspect()).tables[0]!.columns.map((col) => col.name)).toEqual([
      "id",
      "email",
    ]);
  });

  it("changes the type of a column a view with declared columns reads, in both directions", async () => {
    const scores = view("author_scores", sql`select id, score from author`, {
      columns: { id: c.bigint(), score: c.integer() },
    });
    await migrate({ author, scores });
    const original = await viewDefinitions();
    const wider = table("author", {
      id: c.bigint().primaryKey(),
      email: c.text().notNull(),
      score: c.bigint(),
    });
    const widerScores = view("author_scores", sql`select id, score from author`, {
      columns: { id: c.bigint(), score: c.bigint() },
    });
    const { upgrade, downgrade, mismatches } = await migrate({ author: wider, widerScores });
    // Printed before the migration, the view infers integer: no warning for what it changes.
    expect(mismatches).toEqual([]);
    expect(kinds(upgrade)).toEqual([
      "dropView author_scores",
      "alterColumn author",
      "createView author_scores",
    ]);
    expect(kinds(downgrade)).toEqual([
      "dropView author_scores",
      "alterColumn author",
      "createView author_scores",
    ]);
    await database.apply(downgrade);
    expect(await viewDefinitions()).toEqual(original);
  });

  it("creates a view reading a column it casts to its old type, which the migration retypes, with the cast", async () => {
    const original = await migrateAccountView("email::text");
    const account = table("account", { id: c.bigint().primaryKey(), email: c.varchar(320) });
    const byEmail = view("v", sql`select a.id, a.email::text as author from account a`, {
      columns: { id: c.bigint(), author: c.text() },
    });
    // Printed while email is text, the cast is a no-op PostgreSQL drops: created so, the view's
    // column would be varchar(320), and `check` (in `migrate`) would find it changed.
    const { upgrade, downgrade } = await migrate({ account, byEmail });
    expect(kinds(upgrade)).toEqual(["dropView v", "alterColumn account", "createView v"]);
    expect((await pulledQueries()).v).toContain("a.email::text AS author");
    await database.apply(downgrade);
    expect(await viewDefinitions()).toEqual(original);
  });

  it("renames and retypes a column a view with declared columns reads, in both directions", async () => {
    const original = await migrateAccountView("email::text");
    const renamed = table("account", {
      id: c.bigint().primaryKey(),
      mail: c.varchar(320).renamedFrom("email"),
    });
    // Its output columns stay the same: `down` may not take that for an in-place replace, since
    // PostgreSQL refuses the type change while the view stands.
    const byMail = view("v", sql`select a.id, a.mail::text as author from account a`, {
      columns: { id: c.bigint(), author: c.text() },
    });
    const { upgrade, downgrade } = await migrate({ account: renamed, byMail });
    // A view follows a column's rename; only the type change needs it out of the way.
    expect(kinds(upgrade)).toEqual([
      "renameColumn account",
      "dropView v",
      "alterColumn account",
      "createView v",
    ]);
    expect(kinds(downgrade)).toEqual([
      "renameColumn account",
      "dropView v",
      "alterColumn account",
      "createView v",
    ]);
    await database.apply(downgrade);
    expect(await viewDefinitions()).toEqual(original);
  });

  it("renames a view and a materialized view with renamedFrom", async () => {
    const old = view("emails", sql`select email from author`);
    const oldStats = materializedView("stats", sql`select count(*) as n from author`);
    await migrate({ author, old, oldStats });
    const renamed = view("author_email_list", sql`select email from author`, {
      renamedFrom: "emails",
    });
    const renamedStats = materializedView("author_stats", sql`select count(*) as n from author`, {
      renamedFrom: "stats",
    });
    const { upgrade, downgrade } = await migrate({ author, renamed, renamedStats });
    expect(upgrade).toEqual([
      expect.objectContaining({ kind: "renameView", name: "emails", newName: "author_email_list" }),
      expect.objectContaining({
        kind: "renameView",
        name: "stats",
        newName: "author_stats",
        materialized: true,
      }),
    ]);
    await database.apply(downgrade);
    expect(Object.keys(await viewDefinitions())).toEqual(["public.emails", "public.stats"]);
  });

  it("renames a view a materialized view reads without rebuilding the materialized view", async () => {
    const emails = view("emails", sql`select id, email from author`);
    const statsOf = (from: string) =>
      materializedView(
        "post_stats",
        rawSql(
          `select ${from}.email, count(post.id) as posts from ${from} join post on post.author_id = ${from}.id group by ${from}.email`,
        ),
        { indexes: [index("post_stats_email").on(sql`email`)] },
      );
    const stats = statsOf("emails");
    await migrate({ author, post, emails, stats });
    await kyselySql`insert into author (id, email) values (1, 'a@example.com')`.execute(
      database.db,
    );
    await kyselySql`insert into post (id, author_id, title) values (1, 1, 't')`.execute(
      database.db,
    );
    await kyselySql`refresh materialized view post_stats`.execute(database.db);
    const renamed = view("author_emails", sql`select id, email from author`, {
      renamedFrom: "emails",
    });
    // The models' materialized view reads the view by its new name; `migrate` checks after.
    const { upgrade, downgrade } = await migrate({
      author,
      post,
      renamed,
      stats: statsOf("author_emails"),
    });
    // PostgreSQL's materialized view reads the view by oid: it follows the rename and keeps its
    // rows (a rebuild would compute them again, under an ACCESS EXCLUSIVE lock).
    expect(kinds(upgrade)).toEqual(["renameView emails"]);
    expect(kinds(downgrade)).toEqual(["renameView author_emails"]);
    const { rows } = await kyselySql<{ email: string; posts: number }>`
      select email, posts::int from post_stats`.execute(database.db);
    expect(rows).toEqual([{ email: "a@example.com", posts: 1 }]);
    await database.apply(downgrade);
    const check = await checkModels({
      db: database.db,
      models: { author, post, emails, stats },
      ...scope,
    });
    expect(check.changes).toEqual([]);
  });

  it("renames a table views and materialized views read without rebuilding them", async () => {
    const readers = (name: string, query = "") => ({
      emails: view("emails", rawSql(`select id, email from ${name}`)),
      stats: materializedView(
        "post_stats",
        rawSql(
          `select a.email, count(post.id) as posts from ${name} a join post on post.author_id = a.id ${query}group by a.email`,
        ),
        { indexes: [index("post_stats_email").on(sql`email`)] },
      ),
    });
    await migrate({ author, post, ...readers("author") });
    await kyselySql`insert into author (id, email) values (1, 'a@example.com')`.execute(
      database.db,
    );
    await kyselySql`insert into post (id, author_id, title) values (1, 1, 't')`.execute(
      database.db,
    );
    await kyselySql`refresh materialized view post_stats`.execute(database.db);
    const writerColumns = {
      id: c.bigint().primaryKey(),
      email: c.text().notNull(),
      score: c.integer(),
    };
    const writer = table("Writer", writerColumns, { renamedFrom: "author" });
    // The models' views read the table by its new name; `migrate` checks after.
    const { upgrade, downgrade } = await migrate({ writer, post, ...readers('"Writer"') });
    // PostgreSQL's views read the table by oid: they follow the rename, and the materialized
    // view keeps its rows (a rebuild would compute them again, under an ACCESS EXCLUSIVE lock).
    expect(kinds(upgrade)).toEqual(["renameTable author", "renameConstraint author_pkey"]);
    expect(kinds(downgrade)).toEqual(["renameTable Writer", "renameConstraint Writer_pkey"]);
    const stats = () =>
      kyselySql<{ email: string; posts: number }>`
        select email, posts::int from post_stats`.execute(database.db);
    expect((await stats()).rows).toEqual([{ email: "a@example.com", posts: 1 }]);
    await database.apply(downgrade);
    expect((await stats()).rows).toEqual([{ email: "a@example.com", posts: 1 }]);
    const check = await checkModels({
      db: database.db,
      models: { author, post, ...readers("author") },
      ...scope,
    });
    expect(check.changes).toEqual([]);

    // The same when `revision --autogenerate --rename` says it instead of the model.
    const asked = await autogenerate({
      db: database.db,
      models: { writer: table("Writer", writerColumns), post, ...readers('"Writer"') },
      renames: ["author=Writer"],
      ...scope,
    });
    expect(kinds(asked.upgradeOperations)).toEqual([
      "renameTable author",
      "renameConstraint author_pkey",
    ]);

    // A model still reading the table by its old name, as `pull` wrote it, is refused before a
    // migration is written: once renamed, no table of that name is left to read.
    const stale = await autogenerate({
      db: database.db,
      models: { writer, post, emails: view("emails", rawSql((await pulledQueries()).emails!)) },
      ...scope,
    });
    expect(stale.viewRefusals).toEqual([
      expect.objectContaining({ view: "public.emails", sqlState: "42P01" }),
    ]);

    // A query that really changes is still rebuilt.
    const changed = await autogenerate({
      db: database.db,
      models: { writer, post, ...readers('"Writer"', "where post.id > 0 ") },
      ...scope,
    });
    expect(kinds(changed.upgradeOperations)).toEqual([
      "renameTable author",
      "dropMaterializedView post_stats",
      "renameConstraint author_pkey",
      "createMaterializedView post_stats",
      "createIndex post_stats_email",
    ]);
  });

  it("changes a comment and a materialized view's indexes in place", async () => {
    const stats = materializedView("author_stat", sql`select id, score from author`, {
      indexes: [index("author_stat_id").on(sql`id`)],
    });
    await migrate({ author, stats });
    const changed = materializedView("author_stat", sql`select id, score from author`, {
      comment: "cached",
      indexes: [index("author_stat_score").on(sql`score`)],
    });
    const { upgrade } = await migrate({ author, changed });
    expect(kinds(upgrade)).toEqual([
      "dropIndex author_stat_id",
      "setViewComment author_stat",
      "createIndex author_stat_score",
    ]);
  });

  it("reports declared column types the server infers otherwise", async () => {
    const counted = view(
      "author_count",
      sql`select count(*) as n, max(email) as last from author`,
      {
        columns: { n: c.integer(), last: c.text() },
      },
    );
    const result = await autogenerate({ db: database.db, models: { author, counted }, ...scope });
    await database.apply(result.upgradeOperations);
    const check = await checkModels({ db: database.db, models: { author, counted }, ...scope });
    expect(check.changes).toEqual([]);
    expect(check.isEmpty).toBe(false);
    expect(check.viewColumnMismatches).toEqual([
      { view: "public.author_count", column: "n", declared: "integer", inferred: "bigint" },
    ]);
  });

  it("gives a re-created view back what hangs on it: grants, triggers, column comments", async () => {
    const wide = view("author_public", sql`select id, email, score from author`);
    await migrate({ author, wide });
    await hangOnAuthorPublic("author_public");
    const narrow = view("author_public", sql`select id, email from author`);
    const { upgrade, downgrade } = await migrate({ author, narrow, insert: authorPublicInsert });
    // The grant to PUBLIC, a role the models do not name, is given back as it was.
    expect(kinds(upgrade)).toEqual([
      "dropView author_public",
      "createView author_public",
      "execute ",
      "execute ",
      "grant ",
    ]);
    const attached = async () => {
      const { rows } = await kyselySql<{ acl: string; comment: string; triggers: number }>`
        select c.relacl::text as acl, col_description(c.oid, 2) as comment,
               (select count(*)::int from pg_trigger t where t.tgrelid = c.oid) as triggers
        from pg_class c where c.relname = 'author_public'`.execute(database.db);
      return rows[0];
    };
    expect(await attached()).toMatchObject({ comment: "where to write", triggers: 1 });
    expect((await attached())!.acl).toContain("=r/");
    await database.apply(downgrade);
    expect(await attached()).toMatchObject({ comment: "where to write", triggers: 1 });
    expect((await attached())!.acl).toContain("=r/");
  });

  it("refuses to drop a function an INSTEAD OF trigger on a view runs, before a migration is written", async () => {
    const wide = view("author_public", sql`select id, email, score from author`);
    await migrate({ author, wide });
    await hangOnAuthorPublic("author_public");
    // The models leave the trigger's function out: dropping it, PostgreSQL would refuse.
    const error = await autogenerate({ db: database.db, models: { author, wide }, ...scope }).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toMatchObject({ code: "BAD_MODEL" });
    expect((error as Error).message).toContain(
      "Function public.author_public_insert() would be dropped, but trigger author_public_insert on public.author_public",
    );
  });

  it("gives a view renamed and re-created in one migration back what hung on it, under its new name", async () => {
    const wide = view("author_public", sql`select id, email, score from author`);
    const stats = materializedView("author_stats", sql`select id, score from author`);
    await migrate({ author, wide, stats });
    await hangOnAuthorPublic("author_public, author_stats");
    const narrow = view("author_contact", sql`select email, id from author`, {
      renamedFrom: "author_public",
    });
    const narrowStats = materializedView("author_score", sql`select score, id from author`, {
      renamedFrom: "author_stats",
    });
    const { upgrade, downgrade } = await migrate({
      author,
      narrow,
      narrowStats,
      insert: authorPublicInsert,
    });
    expect(kinds(upgrade).slice(0, 2)).toEqual([
      "renameView author_public",
      "renameView author_stats",
    ]);
    const attached = async (name: string) => {
      const { rows } = await kyselySql<{
        acl: string | null;
        comment: string | null;
        triggers: number;
      }>`
        select c.relacl::text as acl, col_description(c.oid, 1) as comment,
               (select count(*)::int from pg_trigger t where t.tgrelid = c.oid) as triggers
        from pg_class c where c.relname = ${name}`.execute(database.db);
      return rows[0];
    };
    expect(await attached("author_contact")).toMatchObject({
      comment: "where to write",
      triggers: 1,
      acl: expect.stringContaining("=r/"),
    });
    expect((await attached("author_score"))?.acl).toContain("=r/");
    await database.apply(downgrade);
    expect(await attached("author_public")).toMatchObject({
      triggers: 1,
      acl: expect.stringContaining("=r/"),
    });
    expect((await attached("author_stats"))?.acl).toContain("=r/");
  });

  it("checks views stated as the database prints them without re-creating any: a role that may only read runs check", async () => {
    const emails = view("author_emails", sql`select id, email, score from author where score > 0`);
    const stats = materializedView(
      "author_stats",
      sql`select max(score) as top from author_emails`,
      {
        columns: { top: c.integer() },
        indexes: (v) => [index("author_stats_top").on(v.top)],
      },
    );
    await migrate({ author, emails, stats });
    const printed = await pulledQueries();
    // The models as pull writes them: each query as the server printed it.
    const models = {
      author,
      emails: view("author_emails", rawSql(printed.author_emails!)),
      stats: materializedView("author_stats", rawSql(printed.author_stats!), {
        columns: { top: c.integer() },
        indexes: (v) => [index("author_stats_top").on(v.top)],
      }),
    };
    await kyselySql`do $$ begin create role differ_views_reader nologin; exception when duplicate_object then null; end $$`.execute(
      database.db,
    );
    // Dropping or creating a view needs its owner: a reader's check fails if it re-creates one.
    const check = await database.db.connection().execute(async (conn) => {
      await kyselySql`set role differ_views_reader`.execute(conn);
      try {
        return await checkModels({ db: conn, models, ...scope });
      } finally {
        await kyselySql`reset role`.execute(conn);
      }
    });
    expect(check).toEqual({
      changes: [],
      isEmpty: true,
      viewColumnMismatches: [],
      viewRefusals: [],
      schemas: ["public"],
      uncomparedSchemas: [],
    });
  });

  it("prints again a view stated as the database prints it when a view it reads changes", async () => {
    const counts = view("author_counts", sql`select count(*)::integer as n from author`);
    const reader = view("author_counts_reader", sql`select n from author_counts`);
    await migrate({ author, counts, reader });
    const printed = await pulledQueries();
    // The reader's query is unchanged, but the column it reads becomes a bigint.
    const models = {
      author,
      counts: view("author_counts", sql`select count(*) as n from author`),
      reader: view("author_counts_reader", rawSql(printed.author_counts_reader!), {
        columns: { n: c.bigint() },
      }),
    };
    const check = await checkModels({ db: database.db, models, ...scope });
    expect(check.viewColumnMismatches).toEqual([]);
    expect(check.changes.map((change) => change.object)).toEqual(
      expect.arrayContaining(["public.author_counts", "public.author_counts_reader"]),
    );
    await migrate(models);
  });

  it("keeps a hostile name whole", async () => {
    const name = 'Weird "view"; drop table x';
    const hostile = view(name, sql`select 1 as "it's"`, { comment: "it's" });
    const { downgrade } = await migrate({ hostile });
    expect(Object.keys(await viewDefinitions())).toEqual([`public.${name}`]);
    await database.apply(downgrade);
    expect(await viewDefinitions()).toEqual({});
  });
});
