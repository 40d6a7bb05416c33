import { column as c, sql, view } from "retort";

// What the front page lists: each published post with its author, read-only.
export const postSummary = view(
  "post_summary",
  sql`select p.id, p.title, a.email as author, p.published_at
      from post p join account a on a.id = p.author_id
      where p.status = 'published'`,
  {
    columns: {
      id: c.bigint(),
      title: c.varchar(200),
      author: c.text(),
      published_at: c.timestamptz(),
    },
    comment: "published posts with their author",
  },
);
