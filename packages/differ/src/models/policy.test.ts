import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { isRetortError } from "@retort/core";
import { describe, expect, it } from "vitest";
import { findUnexportedTables } from "../autogenerate/find-unexported-tables";
import { column as c } from "./column-builder";
import { describeModels } from "./describe-models";
import { policy } from "./policy";
import { sql } from "./sql-fragment";
import { table } from "./table";

const post = table(
  "post",
  { id: c.bigint().primaryKey(), authorId: c.bigint().name("author_id") },
  { schema: "app", rls: { enabled: true, forced: true } },
);

function badModel(models: Record<string, unknown>): string {
  try {
    describeModels(models);
  } catch (error) {
    if (isRetortError(error) && error.code === "BAD_MODEL") return error.message;
    throw error;
  }
  throw new Error("expected BAD_MODEL");
}

describe("policy models", () => {
  it("describe with PostgreSQL's defaults, roles sorted, and rls on the table", () => {
    const d = describeModels({
      post,
      own: policy("own", { on: post, to: ["writer", "reader"], using: sql`author_id = 1` }),
      all: policy("everyone", { on: post, to: ["reader", "public"] }),
    });
    expect(d.tables[0]?.rowSecurity).toEqual({ enabled: true, forced: true });
    expect(d.policies).toEqual([
      {
        schema: "app",
        table: "post",
        name: "everyone",
        as: "permissive",
        for: "all",
        // PostgreSQL keeps PUBLIC alone when other roles come with it.
        to: ["public"],
        using: null,
        withCheck: null,
        comment: null,
        renamedFrom: null,
        calls: [],
        columns: [],
      },
      expect.objectContaining({ name: "own", to: ["reader", "writer"], using: "author_id = 1" }),
    ]);
  });

  it("a table without rls describes none", () => {
    const plain = table("plain", { id: c.integer() });
    expect(describeModels({ plain }).tables[0]).not.toHaveProperty("rowSecurity");
  });

  it("refuse a policy on a table the models do not export, and clauses the command cannot take", () => {
    expect(badModel({ p: policy("p", { on: post }) })).toBe(
      "Policy p is on table app.post, which the models do not export.",
    );
    expect(
      badModel({ post, p: policy("p", { on: post, for: "insert", using: sql`true` }) }),
    ).toMatch(/is for insert: it takes withCheck, not using/);
    expect(
      badModel({ post, p: policy("p", { on: post, for: "select", withCheck: sql`true` }) }),
    ).toMatch(/is for select: it takes using, not withCheck/);
    expect(
      badModel({
        post,
        a: policy("p", { on: post, using: sql`true` }),
        b: policy("p", { on: post, using: sql`false` }),
      }),
    ).toBe("Two policies are named p on app.post.");
  });

  it("are named when a models file declares one the entry does not export", () => {
    const here = dirname(fileURLToPath(import.meta.url));
    const forgotten = policy("forgotten_policy", { on: post, using: sql`true` });
    const file = join(here, "post.ts");
    expect(findUnexportedTables(here, { post }, [{ file, exports: { post, forgotten } }])).toEqual([
      { schema: "app", name: "post.forgotten_policy", file, kind: "policy" },
    ]);
    expect(
      findUnexportedTables(here, { post }).filter((f) => f.name === "post.forgotten_policy"),
    ).toEqual([
      {
        schema: "app",
        name: "post.forgotten_policy",
        file: fileURLToPath(import.meta.url),
        kind: "policy",
      },
    ]);
  });
});
