import { readdirSync } from "node:fs";
import { join } from "node:path";
import { type OpenTestDatabase, openTestDatabase } from "@retort/test-harness";
import { sql } from "kysely";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { type CliProject, modelsProject } from "./cli-project";

// What lint claims, checked on a real server: a change it calls a rewrite rewrites the table
// (a new relfilenode) and one it passes does not; the failures it predicts happen. And the lint
// `upgrade` runs before it migrates.

let open: OpenTestDatabase;
let project: CliProject | undefined;

beforeAll(async () => {
  open = await openTestDatabase("cli_lint", { max: 1 });
});

afterAll(async () => {
  await open?.close();
});

beforeEach(async () => {
  await sql
    .raw(
      "drop table if exists lint_t, lint_types, retort_version, retort_history cascade; drop type if exists lint_mood",
    )
    .execute(open.db);
});

afterEach(() => {
  project?.remove();
  project = undefined;
});

function newProject(config = ""): CliProject {
  project = modelsProject(open.database.url, config);
  return project;
}

function migrationFile(
  revision: string,
  down: string | null,
  up: string,
  transactional = true,
): string {
  return `export default {
  revision: "${revision}",
  downRevision: ${JSON.stringify(down)},
  message: "m",${transactional ? "" : "\n  transactional: false,"}
  up(op) {
    ${up}
  },
  down(op) {},
};
`;
}

const rev = (n: number) => `bbbb${String(n).padStart(8, "0")}`;

async function relfilenode(table: string): Promise<number> {
  const result = await sql<{
    node: number;
  }>`select relfilenode::int as node from pg_class where oid = ${table}::regclass`.execute(open.db);
  return result.rows[0]!.node;
}

describe("the rules' claims hold on PostgreSQL", () => {
  it("a type change lint calls a rewrite rewrites the table, one it passes does not", async () => {
    // [from, to]: each pair is one column of lint_types, changed by its own migration.
    const pairs: [string, string][] = [
      ["integer", "bigint"],
      ["varchar(10)", "text"],
      ["varchar(10)", "varchar(20)"],
      ["varchar(10)", "varchar"],
      ["text", "varchar"],
      ["numeric(10,2)", "numeric(12,2)"],
      ["numeric(10,2)", "numeric"],
      ["numeric(10,2)", "numeric(12,4)"],
      ["cidr", "inet"],
      ["bigint", "text"],
      ["char(5)", "varchar(10)"],
      ["varchar(10)", "char(10)"],
    ];
    const p = newProject(", lockTimeout: 5000");
    const columns = pairs.map(([from], i) => `c${i}: { type: ${JSON.stringify(from)} }`).join(", ");
    p.write(
      `migrations/versions/${rev(1)}_m.ts`,
      migrationFile(rev(1), null, `op.createTable("lint_types", { columns: { ${columns} } });`),
    );
    pairs.forEach(([from, to], i) => {
      p.write(
        `migrations/versions/${rev(i + 2)}_m.ts`,
        migrationFile(
          rev(i + 2),
          rev(i + 1),
          `op.alterColumn("lint_types", "c${i}", { type: ${JSON.stringify(to)}, existingType: ${JSON.stringify(from)} });`,
        ),
      );
    });
    const lint = await p.run("lint", "--json");
    const findings = (JSON.parse(lint.stdout) as { findings: { rule: string; revision: string }[] })
      .findings;
    await sql
      .raw(
        `create table lint_types (${pairs.map(([from], i) => `c${i} ${from}`).join(", ")}); insert into lint_types default values`,
      )
      .execute(open.db);
    const verdicts = [];
    for (const [i, [from, to]] of pairs.entries()) {
      const before = await relfilenode("lint_types");
      await sql.raw(`alter table lint_types alter column c${i} type ${to}`).execute(open.db);
      const rewrote = (await relfilenode("lint_types")) !== before;
      const rules = findings.filter((f) => f.revision === rev(i + 2)).map((f) => f.rule);
      verdicts.push(
        `${from} -> ${to}: lint ${rules.join(",") || "none"}, server ${rewrote ? "rewrote" : "kept"}`,
      );
    }
    expect(verdicts).toEqual([
      "integer -> bigint: lint column-type-rewrite, server rewrote",
      "varchar(10) -> text: lint none, server kept",
      "varchar(10) -> varchar(20): lint none, server kept",
      "varchar(10) -> varchar: lint none, server kept",
      "text -> varchar: lint none, server kept",
      "numeric(10,2) -> numeric(12,2): lint none, server kept",
      "numeric(10,2) -> numeric: lint none, server kept",
      "numeric(10,2) -> numeric(12,4): lint column-type-rewrite, server rewrote",
      "cidr -> inet: lint none, server kept",
      "bigint -> text: lint column-type-rewrite, server rewrote",
      "char(5) -> varchar(10): lint column-type-rewrite, server rewrote",
      "varchar(10) -> char(10): lint column-type-rewrite, server rewrote",
    ]);
  });

  it("a volatile default rewrites the table on ADD COLUMN, a stable one does not", async () => {
    await sql.raw("create table lint_t (a int); insert into lint_t values (1)").execute(open.db);
    const before = await relfilenode("lint_t");
    await sql.raw("alter table lint_t add column b timestamptz default now()").execute(open.db);
    expect(await relfilenode("lint_t")).toBe(before);
    await sql.raw("alter table lint_t add column c float8 default random()").execute(open.db);
    const afterRandom = await relfilenode("lint_t");
    expect(afterRandom).not.toBe(before);
    // A function declared without a volatility is VOLATILE, as lint assumes of one it does not know
    // (PL/pgSQL here: a one-line SQL function can be inlined and folded to a constant).
    await sql
      .raw(
        "drop function if exists lint_code(); create function lint_code() returns text language plpgsql as $$ begin return 'x'; end $$; alter table lint_t add column d text default lint_code()",
      )
      .execute(open.db);
    expect(await relfilenode("lint_t")).not.toBe(afterRandom);
  });

  it("an enum value used in the transaction that added it fails, as enum-value-used-in-same-transaction says", async () => {
    const p = newProject(", lockTimeout: 5000");
    p.write(
      `migrations/versions/${rev(1)}_m.ts`,
      migrationFile(
        rev(1),
        null,
        `op.createEnum("lint_mood", ["happy"]); op.createTable("lint_t", { columns: { m: { type: { name: "lint_mood" } } } });`,
      ),
    );
    p.write(
      `migrations/versions/${rev(2)}_m.ts`,
      migrationFile(
        rev(2),
        rev(1),
        `op.addEnumValue("lint_mood", "meh"); op.bulkInsert("lint_t", [{ m: "meh" }]);`,
      ),
    );
    const lint = await p.run("lint");
    expect(lint.stdout).toContain("error[enum-value-used-in-same-transaction] bbbb00000002");
    const upgrade = await p.run("upgrade", "head");
    expect(upgrade.code).toBe(1);
    expect(upgrade.stderr).toContain('unsafe use of new value "meh"');
  });
});

describe("upgrade lints the migrations it is about to run", () => {
  function twoMigrations(p: CliProject): void {
    p.write(
      `migrations/versions/${rev(1)}_m.ts`,
      migrationFile(
        rev(1),
        null,
        `op.createTable("lint_t", { columns: { a: { type: "integer" } } });`,
      ),
    );
    p.write(
      `migrations/versions/${rev(2)}_m.ts`,
      migrationFile(rev(2), rev(1), `op.createIndex("lint_t_a", "lint_t", ["a"]);`),
    );
  }

  it("prints the findings as warnings on stderr and migrates anyway (the default)", async () => {
    const p = newProject(", lockTimeout: 5000");
    twoMigrations(p);
    const r = await p.run("upgrade", "head");
    expect(r.code).toBe(0);
    expect(r.stderr).toContain("lint error[index-not-concurrent] bbbb00000002");
    expect(r.stderr).toContain("lint: 1 error, 0 warnings in 2 migrations about to run");
    expect((await p.run("current")).stdout).toBe(`${rev(2)} (head)\n`);
    // Nothing pending, nothing to say.
    const again = await p.run("upgrade", "head");
    expect(again.stderr).not.toContain("lint");
  });

  it("lints only what is pending", async () => {
    const p = newProject(", lockTimeout: 5000");
    twoMigrations(p);
    expect((await p.run("upgrade", rev(1))).stderr).not.toContain("lint");
    expect((await p.run("upgrade", "head")).stderr).toContain("lint error[index-not-concurrent]");
  });

  it('with lint.onUpgrade "error", refuses before anything runs', async () => {
    const p = newProject(', lockTimeout: 5000, lint: { onUpgrade: "error" }');
    twoMigrations(p);
    const r = await p.run("upgrade", "head");
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("error: Not upgrading: lint found 1 error-level finding");
    const tables = await sql<{
      n: number;
    }>`select count(*)::int as n from pg_class where relname in ('lint_t', 'retort_version')`.execute(
      open.db,
    );
    expect(tables.rows[0]!.n).toBe(0);
  });

  it.each(["warn", "error"])(
    'with lint.onUpgrade "%s", refuses an applied migration whose file changed before it lints: nothing will run',
    async (onUpgrade) => {
      const p = newProject(`, lockTimeout: 5000, lint: { onUpgrade: "${onUpgrade}" }`);
      twoMigrations(p);
      expect((await p.run("upgrade", rev(1))).code).toBe(0);
      p.write(
        `migrations/versions/${rev(1)}_m.ts`,
        migrationFile(
          rev(1),
          null,
          `op.createTable("lint_t", { columns: { a: { type: "bigint" } } });`,
        ),
      );
      const r = await p.run("upgrade", "head", "--json");
      expect(r.code).toBe(1);
      expect(JSON.parse(r.stdout).error.code).toBe("CHECKSUM_MISMATCH");
      expect(r.stderr).toMatch(
        /^error: Migration bbbb00000001 \(.*\) has changed since it was applied/,
      );
      expect(r.stderr).not.toContain("lint");
      expect((await p.run("current")).stdout).toBe(`${rev(1)}\n`);
    },
  );

  it.each(["warn", "error"])(
    'with lint.onUpgrade "%s", refuses an interrupted migration before it lints: nothing will run',
    async (onUpgrade) => {
      const p = newProject(`, lockTimeout: 5000, lint: { onUpgrade: "${onUpgrade}" }`);
      twoMigrations(p);
      // Between them, a migration whose second statement fails: its first stays committed.
      p.write(
        `migrations/versions/${rev(2)}_m.ts`,
        migrationFile(
          rev(2),
          rev(1),
          `op.execute("alter table lint_t add column b integer"); op.execute("select * from lint_missing");`,
          false,
        ),
      );
      p.write(
        `migrations/versions/${rev(3)}_m.ts`,
        migrationFile(rev(3), rev(2), `op.createIndex("lint_t_a", "lint_t", ["a"]);`),
      );
      const failed = await p.run("upgrade", rev(2));
      expect(failed.code).toBe(1);
      expect(failed.stderr).not.toMatch(/^lint/m);
      const r = await p.run("upgrade", "head", "--json");
      expect(r.code).toBe(1);
      expect(JSON.parse(r.stdout).error.code).toBe("MIGRATION_INTERRUPTED");
      expect(r.stderr).toMatch(/^error: Upgrade bbbb00000002 \(.*\) started at .* never finished/);
      expect(r.stderr).not.toMatch(/^lint/m);
      expect((await p.run("current")).stdout).toBe(`${rev(1)}\n`);
      const index = await sql<{ n: number }>`
        select count(*)::int as n from pg_class where relname = 'lint_t_a'`.execute(open.db);
      expect(index.rows[0]!.n).toBe(0);
    },
  );

  it('with lint.onUpgrade "off", says nothing', async () => {
    const p = newProject(', lockTimeout: 5000, lint: { onUpgrade: "off" }');
    twoMigrations(p);
    const r = await p.run("upgrade", "head");
    expect(r.code).toBe(0);
    expect(r.stderr).not.toContain("lint");
  });
});

describe("revision --autogenerate lints the migration it wrote", () => {
  it("prints the findings as warnings and keeps the file", async () => {
    const p = newProject(", lockTimeout: 5000");
    p.write(
      `migrations/versions/${rev(1)}_m.ts`,
      migrationFile(
        rev(1),
        null,
        `op.createTable("lint_t", { columns: { a: { type: "integer" } } });`,
      ),
    );
    expect((await p.run("upgrade", "head")).code).toBe(0);
    p.write(
      "models/index.ts",
      `import { column as c, index, table } from "@retort/differ";\nexport const t = table("lint_t", { a: c.integer() }, (t) => ({ indexes: [index("lint_t_a").on(t.a)] }));\n`,
    );
    const r = await p.run("revision", "--autogenerate", "-m", "index a", "--rev-id", rev(2));
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toContain(
      `lint error[index-not-concurrent] ${rev(2)} (migrations/versions/${rev(2)}_index_a.ts:`,
    );
    expect(r.stderr).toContain("lint: the new migration has findings (above)");
    expect(readdirSync(join(p.root, "migrations/versions")).sort()).toEqual([
      `${rev(1)}_m.ts`,
      `${rev(2)}_index_a.ts`,
    ]);
  });
});
