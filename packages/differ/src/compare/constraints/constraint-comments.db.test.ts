// Comments on constraints (issue #13) end to end: read with each constraint (no longer SQL beside
// the models), compared without rebuilding the constraint, set again on one re-added, undone
// exactly, pulled into the models and rebuilt by the baseline.
import { openTestDatabase, pgDumpMatchesTestServer, schemaDumpText } from "@retort/test-harness";
import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { introspectDependencies } from "../../introspect/catalog-dependencies";
import { introspectSchema } from "../../introspect/introspect-schema";
import { column as c } from "../../models/column-builder";
import { describeModels } from "../../models/describe-models";
import { table } from "../../models/table";
import { check, exclude, foreignKey, primaryKey, unique } from "../../models/table-constraints";
import {
  describeRenderedModels,
  differEntry,
  managedPart,
  runBody,
  temporaryModelsDir,
} from "../../pull/pull.test-fixture";
import { renderBaseline } from "../../pull/render-baseline";
import { renderModelFiles } from "../../pull/render-model-files";
import { renderMigrationBody } from "../../render/render-migration-body";
import { diffSchemas } from "../diff-schemas";
import {
  describeBoth,
  expectRoundTrip,
  openRoundTripDatabase,
  type RoundTripDatabase,
} from "../round-trip.test-fixture";

const weird = 'Weird "name"; drop table x';
const weirdSql = `"Weird ""name""; drop table x"`;

/** A constraint of every kind with a comment, on tables and constraints with hostile names. */
const commented = `
  create table parent (id integer, code text, note text,
    constraint "parent key" primary key (id), constraint parent_code_key unique (code),
    constraint parent_note_check check (note <> ''));
  create table public.${weirdSql} (id integer primary key, parent integer, during int4range, qty integer,
    constraint ${weirdSql} foreign key (parent) references parent (id),
    constraint qty_positive check (qty > 0),
    constraint no_overlap exclude using gist (during with &&));
  comment on constraint "parent key" on parent is 'the key; it''s "primary"';
  comment on constraint parent_code_key on parent is 'one per code';
  comment on constraint parent_note_check on parent is 'never empty';
  comment on constraint ${weirdSql} on public.${weirdSql} is ${"'Weird \"name\"; drop table x'"};
  comment on constraint qty_positive on public.${weirdSql} is 'no negative stock';
  comment on constraint no_overlap on public.${weirdSql} is 'one booking at a time';
  create table plain (id integer primary key);
  comment on constraint plain_pkey on plain is 'surrogate';
`;

/** The models of `commented`, with table-level constraints. */
function commentedModels() {
  const parent = table("parent", { id: c.integer(), code: c.text(), note: c.text() }, (t) => ({
    primaryKey: primaryKey({
      name: "parent key",
      columns: [t.id],
      comment: `the key; it's "primary"`,
    }),
    uniques: [unique({ columns: [t.code], comment: "one per code" })],
    checks: [check(`note <> ''`, { name: "parent_note_check", comment: "never empty" })],
  }));
  const booking = table(
    weird,
    {
      id: c.integer().primaryKey(),
      parent: c.integer(),
      during: c.type("int4range"),
      qty: c.integer(),
    },
    (t) => ({
      foreignKeys: [
        foreignKey({
          name: weird,
          columns: [t.parent],
          references: () => [parent.columns.id],
          comment: weird,
        }),
      ],
      checks: [check("qty > 0", { name: "qty_positive", comment: "no negative stock" })],
      exclusions: [
        exclude({
          name: "no_overlap",
          elements: [{ column: t.during, operator: "&&" }],
          comment: "one booking at a time",
        }),
      ],
    }),
  );
  // A one-column key under its default name, commented: the options form.
  const plain = table("plain", { id: c.integer() }, (t) => ({
    primaryKey: primaryKey({ columns: [t.id], comment: "surrogate" }),
  }));
  return { parent, booking, plain };
}

/** The same with the column-level forms. */
function columnLevelModels() {
  const parent = table("parent", {
    id: c.integer().primaryKey(),
    code: c.text().unique({ comment: "one per code" }),
    note: c.text().check(`note <> ''`, { comment: "never empty" }),
  });
  const child = table("child", {
    parent: c.integer().references(() => parent.columns.id, { comment: "its parent" }),
  });
  return { parent, child };
}

const canDump = await pgDumpMatchesTestServer();

let database: RoundTripDatabase;

beforeAll(async () => {
  database = await openRoundTripDatabase("differ_constraint_comments");
});

afterAll(async () => {
  await database?.close();
});

describe("constraint comments", () => {
  it("are read with each constraint, no longer as SQL beside the models", async () => {
    await database.reset();
    await sql.raw(commented).execute(database.db);
    const d = await database.introspect();
    const parent = d.tables.find((t) => t.name === "parent")!;
    const booking = d.tables.find((t) => t.name === weird)!;
    expect(parent.primaryKey?.comment).toBe(`the key; it's "primary"`);
    expect(parent.uniques.map((u) => u.comment)).toEqual(["one per code"]);
    expect(parent.checks.map((x) => x.comment)).toEqual(["never empty"]);
    expect(booking.foreignKeys.map((fk) => fk.comment)).toEqual([weird]);
    expect(booking.checks.map((x) => x.comment)).toEqual(["no negative stock"]);
    expect(booking.exclusions.map((x) => x.comment)).toEqual(["one booking at a time"]);
    // A constraint without a comment has no comment field at all.
    expect(booking.primaryKey).not.toHaveProperty("comment");
    expect(d.unmanaged).toEqual([]);
  });

  it("declared in the models match the database: check finds nothing", async () => {
    await database.reset();
    await sql.raw(commented).execute(database.db);
    const live = await database.introspect();
    expect(diffSchemas(live, describeModels(commentedModels())).upgrade).toEqual([]);
  });

  it("declared on columns match the database too", async () => {
    await database.reset();
    await sql
      .raw(
        `create table parent (id integer primary key, code text unique, note text check (note <> ''));
         create table child (parent integer references parent (id));
         comment on constraint parent_code_key on parent is 'one per code';
         comment on constraint parent_note_check on parent is 'never empty';
         comment on constraint child_parent_fkey on child is 'its parent';`,
      )
      .execute(database.db);
    const live = await database.introspect();
    expect(diffSchemas(live, describeModels(columnLevelModels())).upgrade).toEqual([]);
  });

  it("set, changed and removed round-trip as comments only, pg_dump equal both ways", async () => {
    const base = `create table parent (id integer, code text, note text, during int4range,
        constraint parent_pkey primary key (id), constraint parent_code_key unique (code),
        constraint parent_note_check check (note <> ''),
        constraint no_overlap exclude using gist (during with &&));
      create table child (parent integer constraint child_parent_fkey references parent (id));`;
    const sqlA = `${base}
      comment on constraint parent_pkey on parent is 'before';
      comment on constraint parent_note_check on parent is 'removed';
      comment on constraint child_parent_fkey on child is 'its parent';`;
    const sqlB = `${base}
      comment on constraint parent_pkey on parent is 'after';
      comment on constraint parent_code_key on parent is 'set';
      comment on constraint no_overlap on parent is 'set too';
      comment on constraint child_parent_fkey on child is 'its parent, changed';`;
    // Both dumps from this database: its reset leaves `public` as both had it.
    await database.reset();
    await sql.raw(sqlB).execute(database.db);
    const dumpB = canDump ? schemaDumpText(database.url) : "";
    const { a, b } = await describeBoth(database, sqlA, sqlB);
    const dumpA = canDump ? schemaDumpText(database.url) : "";
    const { upgrade, downgrade } = await expectRoundTrip(database, a, b);
    expect(new Set(upgrade.map((op) => op.kind))).toEqual(new Set(["setConstraintComment"]));
    expect(upgrade).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          name: "parent_pkey",
          comment: "after",
          existingComment: "before",
        }),
        expect.objectContaining({ name: "parent_code_key", comment: "set", existingComment: null }),
        expect.objectContaining({ name: "parent_note_check", comment: null }),
        expect.objectContaining({ name: "no_overlap", comment: "set too" }),
        expect.objectContaining({ table: "child", name: "child_parent_fkey" }),
      ]),
    );
    expect(upgrade).toHaveLength(5);
    expect(downgrade).toHaveLength(5);
    if (canDump) {
      await database.apply(upgrade);
      expect(schemaDumpText(database.url)).toBe(dumpB);
      await database.apply(downgrade);
      expect(schemaDumpText(database.url)).toBe(dumpA);
    }
  });

  it("a constraint re-created with a new definition gets its comment back after the add", async () => {
    const { a, b } = await describeBoth(
      database,
      `create table t (a integer, b integer, constraint t_a_check check (a > 0),
         constraint t_key unique (a));
       comment on constraint t_a_check on t is 'kept';
       comment on constraint t_key on t is 'old';`,
      `create table t (a integer, b integer, constraint t_a_check check (a > 1),
         constraint t_key unique (a, b));
       comment on constraint t_a_check on t is 'kept';
       comment on constraint t_key on t is 'new';`,
    );
    const { upgrade, downgrade } = await expectRoundTrip(database, a, b);
    const kinds = upgrade.map((op) => `${op.kind} ${"name" in op ? op.name : ""}`);
    expect(kinds).toEqual([
      "dropConstraint t_key",
      "dropConstraint t_a_check",
      "addUnique t_key",
      "addCheck t_a_check",
      "setConstraintComment t_key",
      "setConstraintComment t_a_check",
    ]);
    // Added again, the constraint has no comment: the change is from none, both ways.
    expect(upgrade.filter((op) => op.kind === "setConstraintComment")).toMatchObject([
      { comment: "new", existingComment: null },
      { comment: "kept", existingComment: null },
    ]);
    expect(downgrade.filter((op) => op.kind === "setConstraintComment")).toMatchObject([
      { comment: "old", existingComment: null },
      { comment: "kept", existingComment: null },
    ]);
    expect(renderMigrationBody(upgrade)).toContain(
      `op.setConstraintComment("t", "t_key", "new", { schema: "public", existingComment: null });`,
    );
  });

  it("a renamed constraint keeps its comment: only the rename", async () => {
    const { a, b } = await describeBoth(
      database,
      `create table t (a integer constraint old_check check (a > 0));
       comment on constraint old_check on t is 'kept';`,
      `create table t (a integer constraint new_check check (a > 0));
       comment on constraint new_check on t is 'kept';`,
    );
    const { upgrade } = await expectRoundTrip(database, a, b);
    expect(upgrade.map((op) => op.kind)).toEqual(["renameConstraint"]);
  });

  it("a detached partition's key, a copy of its parent's, gets the comment its table model gives it", async () => {
    const { a, b } = await describeBoth(
      database,
      `create table p (id integer, primary key (id)) partition by range (id);
       create table p1 partition of p for values from (0) to (10);`,
      `create table p (id integer, primary key (id)) partition by range (id);
       create table p1 (id integer, constraint p1_pkey primary key (id));
       comment on constraint p1_pkey on p1 is 'kept';`,
    );
    const { upgrade, downgrade } = await expectRoundTrip(database, a, b);
    expect(upgrade).toMatchObject([
      { kind: "detachPartition" },
      { kind: "setConstraintComment", name: "p1_pkey", comment: "kept", existingComment: null },
    ]);
    expect(downgrade).toMatchObject([
      { kind: "attachPartition" },
      { kind: "setConstraintComment", name: "p1_pkey", comment: null, existingComment: "kept" },
    ]);
  });

  it("a new table's constraints are commented once they exist, foreign keys included", async () => {
    await database.reset();
    await sql.raw(commented).execute(database.db);
    const b = await database.introspect();
    await database.reset();
    const a = await database.introspect();
    const { upgrade } = await expectRoundTrip(database, a, b);
    const comments = upgrade.filter((op) => op.kind === "setConstraintComment");
    expect(comments).toHaveLength(7);
    const lastAdd = upgrade.findLastIndex((op) => op.kind === "addForeignKey");
    expect(upgrade.findIndex((op) => op.kind === "setConstraintComment")).toBeGreaterThan(lastAdd);
  });
});

describe("constraint comments pulled", () => {
  let source: Awaited<ReturnType<typeof openTestDatabase>>;
  let target: Awaited<ReturnType<typeof openTestDatabase>>;
  let empty = "";
  let baseline: ReturnType<typeof renderBaseline>;

  beforeAll(async () => {
    source = await openTestDatabase("differ_constraint_comments_pull_a");
    target = await openTestDatabase("differ_constraint_comments_pull_b");
    await sql.raw(commented).execute(source.db);
    if (canDump) empty = schemaDumpText(target.database.url);
  });

  afterAll(async () => {
    await source?.close();
    await target?.close();
  });

  it("are written into the models, which check clean, and the baseline rebuilds them", async () => {
    const actual = await introspectSchema(source.db);
    const tmp = temporaryModelsDir();
    try {
      const result = renderModelFiles(actual, {
        modelsDir: tmp.dir,
        entryFile: "index.ts",
        importFrom: differEntry,
      });
      const text = result.files.map((f) => f.text).join("\n");
      expect(text).toContain(`comment: "the key; it's \\"primary\\""`);
      expect(text).toContain(`comment: "one booking at a time"`);
      expect(text).toContain(`primaryKey({ columns: [t.id], comment: "surrogate" })`);
      expect(text).toContain(`comment: ${JSON.stringify(weird)}`);
      const described = await describeRenderedModels(result.files, `${tmp.dir}/index.ts`);
      expect(described).toStrictEqual(managedPart(actual));
      expect(diffSchemas(actual, described).upgrade).toEqual([]);
    } finally {
      tmp.remove();
    }

    baseline = renderBaseline(actual, { dependencies: await introspectDependencies(source.db) });
    await runBody(target.db, baseline.upgrades);
    expect(await introspectSchema(target.db)).toStrictEqual(actual);
  });

  // The database the test above rebuilt, as pg_dump prints it (pg_dump must match the server).
  it.skipIf(!canDump)(
    "rebuild the database as pg_dump prints it, and the down empties it",
    async () => {
      expect(schemaDumpText(target.database.url)).toBe(schemaDumpText(source.database.url));
      await runBody(target.db, baseline.downgrades);
      expect(schemaDumpText(target.database.url)).toBe(empty);
    },
  );
});
