import { describe, expect, it } from "vitest";
import { RevisionGraph } from "../graph/revision-graph";
import type { MigrationDefinition } from "../script/define-migration";
import type { MigrationScript, ScriptDirectory } from "../script/script-directory";
import type { MigratorEvent } from "./migrator-event";
import { PlanStopped, runPlan } from "./run-plan";
import { SqlEmitter } from "./sql-emitter";
import { VersionTable } from "./version-table";

// The step runner with the SQL emitter, on an in-memory script directory: a root, a
// non-transactional index, and a data step that cannot be printed.
const scripts: MigrationScript[] = [
  script("aaaa00000001", [], true),
  script("bbbb00000002", ["aaaa00000001"], false),
  script("cccc00000003", ["bbbb00000002"], true),
];
const definitions: Record<string, MigrationDefinition> = {
  aaaa00000001: {
    revision: "aaaa00000001",
    downRevision: null,
    up: (op) => void op.execute("CREATE TABLE t (a int)"),
    down: (op) => void op.execute("DROP TABLE t"),
  },
  bbbb00000002: {
    revision: "bbbb00000002",
    downRevision: "aaaa00000001",
    up: (op) => void op.createIndex("i", "t", ["a"], { concurrently: true }),
    down: (op) => void op.dropIndex("i", { concurrently: true }),
  },
  cccc00000003: {
    revision: "cccc00000003",
    downRevision: "bbbb00000002",
    up: (op) => void op.run(async () => {}),
    down: () => {},
  },
};
const graph = new RevisionGraph(scripts);
const directory = {
  graph,
  displayPath: (path: string) => path,
  checksum: (revision: string) => `sum-${revision}`,
  prepareChecksums: () => {},
  loadMigrations: async (revisions: readonly string[]) =>
    new Map(revisions.map((revision) => [revision, definitions[revision]!])),
} as unknown as ScriptDirectory;
const versionTable = new VersionTable({
  schema: "public",
  table: "retort_version",
  historyTable: "retort_history",
});

function script(revision: string, downRevisions: string[], transactional: boolean) {
  return {
    revision,
    downRevisions,
    branchLabels: [],
    dependsOn: [],
    path: `versions/${revision}_m.ts`,
    message: `m ${revision}`,
    createdAt: undefined,
    transactional,
    replaces: [],
  } satisfies MigrationScript;
}

/** The script without the history rows' applied-by text, which names this machine. */
function printed(emitter: SqlEmitter): string {
  return emitter.text.replace(/'[^']*\(offline script\)'/g, "'<who>'");
}

describe("runPlan with the SQL emitter", () => {
  it("prints each migration in its own transaction, the non-transactional one bare", async () => {
    const emitter = new SqlEmitter({
      versionTable,
      createVersionTable: false,
      transactionPerMigration: true,
    });
    const events: MigratorEvent["kind"][] = [];
    const done = await runPlan(directory, graph.upgradePlan([], "bbbb00000002"), emitter, (event) =>
      events.push(event.kind),
    );
    expect(done.map((step) => step.revision)).toEqual(["aaaa00000001", "bbbb00000002"]);
    expect(events).toEqual(["step-start", "step-end", "step-start", "step-end"]);
    const history = (revision: string) =>
      `INSERT INTO "public"."retort_history" ("revision", "direction", "checksum", "started_at", "finished_at", "duration_ms", "applied_by", "note") VALUES ('${revision}', 'up', 'sum-${revision}', pg_catalog.now(), pg_catalog.clock_timestamp(), 0, '<who>', NULL);\n`;
    expect(printed(emitter)).toBe(
      [
        "SET standard_conforming_strings = on;",
        "SET DateStyle = ISO;",
        "SET IntervalStyle = postgres;",
        "SET extra_float_digits = 3;\n",
        "BEGIN;\n",
        "-- Running upgrade  -> aaaa00000001\n",
        "\n",
        "CREATE TABLE t (a int);\n",
        `INSERT INTO "public"."retort_version" ("version_num") VALUES ('aaaa00000001');\n`,
        history("aaaa00000001"),
        "COMMIT;\n",
        "-- bbbb00000002 is not transactional: it runs outside a transaction\n",
        "-- Running upgrade aaaa00000001 -> bbbb00000002\n",
        "\n",
        'CREATE INDEX CONCURRENTLY "i" ON "t" ("a");\n',
        `UPDATE "public"."retort_version" SET "version_num" = 'bbbb00000002' WHERE "version_num" OPERATOR(pg_catalog.=) 'aaaa00000001';\n`,
        history("bbbb00000002"),
      ].join("\n"),
    );
  });

  it("wraps the whole script in one transaction, version tables first", async () => {
    const emitter = new SqlEmitter({
      versionTable,
      createVersionTable: true,
      transactionPerMigration: false,
    });
    await runPlan(directory, graph.upgradePlan([], "aaaa00000001"), emitter);
    const lines = emitter.text.split("\n").filter((line) => line.endsWith(";"));
    expect(lines.slice(0, 5)).toEqual([
      "SET standard_conforming_strings = on;",
      "SET DateStyle = ISO;",
      "SET IntervalStyle = postgres;",
      "SET extra_float_digits = 3;",
      "BEGIN;",
    ]);
    expect(lines.at(-1)).toBe("COMMIT;");
    expect(lines.filter((line) => line === "BEGIN;" || line === "COMMIT;")).toHaveLength(2);
    expect(emitter.text).toContain('CREATE TABLE IF NOT EXISTS "public"."retort_version"');
  });

  it("with one transaction for the script, leaves it for a migration that is not transactional, and opens another after", async () => {
    const emitter = new SqlEmitter({
      versionTable,
      createVersionTable: false,
      transactionPerMigration: false,
    });
    await runPlan(directory, graph.downgradePlan(["bbbb00000002"], "base"), emitter);
    const lines = emitter.text
      .split("\n")
      .filter((line) => /^(BEGIN|COMMIT|DROP|-- bbbb)/.test(line));
    // As online: psql refuses DROP INDEX CONCURRENTLY inside BEGIN ... COMMIT.
    expect(lines).toEqual([
      "-- bbbb00000002 is not transactional: it runs outside a transaction",
      'DROP INDEX CONCURRENTLY "i";',
      "BEGIN;",
      "DROP TABLE t;",
      "COMMIT;",
    ]);
  });

  it("lets a signal handler run between migrations, however long the last one kept the thread busy", async () => {
    const controller = new AbortController();
    const emitter = new SqlEmitter({
      versionTable,
      createVersionTable: false,
      transactionPerMigration: true,
    });
    const step = emitter.step.bind(emitter);
    // As Ctrl-C during an embedded database's statement: the handler is a macrotask, queued
    // while the migration runs, and only an event-loop turn delivers it.
    emitter.step = async (recorded) => {
      setImmediate(() => controller.abort());
      await step(recorded);
    };
    const run = runPlan(directory, graph.upgradePlan([], "bbbb00000002"), emitter, undefined, {
      signal: controller.signal,
    });
    await expect(run).rejects.toBeInstanceOf(PlanStopped);
    expect(emitter.text).toContain("aaaa00000001");
    expect(emitter.text).not.toContain("bbbb00000002");
  });

  it("streams the same script a migration at a time, stopping after the last whole one on a failure", async () => {
    const whole = new SqlEmitter({
      versionTable,
      createVersionTable: true,
      transactionPerMigration: true,
    });
    await runPlan(directory, graph.upgradePlan([], "bbbb00000002"), whole);
    const chunks: string[] = [];
    const streamed = new SqlEmitter({
      versionTable,
      createVersionTable: true,
      transactionPerMigration: true,
      write: (text) => chunks.push(text),
    });
    await runPlan(directory, graph.upgradePlan([], "bbbb00000002"), streamed);
    expect(chunks).toHaveLength(3); // the preamble, then one chunk per migration
    expect(chunks.join("")).toBe(whole.text);
    expect(streamed.text).toBe("");

    const partial: string[] = [];
    const failing = new SqlEmitter({
      versionTable,
      createVersionTable: false,
      transactionPerMigration: true,
      write: (text) => partial.push(text),
    });
    await expect(runPlan(directory, graph.upgradePlan([], "head"), failing)).rejects.toMatchObject({
      code: "OFFLINE_NOT_SUPPORTED",
    });
    const written = partial.join("");
    expect(written).toContain("bbbb00000002");
    expect(written).not.toContain("cccc00000003");
    expect(written.trimEnd().endsWith(";")).toBe(true);
  });

  it("refuses op.run offline, naming the file, revision and direction", async () => {
    const emitter = new SqlEmitter({
      versionTable,
      createVersionTable: false,
      transactionPerMigration: true,
    });
    await expect(
      runPlan(directory, graph.upgradePlan(["bbbb00000002"], "head"), emitter),
    ).rejects.toMatchObject({
      code: "OFFLINE_NOT_SUPPORTED",
      message:
        "versions/cccc00000003_m.ts (cccc00000003, up): op.run cannot be rendered as SQL: it runs TypeScript against a live database.",
      details: { file: "versions/cccc00000003_m.ts", revision: "cccc00000003" },
    });
  });
});
