import { defineMigration } from "retort";

export default defineMigration({
  revision: "5bb2689dbfd5",
  downRevision: "6a7710c8c749",
  branchLabels: ["comments"],
  dependsOn: [],
  message: "add comment table",
  createdAt: "2026-11-25T09:02:40.598Z",
  up(op) {
    op.createTable("comment", {
      schema: "public",
      columns: {
        id: { type: "bigint", nullable: false, identity: "always" },
        post_id: { type: "bigint", nullable: false },
        author_id: { type: "bigint" },
        body: { type: "text", nullable: false },
        created_at: {
          type: "timestamp with time zone",
          nullable: false,
          default: { sql: "now()" },
        },
      },
      primaryKey: { name: "comment_pkey", columns: ["id"] },
    });
    op.addForeignKey("comment_author_id_fkey", "comment", ["author_id"], "account", ["id"], {
      schema: "public",
      onDelete: "set null",
      referencedSchema: "public",
    });
    op.addForeignKey("comment_post_id_fkey", "comment", ["post_id"], "post", ["id"], {
      schema: "public",
      onDelete: "cascade",
      referencedSchema: "public",
    });
  },
  down(op) {
    // DESTRUCTIVE: drops table "public.comment"; its data will be lost.
    op.dropTable("comment", { schema: "public" });
  },
});
