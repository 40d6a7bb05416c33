import { describe, expect, it } from "vitest";
import { graphOf } from "../graph/graph-fixture";
import { inlineParams } from "../sql/index";
import { type Statement, VersionTable } from "./version-table";

const table = new VersionTable({ schema: "app", table: "retort_version", historyTable: "h" });
const text = (statements: readonly (Statement | string)[]) =>
  statements.map((s) => (typeof s === "string" ? s : inlineParams(s.sql, s.params)));

describe("VersionTable statements", () => {
  it("applies each kind of version change", () => {
    expect(text(table.changeStatements({ kind: "insert", revision: "a" }))).toEqual([
      `INSERT INTO "app"."retort_version" ("version_num") VALUES ('a')`,
    ]);
    expect(
      text(table.changeStatements({ kind: "merge", delete: ["b"], from: "c", to: "d" })),
    ).toEqual([
      `DELETE FROM "app"."retort_version" WHERE "version_num" OPERATOR(pg_catalog.=) 'b'`,
      `UPDATE "app"."retort_version" SET "version_num" = 'd' WHERE "version_num" OPERATOR(pg_catalog.=) 'c'`,
    ]);
    expect(
      text(table.changeStatements({ kind: "unmerge", from: "d", to: "c", insert: ["b"] })),
    ).toEqual([
      `UPDATE "app"."retort_version" SET "version_num" = 'c' WHERE "version_num" OPERATOR(pg_catalog.=) 'd'`,
      `INSERT INTO "app"."retort_version" ("version_num") VALUES ('b')`,
    ]);
  });

  it("stamps from the graph's plan: replaced rows out, each stamped head in with its history", () => {
    const graph = graphOf("r0", "a<r0", "b<r0");
    const history = (revision: string) => `-- history of ${revision}`;
    expect(
      text(table.stampStatements(graph.stampPlan(["a"], { currentHeads: ["b"] }), history)),
    ).toEqual([
      `DELETE FROM "app"."retort_version" WHERE "version_num" OPERATOR(pg_catalog.=) ANY (ARRAY['r0', 'a'])`,
      `INSERT INTO "app"."retort_version" ("version_num") VALUES ('a')`,
      "-- history of a",
    ]);
    expect(
      text(table.stampStatements(graph.stampPlan(["a", "b"], { purge: true }), history)),
    ).toEqual([
      `DELETE FROM "app"."retort_version"`,
      `INSERT INTO "app"."retort_version" ("version_num") VALUES ('a')`,
      "-- history of a",
      `INSERT INTO "app"."retort_version" ("version_num") VALUES ('b')`,
      "-- history of b",
    ]);
    expect(text(table.stampStatements(graph.stampPlan(["base"]), history))).toEqual([
      `DELETE FROM "app"."retort_version"`,
    ]);
  });
});
