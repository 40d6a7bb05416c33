import { type OpenTestDatabase, openTestDatabase } from "@retort/test-harness";
import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { column as c } from "../models/column-builder";
import { table } from "../models/table";
import { managedScope } from "../scope/managed-scope";
import { checkModels } from "./autogenerate";

// A type modifier means what the type's typmod_in makes of it: a model that writes it another
// way than the server prints it (PostGIS's `geometry(polygon,4326)` is stored `(Polygon,4326)`)
// must still come clean (issue #14, "a type modifier compared as written").

const scope = managedScope({
  versionTableSchema: "public",
  versionTable: "retort_version",
  historyTable: "retort_history",
});

/**
 * A base type whose modifier goes through PostgreSQL's own varchar functions, so `vc(010)` is
 * stored as `vc(10)`: an extension's type with a modifier, without the extension.
 */
const modifiedType = `
  create type public.vc;
  create function public.vc_in(cstring, oid, integer) returns public.vc
    language internal immutable strict as 'varcharin';
  create function public.vc_out(public.vc) returns cstring
    language internal immutable strict as 'varcharout';
  create function public.vc_typmod_in(cstring[]) returns integer
    language internal immutable strict as 'varchartypmodin';
  create function public.vc_typmod_out(integer) returns cstring
    language internal immutable strict as 'varchartypmodout';
  create type public.vc (input = public.vc_in, output = public.vc_out,
    typmod_in = public.vc_typmod_in, typmod_out = public.vc_typmod_out, like = text);`;

describe("a type modifier written another way than the server prints it", () => {
  let database: OpenTestDatabase;
  beforeAll(async () => {
    database = await openTestDatabase("differ_canonical_types");
    await sql.raw(modifiedType).execute(database.db);
    await sql
      .raw("create table public.label (code public.vc(10) not null, tags public.vc(4)[])")
      .execute(database.db);
  });
  afterAll(async () => {
    await database?.close();
  });

  it("compares as the server reads it", async () => {
    const label = table("label", {
      code: c.type("public.vc(010)").notNull(),
      tags: c.type("public.vc(04)[]"),
    });
    const result = await checkModels({ db: database.db, models: { label }, ...scope });
    expect(result.changes.map((change) => change.description)).toEqual([]);
  });

  it("still finds a modifier that means something else", async () => {
    const label = table("label", {
      code: c.type("public.vc(011)").notNull(),
      tags: c.type("public.vc(4)[]"),
    });
    const result = await checkModels({ db: database.db, models: { label }, ...scope });
    expect(result.changes.map((change) => change.description)).toEqual([
      "changed column public.label.code: type public.vc(10) -> public.vc(11)",
    ]);
  });
});

/** Whether the server can create PostGIS (not every test server has it installed). */
const hasPostgis = await (async () => {
  const probe = await openTestDatabase("differ_canonical_types_probe");
  try {
    const found = await sql`select 1 from pg_available_extensions where name = 'postgis'`.execute(
      probe.db,
    );
    return found.rows.length > 0;
  } finally {
    await probe.close();
  }
})();

describe.skipIf(!hasPostgis)("PostGIS geometry types in lower case", () => {
  let database: OpenTestDatabase;
  beforeAll(async () => {
    database = await openTestDatabase("differ_canonical_types_postgis");
    await sql
      .raw(
        "create extension postgis; create table public.place (area public.geometry(Polygon,4326), spot public.geography(PointZ,4326))",
      )
      .execute(database.db);
  });
  afterAll(async () => {
    await database?.close();
  });

  it("come clean against the types PostGIS prints", async () => {
    const place = table("place", {
      area: c.type("public.geometry(polygon, 4326)"),
      spot: c.type("public.geography(POINTZ,4326)"),
    });
    const result = await checkModels({ db: database.db, models: { place }, ...scope });
    expect(result.changes.map((change) => change.description)).toEqual([]);
  });
});
