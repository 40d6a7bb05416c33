import fc from "fast-check";
import { afterAll, beforeAll, describe, it } from "vitest";
import {
  describeBoth,
  expectRoundTrip,
  openRoundTripDatabase,
  type RoundTripDatabase,
} from "../round-trip.test-fixture";

// Random functions and triggers, written as SQL (independently of the code under test), created
// on an empty database and introspected: A and B. The law: the upgrade turns A into B, the
// downgrade turns B back into A (bodies byte for byte), and the comparison then finds nothing.

const names = ["f", 'Weird "fn"; drop', "ünï", "select"];
const argLists = ["", "a integer", "a integer, b text DEFAULT 'x'::text", "a text"];
// Body text inside a block comment: dollar signs, quotes, backslashes, newlines, unicode, and
// the tags a renderer might pick.
const bodyText = fc
  .array(
    fc.constantFrom("a", " ", "\n", "$", "$function$", "$t$", "'", '"', "\\", "é", "\t", "x1"),
    {
      maxLength: 12,
    },
  )
  .map((parts) => parts.join(""));

const functionArb = fc.record({
  name: fc.constantFrom(...names),
  args: fc.constantFrom(...argLists),
  text: bodyText,
  volatility: fc.constantFrom("", "immutable", "stable"),
  strict: fc.boolean(),
  definer: fc.boolean(),
  parallel: fc.constantFrom("", "safe", "restricted"),
  path: fc.constantFrom("", "public, pg_temp", '"my schema"'),
  comment: fc.option(fc.constantFrom("one", "it's"), { nil: null }),
});

const triggerArb = fc.record({
  name: fc.constantFrom("t1", 'T "2"'),
  timing: fc.constantFrom("before", "after"),
  events: fc.subarray(["insert", "update", "delete"], { minLength: 1 }),
  row: fc.boolean(),
  when: fc.boolean(),
  args: fc.array(fc.constantFrom("a", "it's", ""), { maxLength: 2 }),
  comment: fc.option(fc.constant("fires"), { nil: null }),
});

const schemaArb = fc.record({
  functions: fc.uniqueArray(functionArb, {
    maxLength: 3,
    selector: (f) => `${f.name}(${f.args.replace(/ DEFAULT.*/, "").replace(/\b[ab] /g, "")})`,
  }),
  triggers: fc.uniqueArray(triggerArb, { maxLength: 2, selector: (t) => t.name }),
  touchBody: fc.constantFrom("return new;", "return null;"),
});

const ident = (name: string) => `"${name.replaceAll('"', '""')}"`;

function dollar(body: string): string {
  let tag = "$q$";
  for (let k = 0; body.includes(tag); k++) tag = `$q${k}$`;
  return `${tag}${body}${tag}`;
}

type SchemaDraft = typeof schemaArb extends fc.Arbitrary<infer T> ? T : never;

function toSql(schema: SchemaDraft): string {
  const lines = [
    "create table t (id integer, note text);",
    `create function tf() returns trigger language plpgsql as ${dollar(`begin ${schema.touchBody} end`)};`,
  ];
  for (const f of schema.functions) {
    const traits = [
      f.volatility,
      f.strict ? "strict" : "",
      f.definer ? "security definer" : "",
      f.parallel === "" ? "" : `parallel ${f.parallel}`,
      f.path === "" ? "" : `set search_path = ${f.path}`,
    ].join(" ");
    lines.push(
      `create function ${ident(f.name)}(${f.args}) returns integer language plpgsql ${traits} as ${dollar(`begin /* ${f.text} */ return 1; end`)};`,
    );
    if (f.comment !== null) {
      lines.push(
        `comment on function ${ident(f.name)}(${f.args.replace(/ DEFAULT.*/, "")}) is '${f.comment.replaceAll("'", "''")}';`,
      );
    }
  }
  for (const t of schema.triggers) {
    const row = t.row;
    // NEW is null on delete: a condition on it only where every event has one.
    const when = row && t.when && !t.events.includes("delete") ? "when (new.id > 0)" : "";
    lines.push(
      `create trigger ${ident(t.name)} ${t.timing} ${t.events.join(" or ")} on t for each ${row ? "row" : "statement"} ${when} execute function tf(${t.args.map((a) => `'${a.replaceAll("'", "''")}'`).join(", ")});`,
    );
    if (t.comment !== null)
      lines.push(`comment on trigger ${ident(t.name)} on t is '${t.comment}';`);
  }
  return lines.join("\n");
}

let database: RoundTripDatabase;
beforeAll(async () => {
  database = await openRoundTripDatabase("routines_property");
}, 60_000);
afterAll(async () => {
  await database?.close();
});

describe("random functions and triggers (property)", () => {
  it("go from A to B and back to A through a real database, and check then finds nothing", async () => {
    await fc.assert(
      fc.asyncProperty(schemaArb, schemaArb, async (sa, sb) => {
        const { a, b } = await describeBoth(database, toSql(sa), toSql(sb));
        await expectRoundTrip(database, a, b);
      }),
      { numRuns: 15 },
    );
  }, 300_000);
});
