import { defineMigration } from "retort";

export default defineMigration({
  revision: "1f16b97a4736",
  downRevision: "6a7710c8c749",
  branchLabels: ["profile"],
  dependsOn: [],
  message: "add display name",
  createdAt: "2026-11-25T09:02:41.243Z",
  up(op) {
    // retort-lint-ignore missing-lock-timeout: a nullable column without a default only changes the catalog, and the example's database serves no traffic that could hold a lock; a production project sets `lockTimeout` in retort.config.ts instead.
    op.addColumn(
      "account",
      "display_name",
      { type: "character varying(80)" },
      { schema: "public" },
    );
  },
  down(op) {
    // DESTRUCTIVE: drops column "public.account.display_name"; its data will be lost.
    op.dropColumn("account", "display_name", { schema: "public" });
  },
});
