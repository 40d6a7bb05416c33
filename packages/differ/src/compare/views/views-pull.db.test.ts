import { sql as kyselySql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { checkModels } from "../../autogenerate/autogenerate";
import { introspectSchema } from "../../introspect/introspect-schema";
import { describeModels } from "../../models/describe-models";
import {
  differEntry,
  importRenderedModels,
  temporaryModelsDir,
} from "../../pull/pull.test-fixture";
import { renderModelFiles } from "../../pull/render-model-files";
import { managedScope } from "../../scope/managed-scope";
import { openRoundTripDatabase, type RoundTripDatabase } from "../round-trip.test-fixture";

let database: RoundTripDatabase;

beforeAll(async () => {
  database = await openRoundTripDatabase("differ_views_pull");
  await kyselySql
    .raw(`
      create schema app;
      create type app.mood as enum ('happy', 'sad');
      create table app.author (id bigint primary key, email varchar(200) not null, mood app.mood,
                               score numeric(10, 2), born date);
      create table app.post (id bigint primary key, author_id bigint references app.author,
                             title text, body text, tags text[]);
      create view app.post_summary with (security_barrier = on) as
        select p.id, p.title, a.email as "Author Email", a.mood, p.tags[1] as first_tag
        from app.post p join app.author a on a.id = p.author_id
        where a.score > 0.5 and p.title like 'x%';
      comment on view app.post_summary is 'it''s one row per post';
      create view app.good_authors as select id, email from app.author where mood = 'happy'
        with cascaded check option;
      create view app.summary_titles as select title from app.post_summary;
      create view public."Weird ""view""; drop table x" as select 1 as one, 'a''b'::text as two;
      create materialized view app.author_stats as
        select a.id, count(p.id) as posts, max(p.title) as last_title, avg(a.score) as score
        from app.author a left join app.post p on p.author_id = a.id group by a.id
        with no data;
      create unique index author_stats_id on app.author_stats (id);
      create index author_stats_lower on app.author_stats (lower(last_title)) where posts > 0;
      comment on materialized view app.author_stats is 'per author';
    `)
    .execute(database.db);
}, 60_000);

afterAll(async () => {
  await database?.close();
});

describe("views read back by pull", () => {
  it("give models that check finds nothing to change against their own database", async () => {
    const schema = await introspectSchema(database.db, { schemas: ["public", "app"] });
    expect(schema.views.map((v) => v.name).sort()).toEqual([
      'Weird "view"; drop table x',
      "author_stats",
      "good_authors",
      "post_summary",
      "summary_titles",
    ]);
    const tmp = temporaryModelsDir();
    try {
      const result = renderModelFiles(schema, {
        modelsDir: tmp.dir,
        entryFile: "index.ts",
        importFrom: differEntry,
      });
      expect(result.warnings).toEqual([]);
      const stats = result.files.find((f) => f.path.endsWith("author-stats.ts"))!.text;
      expect(stats).toContain("materializedView(");
      expect(stats).toContain('index("author_stats_id").unique().on(v.id)');
      expect(stats).toContain("withData: false");
      const models = await importRenderedModels(result.files, `${tmp.dir}/index.ts`);
      expect(describeModels(models).views).toEqual(
        schema.views.map((v) => ({ ...v, dependsOn: null })),
      );
      const check = await checkModels({
        db: database.db,
        models,
        ...managedScope({
          schemas: ["public", "app"],
          versionTableSchema: "public",
          versionTable: "retort_version",
          historyTable: "retort_history",
        }),
      });
      expect(check.changes.map((c) => c.description)).toEqual([]);
      expect(check.viewColumnMismatches).toEqual([]);
      expect(check.isEmpty).toBe(true);
    } finally {
      tmp.remove();
    }
  });
});
