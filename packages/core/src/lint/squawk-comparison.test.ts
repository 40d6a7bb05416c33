import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { createT, lintHistory, removeLintFixtures } from "./lint-project.test-fixture";
import { lintRuleIds } from "./lint-rule-ids";

// retort lint against Squawk, the PostgreSQL migration linter, on the same statements. Squawk
// comes from npm (`squawk-cli` ships its binary in a per-platform npm package), so this runs
// offline wherever the devDependencies are installed.

afterAll(removeLintFixtures);

/** Squawk 2.66.0's rules, from its rule enum (crates/squawk_linter/src/lib.rs). */
const squawkRules = [
  "adding-field-with-default",
  "adding-foreign-key-constraint",
  "adding-not-nullable-field",
  "adding-required-field",
  "adding-serial-primary-key-field",
  "ban-alter-domain-with-add-constraint",
  "ban-char-field",
  "ban-concurrent-index-creation-in-transaction",
  "ban-create-domain-with-constraint",
  "ban-drop-column",
  "ban-drop-database",
  "ban-drop-not-null",
  "ban-drop-table",
  "ban-duplicate-column-assignments",
  "ban-truncate-cascade",
  "ban-uncommitted-transaction",
  "changing-column-type",
  "constraint-missing-not-valid",
  "disallowed-unique-constraint",
  "identifier-too-long",
  "prefer-bigint-over-int",
  "prefer-bigint-over-smallint",
  "prefer-identity",
  "prefer-repack",
  "prefer-robust-stmts",
  "prefer-text-field",
  "prefer-timestamptz",
  "renaming-column",
  "renaming-table",
  "require-concurrent-index-creation",
  "require-concurrent-index-deletion",
  "require-concurrent-partition-detach",
  "require-concurrent-reindex",
  "require-enum-value-ordering",
  "require-lock-timeout",
  "require-statement-timeout",
  "require-table-schema",
  "require-timeout-settings",
  "transaction-nesting",
];

/** Statements on an existing table `t`, each one migration for retort and one file for Squawk. */
const statements = [
  "CREATE INDEX t_a ON t (a);",
  "CREATE INDEX CONCURRENTLY t_a ON t (a);",
  "DROP INDEX t_a;",
  "ALTER TABLE t ADD COLUMN c integer NOT NULL;",
  "ALTER TABLE t ADD COLUMN c uuid DEFAULT gen_random_uuid();",
  "ALTER TABLE t ADD CONSTRAINT t_fk FOREIGN KEY (a) REFERENCES u (id);",
  "ALTER TABLE t ADD CONSTRAINT t_pos CHECK (a > 0);",
  "ALTER TABLE t ALTER COLUMN a SET NOT NULL;",
  "ALTER TABLE t ADD CONSTRAINT t_a_key UNIQUE (a);",
  "ALTER TABLE t ADD COLUMN id bigserial PRIMARY KEY;",
  "ALTER TABLE t ALTER COLUMN a TYPE bigint;",
  "ALTER TABLE t DROP COLUMN b;",
  "DROP TABLE t;",
  "ALTER TABLE t RENAME COLUMN b TO c;",
  "ALTER TABLE t RENAME TO t2;",
  "ALTER TABLE t ADD COLUMN d text;",
  "BEGIN; ALTER TABLE t ADD COLUMN e text;",
  "REINDEX INDEX t_a;",
  "ALTER TABLE t DETACH PARTITION t_2020;",
  "ALTER DOMAIN positive ADD CONSTRAINT p CHECK (VALUE > 0);",
  // ACCESS EXCLUSIVE (or write-blocking) statements no operation describes, for require-lock-timeout.
  "ALTER TABLE t ALTER COLUMN a SET DEFAULT 1;",
  "ALTER TABLE t ALTER COLUMN a DROP NOT NULL;",
  "ALTER TABLE t ENABLE ROW LEVEL SECURITY;",
  "ALTER TABLE t ADD CONSTRAINT t_a_key UNIQUE USING INDEX t_a;",
  "ALTER TABLE t SET LOGGED;",
  "ALTER TABLE t RENAME CONSTRAINT t_pos TO t_positive;",
  "TRUNCATE t;",
  "LOCK TABLE t IN ACCESS EXCLUSIVE MODE;",
  "VACUUM FULL t;",
  "CLUSTER t USING t_a;",
  "CREATE TRIGGER t_touch BEFORE UPDATE ON t FOR EACH ROW EXECUTE FUNCTION touch();",
  "DROP TRIGGER t_touch ON t;",
  "CREATE POLICY t_own ON t USING (true);",
  "REFRESH MATERIALIZED VIEW t_summary;",
  "ALTER TABLE t SET (fillfactor = 70);",
  "ALTER TABLE t ATTACH PARTITION t_2020 FOR VALUES FROM (1) TO (2);",
];

/**
 * Where retort disagrees with Squawk on purpose, and why (the README's table says so too).
 * Keyed by statement and Squawk rule.
 */
const deliberateDifferences: Record<string, string> = {
  "CREATE INDEX CONCURRENTLY t_a ON t (a);|require-lock-timeout":
    "CONCURRENTLY takes SHARE UPDATE EXCLUSIVE, which queues no read or write behind it",
  "ALTER TABLE t SET (fillfactor = 70);|require-lock-timeout":
    "storage parameters take SHARE UPDATE EXCLUSIVE, which queues no read or write behind it",
  "ALTER TABLE t ATTACH PARTITION t_2020 FOR VALUES FROM (1) TO (2);|require-lock-timeout":
    "ATTACH PARTITION takes SHARE UPDATE EXCLUSIVE on the partitioned table",
};

const readme = readFileSync(
  resolve(dirname(fileURLToPath(import.meta.url)), "../../../../README.md"),
  "utf8",
);

/** The README's Squawk table: Squawk rule -> retort rules (empty: none, with a reason). */
function readmeMapping(): Map<string, { rules: string[]; reason: string }> {
  const start = readme.indexOf("| Squawk 2.66.0 rule |");
  expect(start, "the README has the Squawk table").toBeGreaterThan(-1);
  const rows = readme.slice(start).split("\n\n")[0]!.split("\n").slice(2);
  return new Map(
    rows.map((row) => {
      const [squawk = "", retort = "", reason = ""] = row
        .split("|")
        .slice(1, -1)
        .map((cell) => cell.trim());
      const rules =
        retort === "—" ? [] : retort.split(",").map((rule) => rule.trim().replaceAll("`", ""));
      return [squawk.replaceAll("`", ""), { rules, reason }];
    }),
  );
}

function squawkCommand(): string[] {
  const require = createRequire(import.meta.url);
  return [
    process.execPath,
    join(dirname(require.resolve("squawk-cli/package.json")), "js/bin/squawk"),
  ];
}

describe("retort lint and Squawk", () => {
  it("the pinned Squawk is the one installed, and knows exactly the vendored rules", () => {
    const [node, bin] = squawkCommand();
    expect(execFileSync(node!, [bin!, "--version"], { encoding: "utf8" }).trim()).toBe(
      "squawk 2.66.0",
    );
    // Squawk refuses an unknown rule name in --exclude, so this fails when one was renamed.
    const run = spawnSync(node!, [bin!, `--exclude=${squawkRules.join(",")}`], {
      input: "select 1;",
      encoding: "utf8",
    });
    expect(run.status, run.stderr).toBe(0);
    const unknown = spawnSync(node!, [bin!, "--exclude=no-such-rule"], {
      input: "select 1;",
      encoding: "utf8",
    });
    expect(unknown.stderr).toContain("invalid rule name no-such-rule");
  });

  it("the README maps every Squawk rule to retort rules that exist, or says why not", () => {
    const mapping = readmeMapping();
    expect([...mapping.keys()].sort()).toEqual([...squawkRules].sort());
    for (const [squawk, { rules, reason }] of mapping) {
      if (rules.length === 0) expect(reason, squawk).not.toBe("");
      for (const rule of rules) expect(lintRuleIds, squawk).toContain(rule);
    }
  });

  it("wherever a mapped Squawk rule fires, its retort counterpart fires on the same statement", async () => {
    const dir = mkdtempSync(join(tmpdir(), "retort-squawk-"));
    try {
      const files = statements.map((sql, i) => {
        const file = join(dir, `s${String(i).padStart(2, "0")}.sql`);
        writeFileSync(file, `${sql}\n`);
        return file;
      });
      const [node, bin] = squawkCommand();
      // retort runs a migration in a transaction unless it says otherwise; tell Squawk so.
      const run = spawnSync(
        node!,
        [bin!, "--reporter", "json", "--assume-in-transaction", ...files],
        {
          encoding: "utf8",
        },
      );
      const violations = JSON.parse(run.stdout) as { file: string; rule_name: string }[];
      const result = await lintHistory(
        [createT, ...statements.map((sql) => `op.execute(${JSON.stringify(sql)});`)],
        { lockTimeout: undefined },
      );
      const mapping = readmeMapping();
      let compared = 0;
      statements.forEach((sql, i) => {
        const fired = new Set(
          violations.filter((v) => v.file === files[i]).map((violation) => violation.rule_name),
        );
        const ours = new Set(
          result.findings
            .filter((f) => f.revision.endsWith(String(i + 2).padStart(8, "0")))
            .map((f) => f.rule),
        );
        for (const squawk of fired) {
          const counterparts = mapping.get(squawk)?.rules ?? [];
          if (counterparts.length === 0 || deliberateDifferences[`${sql}|${squawk}`]) continue;
          compared += 1;
          expect(
            counterparts.some((rule) => ours.has(rule)),
            `${sql}: Squawk ${squawk}, retort ${[...ours].join(", ") || "nothing"}`,
          ).toBe(true);
        }
      });
      // Every mapped rule the statements exercise was compared, not skipped.
      expect(compared).toBeGreaterThanOrEqual(statements.length);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
