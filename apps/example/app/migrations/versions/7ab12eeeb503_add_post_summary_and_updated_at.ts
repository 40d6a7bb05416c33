import { defineMigration } from "retort";

export default defineMigration({
  revision: "7ab12eeeb503",
  downRevision: "5bb2689dbfd5",
  branchLabels: [],
  dependsOn: [],
  message: "add post summary view and updated_at trigger",
  createdAt: "2026-11-25T09:02:41.200Z",
  up(op) {
    op.createFunction("touch_updated_at", {
      schema: "public",
      arguments: "",
      returns: "trigger",
      language: "plpgsql",
      body: "begin new.updated_at := now(); return new; end",
    });
    // retort-lint-ignore missing-lock-timeout: now() is stable, so adding the column only changes
    // the catalog, and this example's database serves no traffic; a production project sets
    // lockTimeout in retort.config.ts instead.
    op.addColumn(
      "post",
      "updated_at",
      { type: "timestamp with time zone", nullable: false, default: { sql: "now()" } },
      { schema: "public" },
    );
    op.createView(
      "post_summary",
      "SELECT p.id,\n    p.title,\n    a.email AS author,\n    p.published_at\n   FROM public.post p\n     JOIN public.account a ON a.id = p.author_id\n  WHERE p.status = 'published'::public.post_status",
      { schema: "public", comment: "published posts with their author" },
    );
    op.createTrigger("post", "post_touch_updated_at", {
      schema: "public",
      timing: "before",
      events: ["update"],
      forEach: "row",
      function: { schema: "public", name: "touch_updated_at" },
    });
  },
  down(op) {
    op.dropTrigger("post", "post_touch_updated_at", { schema: "public" });
    op.dropView("post_summary", { schema: "public" });
    // DESTRUCTIVE: drops column "public.post.updated_at"; its data will be lost.
    op.dropColumn("post", "updated_at", { schema: "public" });
    op.dropFunction("touch_updated_at", "", { schema: "public" });
  },
});
