// Autogenerate on a real server for what the models could not say or the comparison lost
// (issue #14, "Autogenerate gaps"): each case runs the generated operations over rows.
import type { Operation } from "@retort/core";
import { sql } from "kysely";
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { type ColumnBuilder, column as c } from "../models/column-builder";
import { describeModels } from "../models/describe-models";
import { table } from "../models/table";
import { check, foreignKey, primaryKey } from "../models/table-constraints";
import {
  describeRenderedModels,
  differEntry,
  managedPart,
  temporaryModelsDir,
} from "../pull/pull.test-fixture";
import { renderModelFiles } from "../pull/render-model-files";
import { diffSchemas } from "./diff-schemas";
import { openRoundTripDatabase, type RoundTripDatabase } from "./round-trip.test-fixture";

const database: RoundTripDatabase = await openRoundTripDatabase("differ_gaps");
const { rows: versionRows } = await sql<{
  server_version_num: string;
}>`show server_version_num`.execute(database.db);
const serverVersion = Number(versionRows[0]!.server_version_num);

afterAll(async () => {
  await database?.close();
});

beforeEach(async () => {
  await database.reset();
});

const run = (text: string) => sql.raw(text).execute(database.db);

/** Upgrades the database to the models, then asserts `check` comes clean. */
async function upgradeTo(models: Record<string, unknown>): Promise<{
  upgrade: Operation[];
  downgrade: Operation[];
}> {
  const target = describeModels(models);
  const diff = diffSchemas(await database.introspect(), target);
  await database.apply(diff.upgrade);
  expect(diffSchemas(await database.introspect(), target).upgrade, "check").toEqual([]);
  return diff;
}

/** Pulls the database into model files, describes them, and expects the same description. */
async function expectPullRoundTrip(): Promise<string> {
  const actual = await database.introspect();
  const tmp = temporaryModelsDir();
  try {
    const result = renderModelFiles(actual, {
      modelsDir: tmp.dir,
      entryFile: "index.ts",
      importFrom: differEntry,
    });
    expect(result.warnings).toEqual([]);
    const described = await describeRenderedModels(result.files, `${tmp.dir}/index.ts`);
    expect(described).toStrictEqual(managedPart(actual));
    return result.files.map((f) => f.text).join("\n");
  } finally {
    tmp.remove();
  }
}

describe("NOT VALID constraints", () => {
  const parent = table("parent", { id: c.integer().primaryKey() });

  it("adds checks and foreign keys declared not valid NOT VALID, over rows that break them", async () => {
    await run(`
      create table parent (id integer primary key);
      create table child (id integer, parent_id integer, other_id integer, n integer);
      insert into child values (-1, 42, 43, -5);
    `);
    const child = table(
      "child",
      {
        id: c.integer().check("id > 0", { notValid: true }),
        parentId: c
          .integer()
          .name("parent_id")
          .references(() => parent.columns.id, { notValid: true }),
        otherId: c.integer().name("other_id"),
        n: c.integer(),
      },
      (t) => ({
        checks: [check("n > 0 and id > 0", { name: "child_n_positive", notValid: true })],
        foreignKeys: [
          foreignKey({
            name: "child_other_fk",
            columns: [t.otherId],
            references: () => [parent.columns.id],
            notValid: true,
          }),
        ],
      }),
    );
    const { upgrade, downgrade } = await upgradeTo({ parent, child });
    const adds = upgrade.filter((op) => op.kind === "addCheck" || op.kind === "addForeignKey");
    expect(adds).toHaveLength(4);
    for (const op of adds) expect(op).toMatchObject({ notValid: true });
    const after = (await database.introspect()).tables.find((t) => t.name === "child")!;
    expect(after.checks.map((k) => k.notValid)).toEqual([true, true]);
    expect(after.foreignKeys.map((k) => k.notValid)).toEqual([true, true]);
    await database.apply(downgrade);
    expect((await database.introspect()).tables.find((t) => t.name === "child")!.checks).toEqual(
      [],
    );
  });

  it("validates a constraint NOT VALID in the database and valid in the models; the downgrade leaves it valid", async () => {
    await run(`
      create table parent (id integer primary key);
      create table child (id integer, parent_id integer);
      insert into parent values (1);
      insert into child values (1, 1);
      alter table child add constraint child_id_check check (id > 0) not valid;
      alter table child add constraint child_parent_id_fkey
        foreign key (parent_id) references parent (id) not valid;
    `);
    const child = table("child", {
      id: c.integer().check("id > 0"),
      parentId: c
        .integer()
        .name("parent_id")
        .references(() => parent.columns.id),
    });
    const { upgrade, downgrade } = await upgradeTo({ parent, child });
    expect(upgrade).toEqual([
      { kind: "validateConstraint", schema: "public", table: "child", name: "child_id_check" },
      {
        kind: "validateConstraint",
        schema: "public",
        table: "child",
        name: "child_parent_id_fkey",
      },
    ]);
    expect(downgrade).toEqual([]);
    const after = (await database.introspect()).tables.find((t) => t.name === "child")!;
    expect([...after.checks, ...after.foreignKeys].some((k) => k.notValid)).toBe(false);
  });

  it("pulls NOT VALID constraints as notValid models", async () => {
    await run(`
      create table parent (id integer primary key);
      create table child (id integer, parent_id integer, other_id integer, n integer);
      alter table child add constraint child_id_check check (id > 0) not valid;
      alter table child add constraint child_n_positive check (n > 0 and id > 0) not valid;
      alter table child add foreign key (parent_id) references parent (id) not valid;
      alter table child add constraint child_other_fk foreign key (other_id) references parent (id) not valid;
    `);
    const text = await expectPullRoundTrip();
    expect(text).toContain('.check("id > 0", { notValid: true })');
    expect(text).toContain("notValid: true })");
  });
});

describe("identity columns", () => {
  const counter = (id: ColumnBuilder) => table("counter", { id, note: c.text() });
  const insert = async (...notes: string[]) => {
    const { rows } = await sql<{ id: number }>`
      insert into counter (note) select unnest(${notes}::text[]) returning id
    `.execute(database.db);
    return rows.map((r) => Number(r.id));
  };

  it("changes every sequence option over rows, moving the position into a raised MINVALUE", async () => {
    await run("create table counter (id integer generated by default as identity, note text)");
    expect(await insert("a", "b", "c")).toEqual([1, 2, 3]);
    const raised = counter(
      c.integer().generatedByDefaultAsIdentity({
        min: 1000,
        max: 900000,
        increment: 5,
        cache: 3,
        cycle: true,
      }),
    );
    const { downgrade } = await upgradeTo({ counter: raised });
    expect(await insert("d", "e")).toEqual([1000, 1005]);
    await database.apply(downgrade);
    // CACHE 3 had reserved up to 1010; back to INCREMENT BY 1, the next is after those.
    expect(await insert("f")).toEqual([1011]);
    // Above the raised MINVALUE already, the position stays.
    await upgradeTo({ counter: counter(c.integer().generatedByDefaultAsIdentity({ min: 5 })) });
    expect(await insert("g")).toEqual([1012]);
    const descending = counter(c.integer().generatedByDefaultAsIdentity({ increment: -1 }));
    await database.reset();
    await run(
      "create table counter (id integer generated by default as identity (increment by -1 maxvalue 100), note text)",
    );
    expect(await insert("a")).toEqual([100]);
    await upgradeTo({ counter: descending });
    expect(await insert("b")).toEqual([-1]);
    await database.reset();
    await run(
      "create table counter (id integer generated by default as identity (increment by -1), note text)",
    );
    await insert("a", "b");
    await upgradeTo({
      counter: counter(c.integer().generatedByDefaultAsIdentity({ increment: -1, max: -100 })),
    });
    expect(await insert("c")).toEqual([-100]);
  });

  it("changes direction with the position outside the new range, and back, never reusing a value", async () => {
    await run("create table counter (id integer generated by default as identity, note text)");
    expect(await insert("a", "b", "c")).toEqual([1, 2, 3]);
    const { downgrade } = await upgradeTo({
      counter: counter(c.integer().generatedByDefaultAsIdentity({ increment: -1 })),
    });
    expect(await insert("d", "e")).toEqual([-1, -2]);
    await database.apply(downgrade);
    // Back up: after the values the column holds, not at START (1) again.
    expect(await insert("f")).toEqual([4]);
  });

  const sequences = async () => {
    const { rows } = await sql<{ name: string }>`
      select relname as name from pg_class where relkind = 'S' order by relname
    `.execute(database.db);
    return rows.map((r) => r.name);
  };

  it("turns a serial column into an identity column and back, keeping the sequence's name and position", async () => {
    await run("create table counter (id serial primary key, note text)");
    expect(await insert("a", "b", "c")).toEqual([1, 2, 3]);
    const identity = counter(c.integer().primaryKey().generatedByDefaultAsIdentity());
    const { downgrade } = await upgradeTo({ counter: identity });
    expect(await sequences()).toEqual(["counter_id_seq"]);
    expect(await insert("d")).toEqual([4]);
    await database.apply(downgrade);
    expect(await sequences()).toEqual(["counter_id_seq"]);
    expect(await insert("e")).toEqual([5]);
    const serial = counter(c.serial().primaryKey());
    expect(
      diffSchemas(await database.introspect(), describeModels({ counter: serial })).upgrade,
    ).toEqual([]);
  });

  it("keeps an identity's sequence name that is not <table>_<column>_seq, and renames it when the models say so", async () => {
    await run(`
      create table old_counter (id integer generated by default as identity, note text);
      alter table old_counter rename to counter;
    `);
    expect(await insert("a", "b")).toEqual([1, 2]);
    const named = counter(
      c.integer().generatedByDefaultAsIdentity({ sequenceName: "old_counter_id_seq" }),
    );
    expect(
      diffSchemas(await database.introspect(), describeModels({ counter: named })).upgrade,
    ).toEqual([]);
    const text = await expectPullRoundTrip();
    expect(text).toContain('generatedByDefaultAsIdentity({ sequenceName: "old_counter_id_seq" })');
    // Unnamed in the models, the sequence takes the usual name, in place.
    const { downgrade } = await upgradeTo({
      counter: counter(c.integer().generatedByDefaultAsIdentity()),
    });
    expect(await sequences()).toEqual(["counter_id_seq"]);
    expect(await insert("c")).toEqual([3]);
    await database.apply(downgrade);
    expect(await sequences()).toEqual(["old_counter_id_seq"]);
    // Created from the models with its name.
    await database.reset();
    await upgradeTo({ counter: named });
    expect(await sequences()).toEqual(["old_counter_id_seq"]);
  });

  it("renames an identity's sequence with its table and column", async () => {
    await run("create table old_counter (old_id integer generated always as identity, note text)");
    const renamed = table(
      "counter",
      { id: c.integer().generatedAlwaysAsIdentity().renamedFrom("old_id"), note: c.text() },
      null,
      { renamedFrom: "old_counter" },
    );
    const { upgrade, downgrade } = await upgradeTo({ counter: renamed });
    expect(upgrade.map((op) => op.kind)).toEqual(["renameTable", "renameColumn", "execute"]);
    expect(await sequences()).toEqual(["counter_id_seq"]);
    await database.apply(downgrade);
    expect(await sequences()).toEqual(["old_counter_old_id_seq"]);
  });
});

describe("ON DELETE SET NULL / SET DEFAULT column lists", () => {
  it.skipIf(serverVersion < 150000)(
    "keeps the columns an ON DELETE SET NULL (...) sets, from the models, the database and pull",
    async () => {
      await run(`
        create table tenant_user (tenant_id integer, id integer, primary key (tenant_id, id));
        create table doc (tenant_id integer not null default 0, owner_id integer, title text);
        insert into tenant_user values (1, 7);
        insert into doc values (1, 7, 'a');
      `);
      const tenantUser = table(
        "tenant_user",
        { tenantId: c.integer().name("tenant_id"), id: c.integer() },
        (t) => ({ primaryKey: primaryKey(t.tenantId, t.id) }),
      );
      const doc = (onDelete: "set null" | "set default") =>
        table(
          "doc",
          {
            tenantId: c.integer().name("tenant_id").notNull().default(0),
            ownerId: c.integer().name("owner_id"),
            title: c.text(),
          },
          (t) => ({
            foreignKeys: [
              foreignKey({
                columns: [t.tenantId, t.ownerId],
                references: () => [tenantUser.columns.tenantId, tenantUser.columns.id],
                onDelete,
                onDeleteColumns: [t.ownerId],
              }),
            ],
          }),
        );
      const { upgrade } = await upgradeTo({ tenantUser, doc: doc("set null") });
      expect(upgrade).toMatchObject([{ kind: "addForeignKey", onDeleteColumns: ["owner_id"] }]);
      const key = (await database.introspect()).tables.find((t) => t.name === "doc")!
        .foreignKeys[0]!;
      expect(key).toMatchObject({ onDelete: "set null", onDeleteColumns: ["owner_id"] });
      await run("delete from tenant_user");
      const { rows } = await sql`select tenant_id, owner_id from doc`.execute(database.db);
      expect(rows).toEqual([{ tenant_id: 1, owner_id: null }]);
      const text = await expectPullRoundTrip();
      expect(text).toContain("onDeleteColumns: [t.ownerId]");
      // Another action or column list is a change.
      await upgradeTo({ tenantUser, doc: doc("set default") });
      expect(
        (await database.introspect()).tables.find((t) => t.name === "doc")!.foreignKeys[0],
      ).toMatchObject({ onDelete: "set default", onDeleteColumns: ["owner_id"] });
    },
  );
});
