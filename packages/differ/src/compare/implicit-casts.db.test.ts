import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { checkModels } from "../autogenerate/autogenerate";
import { column as c } from "../models/column-builder";
import { describeModels } from "../models/describe-models";
import { index } from "../models/index-builder";
import { sql } from "../models/sql-fragment";
import { table } from "../models/table";
import { check } from "../models/table-constraints";
import { castInsensitiveExpression } from "../schema/normalize-expression";
import { emptySchema } from "../schema/schema-description";
import { managedScope } from "../scope/managed-scope";
import { diffSchemas } from "./diff-schemas";
import { openRoundTripDatabase, type RoundTripDatabase } from "./round-trip.test-fixture";

// People write `note <> ''` and `status = 'active'`; PostgreSQL stores `note <> ''::text` and
// `(status)::text = 'active'::text`. A check or index written the natural way must not show as
// a difference forever after.

let database: RoundTripDatabase;
const scope = managedScope({
  versionTableSchema: "public",
  versionTable: "retort_version",
  historyTable: "retort_history",
});

beforeAll(async () => {
  database = await openRoundTripDatabase("differ_implicit_casts");
});
afterAll(async () => {
  await database?.close();
});

// Defaults as people spell them; PostgreSQL prints `'a'::text || 'b'::text`, `lower('X'::text)`,
// `now() + '1 day'::interval`, `'x'::character varying`.
const defaults = (joined: string) => ({
  joined: c.text().defaultSql(joined),
  lowered: c.text().defaultSql("lower('X')"),
  due: c.timestamptz().defaultSql("now() + interval '1 day'"),
  rate: c.numeric(6, 3).defaultSql("1.50"),
  label: c.varchar(20).defaultSql("'x'::text"),
});

const account = table(
  "account",
  {
    id: c.bigint().primaryKey(),
    note: c.text().notNull().default("").check("note <> 'forbidden'"),
    status: c.varchar(20).notNull(),
    email: c.varchar(200).notNull(),
    balance: c.numeric(12, 2).notNull().default(0),
    ...defaults("'a' || 'b'"),
  },
  (t) => ({
    checks: [check(sql`${t.balance} >= 0 and ${t.status} in ('active', 'closed')`)],
    indexes: [
      index("account_active_idx").on(t.email).where("status = 'active'"),
      index("account_email_lower_idx").on(sql`lower(${t.email})`),
    ],
  }),
);

describe("expressions PostgreSQL rewrites with casts", () => {
  it("compare equal to the model's natural spelling after upgrade", async () => {
    const models = { account };
    const target = describeModels(models);
    await database.apply(diffSchemas(emptySchema, target).upgrade);
    const result = await checkModels({ db: database.db, models, ...scope });
    expect(result.changes).toEqual([]);
    expect(result.isEmpty).toBe(true);
  });

  it("still sees a real change of the expression", async () => {
    const changed = table(
      "account",
      {
        id: c.bigint().primaryKey(),
        note: c.text().notNull().default("").check("note <> 'forbidden'"),
        status: c.varchar(20).notNull(),
        email: c.varchar(200).notNull(),
        balance: c.numeric(12, 2).notNull().default(0),
        ...defaults("'a' || 'c'"),
      },
      (t) => ({
        checks: [check(sql`${t.balance} >= 10 and ${t.status} in ('active', 'closed')`)],
        indexes: [
          index("account_active_idx").on(t.email).where("status = 'closed'"),
          index("account_email_lower_idx").on(sql`lower(${t.email})`),
        ],
      }),
    );
    const result = await checkModels({
      db: database.db,
      models: { account: changed },
      ...scope,
    });
    expect(result.changes.map((change) => change.kind).sort()).toEqual([
      "addCheck",
      "alterColumn",
      "createIndex",
      "dropConstraint",
      "dropIndex",
    ]);
    expect(result.changes.find((change) => change.kind === "alterColumn")?.description).toBe(
      "changed column public.account.joined: default 'a'::text || 'b'::text -> 'a'::text || 'c'::text",
    );
    expect(castInsensitiveExpression("(note <> ''::text)")).toBe("note <> ''");
    expect(castInsensitiveExpression("lower((email)::text)")).toBe("lower(email)");
    expect(castInsensitiveExpression("(status)::text = 'active'::text")).toBe("status = 'active'");
    expect(castInsensitiveExpression("balance >= 0::numeric")).toBe("balance >= 0");
    expect(castInsensitiveExpression("tags = '{}'::text[]")).toBe("tags = '{}'::text[]");
    // A numeric cast of a column can change the result (truncation), so it stays.
    expect(castInsensitiveExpression("c0::integer > 2")).toBe("c0::integer > 2");
    expect(castInsensitiveExpression("note <> ''::text")).not.toBe(
      castInsensitiveExpression("note <> 'x'::text"),
    );
  });
});
