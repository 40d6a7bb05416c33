import type { Kysely } from "kysely";
import { describe, expect, it } from "vitest";
import type { Driver } from "../driver/driver";
import { graphOf } from "../graph/graph-fixture";
import type { MigrationStep } from "../graph/index";
import type { MigrationScript } from "../script/script-directory";
import { ExecuteEmitter } from "./execute-emitter";
import { VersionTable } from "./version-table";

const versionTable = new VersionTable({ schema: "public", table: "v", historyTable: "h" });

/** Steps r0 -> a -> b -> c where `b` is not transactional. */
function steps(): MigrationStep<MigrationScript>[] {
  const graph = graphOf("r0", "a<r0", "b<a", "c<b");
  return graph.upgradePlan([], "head").map((step) => ({
    ...step,
    node: { ...step.node, transactional: step.node.revision !== "b" } as MigrationScript,
  }));
}

function emitter(transactionPerMigration: boolean): ExecuteEmitter {
  // Grouping touches no database.
  return new ExecuteEmitter({} as Kysely<any>, {
    driver: {} as Driver,
    versionTable,
    transactionPerMigration,
  });
}

const revisions = (groups: MigrationStep<MigrationScript>[][]) =>
  groups.map((group) => group.map((step) => step.node.revision));

describe("ExecuteEmitter.groups", () => {
  it("gives each migration its own transaction by default", () => {
    expect(revisions(emitter(true).groups(steps()))).toEqual([["r0"], ["a"], ["b"], ["c"]]);
  });

  it("joins consecutive transactional migrations when transactionPerMigration is false", () => {
    expect(revisions(emitter(false).groups(steps()))).toEqual([["r0", "a"], ["b"], ["c"]]);
  });
});
