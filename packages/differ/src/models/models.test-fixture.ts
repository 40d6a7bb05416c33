// A models module for the tests: exports tables and an enum, as an app's models entry would.
import { column as c } from "./column-builder";
import { enumType } from "./enum-type";
import { index } from "./index-builder";
import { sql } from "./sql-fragment";
import { table } from "./table";
import { check, exclude, foreignKey, primaryKey, unique } from "./table-constraints";

export const mood = enumType("mood", ["happy", "sad"], { schema: "app" });

export const account = table(
  "account",
  {
    id: c.bigint().primaryKey().generatedAlwaysAsIdentity(),
    email: c.text().notNull().unique(),
    mood: c.enum(mood).notNull().default("happy"),
    createdAt: c.timestamptz(3).notNull().defaultSql("now()").name("created_at"),
    deletedAt: c.timestamptz().name("deleted_at"),
    tags: c.text().array().notNull().default([]),
    balance: c.numeric(12, 2).notNull().default(0).check("balance >= 0::numeric"),
    settings: c.jsonb<{ theme: string }>().default({ theme: "dark" }),
    nick: c.varchar(20).collate("C").comment("shown to others"),
    code: c.char(3).default("abc"),
    flag: c.boolean().notNull().default(false),
    small: c.smallint().default(-1),
    score: c.integer().generatedAlwaysAs("small * 2"),
    uid: c.uuid().notNull().default(sql`gen_random_uuid()`),
  },
  (t) => ({
    indexes: [
      index("account_created_idx").on(t.createdAt).where("deleted_at is null"),
      index().on(sql`lower(${t.email})`),
      index().unique().on({ column: t.nick, order: "desc" }).include(t.code),
    ],
    checks: [check(sql`${t.small} < 100 and ${t.small} > 0`)],
  }),
  { schema: "app", comment: "people" },
);

export const post = table(
  "post",
  {
    id: c.serial().primaryKey(),
    accountId: c
      .bigint()
      .notNull()
      .name("account_id")
      .references(() => account.columns.id, { onDelete: "cascade" }),
    title: c.varchar(200).notNull(),
    body: c.text(),
    views: c.bigint().notNull().default(0),
  },
  (t) => ({
    uniques: [unique(t.accountId, t.title)],
    indexes: [index().using("gin").on(sql`to_tsvector('english'::regconfig, ${t.body})`)],
  }),
);

export const membership = table(
  "membership",
  {
    accountId: c.bigint().notNull().name("account_id"),
    postId: c.integer().notNull().name("post_id"),
    role: c
      .text()
      .notNull()
      .default("reader")
      .check("role <> ''::text", { name: "membership_role" }),
    during: c.type<string>("tstzrange"),
  },
  (t) => ({
    primaryKey: primaryKey(t.accountId, t.postId),
    foreignKeys: [
      foreignKey({
        columns: [t.accountId],
        references: () => [account.columns.id],
        deferrable: true,
        initiallyDeferred: true,
      }),
      foreignKey({
        columns: [t.postId],
        references: () => [post.columns.id],
        onUpdate: "restrict",
      }),
    ],
    exclusions: [exclude({ elements: [{ column: t.during, operator: "&&" }] })],
  }),
);

/** Not a table: describeModels ignores it. */
export const helper = 42;
