import { afterAll, describe, expect, it } from "vitest";
import {
  createT,
  fixtureRevision,
  lintHistory,
  removeLintFixtures,
  ruleIds,
} from "./lint-project.test-fixture";
import { lintRuleIds } from "./lint-rule-ids";
import { lintRules } from "./rules/index";

// Each rule, positive and negative, on recorded operations and on the same change written as
// raw SQL in op.execute. The first migration creates `t`, so the second sees it as existing.

afterAll(removeLintFixtures);

/** The rule ids the last migration of `[createT, up]` gets, with missing-lock-timeout off. */
async function only(up: string, options: { transactional?: boolean } = {}) {
  const result = await lintHistory([createT, { up, ...options }], {
    onlyLast: true,
    rules: { "missing-lock-timeout": "off" },
  });
  return ruleIds(result);
}

describe("the rule list", () => {
  it("has one stable id per rule, and the config's list matches it", () => {
    expect([...lintRules.map((rule) => rule.id), "bad-suppression"].sort()).toEqual(
      [...lintRuleIds].sort(),
    );
  });
});

describe("index-not-concurrent and concurrently-in-transaction", () => {
  it("flags CREATE INDEX on an existing table, as an operation and as SQL", async () => {
    expect(await only(`op.createIndex("t_a", "t", ["a"]);`)).toEqual(["index-not-concurrent"]);
    expect(await only(`op.execute("CREATE INDEX t_a ON t (a)");`)).toEqual([
      "index-not-concurrent",
    ]);
  });

  it("accepts an index on a table created in the same migration", async () => {
    const result = await lintHistory([`${createT}\nop.createIndex("t_a", "t", ["a"]);`]);
    expect(ruleIds(result)).toEqual([]);
    const sql = await lintHistory([
      `op.execute("CREATE TABLE s (a int); CREATE INDEX s_a ON s (a)");`,
    ]);
    expect(ruleIds(sql)).toEqual([]);
  });

  it("accepts an index on a materialized view created (and renamed) in the same migration", async () => {
    const created = await lintHistory([
      `op.createMaterializedView("mv", "select 1 as id", { withData: true });
       op.createIndex("mv_id", "mv", ["id"], { unique: true });
       op.renameView("mv", "mv2", { materialized: true });
       op.createIndex("mv2_id", "mv2", ["id"]);`,
    ]);
    expect(ruleIds(created)).toEqual([]);
    const sql = await lintHistory([
      `op.execute("CREATE MATERIALIZED VIEW m AS SELECT 1 AS id; CREATE INDEX m_id ON m (id); CREATE TABLE c AS SELECT 1 AS id; CREATE INDEX c_id ON c (id)");`,
    ]);
    expect(ruleIds(sql)).toEqual([]);
    // One the migration did not create is an existing one, as a table is.
    expect(await only(`op.createIndex("old_mv_id", "old_mv", ["id"]);`)).toEqual([
      "index-not-concurrent",
    ]);
  });

  it("accepts CONCURRENTLY in a non-transactional migration, and flags it in a transactional one", async () => {
    const concurrent = `op.createIndex("t_a", "t", ["a"], { concurrently: true });`;
    expect(await only(concurrent, { transactional: false })).toEqual([]);
    expect(await only(concurrent)).toEqual(["concurrently-in-transaction"]);
    expect(await only(`op.execute("CREATE INDEX CONCURRENTLY t_a ON t (a)");`)).toEqual([
      "concurrently-in-transaction",
    ]);
    expect(
      await only(
        `op.execute("CREATE INDEX CONCURRENTLY t_a ON t (a)", [], { transactional: false });`,
        {
          transactional: false,
        },
      ),
    ).toEqual([]);
  });

  it("flags CONCURRENTLY in an op.execute of several statements, which run in one transaction block", async () => {
    const result = await lintHistory(
      [
        createT,
        {
          up: `op.execute("CREATE INDEX CONCURRENTLY t_a ON t (a); DROP INDEX CONCURRENTLY t_b");`,
          transactional: false,
        },
      ],
      { onlyLast: true, rules: { "missing-lock-timeout": "off" } },
    );
    expect(ruleIds(result)).toEqual(["concurrently-in-transaction", "concurrently-in-transaction"]);
    expect(result.findings[0]?.fix).toBe("give each statement its own op.execute.");
  });

  it("flags DROP INDEX without CONCURRENTLY, but not of an index made in the same migration", async () => {
    expect(await only(`op.dropIndex("t_old");`)).toEqual(["drop-index-not-concurrent"]);
    expect(await only(`op.execute("DROP INDEX t_old");`)).toEqual(["drop-index-not-concurrent"]);
    expect(
      await only(`op.dropIndex("t_old", { concurrently: true });`, { transactional: false }),
    ).toEqual([]);
  });
});

describe("raw SQL with no operation: REINDEX, DETACH PARTITION, ALTER DOMAIN", () => {
  it("flags the blocking forms and accepts the online ones", async () => {
    expect(await only(`op.execute("REINDEX INDEX t_a")`)).toEqual(["reindex-not-concurrent"]);
    expect(
      await only(`op.execute("REINDEX TABLE CONCURRENTLY t")`, { transactional: false }),
    ).toEqual([]);
    expect(await only(`op.execute("ALTER TABLE t DETACH PARTITION t_2020")`)).toEqual([
      "detach-partition-not-concurrent",
    ]);
    expect(
      await only(`op.execute("ALTER TABLE t DETACH PARTITION t_2020 CONCURRENTLY")`, {
        transactional: false,
      }),
    ).toEqual([]);
    expect(
      await only(`op.execute("ALTER DOMAIN positive ADD CONSTRAINT p CHECK (VALUE > 0)")`),
    ).toEqual(["domain-constraint-not-valid"]);
    expect(
      await only(
        `op.execute("ALTER DOMAIN positive ADD CONSTRAINT p CHECK (VALUE > 0) NOT VALID")`,
      ),
    ).toEqual([]);
  });

  it("CONCURRENTLY forms in a transactional migration are concurrently-in-transaction", async () => {
    expect(await only(`op.execute("REINDEX INDEX CONCURRENTLY t_a")`)).toEqual([
      "concurrently-in-transaction",
    ]);
    expect(await only(`op.execute("ALTER TABLE t DETACH PARTITION t_2020 CONCURRENTLY")`)).toEqual([
      "concurrently-in-transaction",
    ]);
  });
});

describe("adding columns", () => {
  it("add-column-not-null-no-default: NOT NULL without a default on an existing table", async () => {
    expect(await only(`op.addColumn("t", "c", { type: "integer", nullable: false });`)).toEqual([
      "add-column-not-null-no-default",
    ]);
    expect(await only(`op.execute("ALTER TABLE t ADD COLUMN c integer NOT NULL");`)).toEqual([
      "add-column-not-null-no-default",
    ]);
    expect(
      await only(`op.addColumn("t", "c", { type: "integer", nullable: false, default: 0 });`),
    ).toEqual([]);
    expect(
      await only(`op.execute("ALTER TABLE t ADD COLUMN c integer NOT NULL DEFAULT 0");`),
    ).toEqual([]);
    expect(await only(`op.addColumn("t", "c", { type: "integer" });`)).toEqual([]);
  });

  it("volatile-default-rewrite: a default computed per row, but not a stable one", async () => {
    expect(
      await only(
        `op.addColumn("t", "c", { type: "uuid", default: { sql: "gen_random_uuid()" } });`,
      ),
    ).toEqual(["volatile-default-rewrite"]);
    expect(
      await only(`op.execute("ALTER TABLE t ADD COLUMN c float8 DEFAULT random() * 2");`),
    ).toEqual(["volatile-default-rewrite"]);
    expect(await only(`op.execute("ALTER TABLE t ADD COLUMN c bigserial");`)).toEqual([
      "volatile-default-rewrite",
    ]);
    // However the type's name is spelled, as the parser reads it.
    for (const type of ["BigSerial", "pg_catalog.serial4"]) {
      expect(await only(`op.addColumn("t", "c", { type: ${JSON.stringify(type)} });`)).toEqual([
        "volatile-default-rewrite",
      ]);
    }
    expect(
      await only(`op.addColumn("t", "c", { type: "timestamptz", default: { sql: "now()" } });`),
    ).toEqual([]);
    // PostgreSQL makes a function VOLATILE unless it says otherwise: an unknown one counts.
    expect(
      await only(`op.addColumn("t", "c", { type: "text", default: { sql: "app.next_code()" } });`),
    ).toEqual(["volatile-default-rewrite"]);
    expect(
      await only(
        `op.addColumn("t", "c", { type: "text", default: { sql: "lower('X') || 'y'" } });`,
      ),
    ).toEqual([]);
    expect(
      await only(`op.execute("ALTER TABLE t ADD COLUMN c date DEFAULT current_date");`),
    ).toEqual([]);
    expect(
      await only(`op.execute("ALTER TABLE t ADD COLUMN c timestamptz DEFAULT current_timestamp");`),
    ).toEqual([]);
  });

  it("unique-without-index: an inline UNIQUE on an added column", async () => {
    expect(await only(`op.addColumn("t", "c", { type: "text", unique: true });`)).toEqual([
      "unique-without-index",
    ]);
  });
});

describe("constraints", () => {
  it("foreign-key-not-valid", async () => {
    expect(await only(`op.addForeignKey("t_fk", "t", ["a"], "u", ["id"]);`)).toEqual([
      "foreign-key-not-valid",
    ]);
    expect(
      await only(`op.addForeignKey("t_fk", "t", ["a"], "u", ["id"], { notValid: true });`),
    ).toEqual([]);
    expect(
      await only(
        `op.execute("ALTER TABLE t ADD CONSTRAINT t_fk FOREIGN KEY (a) REFERENCES u (id)");`,
      ),
    ).toEqual(["foreign-key-not-valid"]);
    expect(
      await only(
        `op.execute("ALTER TABLE t ADD CONSTRAINT t_fk FOREIGN KEY (a) REFERENCES u (id) NOT VALID");`,
      ),
    ).toEqual([]);
    expect(
      await only(`op.addColumn("t", "u_id", { type: "integer", references: { table: "u" } });`),
    ).toEqual(["foreign-key-not-valid"]);
  });

  it("check-not-valid", async () => {
    expect(await only(`op.addCheck("t_pos", "t", "a > 0");`)).toEqual(["check-not-valid"]);
    expect(await only(`op.addCheck("t_pos", "t", "a > 0", { notValid: true });`)).toEqual([]);
    expect(await only(`op.execute("ALTER TABLE t ADD CONSTRAINT t_pos CHECK (a > 0)");`)).toEqual([
      "check-not-valid",
    ]);
    expect(
      await only(`op.execute("ALTER TABLE t ADD CONSTRAINT t_pos CHECK (a > 0) NOT VALID");`),
    ).toEqual([]);
  });

  it("unique-without-index: UNIQUE and PRIMARY KEY build their index under the lock unless USING INDEX", async () => {
    expect(await only(`op.addUnique("t_a_key", "t", ["a"]);`)).toEqual(["unique-without-index"]);
    expect(await only(`op.addPrimaryKey("t_pkey", "t", ["a"]);`)).toEqual(["unique-without-index"]);
    expect(await only(`op.execute("ALTER TABLE t ADD CONSTRAINT t_a_key UNIQUE (a)");`)).toEqual([
      "unique-without-index",
    ]);
    expect(
      await only(`op.execute("ALTER TABLE t ADD CONSTRAINT t_a_key UNIQUE USING INDEX t_a_idx");`),
    ).toEqual([]);
    // What `revision --autogenerate --safe` writes in its finishing step.
    expect(await only(`op.addUnique("t_a_key", "t", ["a"], { usingIndex: "t_a_key" });`)).toEqual(
      [],
    );
  });
});

describe("set-not-null-unchecked", () => {
  const setNotNull = `op.alterColumn("t", "a", { nullable: false });`;

  it("flags SET NOT NULL with no validated check, as an operation and as SQL", async () => {
    expect(await only(setNotNull)).toEqual(["set-not-null-unchecked"]);
    expect(await only(`op.execute("ALTER TABLE t ALTER COLUMN a SET NOT NULL");`)).toEqual([
      "set-not-null-unchecked",
    ]);
  });

  it("accepts it after a CHECK (a IS NOT NULL) validated in an earlier migration", async () => {
    const result = await lintHistory(
      [
        createT,
        `op.addCheck("t_a_nn", "t", "a IS NOT NULL", { notValid: true });`,
        `op.validateConstraint("t_a_nn", "t");`,
        `${setNotNull}\nop.dropConstraint("t_a_nn", "t");`,
      ],
      { onlyLast: true, rules: { "missing-lock-timeout": "off" } },
    );
    expect(ruleIds(result)).toEqual([]);
    const sql = await lintHistory(
      [
        createT,
        `op.execute("ALTER TABLE t ADD CONSTRAINT t_a_nn CHECK (a IS NOT NULL) NOT VALID");`,
        `op.execute("ALTER TABLE t VALIDATE CONSTRAINT t_a_nn; ALTER TABLE t ALTER COLUMN a SET NOT NULL");`,
      ],
      { onlyLast: true, rules: { "missing-lock-timeout": "off" } },
    );
    expect(ruleIds(sql)).toEqual([]);
  });

  it("still flags it when the check was never validated, or proves another column", async () => {
    const unvalidated = await lintHistory(
      [createT, `op.addCheck("t_a_nn", "t", "a IS NOT NULL", { notValid: true });`, setNotNull],
      { onlyLast: true, rules: { "missing-lock-timeout": "off" } },
    );
    expect(ruleIds(unvalidated)).toEqual(["set-not-null-unchecked"]);
    const other = await lintHistory(
      [
        createT,
        `op.execute("ALTER TABLE t ADD CONSTRAINT t_b_nn CHECK (b IS NOT NULL) NOT VALID; ALTER TABLE t VALIDATE CONSTRAINT t_b_nn");`,
        setNotNull,
      ],
      { onlyLast: true, rules: { "missing-lock-timeout": "off" } },
    );
    expect(ruleIds(other)).toEqual(["set-not-null-unchecked"]);
  });
});

describe("the history a lint of new migrations reads", () => {
  const broken = { up: createT, preamble: 'throw new Error("this migration does not load");\n' };

  it("does not load earlier migrations when nothing needs them", async () => {
    const result = await lintHistory([broken, `op.dropColumn("t", "b");`], {
      onlyLast: true,
      rules: { "missing-lock-timeout": "off" },
    });
    expect(ruleIds(result)).toEqual(["drop-column"]);
  });

  it("reads them for a SET NOT NULL that the new migrations do not prove", async () => {
    await expect(
      lintHistory([broken, `op.alterColumn("t", "a", { nullable: false });`], { onlyLast: true }),
    ).rejects.toThrow(/does not load/);
  });

  it("lints the operations it is given for a file just written, without importing it", async () => {
    const result = await lintHistory(
      [createT, { up: `op.dropColumn("t", "b");`, preamble: broken.preamble }],
      {
        onlyLast: true,
        rules: { "missing-lock-timeout": "off" },
        recorded: new Map([
          [fixtureRevision(2), [{ kind: "dropColumn", schema: "public", table: "t", column: "b" }]],
        ]),
      },
    );
    expect(result.findings.map((f) => [f.rule, f.line])).toEqual([["drop-column", 7]]);
  });

  it("does not count a check a migration between two linted ones dropped", async () => {
    const result = await lintHistory(
      [
        createT,
        `op.addCheck("t_a_nn", "t", "a IS NOT NULL");`,
        `op.dropConstraint("t_a_nn", "t");`,
        `op.alterColumn("t", "a", { nullable: false });`,
      ],
      {
        revisions: [fixtureRevision(2), fixtureRevision(4)],
        rules: { "missing-lock-timeout": "off", "check-not-valid": "off" },
      },
    );
    expect(ruleIds(result)).toEqual(["set-not-null-unchecked"]);
  });
});

describe("column-type-rewrite and narrowing-type", () => {
  const alter = (type: string, existingType: string) =>
    `op.alterColumn("t", "a", { type: ${JSON.stringify(type)}, existingType: ${JSON.stringify(existingType)} });`;

  it("flags int to bigint (a rewrite) and accepts varchar to text or to a longer varchar", async () => {
    expect(await only(alter("bigint", "integer"))).toEqual(["column-type-rewrite"]);
    expect(await only(alter("text", "varchar(10)"))).toEqual([]);
    expect(await only(alter("character varying(20)", "varchar(10)"))).toEqual([]);
    expect(await only(alter("numeric(12,2)", "numeric(10,2)"))).toEqual([]);
    expect(await only(alter("timestamp with time zone", "timestamp"))).toEqual([
      "column-type-rewrite",
    ]);
  });

  it("flags narrowing, and not as a rewrite too", async () => {
    expect(await only(alter("varchar(10)", "varchar(20)"))).toEqual(["narrowing-type"]);
    expect(await only(alter("integer", "bigint"))).toEqual(["narrowing-type"]);
    expect(await only(alter("varchar(5)", "text"))).toEqual(["narrowing-type"]);
  });

  it("in SQL, where the old type is unknown, says a rewrite may happen", async () => {
    const result = await lintHistory(
      [createT, `op.execute("ALTER TABLE t ALTER COLUMN a TYPE bigint");`],
      {
        onlyLast: true,
        rules: { "missing-lock-timeout": "off" },
      },
    );
    expect(ruleIds(result)).toEqual(["column-type-rewrite"]);
    expect(result.findings[0]!.message).toContain("from a type retort cannot see");
  });
});

describe("drops and renames", () => {
  it("warns on dropping a column or table and fails on renaming one, for operations and SQL", async () => {
    const cases: [string, string, "warn" | "error"][] = [
      [`op.dropColumn("t", "b");`, "drop-column", "warn"],
      [`op.execute("ALTER TABLE t DROP COLUMN b");`, "drop-column", "warn"],
      [`op.dropTable("t");`, "drop-table", "warn"],
      [`op.execute("DROP TABLE t");`, "drop-table", "warn"],
      [`op.renameColumn("t", "b", "c");`, "rename-column", "error"],
      [`op.execute("ALTER TABLE t RENAME COLUMN b TO c");`, "rename-column", "error"],
      [`op.renameTable("t", "t2");`, "rename-table", "error"],
      [`op.execute("ALTER TABLE t RENAME TO t2");`, "rename-table", "error"],
    ];
    for (const [up, rule, severity] of cases) {
      const result = await lintHistory([createT, up], {
        onlyLast: true,
        rules: { "missing-lock-timeout": "off" },
      });
      expect(
        result.findings.map((f) => [f.rule, f.severity]),
        up,
      ).toEqual([[rule, severity]]);
    }
  });

  it("a table created and renamed in the same migration is still new", async () => {
    const result = await lintHistory([
      `${createT}\nop.renameTable("t", "t2");\nop.createIndex("t2_a", "t2", ["a"]);\nop.addColumn("t2", "c", { type: "int", nullable: false });`,
    ]);
    expect(ruleIds(result)).toEqual([]);
  });

  it("a table no migration creates counts as existing", async () => {
    const result = await lintHistory([`op.createIndex("legacy_a", "legacy", ["a"]);`]);
    expect(ruleIds(result)).toEqual(["index-not-concurrent"]);
  });
});

describe("enum-value-used-in-same-transaction", () => {
  it("flags a new value used in the same transactional migration", async () => {
    expect(
      await only(`op.addEnumValue("mood", "meh");\nop.bulkInsert("t", [{ b: "meh" }]);`),
    ).toEqual(["enum-value-used-in-same-transaction"]);
    expect(
      await only(
        `op.execute("ALTER TYPE mood ADD VALUE 'meh'");\nop.execute("UPDATE t SET b = 'meh'");`,
      ),
    ).toEqual(["enum-value-used-in-same-transaction"]);
    expect(
      await only(`op.addEnumValue("mood", "meh");\nop.execute("UPDATE t SET b = $1", ["meh"]);`),
    ).toEqual(["enum-value-used-in-same-transaction"]);
    // A default as autogenerate writes it: SQL holding the literal.
    expect(
      await only(
        `op.addEnumValue("mood", "meh");\nop.alterColumn("t", "b", { default: { sql: "'meh'::mood" } });`,
      ),
    ).toEqual(["enum-value-used-in-same-transaction"]);
  });

  it("accepts it without a transaction, or when another value is used", async () => {
    expect(
      await only(`op.addEnumValue("mood", "meh");\nop.bulkInsert("t", [{ b: "meh" }]);`, {
        transactional: false,
      }),
    ).toEqual([]);
    expect(
      await only(`op.addEnumValue("mood", "meh");\nop.bulkInsert("t", [{ b: "happy" }]);`),
    ).toEqual([]);
  });
});

describe("missing-lock-timeout", () => {
  const noTimeout = { onlyLast: true, lockTimeout: undefined } as const;

  it("warns once per migration on ACCESS EXCLUSIVE DDL with no lock_timeout", async () => {
    const result = await lintHistory(
      [createT, `op.dropColumn("t", "b");\nop.renameColumn("t", "a", "z");`],
      { ...noTimeout, rules: { "drop-column": "off", "rename-column": "off" } },
    );
    expect(result.findings.map((f) => [f.rule, f.severity, f.line])).toEqual([
      ["missing-lock-timeout", "warn", 6],
    ]);
  });

  it("is satisfied by the config's lockTimeout or a SET lock_timeout first", async () => {
    const up = `op.dropColumn("t", "b");`;
    const rules = { "drop-column": "off" } as const;
    expect(ruleIds(await lintHistory([createT, up], { ...noTimeout, rules }))).toEqual([
      "missing-lock-timeout",
    ]);
    expect(
      ruleIds(await lintHistory([createT, up], { onlyLast: true, rules, lockTimeout: 5000 })),
    ).toEqual([]);
    const setFirst = `op.execute("SET LOCAL lock_timeout = '5s'");\n${up}`;
    expect(ruleIds(await lintHistory([createT, setFirst], { ...noTimeout, rules }))).toEqual([]);
    const setAfter = `${up}\nop.execute("SET LOCAL lock_timeout = '5s'");`;
    expect(ruleIds(await lintHistory([createT, setAfter], { ...noTimeout, rules }))).toEqual([
      "missing-lock-timeout",
    ]);
  });

  it("is not raised for a table created in the same migration", async () => {
    const result = await lintHistory([`${createT}\nop.dropColumn("t", "b");`], {
      lockTimeout: undefined,
    });
    expect(ruleIds(result)).toEqual([]);
  });

  it("covers write-blocking index builds and DROP INDEX, but not CONCURRENTLY", async () => {
    const lint = async (up: string, transactional = true) =>
      ruleIds(
        await lintHistory([createT, { up, transactional }], {
          ...noTimeout,
          rules: { "index-not-concurrent": "off", "drop-index-not-concurrent": "off" },
        }),
      );
    expect(await lint(`op.createIndex("t_a", "t", ["a"]);`)).toEqual(["missing-lock-timeout"]);
    expect(await lint(`op.execute("DROP INDEX t_old");`)).toEqual(["missing-lock-timeout"]);
    expect(await lint(`op.createIndex("t_a", "t", ["a"], { concurrently: true });`, false)).toEqual(
      [],
    );
  });

  it("is not satisfied by a lock_timeout of 0, a RESET, or SET LOCAL outside a transaction", async () => {
    const lint = async (up: string, transactional = true) =>
      ruleIds(await lintHistory([createT, { up, transactional }], { ...noTimeout }));
    const ddl = `op.execute("ALTER TABLE t ALTER COLUMN a SET DEFAULT 1");`;
    expect(await lint(`op.execute("SET lock_timeout = 0");\n${ddl}`)).toEqual([
      "missing-lock-timeout",
    ]);
    expect(await lint(`op.execute("SET LOCAL lock_timeout = '0s'");\n${ddl}`)).toEqual([
      "missing-lock-timeout",
    ]);
    expect(
      await lint(`op.execute("SET lock_timeout = '2s'; RESET lock_timeout");\n${ddl}`),
    ).toEqual(["missing-lock-timeout"]);
    expect(await lint(`op.execute("SET LOCAL lock_timeout = '2s'");\n${ddl}`, false)).toEqual([
      "missing-lock-timeout",
    ]);
    expect(await lint(`op.execute("SET lock_timeout = '2s'");\n${ddl}`, false)).toEqual([]);
    expect(await lint(`op.execute("SET LOCAL lock_timeout = '2s'");\n${ddl}`)).toEqual([]);
  });

  it("reads the migration's own lockTimeout over the config's, and a lockTimeout of 0 as none", async () => {
    const up = `op.execute("ALTER TABLE t ALTER COLUMN a SET DEFAULT 1");`;
    const lint = async (lockTimeout: number | undefined, header?: string) =>
      ruleIds(
        await lintHistory([createT, { up, ...(header ? { lockTimeout: header } : {}) }], {
          onlyLast: true,
          lockTimeout,
        }),
      );
    expect(await lint(undefined, `"2s"`)).toEqual([]);
    expect(await lint(5000, "0")).toEqual(["missing-lock-timeout"]);
    expect(await lint(0)).toEqual(["missing-lock-timeout"]);
  });

  it("covers every statement that queues readers or writers: raw ALTER TABLE, TRUNCATE, triggers, policies", async () => {
    const lint = async (up: string) =>
      ruleIds(
        await lintHistory([createT, up], {
          ...noTimeout,
          rules: { "persistence-rewrite": "off" },
        }),
      );
    for (const sql of [
      "ALTER TABLE t ALTER COLUMN a SET DEFAULT 1",
      "ALTER TABLE t ALTER COLUMN a DROP NOT NULL",
      "ALTER TABLE t ENABLE ROW LEVEL SECURITY",
      "ALTER TABLE t ADD CONSTRAINT t_a_key UNIQUE USING INDEX t_a",
      "ALTER TABLE t SET UNLOGGED",
      "ALTER TABLE t DISABLE TRIGGER ALL",
      "ALTER TABLE t RENAME CONSTRAINT c TO d",
      "TRUNCATE t",
      "LOCK TABLE t IN SHARE MODE",
      "VACUUM FULL t",
      "CLUSTER t USING t_a",
      "CREATE TRIGGER tr BEFORE INSERT ON t FOR EACH ROW EXECUTE FUNCTION f()",
      "DROP TRIGGER tr ON public.t",
      "CREATE POLICY p ON t USING (true)",
      "DROP POLICY p ON t",
    ]) {
      expect(await lint(`op.execute(${JSON.stringify(sql)});`), sql).toEqual([
        "missing-lock-timeout",
      ]);
    }
    for (const up of [
      `op.createTrigger("t", "tr", { timing: "before", events: ["insert"], forEach: "row", function: { name: "f" } });`,
      `op.dropTrigger("t", "tr");`,
      `op.enableRowSecurity("t");`,
      `op.createPolicy("t", "p", { using: "true" });`,
      `op.alterTable("t", { unlogged: true });`,
      `op.detachPartition("t", "t_2020");`,
    ]) {
      expect(await lint(up), up).toEqual(["missing-lock-timeout"]);
    }
    // SHARE UPDATE EXCLUSIVE and below queue neither reads nor writes.
    for (const sql of [
      "ALTER TABLE t SET (fillfactor = 70)",
      "ALTER TABLE t ALTER COLUMN a SET STATISTICS 500",
      "LOCK TABLE t IN ROW EXCLUSIVE MODE",
      "VACUUM t",
      "REFRESH MATERIALIZED VIEW CONCURRENTLY t",
    ]) {
      expect(await lint(`op.execute(${JSON.stringify(sql)});`), sql).toEqual([]);
    }
    // A table the migration creates has no one waiting on it.
    expect(
      ruleIds(
        await lintHistory(
          [
            `op.execute("CREATE TABLE n (a int); ALTER TABLE n ALTER COLUMN a SET DEFAULT 1; TRUNCATE n");`,
          ],
          { lockTimeout: undefined },
        ),
      ),
    ).toEqual([]);
  });
});

describe("transaction-control", () => {
  it("flags BEGIN, COMMIT and ROLLBACK in op.execute, and not other statements", async () => {
    expect(await only(`op.execute("COMMIT; CREATE TABLE x (a int); BEGIN");`)).toEqual([
      "transaction-control",
      "transaction-control",
    ]);
    expect(await only(`op.execute("CREATE TABLE x (a int)");`)).toEqual([]);
  });
});

describe("unparsable-sql", () => {
  it("reports SQL PostgreSQL's parser refuses", async () => {
    const result = await lintHistory([`op.execute("CREATE TABEL x (a int)");`]);
    expect(ruleIds(result)).toEqual(["unparsable-sql"]);
    expect(result.findings[0]!.message).toContain("syntax error");
    expect(result.findings[0]!.severity).toBe("warn");
  });
});

describe("persistence-rewrite", () => {
  it("warns when an existing table turns logged or unlogged, not on its other settings", async () => {
    expect(await only(`op.alterTable("t", { unlogged: true });`)).toEqual(["persistence-rewrite"]);
    expect(await only(`op.alterTable("t", { unlogged: false });`)).toEqual(["persistence-rewrite"]);
    expect(await only(`op.alterTable("t", { with: { fillfactor: 70 } });`)).toEqual([]);
  });
});
