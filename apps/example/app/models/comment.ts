import { column as c, table } from "retort";
import { account } from "./account";
import { post } from "./post";

export const comment = table("comment", {
  id: c.bigint().primaryKey().generatedAlwaysAsIdentity(),
  postId: c
    .bigint()
    .notNull()
    .name("post_id")
    .references(() => post.columns.id, { onDelete: "cascade" }),
  authorId: c
    .bigint()
    .name("author_id")
    .references(() => account.columns.id, { onDelete: "set null" }),
  body: c.text().notNull(),
  createdAt: c.timestamptz().notNull().defaultSql("now()").name("created_at"),
});
