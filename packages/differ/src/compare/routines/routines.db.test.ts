import type { Operation } from "@retort/core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
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
  database = await openRoundTripDatabase("routines");
}, 60_000);
afterAll(async () => {
  await database?.close();
});

const kinds = (ops: readonly Operation[]) => ops.map((op) => op.kind);

const post = `create table post (id bigint primary key, title text, updated_at timestamptz);`;
const touch = (body: string) => `
  create function touch() returns trigger language plpgsql as $$${body}$$;`;

describe("functions and triggers round-trip through a real database", () => {
  it("creates a function and its trigger after the table, and drops them in reverse", async () => {
    const { a, b } = await describeBoth(
      database,
      post,
      `${post}${touch("begin new.updated_at := now(); return new; end")}
       create trigger post_touch before update of title on post for each row
         when (old.title is distinct from new.title) execute function touch('x', 'it''s');
       comment on trigger post_touch on post is 'keeps updated_at';
       comment on function touch() is 'sets updated_at';`,
    );
    expect(b.functions.map((f) => f.name)).toEqual(["touch"]);
    expect(b.triggers).toMatchObject([
      {
        name: "post_touch",
        timing: "before",
        events: ["update"],
        updateOf: ["title"],
        forEach: "row",
        when: "old.title IS DISTINCT FROM new.title",
        function: { schema: "public", name: "touch" },
        args: ["x", "it's"],
        comment: "keeps updated_at",
      },
    ]);
    const diff = await expectRoundTrip(database, a, b);
    expect(kinds(diff.upgrade)).toEqual(["createFunction", "createTrigger"]);
    expect(kinds(diff.downgrade)).toEqual(["dropTrigger", "dropFunction"]);
  });

  it("replaces a changed body in place, and the downgrade puts the old body back exactly", async () => {
    const oldBody = "\n  begin\n    new.updated_at := now();  -- keep\n    return new;\n  end\n";
    const { a, b } = await describeBoth(
      database,
      `${post}${touch(oldBody)}
       create trigger post_touch before update on post for each row execute function touch();`,
      `${post}${touch("begin new.updated_at := clock_timestamp(); return new; end")}
       create trigger post_touch before update on post for each row execute function touch();`,
    );
    const diff = await expectRoundTrip(database, a, b);
    expect(kinds(diff.upgrade)).toEqual(["createFunction"]);
    expect(diff.upgrade[0]).toMatchObject({ orReplace: true });
    expect(diff.downgrade[0]).toMatchObject({ kind: "createFunction", body: oldBody });
  });

  it("drops and creates a function whose result changes, with the trigger whose condition calls it", async () => {
    const { a, b } = await describeBoth(
      database,
      `${post}${touch("begin return new; end")}
       create function is_draft(t text) returns boolean language sql immutable as $$select t is null$$;
       create trigger post_touch before update on post for each row
         when (is_draft(new.title)) execute function touch();`,
      `${post}${touch("begin return new; end")}
       create function is_draft(t text, strict_mode boolean default false) returns boolean
         language sql immutable as $$select t is null$$;
       create trigger post_touch before update on post for each row
         when (is_draft(new.title)) execute function touch();`,
    );
    // A new argument is another overload: the old one goes, the new one comes, and the
    // trigger, which PostgreSQL ties to the old one, is dropped first and created after.
    const diff = await expectRoundTrip(database, a, b);
    expect(kinds(diff.upgrade)).toEqual([
      "dropTrigger",
      "dropFunction",
      "createFunction",
      "createTrigger",
    ]);
  });

  it("drops a function whose result is a table's rows before the table", async () => {
    const { a, b } = await describeBoth(
      database,
      "",
      `${post}
       create function drafts() returns setof post language sql as $$select * from post$$;`,
    );
    const diff = await expectRoundTrip(database, a, b);
    expect(kinds(diff.upgrade)).toEqual(["createTable", "createFunction"]);
    expect(kinds(diff.downgrade)).toEqual(["dropFunction", "dropTable"]);
  });

  it("takes down and brings back a trigger whose WHEN calls a changed function, both ways, when only the catalog knows the call", async () => {
    const calls = (n: number) => `${post}${touch("begin return new; end")}
       create function rank(t text) returns ${n === 1 ? "integer" : "bigint"} language sql immutable
         as $$select length(t)$$;
       create trigger post_touch before update on post for each row
         when (rank(new.title) > 0) execute function touch();`;
    const { a, b } = await describeBoth(database, calls(1), calls(2));
    // The models do not say what a WHEN calls: the target of the upgrade is theirs.
    const models = { ...b, triggers: b.triggers.map((t) => ({ ...t, calls: [] })) };
    // PostgreSQL refuses to drop the function while the trigger calls it.
    const diff = await expectPlansApply(database, a, models);
    const around = ["dropTrigger", "dropFunction", "createFunction", "createTrigger"];
    expect(kinds(diff.upgrade)).toEqual(around);
    expect(kinds(diff.downgrade)).toEqual(around);
  });

  it("takes down and brings back the triggers that read a retyped column", async () => {
    const table = (type: string) => `
       create table item (id bigint primary key, qty ${type}, n ${type});
       ${touch("begin return new; end")}
       create trigger item_when before update on item for each row when (new.qty > 0)
         execute function touch();
       create trigger item_of before update of n on item for each row execute function touch();
       create trigger item_other before insert on item for each row execute function touch();`;
    const { a, b } = await describeBoth(database, table("integer"), table("bigint"));
    const diff = await expectRoundTrip(database, a, b);
    const retyped = diff.upgrade.flatMap((op) =>
      op.kind === "dropTrigger" || op.kind === "createTrigger" ? [`${op.kind} ${op.name}`] : [],
    );
    expect(retyped.sort()).toEqual([
      "createTrigger item_of",
      "createTrigger item_when",
      "dropTrigger item_of",
      "dropTrigger item_when",
    ]);
  });

  it("drops and creates a function whose return type changes", async () => {
    const { a, b } = await describeBoth(
      database,
      `create function answer() returns integer language sql as $$select 42$$;`,
      `create function answer() returns bigint language sql as $$select 42::bigint$$;`,
    );
    const diff = await expectRoundTrip(database, a, b);
    expect(kinds(diff.upgrade)).toEqual(["dropFunction", "createFunction"]);
  });

  it("keeps overloads apart and compares every trait", async () => {
    const { a, b } = await describeBoth(
      database,
      `create schema app;
       create function app.add(a integer, b integer) returns integer language sql immutable as $$select a + b$$;
       create function app.add(a text, b text) returns text language sql as $$select a || b$$;
       create function app.nums() returns setof integer language sql as $$select 1$$;`,
      `create schema app;
       create function app.add(a integer, b integer) returns integer language sql stable strict
         parallel safe security definer set search_path = app, pg_temp set work_mem = '64MB'
         leakproof cost 0.5 as $$select a + b$$;
       create function app.nums() returns setof integer language sql rows 10 cost 5000
         as $$select 1$$;
       create procedure app.purge(days integer default 30) language sql as $$select 1$$;`,
    );
    expect(b.functions.find((f) => f.name === "add")).toMatchObject({
      identityArguments: "a integer, b integer",
      volatility: "stable",
      strict: true,
      parallel: "safe",
      security: "definer",
      leakproof: true,
      cost: 0.5,
      rows: null,
      set: { search_path: "app, pg_temp", work_mem: "64MB" },
    });
    expect(b.functions.find((f) => f.name === "nums")).toMatchObject({ cost: 5000, rows: 10 });
    expect(a.functions.find((f) => f.name === "nums")).toMatchObject({ cost: null, rows: null });
    const diff = await expectRoundTrip(database, a, b);
    expect(kinds(diff.upgrade).sort()).toEqual([
      "createFunction",
      "createFunction",
      "createFunction",
      "dropFunction",
    ]);
  });

  it("reads a hostile name back as it was written", async () => {
    const name = 'Weird "fn"; drop table x';
    const { a, b } = await describeBoth(
      database,
      `create table "t t" (id int);`,
      `create table "t t" (id int);
       create function "${name.replaceAll('"', '""')}"() returns trigger language plpgsql as $x$begin return null; end$x$;
       create trigger "${name.replaceAll('"', '""')}" after insert or delete on "t t"
         execute function "${name.replaceAll('"', '""')}"();`,
    );
    expect(b.triggers.map((t) => [t.name, t.events, t.when])).toEqual([
      [name, ["insert", "delete"], null],
    ]);
    await expectRoundTrip(database, a, b);
  });

  it("changes a comment alone with COMMENT ON", async () => {
    const { a, b } = await describeBoth(
      database,
      `create function f() returns int language sql as $$select 1$$;`,
      `create function f() returns int language sql as $$select 1$$;
       comment on function f() is 'one';`,
    );
    const diff = await expectRoundTrip(database, a, b);
    expect(kinds(diff.upgrade)).toEqual(["setFunctionComment"]);
    expect(diffSchemas(b, b).isEmpty).toBe(true);
  });
});
