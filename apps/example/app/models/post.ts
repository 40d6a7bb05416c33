import { column as c, enumType, index, table } from "retort";
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
  },
  (t) => ({
    indexes: [
      index("post_author_idx").on(t.authorId),
      index("post_published_idx").on(t.publishedAt).where("published_at IS NOT NULL"),
    ],
  }),
);
