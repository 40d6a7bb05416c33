import { defineMigration } from "retort";

export default defineMigration({
  revision: "4ecece6366de",
  downRevision: null,
  branchLabels: [],
  dependsOn: [],
  message: "create account table",
  createdAt: "2026-11-25T09:02:38.782Z",
  up(op) {
    op.createTable("account", {
      schema: "public",
      columns: {
        id: { type: "bigint", nullable: false, identity: "always" },
        email: { type: "text", nullable: false },
        created_at: {
          type: "timestamp with time zone",
          nullable: false,
          default: { sql: "now()" },
        },
      },
      primaryKey: { name: "account_pkey", columns: ["id"] },
      uniques: [{ name: "account_email_key", columns: ["email"] }],
      comment: "people who can sign in",
    });
    op.createIndex("account_created_at_idx", "account", ["created_at"], { schema: "public" });
  },
  down(op) {
    // DESTRUCTIVE: drops table "public.account"; its data will be lost.
    op.dropTable("account", { schema: "public" });
  },
});
