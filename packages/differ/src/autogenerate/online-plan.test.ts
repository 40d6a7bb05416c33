import { type Operation, Operations, renderOperation } from "@retort/core";
import { describe, expect, it } from "vitest";
import { type PlannedMigration, planOnline } from "./online-plan";

/** The SQL each migration of a plan runs, up and down, as the runner would. */
function sqlOf(plan: readonly PlannedMigration[]) {
  const sql = (ops: readonly Operation[]) =>
    ops.flatMap((op) => renderOperation(op).map((s) => s.sql));
  return plan.map((m) => ({
    purpose: m.purpose,
    transactional: m.transactional,
    up: sql(m.upgrade),
    down: sql(m.downgrade),
  }));
}

/** Records operations with the migration API. */
function ops(fn: (op: Operations) => void): Operation[] {
  const op = new Operations();
  fn(op);
  return [...op.operations];
}

describe("planOnline", () => {
  it("leaves a plan with nothing to move as one migration, unchanged", () => {
    const up = ops((op) => {
      op.createTable("account", { columns: { id: { type: "integer" } } });
      op.createIndex("account_id_idx", "account", ["id"]);
      op.addForeignKey("account_self_fk", "account", ["id"], "account", ["id"]);
      op.addColumn("post", "title", { type: "text" });
    });
    const down = ops((op) => op.dropTable("account"));
    const plan = planOnline(up, down);
    expect(plan).toEqual([{ purpose: "main", transactional: true, upgrade: up, downgrade: down }]);
  });

  it("builds an index on an existing table concurrently, in a migration of its own", () => {
    const up = ops((op) => {
      op.addColumn("post", "slug", { type: "text" });
      op.createIndex("post_slug_idx", "post", ["slug"], { schema: "public" });
    });
    const down = ops((op) => {
      op.dropIndex("post_slug_idx", { schema: "public" });
      op.dropColumn("post", "slug");
    });
    expect(sqlOf(planOnline(up, down))).toEqual([
      {
        purpose: "main",
        transactional: true,
        up: ['ALTER TABLE "post" ADD COLUMN "slug" text'],
        down: ['ALTER TABLE "post" DROP COLUMN "slug"'],
      },
      {
        purpose: "concurrent indexes",
        transactional: false,
        up: ['CREATE INDEX CONCURRENTLY "post_slug_idx" ON "public"."post" ("slug")'],
        down: ['DROP INDEX CONCURRENTLY "public"."post_slug_idx"'],
      },
    ]);
  });

  it("drops an index concurrently, unless a dropped column or table takes it along", () => {
    const definition = ops((op) => op.createIndex("post_a_idx", "post", ["a"]))[0] as never;
    const up = ops((op) => op.dropIndex("post_a_idx", { definition }));
    expect(sqlOf(planOnline(up, [definition]))).toEqual([
      {
        purpose: "concurrent indexes",
        transactional: false,
        up: ['DROP INDEX CONCURRENTLY "post_a_idx"'],
        down: ['CREATE INDEX CONCURRENTLY "post_a_idx" ON "post" ("a")'],
      },
    ]);
    const withColumn = [...up, ...ops((op) => op.dropColumn("post", "a"))];
    expect(planOnline(withColumn, [])).toHaveLength(1);
    // `main` puts a primary key of the same name in place: the old index must go first.
    const reused = [...up, ...ops((op) => op.addPrimaryKey("post_a_idx", "post", ["a"]))];
    expect(planOnline(reused, [])).toEqual([
      { purpose: "main", transactional: true, upgrade: reused, downgrade: [] },
    ]);
  });

  it("adds foreign keys and checks NOT VALID, then validates them in a second migration", () => {
    const up = ops((op) => {
      op.addForeignKey("post_author_fk", "post", ["author_id"], "account", ["id"]);
      op.addCheck("post_title_check", "post", "length(title) > 0");
    });
    const down = ops((op) => {
      op.dropConstraint("post_title_check", "post");
      op.dropConstraint("post_author_fk", "post");
    });
    expect(sqlOf(planOnline(up, down))).toEqual([
      {
        purpose: "main",
        transactional: true,
        up: [
          'ALTER TABLE "post" ADD CONSTRAINT "post_author_fk" FOREIGN KEY ("author_id") REFERENCES "account" ("id") NOT VALID',
          'ALTER TABLE "post" ADD CONSTRAINT "post_title_check" CHECK (length(title) > 0) NOT VALID',
        ],
        down: [
          'ALTER TABLE "post" DROP CONSTRAINT "post_title_check"',
          'ALTER TABLE "post" DROP CONSTRAINT "post_author_fk"',
        ],
      },
      {
        purpose: "validate",
        transactional: true,
        up: [
          'ALTER TABLE "post" VALIDATE CONSTRAINT "post_author_fk"',
          'ALTER TABLE "post" VALIDATE CONSTRAINT "post_title_check"',
        ],
        // Back to NOT VALID, as `main` left them: `down` undoes `up` exactly (`retort test`).
        down: [
          'ALTER TABLE "post" DROP CONSTRAINT "post_title_check"',
          'ALTER TABLE "post" ADD CONSTRAINT "post_title_check" CHECK (length(title) > 0) NOT VALID',
          'ALTER TABLE "post" DROP CONSTRAINT "post_author_fk"',
          'ALTER TABLE "post" ADD CONSTRAINT "post_author_fk" FOREIGN KEY ("author_id") REFERENCES "account" ("id") NOT VALID',
        ],
      },
    ]);
  });

  it("sets NOT NULL through a validated check, keeping the column's other changes in the first migration", () => {
    const up = ops((op) =>
      op.alterColumn("post", 'we"ird', {
        type: "bigint",
        existingType: "integer",
        nullable: false,
        existingNullable: true,
      }),
    );
    const down = ops((op) =>
      op.alterColumn("post", 'we"ird', {
        type: "integer",
        existingType: "bigint",
        nullable: true,
        existingNullable: false,
      }),
    );
    expect(sqlOf(planOnline(up, down))).toEqual([
      {
        purpose: "main",
        transactional: true,
        up: [
          'ALTER TABLE "post" ALTER COLUMN "we""ird" TYPE bigint',
          'ALTER TABLE "post" ADD CONSTRAINT "post_we""ird_not_null" CHECK ("we""ird" IS NOT NULL) NOT VALID',
        ],
        down: [
          'ALTER TABLE "post" DROP CONSTRAINT "post_we""ird_not_null"',
          'ALTER TABLE "post" ALTER COLUMN "we""ird" TYPE integer',
        ],
      },
      {
        purpose: "validate",
        transactional: true,
        up: ['ALTER TABLE "post" VALIDATE CONSTRAINT "post_we""ird_not_null"'],
        down: [
          'ALTER TABLE "post" DROP CONSTRAINT "post_we""ird_not_null"',
          'ALTER TABLE "post" ADD CONSTRAINT "post_we""ird_not_null" CHECK ("we""ird" IS NOT NULL) NOT VALID',
        ],
      },
      {
        purpose: "finish",
        transactional: true,
        up: [
          'ALTER TABLE "post" ALTER COLUMN "we""ird" SET NOT NULL',
          'ALTER TABLE "post" DROP CONSTRAINT "post_we""ird_not_null"',
        ],
        down: [
          'ALTER TABLE "post" ADD CONSTRAINT "post_we""ird_not_null" CHECK ("we""ird" IS NOT NULL)',
          'ALTER TABLE "post" ALTER COLUMN "we""ird" DROP NOT NULL',
        ],
      },
    ]);
  });

  it("builds a unique constraint's index concurrently and attaches it USING INDEX", () => {
    const up = ops((op) => op.addUnique("account_email_key", "account", ["email"]));
    const down = ops((op) => op.dropConstraint("account_email_key", "account"));
    expect(sqlOf(planOnline(up, down))).toEqual([
      {
        purpose: "concurrent indexes",
        transactional: false,
        up: ['CREATE UNIQUE INDEX CONCURRENTLY "account_email_key" ON "account" ("email")'],
        down: ['DROP INDEX CONCURRENTLY IF EXISTS "account_email_key"'],
      },
      {
        purpose: "finish",
        transactional: true,
        up: [
          'ALTER TABLE "account" ADD CONSTRAINT "account_email_key" UNIQUE USING INDEX "account_email_key"',
        ],
        // Each migration's down leaves what the one before made: here the unique index.
        down: [
          'ALTER TABLE "account" DROP CONSTRAINT "account_email_key"',
          'CREATE UNIQUE INDEX "account_email_key" ON "account" ("email")',
        ],
      },
    ]);
  });

  it("keeps plain what a new foreign key needs at once, and what is on a new or partitioned table", () => {
    const up = ops((op) => {
      op.addUnique("account_email_key", "account", ["email"]);
      op.addForeignKey("post_email_fk", "post", ["email"], "account", ["email"]);
    });
    const plan = planOnline(up, []);
    expect(plan[0]!.upgrade[0]).toEqual(up[0]);
    expect(plan.map((m) => m.purpose)).toEqual(["main", "validate"]);

    const identity = ops((op) =>
      op.alterColumn("post", "id", {
        nullable: false,
        existingNullable: true,
        identity: { generation: "always" },
        existingIdentity: null,
      }),
    );
    expect(planOnline(identity, [])).toEqual([
      { purpose: "main", transactional: true, upgrade: identity, downgrade: [] },
    ]);

    const partitioned = ops((op) => op.createIndex("event_at_idx", "event", ["at"]));
    expect(planOnline(partitioned, [], { partitioned: new Set(["public.event"]) })).toHaveLength(1);
    // Built before the attach, which adopts it; concurrently, it would come after.
    const attached = ops((op) => {
      op.createIndex("event_2023_at_idx", "event_2023", ["at"]);
      op.attachPartition("event", "event_2023", "DEFAULT");
    });
    expect(planOnline(attached, [])).toHaveLength(1);
  });
});
