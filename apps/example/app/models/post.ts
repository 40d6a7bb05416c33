import { column as c, enumType, fn, index, table, trigger } from "retort";
import { account } from "./account";

export const postStatus = enumType("post_status", ["draft", "published", "archived"]);

export const post = table(
  "post",
  {
    id: c.bigint().primaryKey().generatedAlwaysAsIdentity(),
    authorId: c
      .bigint()
      .notNull()
      .name("author_id")
      .references(() => account.columns.id, { onDelete: "cascade" }),
    title: c.varchar(200).notNull(),
    body: c.text().notNull().default(""),
    status: c.enum(postStatus).notNull().default("draft"),
    publishedAt: c.timestamptz().name("published_at"),
    updatedAt: c.timestamptz().notNull().defaultSql("now()").name("updated_at"),
  },
  (t) => ({
    indexes: [
      index("post_author_idx").on(t.authorId),
      index("post_published_idx").on(t.publishedAt).where("published_at IS NOT NULL"),
    ],
  }),
);

// Keeps updated_at current on every update, whatever the application sends.
export const touchUpdatedAt = fn("touch_updated_at", {
  returns: "trigger",
  language: "plpgsql",
  body: "begin new.updated_at := now(); return new; end",
});

export const postTouchUpdatedAt = trigger("post_touch_updated_at", {
  on: post,
  timing: "before",
  events: ["update"],
  forEach: "row",
  function: touchUpdatedAt,
});
