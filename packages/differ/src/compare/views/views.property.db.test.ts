import fc from "fast-check";
import { sql } from "kysely";
import { afterAll, beforeAll, describe, it } from "vitest";
import {
  describeBoth,
  expectRoundTrip,
  openRoundTripDatabase,
  type RoundTripDatabase,
} from "../round-trip.test-fixture";

// Random views over one table and over each other, written as SQL and introspected: A and B.
// The law: the upgrade turns A into B (replacing, re-creating with dependents, around a column
// type change), the downgrade gives A back exactly, and the comparison then finds nothing.
const columns = ["id", "a", "b", "c"] as const;

const viewArb = fc.record({
  /** 0 reads the table; k reads view k - 1 when it exists and comes before. */
  source: fc.nat(3),
  picked: fc.subarray(["a", "b", "c"] as const),
  filtered: fc.boolean(),
  materialized: fc.boolean(),
  securityBarrier: fc.boolean(),
  securityInvoker: fc.boolean(),
  comment: fc.option(fc.constantFrom("rows", "it's"), { nil: null }),
  indexed: fc.boolean(),
});

const specArb = fc.record({
  wideA: fc.boolean(),
  views: fc.array(fc.option(viewArb, { nil: null }), { minLength: 4, maxLength: 4 }),
});

type Spec = typeof specArb extends fc.Arbitrary<infer T> ? T : never;

function toSql(spec: Spec): string {
  const statements = [
    `create table base (id integer primary key, a ${spec.wideA ? "bigint" : "integer"}, b text, c numeric(8,2));`,
  ];
  const columnsOf = new Map<number, readonly string[]>([[-1, columns]]);
  spec.views.forEach((v, k) => {
    if (v === null) return;
    const sourceIndex =
      v.source > 0 && v.source - 1 < k && columnsOf.has(v.source - 1) ? v.source - 1 : -1;
    const source = sourceIndex === -1 ? "base" : `v${sourceIndex}`;
    const available = columnsOf.get(sourceIndex)!;
    const picked = ["id", ...v.picked.filter((c) => available.includes(c))];
    columnsOf.set(k, picked);
    const where = v.filtered && picked.includes("b") ? " where b <> 'x'" : "";
    const name = `v${k}`;
    if (v.materialized) {
      statements.push(
        `create materialized view ${name} as select ${picked.join(", ")} from ${source}${where};`,
      );
      if (v.indexed) statements.push(`create index ${name}_id on ${name} (id);`);
    } else {
      const options = [
        v.securityBarrier ? "security_barrier = true" : "",
        v.securityInvoker && hasSecurityInvoker ? "security_invoker = true" : "",
      ].filter((o) => o !== "");
      const withOptions = options.length > 0 ? ` with (${options.join(", ")})` : "";
      statements.push(
        `create view ${name}${withOptions} as select ${picked.join(", ")} from ${source}${where};`,
      );
    }
    if (v.comment !== null) {
      statements.push(
        `comment on ${v.materialized ? "materialized view" : "view"} ${name} is '${v.comment.replace("'", "''")}';`,
      );
    }
  });
  return statements.join("\n");
}

let database: RoundTripDatabase;
/** `security_invoker` came with PostgreSQL 15. */
let hasSecurityInvoker = false;

beforeAll(async () => {
  database = await openRoundTripDatabase("differ_views_property");
  const { rows } = await sql<{ ok: boolean }>`
    select current_setting('server_version_num')::int >= 150000 as ok`.execute(database.db);
  hasSecurityInvoker = rows[0]?.ok === true;
}, 60_000);

afterAll(async () => {
  await database?.close();
});

describe("diffSchemas on random views", () => {
  it("turns A into B and back, and check then finds nothing", async () => {
    await fc.assert(
      fc.asyncProperty(specArb, specArb, async (specA, specB) => {
        const { a, b } = await describeBoth(database, toSql(specA), toSql(specB));
        await expectRoundTrip(database, a, b);
      }),
      { numRuns: 25 },
    );
  }, 300_000);
});
