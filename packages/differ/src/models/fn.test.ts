import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { findUnexportedTables } from "../autogenerate/find-unexported-tables";
import { column as c } from "./column-builder";
import { describeModels } from "./describe-models";
import { identityArgumentsOf, splitArguments } from "./describe-routines";
import { fn, procedure } from "./fn";
import { sql } from "./sql-fragment";
import { table } from "./table";
import { trigger } from "./trigger";
import { view } from "./view";

const here = dirname(fileURLToPath(import.meta.url));

const post = table("post", { id: c.bigint().primaryKey(), title: c.text() }, { schema: "app" });
const touch = fn("touch", {
  schema: "app",
  returns: "trigger",
  language: "plpgsql",
  body: "begin return new; end",
});
const postTouch = trigger("post_touch", {
  on: post,
  timing: "before",
  events: ["update", "insert"],
  updateOf: [post.columns.title],
  forEach: "row",
  function: touch,
});
// Declared here, exported nowhere: the unexported-model warning must name them.
const forgottenFn = fn("forgotten", { returns: "int", language: "sql", body: "select 1" });
const forgottenTrigger = trigger("forgotten_tg", {
  on: post,
  timing: "after",
  events: ["delete"],
  function: touch,
});

describe("fn, procedure and trigger models", () => {
  it("describe overloads apart, with PostgreSQL's defaults and events in one order", () => {
    const add = (type: string) =>
      fn("add", {
        args: [`a ${type}`, `b ${type} default 0`],
        returns: type,
        language: "sql",
        body: "select a + b",
      });
    const d = describeModels({ post, touch, postTouch, a: add("integer"), b: add("text") });
    expect(d.functions.map((f) => [f.name, f.identityArguments, f.volatility, f.parallel])).toEqual(
      [
        ["touch", "", "volatile", "unsafe"],
        ["add", "a integer, b integer", "volatile", "unsafe"],
        ["add", "a text, b text", "volatile", "unsafe"],
      ],
    );
    expect(d.schemas).toEqual(["app"]);
    expect(d.triggers).toEqual([
      expect.objectContaining({
        schema: "app",
        table: "post",
        events: ["insert", "update"],
        updateOf: ["title"],
        function: { schema: "app", name: "touch" },
        forEach: "row",
      }),
    ]);
  });

  it("describe LEAKPROOF, COST and ROWS, PostgreSQL's defaults as none", () => {
    const estimates = (options: { cost?: number; rows?: number; leakproof?: boolean }) =>
      fn("a", { returns: "setof integer", language: "sql", body: "select 1", ...options });
    const d = describeModels({
      a: estimates({ leakproof: true, cost: 1000, rows: 10 }),
      b: fn("b", { returns: "table (id int)", language: "sql", body: "select 1", cost: 100 }),
      c: fn("c", { returns: "setof int", language: "sql", body: "select 1", rows: 1000 }),
      // As PostgreSQL keeps them (real) and prints them back.
      d: fn("d", { returns: "int", language: "sql", body: "select 1", cost: 123456789 }),
    });
    expect(d.functions.map((f) => [f.name, f.leakproof, f.cost, f.rows])).toEqual([
      ["a", true, 1000, 10],
      ["b", false, null, null],
      ["c", false, null, null],
      ["d", false, 123456790, null],
    ]);
  });

  it("refuse COST and ROWS PostgreSQL would refuse, and any of them on a procedure", () => {
    const base = { returns: "integer", language: "sql", body: "select 1" };
    expect(() => fn("f", { ...base, rows: 10 })).toThrow(/only for a function that returns a set/);
    expect(() => fn("f", { ...base, cost: -1 })).toThrow(/`cost` must be a positive number/);
    expect(() =>
      procedure("p", { language: "sql", body: "select 1", cost: 5 } as Parameters<
        typeof procedure
      >[1]),
    ).toThrow(/a procedure has no `cost`/);
  });

  it("spell identity arguments as PostgreSQL 14+ does", () => {
    expect(splitArguments("a numeric(10, 2), b text default 'x,y'")).toEqual([
      "a numeric(10, 2)",
      "b text default 'x,y'",
    ]);
    expect(identityArgumentsOf("IN a int, OUT b int, INOUT c int = 1, variadic d int[]")).toEqual(
      "a int, OUT b int, INOUT c int, VARIADIC d int[]",
    );
    expect(identityArgumentsOf("days int default 30", true)).toBe("IN days int");
    expect(identityArgumentsOf("")).toBe("");
  });

  it("refuse a function without returns and a trigger without a function", () => {
    expect(() => fn("f", { language: "sql", body: "" } as never)).toThrow(/returns/);
    expect(() => trigger("t", { on: post } as never)).toThrow(/function/);
    expect(procedure("p", { language: "sql", body: "select 1" }).returns).toBeNull();
  });

  it("refuse a trigger on a view, by its model or its name, before any migration is written", () => {
    const summary = view("post_summary", sql`select id, title from app.post`, { schema: "app" });
    const on = (target: Parameters<typeof trigger>[1]["on"]) => () =>
      describeModels({
        post,
        touch,
        summary,
        t: trigger("t", {
          on: target,
          timing: "instead of",
          events: ["insert"],
          forEach: "row",
          function: touch,
        }),
      });
    expect(on(summary as never)).toThrow(
      "Trigger t is on view app.post_summary: triggers on views are not models.",
    );
    expect(on({ schema: "app", name: "post_summary" })).toThrow("triggers on views are not models");
    expect(on(post)).not.toThrow();
  });

  it("refuse a trigger WHEN that PostgreSQL refuses for its events, before any migration is written", () => {
    const when = (options: Partial<Parameters<typeof trigger>[1]>) => () =>
      describeModels({
        post,
        touch,
        t: trigger("t", {
          on: post,
          timing: "before",
          events: ["update"],
          forEach: "row",
          function: touch,
          ...options,
        }),
      });
    expect(
      when({ events: ["insert", "update"], when: "new.title is distinct from old.title" }),
    ).toThrow("Trigger app.post.t: an INSERT trigger's WHEN cannot read OLD");
    expect(when({ events: ["delete"], when: "NEW.title <> ''" })).toThrow(
      "a DELETE trigger's WHEN cannot read NEW",
    );
    expect(when({ forEach: "statement", when: "old.title is null" })).toThrow(
      "a statement trigger's WHEN cannot read OLD or NEW",
    );
    // What PostgreSQL takes: OLD on UPDATE, NEW on INSERT, a column named old.
    expect(when({ when: "new.title is distinct from old.title" })).not.toThrow();
    expect(
      when({ events: ["insert"], when: "new.old is not null and 'old.x' <> ''" }),
    ).not.toThrow();
  });

  it("are named by the unexported-model warning, from the files and from where they were declared", () => {
    const modules = [
      { file: join(here, "routines.ts"), exports: { touch, forgottenFn, forgottenTrigger } },
    ];
    expect(findUnexportedTables(here, { touch }, modules)).toEqual([
      { schema: "public", name: "forgotten", file: join(here, "routines.ts"), kind: "function" },
      {
        schema: "app",
        name: "post.forgotten_tg",
        file: join(here, "routines.ts"),
        kind: "trigger",
      },
    ]);
    const found = findUnexportedTables(here, { post, touch, postTouch });
    expect(found.filter((f) => f.name.includes("forgotten"))).toEqual([
      {
        schema: "public",
        name: "forgotten",
        file: fileURLToPath(import.meta.url),
        kind: "function",
      },
      {
        schema: "app",
        name: "post.forgotten_tg",
        file: fileURLToPath(import.meta.url),
        kind: "trigger",
      },
    ]);
  });
});
