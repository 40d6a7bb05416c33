import { execFileSync } from "node:child_process";
import { type Operation, Operations } from "@retort/core";
import { pgDumpMatchesTestServer } from "@retort/test-harness";
import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { autogenerate, checkModels } from "../../autogenerate/autogenerate";
import { column } from "../../models/column-builder";
import { extension } from "../../models/extension";
import { schema } from "../../models/schema-model";
import { sequence } from "../../models/sequence";
import { table } from "../../models/table";
import type { SchemaDescription } from "../../schema/schema-description";
import { diffSchemas } from "../diff-schemas";
import {
  comparable,
  openRoundTripDatabase,
  type RoundTripDatabase,
} from "../round-trip.test-fixture";

// Sequences, schemas and extensions, each change applied to a real database and undone: the
// upgrade gives the target (and `check` finds nothing), the downgrade gives back the start
// exactly, as pg_dump prints it (when pg_dump matches the server).

const canDump = await pgDumpMatchesTestServer();

let database: RoundTripDatabase;
beforeAll(async () => {
  database = await openRoundTripDatabase("namespaces");
}, 60_000);
afterAll(async () => {
  await database?.close();
});

const kinds = (ops: readonly Operation[]) => ops.map((op) => op.kind);

function dump(): string[] {
  if (!canDump) return [];
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

async function build(ddl: string): Promise<{ schema: SchemaDescription; dump: string[] }> {
  await database.reset();
  if (ddl.trim() !== "") await sql.raw(ddl).execute(database.db);
  return { schema: await database.introspect(), dump: dump() };
}

/**
 * From the database `ddlA` builds, the upgrade to what `ddlB` builds (with `patch` applied to it,
 * as models would add hints) and back: both ends as introspected and as pg_dump prints them.
 */
async function roundTrip(
  ddlA: string,
  ddlB: string,
  patch: (b: SchemaDescription) => SchemaDescription = (b) => b,
): Promise<{
  upgrade: Operation[];
  downgrade: Operation[];
  a: SchemaDescription;
  b: SchemaDescription;
}> {
  const built = await build(ddlB);
  const b = patch(built.schema);
  const { schema: a, dump: dumpA } = await build(ddlA);
  const diff = diffSchemas(a, b);
  await database.apply(diff.upgrade);
  const upgraded = await database.introspect();
  expect(comparable(upgraded), "after upgrade").toEqual(comparable(built.schema));
  expect(diffSchemas(upgraded, b).upgrade, "check after upgrade").toEqual([]);
  expect(dump(), "pg_dump after upgrade").toEqual(built.dump);
  await database.apply(diff.downgrade);
  const downgraded = await database.introspect();
  expect(comparable(downgraded), "after downgrade").toEqual(comparable(a));
  expect(diffSchemas(downgraded, a).upgrade, "check after downgrade").toEqual([]);
  expect(dump(), "pg_dump after downgrade").toEqual(dumpA);
  return { ...diff, a, b };
}

const hostile = `"Weird ""name""; drop table x"`;
const hostileSeq = `"Weird ""seq""; drop table x"`;

describe("free-standing sequences round-trip", () => {
  it("creates one with every option, its owner and comment, and drops it", async () => {
    const { upgrade, downgrade, b } = await roundTrip(
      `create schema ${hostile}; create table ${hostile}.${hostile} (${hostile} bigint);`,
      `create schema ${hostile}; create table ${hostile}.${hostile} (${hostile} bigint);
       create sequence ${hostile}.${hostileSeq} as integer increment by -3 minvalue -1000 maxvalue -5
         start with -7 cache 4 cycle owned by ${hostile}.${hostile}.${hostile};
       comment on sequence ${hostile}.${hostileSeq} is 'it''s counting';`,
    );
    const name = 'Weird "name"; drop table x';
    expect(b.sequences).toEqual([
      {
        schema: name,
        name: 'Weird "seq"; drop table x',
        dataType: "integer",
        start: "-7",
        increment: "-3",
        min: "-1000",
        max: "-5",
        cache: "4",
        cycle: true,
        ownedBy: { table: name, column: name },
        comment: "it's counting",
        renamedFrom: null,
      },
    ]);
    expect(b.unmanaged).toEqual([]);
    expect(kinds(upgrade)).toEqual(["createSequence", "alterSequence", "setSequenceComment"]);
    expect(kinds(downgrade)).toEqual(["alterSequence", "dropSequence"]);
  });

  it.each([
    ["the type", "as integer"],
    ["the start", "start with 42"],
    ["the increment", "increment by 5"],
    ["the minimum", "minvalue 0"],
    ["the maximum", "maxvalue 1000"],
    ["the cache", "cache 10"],
    ["cycling", "cycle"],
    ["the direction", "increment by -1 maxvalue -1 start with -1"],
  ])("changes %s in place, never the current value", async (_what, options) => {
    const { upgrade } = await roundTrip(
      "create sequence s; select nextval('s'), nextval('s');",
      `create sequence s ${options};`,
    );
    expect(kinds(upgrade)).toEqual(["alterSequence"]);
    expect(upgrade[0]).not.toHaveProperty("restart", 1);
  });

  it("sets, moves and removes its owner before a table that owns it goes", async () => {
    const tables = "create table t (a bigint, b bigint);";
    const moved = await roundTrip(
      `${tables} create sequence s owned by t.a;`,
      `${tables} create sequence s owned by t.b;`,
    );
    expect(moved.upgrade).toMatchObject([
      { kind: "alterSequence", ownedBy: null, existing: { ownedBy: { table: "t", column: "a" } } },
      { kind: "alterSequence", ownedBy: { table: "t", column: "b" } },
    ]);
    // The table that owned it goes; the sequence stays.
    const released = await roundTrip(
      "create table t (a bigint); create sequence s owned by t.a;",
      "create sequence s;",
    );
    expect(kinds(released.upgrade)).toEqual(["alterSequence", "dropTable"]);
  });

  it("keeps its owner through a rename of the owning table and column", async () => {
    const { upgrade } = await roundTrip(
      "create table t (a bigint); create sequence s owned by t.a;",
      "create table u (b bigint); create sequence s owned by u.b;",
      (b) => ({
        ...b,
        tables: b.tables.map((t) => ({
          ...t,
          renamedFrom: "t",
          columns: t.columns.map((c) => ({ ...c, renamedFrom: "a" })),
        })),
      }),
    );
    expect(kinds(upgrade)).toEqual(["renameTable", "renameColumn"]);
  });

  it("renames one the models say was renamed, and keeps its value", async () => {
    const { upgrade, downgrade } = await roundTrip(
      "create sequence old_name start 10; select setval('old_name', 77);",
      "create sequence new_name start 10;",
      (b) => ({
        ...b,
        sequences: b.sequences.map((s) => ({ ...s, renamedFrom: "old_name" })),
      }),
    );
    expect(kinds(upgrade)).toEqual(["renameSequence"]);
    expect(kinds(downgrade)).toEqual(["renameSequence"]);
  });

  it("keeps a serial's sequence with its column, not as a free-standing one", async () => {
    const { schema } = await build(
      "create table t (id serial, n bigint generated always as identity, o bigint); create sequence x owned by t.o;",
    );
    expect(schema.sequences.map((s) => s.name)).toEqual(["x"]);
  });
});

describe("schemas round-trip", () => {
  it("creates an empty schema with its comment, changes the comment, and drops it", async () => {
    const created = await roundTrip(
      "",
      `create schema ${hostile}; comment on schema ${hostile} is 'nothing yet';`,
    );
    expect(kinds(created.upgrade)).toEqual(["createSchema", "setSchemaComment"]);
    const changed = await roundTrip(
      "create schema app; comment on schema app is 'before';",
      "create schema app; comment on schema app is 'after';",
    );
    expect(changed.upgrade).toMatchObject([
      { kind: "setSchemaComment", name: "app", comment: "after", existingComment: "before" },
    ]);
    const removed = await roundTrip(
      "create schema app; comment on schema app is 'x';",
      "create schema app;",
    );
    expect(removed.upgrade).toMatchObject([{ kind: "setSchemaComment", comment: null }]);
  });
});

describe("extensions round-trip", () => {
  it("installs one before the table that uses it, and drops it after", async () => {
    const { upgrade, downgrade } = await roundTrip(
      "",
      "create extension hstore with schema public; create table t (h hstore);",
    );
    expect(kinds(upgrade)).toEqual(["createExtension", "createTable"]);
    expect(kinds(downgrade)).toEqual(["dropTable", "dropExtension"]);
  });

  it("moves one to another schema", async () => {
    const { upgrade } = await roundTrip(
      "create schema ext; create extension citext with schema public;",
      "create schema ext; create extension citext with schema ext;",
    );
    expect(upgrade).toMatchObject([
      { kind: "alterExtension", name: "citext", schema: "ext", existing: { schema: "public" } },
    ]);
  });

  it("updates a pinned version, and leaves an unpinned one alone", async () => {
    const { schema: old } = await build("create extension hstore version '1.7';");
    const { schema: current } = await build("create extension hstore;");
    const pinned = diffSchemas(old, current);
    expect(pinned.upgrade).toMatchObject([
      { kind: "alterExtension", name: "hstore", version: current.extensions[0]!.version },
    ]);
    const unpinned = {
      ...current,
      extensions: current.extensions.map((e) => ({ ...e, version: null })),
    };
    expect(diffSchemas(old, unpinned).upgrade).toEqual([]);
    await database.reset();
    await sql.raw("create extension hstore version '1.7';").execute(database.db);
    await database.apply(pinned.upgrade);
    expect((await database.introspect()).extensions).toEqual(current.extensions);
  });
});

describe("autogenerate from sequence(), schema() and extension() models", () => {
  it("writes a migration whose up builds them and whose down removes them exactly", async () => {
    const invoice = table(
      "invoice",
      {
        id: column.bigint().primaryKey(),
        number: column.bigint(),
        tags: column.type("public.hstore"),
      },
      { schema: "billing" },
    );
    const models = {
      invoice,
      invoiceNumber: sequence("invoice_number", {
        schema: "billing",
        start: 1000,
        ownedBy: invoice.columns.number,
        comment: "one per invoice",
      }),
      archive: schema("archive", { comment: "later" }),
      hstore: extension("hstore"),
    };
    const { dump: empty } = await build("");
    const result = await autogenerate({ db: database.db, models });
    expect(result.upgrades).toContain('op.createExtension("hstore", { schema: "public" });');
    expect(result.upgrades).toContain(
      'op.setSequenceComment("invoice_number", "one per invoice", { schema: "billing" });',
    );
    expect(result.upgrades).toContain('op.setSchemaComment("archive", "later");');
    expect(result.downgrades).toContain("// DESTRUCTIVE: drops extension hstore");
    await runBody(result.upgrades);
    expect((await checkModels({ db: database.db, models })).changes).toEqual([]);
    await runBody(result.downgrades);
    expect(dump()).toEqual(empty);
  });
});

/** Records a migration body as `up(op)` would, then runs it on the test database. */
async function runBody(body: string): Promise<void> {
  const op = new Operations();
  new Function("op", body)(op);
  await database.apply(op.operations);
}
