import { defineMigration } from "retort";

export default defineMigration({
  revision: "6a7710c8c749",
  downRevision: "4ecece6366de",
  branchLabels: [],
  dependsOn: [],
  message: "add post table",
  createdAt: "2026-11-25T09:02:39.643Z",
  up(op) {
    op.createEnum("post_status", ["draft", "published", "archived"], { schema: "public" });
    op.createTable("post", {
      schema: "public",
      columns: {
        id: { type: "bigint", nullable: false, identity: "always" },
        author_id: { type: "bigint", nullable: false },
        title: { type: "character varying(200)", nullable: false },
        body: { type: "text", nullable: false, default: { sql: "''" } },
        status: {
          type: { schema: "public", name: "post_status" },
          nullable: false,
          default: { sql: "'draft'" },
        },
        published_at: { type: "timestamp with time zone" },
      },
      primaryKey: { name: "post_pkey", columns: ["id"] },
    });
    op.createIndex("post_author_idx", "post", ["author_id"], { schema: "public" });
    op.createIndex("post_published_idx", "post", ["published_at"], {
      schema: "public",
      where: "published_at is not null",
    });
    op.addForeignKey("post_author_id_fkey", "post", ["author_id"], "account", ["id"], {
      schema: "public",
      onDelete: "cascade",
      referencedSchema: "public",
    });
  },
  down(op) {
    // DESTRUCTIVE: drops table "public.post"; its data will be lost.
    op.dropTable("post", { schema: "public" });
    op.dropEnum("post_status", { schema: "public" });
  },
});
