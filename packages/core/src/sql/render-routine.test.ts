import { beforeEach, describe, expect, it } from "vitest";
import { Operations } from "../ops/operations";
import { reverseOperation } from "../ops/reverse-operation";
import { one, sql } from "./render.test-fixture";
import { dollarQuote, splitListSetting } from "./render-routine";

let op: Operations;
beforeEach(() => {
  op = new Operations();
});

const touch = {
  schema: "app",
  arguments: "",
  returns: "trigger",
  language: "plpgsql",
  body: "begin new.updated_at := now(); return new; end",
} as const;

describe("functions", () => {
  it("creates a function with every trait, quoting names and settings", () => {
    expect(
      sql(
        op.createFunction('Weird "fn"', {
          ...touch,
          volatility: "stable",
          strict: true,
          security: "definer",
          parallel: "safe",
          set: { search_path: '"my schema", public', work_mem: "64MB" },
          comment: "it's here",
        }),
      ),
    ).toEqual([
      `CREATE FUNCTION "app"."Weird ""fn"""() RETURNS trigger
    LANGUAGE "plpgsql" STABLE STRICT PARALLEL SAFE SECURITY DEFINER
    SET "search_path" = 'my schema', 'public'
    SET "work_mem" = '64MB'
    AS $function$begin new.updated_at := now(); return new; end$function$`,
      `COMMENT ON FUNCTION "app"."Weird ""fn"""() IS 'it''s here'`,
    ]);
  });

  it("states the planner's estimates and LEAKPROOF, and refuses them on a procedure", () => {
    expect(
      one(
        op.createFunction("s", {
          arguments: "x integer",
          returns: "SETOF integer",
          language: "sql",
          body: "select x",
          volatility: "immutable",
          leakproof: true,
          strict: true,
          cost: 0.5,
          rows: 10,
        }),
      ),
    ).toBe(`CREATE FUNCTION "s"(x integer) RETURNS SETOF integer
    LANGUAGE "sql" IMMUTABLE LEAKPROOF STRICT COST 0.5 ROWS 10
    AS $function$select x$function$`);
    expect(() => op.createFunction("f", { ...touch, cost: 0 })).toThrow(
      /cost must be a positive number/,
    );
    expect(() => op.createFunction("f", { ...touch, rows: Number.NaN })).toThrow(
      /rows must be a positive number/,
    );
    expect(() =>
      op.createFunction("p", {
        procedure: true,
        arguments: "",
        language: "sql",
        body: "select 1",
        cost: 5,
      }),
    ).toThrow(/cost: a procedure has none/);
  });

  it("dollar-quotes a body with a tag it does not contain", () => {
    expect(dollarQuote("select '$function$'")).toBe("$function1$select '$function$'$function1$");
    expect(dollarQuote("x $function$ $function1$")).toBe(
      "$function2$x $function$ $function1$$function2$",
    );
  });

  it("splits a list setting as PostgreSQL prints it", () => {
    expect(splitListSetting('"my schema", public')).toEqual(["my schema", "public"]);
    expect(splitListSetting('""')).toEqual([""]);
    expect(splitListSetting('public,"a""b"')).toEqual(["public", 'a"b']);
  });

  it("creates a procedure without function traits", () => {
    expect(
      one(
        op.createFunction("archive", {
          procedure: true,
          arguments: "days integer",
          language: "sql",
          body: "delete from log",
          volatility: "volatile",
        }),
      ),
    ).toBe(`CREATE PROCEDURE "archive"(days integer)
    LANGUAGE "sql"
    AS $function$delete from log$function$`);
  });

  it("replaces, and reverses to the definition it replaced", () => {
    const replaced = { ...touch, name: "touch", body: "begin return new; end" };
    const create = op.createFunction("touch", { ...touch, orReplace: true, replaced });
    expect(sql(create)[0]).toMatch(/^CREATE OR REPLACE FUNCTION "app"."touch"\(\) RETURNS trigger/);
    const back = reverseOperation(create);
    expect(back).toMatchObject({
      kind: "createFunction",
      orReplace: true,
      body: "begin return new; end",
    });
  });

  it("drops by signature, and a create reverses to that drop", () => {
    const create = op.createFunction("add", {
      arguments: "a integer, b integer DEFAULT 1",
      identityArguments: "a integer, b integer",
      returns: "integer",
      language: "sql",
      body: "select a + b",
    });
    const drop = reverseOperation(create)!;
    expect(one(drop)).toBe('DROP FUNCTION "add"(a integer, b integer)');
    expect(reverseOperation(drop)).toMatchObject({ kind: "createFunction", body: "select a + b" });
    expect(
      one(op.dropFunction("add", "integer", { schema: "s", procedure: true, ifExists: true })),
    ).toBe('DROP PROCEDURE IF EXISTS "s"."add"(integer)');
  });

  it("renames and comments by signature", () => {
    expect(one(op.renameFunction("add", "integer", "plus", { schema: "s" }))).toBe(
      'ALTER FUNCTION "s"."add"(integer) RENAME TO "plus"',
    );
    expect(one(op.setFunctionComment("add", "integer", null))).toBe(
      'COMMENT ON FUNCTION "add"(integer) IS NULL',
    );
  });

  it("refuses a malformed definition", () => {
    expect(() => op.createFunction("f", { ...touch, volatility: "sometimes" as "stable" })).toThrow(
      /volatility must be one of/,
    );
    expect(() => op.createFunction("f", { ...touch, returns: undefined })).toThrow(/returns/);
  });
});

describe("triggers", () => {
  it("creates a row trigger with events, columns, condition and arguments", () => {
    expect(
      sql(
        op.createTrigger("post", "post_touch", {
          schema: "app",
          timing: "before",
          events: ["insert", "update"],
          updateOf: ["title", 'we"ird'],
          forEach: "row",
          when: "old.title is distinct from new.title",
          function: { schema: "app", name: "touch" },
          args: ["a'b"],
          comment: "keeps updated_at",
        }),
      ),
    ).toEqual([
      `CREATE TRIGGER "post_touch" BEFORE INSERT OR UPDATE OF "title", "we""ird" ON "app"."post" FOR EACH ROW WHEN (old.title is distinct from new.title) EXECUTE FUNCTION "app"."touch"('a''b')`,
      `COMMENT ON TRIGGER "post_touch" ON "app"."post" IS 'keeps updated_at'`,
    ]);
  });

  it("creates a deferrable constraint trigger and an instead-of trigger", () => {
    expect(
      one(
        op.createTrigger("post", "check_post", {
          timing: "after",
          events: ["delete"],
          forEach: "row",
          function: { name: "check" },
          constraint: true,
          deferrable: true,
          initiallyDeferred: true,
        }),
      ),
    ).toBe(
      'CREATE CONSTRAINT TRIGGER "check_post" AFTER DELETE ON "post" DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION "check"()',
    );
    expect(
      one(
        op.createTrigger("post_view", "write", {
          timing: "instead of",
          events: ["insert"],
          forEach: "row",
          function: { name: "write_post" },
        }),
      ),
    ).toBe(
      'CREATE TRIGGER "write" INSTEAD OF INSERT ON "post_view" FOR EACH ROW EXECUTE FUNCTION "write_post"()',
    );
  });

  it("drops and reverses a drop that carries its definition", () => {
    const create = op.createTrigger("post", "t", {
      timing: "after",
      events: ["truncate"],
      function: { name: "f" },
    });
    const drop = reverseOperation(create)!;
    expect(one(drop)).toBe('DROP TRIGGER "t" ON "post"');
    expect(one(reverseOperation(drop)!)).toBe(
      'CREATE TRIGGER "t" AFTER TRUNCATE ON "post" FOR EACH STATEMENT EXECUTE FUNCTION "f"()',
    );
    expect(() => reverseOperation(op.dropTrigger("post", "t"))).toThrow(/definition/);
  });

  it("refuses updateOf without update and deferrable without constraint", () => {
    const base = { timing: "after", events: ["insert"], function: { name: "f" } } as const;
    expect(() => op.createTrigger("t", "x", { ...base, updateOf: ["a"] })).toThrow(/update/);
    expect(() => op.createTrigger("t", "x", { ...base, deferrable: true })).toThrow(/constraint/);
  });
});

describe("comments of a replaced function", () => {
  const replaced = { ...touch, name: "touch" };
  it("are set when they change, and left alone otherwise", () => {
    const op = new Operations();
    expect(
      sql(op.createFunction("touch", { ...touch, orReplace: true, replaced, comment: "new" })),
    ).toHaveLength(2);
    expect(
      sql(
        op.createFunction("touch", {
          ...touch,
          orReplace: true,
          replaced: { ...replaced, comment: "old" },
        }),
      ).at(-1),
    ).toBe('COMMENT ON FUNCTION "app"."touch"() IS NULL');
    expect(
      sql(
        op.createFunction("touch", {
          ...touch,
          orReplace: true,
          replaced: { ...replaced, comment: "same" },
          comment: "same",
        }),
      ),
    ).toHaveLength(1);
  });
});
