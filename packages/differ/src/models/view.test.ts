import type { Insertable, Selectable, Updateable } from "kysely";
import { describe, expect, expectTypeOf, it } from "vitest";
import { findUnexportedTables } from "../autogenerate/find-unexported-tables";
import { column as c } from "./column-builder";
import type { DatabaseOf } from "./database-of";
import { describeModels } from "./describe-models";
import { index } from "./index-builder";
import { sql } from "./sql-fragment";
import { table } from "./table";
import { materializedView, view } from "./view";

const account = table("account", { id: c.bigint().primaryKey(), email: c.text().notNull() });
const emails = view("account_emails", sql`select id, email from account;`, {
  columns: { id: c.bigint().notNull(), email: c.text() },
  securityBarrier: true,
  securityInvoker: true,
  checkOption: "local",
  comment: "who",
});
const counts = materializedView("account_counts", sql`select count(*) as n from account`, {
  schema: "stats",
  columns: { n: c.bigint().name("n") },
  indexes: (v) => [index().on(v.n), index("account_counts_big").on(sql`n * 2`).where("n > 1")],
  withData: false,
});
const loose = view("loose", "select 1 as one");

describe("view models", () => {
  it("type read-only rows in DatabaseOf, keyed as tables are", () => {
    type Database = DatabaseOf<{
      account: typeof account;
      emails: typeof emails;
      counts: typeof counts;
      loose: typeof loose;
    }>;
    expectTypeOf<keyof Database>().toEqualTypeOf<
      "account" | "account_emails" | "stats.account_counts" | "loose"
    >();
    expectTypeOf<Selectable<Database["account_emails"]>>().toEqualTypeOf<{
      id: string;
      email: string | null;
    }>();
    expectTypeOf<Selectable<Database["stats.account_counts"]>>().toEqualTypeOf<{
      n: string | null;
    }>();
    // Nothing can be written through them.
    expectTypeOf<keyof Insertable<Database["account_emails"]>>().toEqualTypeOf<never>();
    expectTypeOf<keyof Updateable<Database["account_emails"]>>().toEqualTypeOf<never>();
    expectTypeOf<Selectable<Database["loose"]>>().toEqualTypeOf<Record<string, unknown>>();
  });

  it("are described with their options, declared columns and indexes", () => {
    const described = describeModels({ account, emails, counts, loose });
    expect(described.schemas).toEqual(["stats"]);
    expect(described.views).toEqual([
      {
        schema: "public",
        name: "account_emails",
        materialized: false,
        definition: "select id, email from account",
        columns: [
          { name: "id", type: "bigint" },
          { name: "email", type: "text" },
        ],
        securityBarrier: true,
        securityInvoker: true,
        checkOption: "local",
        withData: true,
        indexes: [],
        comment: "who",
        renamedFrom: null,
        dependsOn: null,
      },
      expect.objectContaining({ name: "loose", columns: [], definition: "select 1 as one" }),
      expect.objectContaining({
        schema: "stats",
        name: "account_counts",
        materialized: true,
        withData: false,
        indexes: [
          expect.objectContaining({ name: "account_counts_big", where: "n > 1" }),
          expect.objectContaining({ name: "account_counts_n_idx" }),
        ],
      }),
    ]);
  });

  it("refuse a view named like a table, and an empty query", () => {
    const clash = view("account", sql`select 1`);
    expect(() => describeModels({ account, clash })).toThrow(/Two tables or views/);
    expect(() => view("empty", sql`  `)).toThrow(/no query/);
  });

  it("refuse an index on a column a materialized view does not declare, naming the index", () => {
    expect(() =>
      materializedView("totals", sql`select 1 as n`, {
        indexes: (v) => [index("totals_n").on((v as Record<string, never>).n as never)],
      }),
    ).toThrow("Index totals_n: element 1 of on(...) is undefined, not a column or an expression.");
  });

  it("are named when a models file exports one the entry does not", () => {
    const found = findUnexportedTables("/models", { account }, [
      { file: "/models/emails.ts", exports: { emails } },
    ]);
    expect(found).toEqual([
      { schema: "public", name: "account_emails", file: "/models/emails.ts", kind: "view" },
    ]);
  });
});
