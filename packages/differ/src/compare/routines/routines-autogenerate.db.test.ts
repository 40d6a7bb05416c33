import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { autogenerate, checkModels } from "../../autogenerate/autogenerate";
import { column as c } from "../../models/column-builder";
import { type FnModel, fn, procedure } from "../../models/fn";
import { table } from "../../models/table";
import { trigger } from "../../models/trigger";
import { openRoundTripDatabase, type RoundTripDatabase } from "../round-trip.test-fixture";

// Functions and triggers written as a person writes them (`int`, lower-case conditions, a
// renamed function): autogenerate creates them, and `check` then finds nothing.

let database: RoundTripDatabase;
beforeAll(async () => {
  database = await openRoundTripDatabase("differ_routines_autogenerate");
}, 60_000);
afterAll(async () => {
  await database?.close();
});
beforeEach(async () => {
  await database.reset();
});

const post = table(
  "post",
  {
    id: c.bigint().primaryKey(),
    title: c.text(),
    updatedAt: c.timestamptz().name("updated_at"),
    // A default that calls a function of the models: the function comes before the table.
    slug: c.text().defaultSql("app.new_slug()"),
  },
  { schema: "app" },
);

const newSlug = fn("new_slug", {
  schema: "app",
  returns: "text",
  language: "plpgsql",
  body: "begin return md5(random()::text); end",
});

const touch = (body: string) =>
  fn("touch", { schema: "app", returns: "trigger", language: "plpgsql", body });

const postTouch = (touchFn: FnModel) =>
  trigger("post_touch", {
    on: post,
    timing: "before",
    events: ["update", "insert"],
    updateOf: [post.columns.title],
    forEach: "row",
    when: "new.title <> ''",
    function: touchFn,
    args: ["a'b"],
  });

const add = fn("add", {
  schema: "app",
  args: ["a int", { name: "b", type: "int", default: "1" }],
  returns: "int",
  language: "sql",
  volatility: "immutable",
  set: { search_path: "app,pg_temp" },
  body: "select a + b",
});

async function run(ops: Parameters<RoundTripDatabase["apply"]>[0]) {
  await database.apply(ops);
}

describe("functions and triggers from the models", () => {
  it("creates them, then check finds nothing; a changed body and trigger go up and back down", async () => {
    const a = {
      post,
      newSlug,
      touch: touch("begin new.updated_at := now(); return new; end"),
      add,
      purge: procedure("purge", {
        schema: "app",
        args: ["days int"],
        language: "sql",
        body: "delete from app.post where id < days",
      }),
    };
    const modelsA = { ...a, postTouch: postTouch(a.touch) };
    const created = await autogenerate({ db: database.db, models: modelsA });
    expect(created.upgradeOperations.map((op) => op.kind)).toEqual([
      "createSchema",
      "createFunction",
      "createFunction",
      "createTable",
      // SQL bodies are checked against the tables: after them.
      "createFunction",
      "createFunction",
      "createTrigger",
    ]);
    await run(created.upgradeOperations);
    // `int` is `integer`, `new.title <> ''` is `(new.title <> ''::text)`, `app,pg_temp` is
    // `app, pg_temp` in the catalog: none of it is a difference.
    expect((await checkModels({ db: database.db, models: modelsA })).changes).toEqual([]);

    const b = touch("begin new.updated_at := clock_timestamp(); return new; end");
    const modelsB = {
      ...modelsA,
      touch: b,
      postTouch: trigger("post_touch", {
        on: post,
        timing: "after",
        events: ["delete"],
        forEach: "row",
        function: b,
      }),
    };
    const changed = await autogenerate({ db: database.db, models: modelsB });
    expect(changed.upgradeOperations.map((op) => op.kind)).toEqual([
      "dropTrigger",
      "createFunction",
      "createTrigger",
    ]);
    expect(changed.upgradeOperations[1]).toMatchObject({ orReplace: true });
    await run(changed.upgradeOperations);
    expect((await checkModels({ db: database.db, models: modelsB })).isEmpty).toBe(true);
    await run(changed.downgradeOperations);
    expect((await checkModels({ db: database.db, models: modelsA })).changes).toEqual([]);
  });

  it("renames a function its model says it was, keeping its trigger", async () => {
    const old = fn("stamp", {
      schema: "app",
      returns: "trigger",
      language: "plpgsql",
      body: "begin return new; end",
    });
    const models = { post, newSlug, old, t: postTouch(old) };
    await run((await autogenerate({ db: database.db, models })).upgradeOperations);
    const renamed = fn("stamp_row", {
      schema: "app",
      returns: "trigger",
      language: "plpgsql",
      body: "begin return new; end",
      renamedFrom: "stamp",
    });
    const next = { post, newSlug, renamed, t: postTouch(renamed) };
    const diff = await autogenerate({ db: database.db, models: next });
    expect(diff.upgradeOperations.map((op) => op.kind)).toEqual(["renameFunction"]);
    expect(diff.upgrades).toContain(
      'op.renameFunction("stamp", "", "stamp_row", { schema: "app" });',
    );
    await run(diff.upgradeOperations);
    expect((await checkModels({ db: database.db, models: next })).isEmpty).toBe(true);
    await run(diff.downgradeOperations);
    expect((await checkModels({ db: database.db, models })).isEmpty).toBe(true);
  });
});
