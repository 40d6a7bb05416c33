import type { Kysely } from "kysely";
import type { Database } from "./database";

/** Creates an account; `id` and `created_at` come from the database. */
export async function createAccount(db: Kysely<Database>, email: string, displayName?: string) {
  return db
    .insertInto("account")
    .values({ email, display_name: displayName ?? null })
    .returning(["id", "email", "created_at"])
    .executeTakeFirstOrThrow();
}

/** Publishes a draft; the status is checked against the enum's labels at compile time. */
export async function publishPost(db: Kysely<Database>, postId: string) {
  await db
    .updateTable("post")
    .set({ status: "published", published_at: new Date() })
    .where("id", "=", postId)
    .where("status", "=", "draft")
    .execute();
}

/** The latest published posts with their authors and comment counts. */
export async function latestPosts(db: Kysely<Database>, limit = 10) {
  return db
    .selectFrom("post")
    .innerJoin("account", "account.id", "post.author_id")
    .leftJoin("comment", "comment.post_id", "post.id")
    .select(({ fn }) => [
      "post.id",
      "post.title",
      "account.email as author",
      fn.count<string>("comment.id").as("comments"),
    ])
    .where("post.status", "=", "published")
    .groupBy(["post.id", "account.email"])
    .orderBy("post.published_at", "desc")
    .limit(limit)
    .execute();
}

/** The front page, from the `post_summary` view: read-only rows, typed from its model. */
export async function frontPage(db: Kysely<Database>, limit = 20) {
  return db
    .selectFrom("post_summary")
    .select(["id", "title", "author", "published_at"])
    .orderBy("published_at", "desc")
    .limit(limit)
    .execute();
}
