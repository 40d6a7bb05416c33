import { execFileSync } from "node:child_process";
import { isRetortError, type Operation } from "@retort/core";
import { pgDumpMatchesTestServer } from "@retort/test-harness";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { diffSchemas } from "../diff-schemas";
import {
  describeBoth,
  expectRoundTrip,
  openRoundTripDatabase,
  type RoundTripDatabase,
} from "../round-trip.test-fixture";

// Domains, composite and range types: each change upgrades A to B and downgrades back to A
// exactly (the description, `check`, and pg_dump's schema when pg_dump matches the server).

const canDump = await pgDumpMatchesTestServer();

let database: RoundTripDatabase;
beforeAll(async () => {
  database = await openRoundTripDatabase("differ_types");
}, 60_000);
afterAll(async () => {
  await database?.close();
});

const kinds = (ops: readonly Operation[]) => ops.map((op) => op.kind);

function dump(): string[] {
  const text = execFileSync("pg_dump", ["--schema-only", database.url], { encoding: "utf8" });
  return text
    .split(/;\n/)
    .map((s) =>
      s
        .split("\n")
        .filter(
          (l) =>
            l.trim() !== "" &&
            !/^(--|\\restrict|\\unrestrict|SET |SELECT pg_catalog\.set_config)/.test(l),
        )
        .join("\n"),
    )
    .filter((s) => s !== "")
    .sort();
}

/** The round trip, and with pg_dump: the same schema text after up then down as before. */
async function roundTrip(sqlA: string, sqlB: string): Promise<Operation[]> {
  const { a, b } = await describeBoth(database, sqlA, sqlB);
  const before = canDump ? dump() : [];
  const { upgrade } = await expectRoundTrip(database, a, b);
  if (canDump) expect(dump(), "pg_dump after up and down").toEqual(before);
  return upgrade;
}

const weird = `"Weird ""d""; drop table x"`;

describe("domains round-trip through a real database", () => {
  it("creates a domain with checks, default, NOT NULL, collation and comment, used by a column", async () => {
    const upgrade = await roundTrip(
      "",
      `create function is_even(n int) returns boolean language plpgsql immutable as 'begin return n % 2 = 0; end';
       create domain ${weird} as varchar(20) collate "C" default 'x' not null
         constraint "short ""one""" check (length(value) < 10) constraint upper check (value = upper(value));
       comment on domain ${weird} is 'it''s';
       create domain even as int check (is_even(value));
       create domain plain_text as text;
       create function takes_plain(t plain_text) returns plain_text language plpgsql immutable as 'begin return t; end';
       create table item (id int, code ${weird}, n even, t plain_text);`,
    );
    // Only the domain whose check calls a function of the models waits for the functions; a
    // function may take the others as arguments.
    expect(upgrade.map((op) => `${op.kind} ${"name" in op ? op.name : ""}`)).toEqual([
      'createDomain Weird "d"; drop table x',
      "createDomain plain_text",
      "createFunction is_even",
      "createFunction takes_plain",
      "createDomain even",
      "createTable ",
    ]);
  });

  it("changes the default, NOT NULL, checks and comment in place", async () => {
    const upgrade = await roundTrip(
      `create domain code as text default 'a' constraint a check (value <> '') constraint b check (value <> 'b');
       create table t (c code);`,
      `create domain code as text not null constraint b check (value <> 'bb') constraint c check (length(value) > 0);
       comment on domain code is 'codes';
       create table t (c code);`,
    );
    expect(kinds(upgrade)).toEqual([
      "alterDomain",
      "dropDomainConstraint",
      "dropDomainConstraint",
      "addDomainCheck",
      "addDomainCheck",
      "setTypeComment",
    ]);
  });

  it("keeps a check NOT VALID when creating, adding and dropping it, and validates it in place", async () => {
    const notValid = `create domain d as int;
       alter domain d add constraint pos check (value > 0) not valid;
       create table t (n d);`;
    expect(kinds(await roundTrip("", notValid))).toEqual(["createDomain", "createTable"]);
    expect(
      kinds(
        await roundTrip(
          "create domain d as int constraint pos check (value > 1); create table t (n d);",
          notValid,
        ),
      ),
    ).toEqual(["dropDomainConstraint", "addDomainCheck"]);
    const { a, b } = await describeBoth(
      database,
      notValid,
      "create domain d as int constraint pos check (value > 0); create table t (n d);",
    );
    expect(diffSchemas(a, b).upgrade).toEqual([
      { kind: "validateDomainConstraint", schema: "public", name: "d", constraint: "pos" },
    ]);
    // A valid check satisfies a NOT VALID model: nothing to weaken.
    expect(diffSchemas(b, a).upgrade).toEqual([]);
  });

  it("creates a domain again when its base type changes and nothing uses it", async () => {
    const upgrade = await roundTrip(
      "create domain code as text;",
      "create domain code as integer;",
    );
    expect(kinds(upgrade)).toEqual(["dropDomain", "createDomain"]);
  });

  it("refuses to change the base type of a domain a column uses", async () => {
    const { a, b } = await describeBoth(
      database,
      "create domain code as text; create table t (c code);",
      "create domain code as integer; create table t (c code);",
    );
    let error: unknown;
    try {
      diffSchemas(a, b);
    } catch (e) {
      error = e;
    }
    expect(isRetortError(error) && error.code).toBe("BAD_MODEL");
    expect((error as Error).message).toMatch(/domain public\.code/);
    const called = await describeBoth(
      database,
      "create domain pos as integer; create function dbl(x pos) returns integer language sql as 'select x * 2';",
      "create domain pos as bigint; create function dbl(x pos) returns integer language sql as 'select x * 2';",
    );
    expect(() => diffSchemas(called.a, called.b)).toThrow(/domain public\.pos .*functions use it/);
  });
});

describe("composite types round-trip through a real database", () => {
  it("creates one used by a column and another type, and drops them", async () => {
    const upgrade = await roundTrip(
      "",
      `create domain zip as text check (value ~ '^[0-9]+$');
       create type ${weird} as (street text, "Zip code" zip, city varchar(40) collate "C");
       comment on type ${weird} is 'where';
       create table customer (id int, home ${weird}, homes ${weird}[]);`,
    );
    expect(kinds(upgrade)).toEqual(["createDomain", "createCompositeType", "createTable"]);
  });

  it("adds, drops and changes attributes in place", async () => {
    const upgrade = await roundTrip(
      "create type address as (street text, zip text, city text);",
      "create type address as (street text, zip integer, country text);",
    );
    expect(kinds(upgrade)).toEqual(["dropTypeAttribute", "addTypeAttribute", "alterTypeAttribute"]);
  });

  it("refuses an attribute's new type while a column holds the type, which PostgreSQL refuses", async () => {
    const { a, b } = await describeBoth(
      database,
      "create type addr as (street text, zip varchar(5)); create table t (a addr[]);",
      "create type addr as (street text, zip varchar(10)); create table t (a addr[]);",
    );
    expect(() => diffSchemas(a, b)).toThrow(
      /type of attribute zip of composite type public\.addr changed/,
    );
  });
});

describe("range types round-trip through a real database", () => {
  it("creates one with a difference function, a multirange name and a collation, used by a column", async () => {
    const upgrade = await roundTrip(
      "",
      `create type float_range as range (subtype = float8, subtype_diff = float8mi);
       create type text_span as range (subtype = text, collation = "C", multirange_type_name = text_spans);
       comment on type float_range is 'floats';
       create table reading (span float_range, spans text_spans, t text_span);`,
    );
    expect(kinds(upgrade)).toEqual(["createRangeType", "createRangeType", "createTable"]);
  });

  it("creates a range again when it changes and nothing uses it, and refuses when a column does", async () => {
    const upgrade = await roundTrip(
      "create type r as range (subtype = int4);",
      "create type r as range (subtype = int8);",
    );
    expect(kinds(upgrade)).toEqual(["dropRangeType", "createRangeType"]);
    const { a, b } = await describeBoth(
      database,
      "create type r as range (subtype = int4); create table t (x r);",
      "create type r as range (subtype = int8); create table t (x r);",
    );
    expect(() => diffSchemas(a, b)).toThrow(
      /range type public\.r .*columns, types or functions use it/,
    );
    // A function's argument holds the type too: PostgreSQL would refuse the drop.
    const called = await describeBoth(
      database,
      "create type r as range (subtype = int4); create function w(x r) returns int language sql as 'select 1';",
      "create type r as range (subtype = int8); create function w(x r) returns int language sql as 'select 1';",
    );
    expect(() => diffSchemas(called.a, called.b)).toThrow(
      /range type public\.r .*functions use it/,
    );
  });
});
