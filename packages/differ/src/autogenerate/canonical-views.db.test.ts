import { sql as kyselySql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openRoundTripDatabase, type RoundTripDatabase } from "../compare/round-trip.test-fixture";
import { column as c } from "../models/column-builder";
import { table } from "../models/table";
import { view } from "../models/view";
import { managedScope } from "../scope/managed-scope";
import { checkModels } from "./autogenerate";

let database: RoundTripDatabase;
const scope = managedScope({
  versionTableSchema: "public",
  versionTable: "retort_version",
  historyTable: "retort_history",
});

beforeAll(async () => {
  database = await openRoundTripDatabase("differ_canonical_views");
}, 60_000);

afterAll(async () => {
  await database?.close();
});

const post = table("post", { id: c.bigint().primaryKey(), title: c.text().notNull() });

describe("canonicalViews", () => {
  it("leaves the database's views alone when the models hold them as the server prints them", async () => {
    await kyselySql`create table post (id bigint primary key, title text not null)`.execute(
      database.db,
    );
    await kyselySql`create view post_title as select id, title from post`.execute(database.db);
    // What `pull` writes: the query as the catalog holds it.
    const [printed] = (await database.introspect()).views.map((v) => v.definition);
    const models = { post, postTitle: view("post_title", printed!) };
    await database.db.connection().execute(async (reader) => {
      // A reader of the view holds a lock that dropping it, even in a probe rolled back, waits for.
      await kyselySql`begin`.execute(reader);
      await kyselySql`select * from post_title`.execute(reader);
      try {
        await database.db.connection().execute(async (session) => {
          await kyselySql`set lock_timeout = '5s'`.execute(session);
          const check = await checkModels({ db: session, models, ...scope });
          await kyselySql`reset lock_timeout`.execute(session);
          expect(check.changes.map((change) => change.description)).toEqual([]);
          expect(check.isEmpty).toBe(true);
        });
      } finally {
        await kyselySql`rollback`.execute(reader);
      }
    });
  });

  it("waits at most a second for the lock of a table the models rename, then rebuilds its readers", async () => {
    await kyselySql`drop view if exists post_title`.execute(database.db);
    await kyselySql`drop table if exists post, article cascade`.execute(database.db);
    await kyselySql`create table post (id bigint primary key, title text not null)`.execute(
      database.db,
    );
    await kyselySql`create view post_title as select id, title from post`.execute(database.db);
    const article = table(
      "article",
      { id: c.bigint().primaryKey(), title: c.text().notNull() },
      { renamedFrom: "post" },
    );
    const models = { article, postTitle: view("post_title", "select id, title from article") };
    // A long transaction reading the table: the probe's ALTER TABLE ... RENAME waits for it, and
    // every later query on the table would queue behind that wait.
    await database.db.connection().execute(async (reader) => {
      await kyselySql`begin`.execute(reader);
      await kyselySql`select * from post`.execute(reader);
      try {
        // A statement_timeout, so that a probe waiting for the lock fails this test instead of
        // hanging it.
        await database.db.connection().execute(async (session) => {
          await kyselySql`set statement_timeout = '10s'`.execute(session);
          try {
            const check = await checkModels({ db: session, models, ...scope });
            expect(check.changes.map((change) => change.description)).toContain(
              "renamed table public.post to article",
            );
          } finally {
            await kyselySql`reset statement_timeout`.execute(session);
          }
        });
      } finally {
        await kyselySql`rollback`.execute(reader);
      }
    });
    const check = await checkModels({ db: database.db, models, ...scope });
    expect(check.changes.map((change) => change.description)).toContain(
      "renamed table public.post to article",
    );
  });

  it("reports a view the server refuses for a reason the migration does not remove", async () => {
    await kyselySql`drop view if exists post_title`.execute(database.db);
    await kyselySql`drop table if exists post cascade`.execute(database.db);
    await kyselySql`create table post (id bigint primary key, title text not null)`.execute(
      database.db,
    );
    const refusals = async (models: Record<string, unknown>) =>
      (await checkModels({ db: database.db, models, ...scope })).viewRefusals.map(
        (r) => `${r.view} ${r.sqlState} ${r.message}`,
      );
    expect(await refusals({ post, v: view("v", "select nope from post") })).toEqual([
      'public.v 42703 column "nope" does not exist',
    ]);
    expect(await refusals({ post, v: view("v", "selec id from post") })).toEqual([
      'public.v 42601 syntax error at or near "selec"',
    ]);
    // What the migration adds, the view may read: no warning.
    const withNope = table("post", {
      id: c.bigint().primaryKey(),
      title: c.text().notNull(),
      nope: c.text(),
    });
    expect(await refusals({ post: withNope, v: view("v", "select nope from post") })).toEqual([]);
    const draft = table("draft", { id: c.bigint().primaryKey() });
    expect(await refusals({ post, draft, v: view("v", "select id from draft") })).toEqual([]);
    // A schema the migration creates.
    expect(await refusals({ post, v: view("v", "select 1 as x", { schema: "fresh" }) })).toEqual(
      [],
    );
    // PostgreSQL's message does not escape the quote in the name it prints.
    const quoted = table('dr"aft', { id: c.bigint().primaryKey() });
    expect(await refusals({ post, quoted, v: view("v", 'select id from "dr""aft"') })).toEqual([]);
    expect(await refusals({ post, v: view("v", 'select id from "dr""aft"') })).toEqual([
      'public.v 42P01 relation "dr"aft" does not exist',
    ]);
  });
});
