import { Operations } from "@retort/core";
import { openTestDatabase } from "@retort/test-harness";
import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { introspectDependencies } from "../introspect/catalog-dependencies";
import { introspectSchema } from "../introspect/introspect-schema";
import { emptySchema } from "../schema/schema-description";
import { runBody } from "./pull.test-fixture";
import { renderBaseline } from "./render-baseline";

const tableCount = 500;

/**
 * A schema the size of issue #14's: 500 tables over two schemas, 900 foreign keys (to primary
 * keys, unique constraints and unique indexes; cycles, self-references, composite keys, across
 * schemas, to and from partitioned tables) and 800 triggers (constraint triggers among them).
 */
function ddl(): string {
  let seed = 14;
  const next = (n: number) => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed % n;
  };
  const name = (k: number) => `${k % 5 === 0 ? "other" : "public"}.t${k}`;
  const parts = [
    "create schema other;",
    "create function public.touch() returns trigger language plpgsql as $$ begin return new; end $$;",
  ];
  for (let k = 0; k < tableCount; k++) {
    if (k % 50 === 7) {
      parts.push(
        `create table ${name(k)} (id int, code text, a int, b int, c int, at date not null, primary key (id, at), unique (code, at)) partition by range (at);`,
        `create table ${name(k)}_p partition of ${name(k)} for values from ('2000-01-01') to ('2100-01-01');`,
      );
    } else {
      parts.push(
        `create table ${name(k)} (id int primary key, code text unique, alt int, a int, b int, c int, at date);`,
        `create unique index t${k}_alt on ${name(k)} (alt);`,
      );
    }
  }
  const isPartitioned = (k: number) => k % 50 === 7;
  let keys = 0;
  for (let k = 0; keys < 900; k = (k + 1) % tableCount) {
    const column = ["a", "b", "c"][Math.floor(keys / tableCount)]!;
    const to = keys % 97 === 0 ? k : next(tableCount);
    const target = isPartitioned(to)
      ? `(${column}, at) references ${name(to)} (id, at)`
      : keys % 3 === 0
        ? `(${column}) references ${name(to)} (alt)`
        : `(${column}) references ${name(to)} (id)`;
    if (isPartitioned(to) && isPartitioned(k)) continue;
    parts.push(
      `alter table ${name(k)} add constraint t${k}_${column}_fk foreign key ${target} on delete ${keys % 2 === 0 ? "cascade" : "no action"};`,
    );
    keys++;
  }
  for (let k = 0; k < 400; k++) {
    parts.push(
      `create trigger t${k}_touch before update on ${name(k)} for each row execute function public.touch();`,
      k % 4 === 0
        ? `create constraint trigger t${k}_check after insert on ${name(k)} from ${name((k + 1) % tableCount)} deferrable for each row execute function public.touch();`
        : `create trigger t${k}_insert before insert on ${name(k)} for each row execute function public.touch();`,
    );
  }
  return parts.join("\n");
}

describe("a baseline of a large schema (issue #14)", () => {
  let source: Awaited<ReturnType<typeof openTestDatabase>>;
  let target: Awaited<ReturnType<typeof openTestDatabase>>;

  beforeAll(async () => {
    source = await openTestDatabase("differ_pull_drop_order_a");
    target = await openTestDatabase("differ_pull_drop_order_b");
    await sql.raw(ddl()).execute(source.db);
    // Hundreds of tables on a server other test files share: room beyond the default.
  }, 300_000);

  afterAll(async () => {
    await source?.close();
    await target?.close();
  });

  it("drops every foreign key before the tables it joins, so downgrade base empties it", async () => {
    const schema = await introspectSchema(source.db);
    expect(schema.tables.length).toBe(tableCount + 10);
    expect(schema.tables.flatMap((t) => t.foreignKeys).length).toBe(900);

    expect(schema.triggers.length).toBe(800);
    const baseline = renderBaseline(schema, {
      dependencies: await introspectDependencies(source.db),
    });
    const down = new Operations();
    new Function("op", baseline.downgrades)(down);
    const droppedAt = new Map<string, number>();
    down.operations.forEach((op, k) => {
      if (op.kind === "dropTable") droppedAt.set(`${op.schema ?? "public"}.${op.table}`, k);
    });
    let foreignKeys = 0;
    down.operations.forEach((op, k) => {
      if (op.kind !== "dropConstraint" || op.definition?.kind !== "addForeignKey") return;
      foreignKeys++;
      const { references } = op.definition;
      expect(k).toBeLessThan(droppedAt.get(`${op.schema ?? "public"}.${op.table}`)!);
      expect(k).toBeLessThan(
        droppedAt.get(`${references.schema ?? "public"}.${references.table}`)!,
      );
    });
    // A self-reference goes with its table.
    expect(foreignKeys).toBeGreaterThan(880);

    await runBody(target.db, baseline.upgrades);
    expect(await introspectSchema(target.db)).toStrictEqual(schema);
    await runBody(target.db, baseline.downgrades);
    expect(await introspectSchema(target.db)).toStrictEqual(emptySchema);
  }, 300_000);
});
