import { describe, expect, it } from "vitest";
import { graphOf } from "../graph/graph-fixture";
import type { ScriptDirectory } from "../script/script-directory";
import { renderStampScript } from "./render-stamp-script";
import { VersionTable } from "./version-table";

const scripts = {
  graph: graphOf("r0", "a<r0", "b<r0"),
  checksum: (revision: string) => `sum-${revision}`,
  prepareChecksums: () => {},
} as unknown as ScriptDirectory;
const table = new VersionTable({ schema: "public", table: "v", historyTable: "h" });

describe("renderStampScript", () => {
  it("replaces the target's lineage and records the stamp, in one transaction", () => {
    const sql = renderStampScript(scripts, table, { targets: ["a"] });
    const statements = sql.split("\n").filter((line) => line.endsWith(";"));
    expect(statements.slice(0, 5)).toEqual([
      "SET standard_conforming_strings = on;",
      "SET DateStyle = ISO;",
      "SET IntervalStyle = postgres;",
      "SET extra_float_digits = 3;",
      "BEGIN;",
    ]);
    expect(statements.slice(-4)).toEqual([
      `DELETE FROM "public"."v" WHERE "version_num" OPERATOR(pg_catalog.=) ANY (ARRAY['r0', 'a']);`,
      `INSERT INTO "public"."v" ("version_num") VALUES ('a');`,
      expect.stringMatching(
        /^INSERT INTO "public"\."h" .* VALUES \('a', 'stamp', 'sum-a', pg_catalog\.now\(\), pg_catalog\.clock_timestamp\(\), 0, '.* \(offline script\)', NULL\);$/,
      ),
      "COMMIT;",
    ]);
  });

  it("deletes every row with purge", () => {
    expect(renderStampScript(scripts, table, { targets: ["b"], purge: true })).toContain(
      `DELETE FROM "public"."v";\n`,
    );
  });
});
