import { describe, expect, it } from "vitest";
import { useE2eDatabase } from "./e2e-database";
import { Project } from "./project";

// Settings a role or database may carry that change how SQL text reads; retort's own sessions
// must not inherit them.

const e2e = useE2eDatabase("e2e_session_settings");

function project(): Project {
  const p = new Project({ DATABASE_URL: e2e.db.url });
  e2e.projects.push(p);
  return p;
}

/** `revision --autogenerate`, `upgrade head`, then `check`, which must find nothing. */
async function writeApplyAndCheck(p: Project): Promise<void> {
  const generated = await p.run("revision", "--autogenerate", "-m", "note");
  expect(generated.code, generated.stderr).toBe(0);
  const up = await p.run("upgrade", "head");
  expect(up.code, up.stderr).toBe(0);
  const check = await p.run("check");
  expect(check.stdout + check.stderr).toContain("No differences");
  expect(check.code, check.stdout + check.stderr).toBe(0);
}

async function withDatabaseSetting(setting: string, fn: () => Promise<void>): Promise<void> {
  await e2e.client.query(`ALTER DATABASE "${e2e.db.name}" SET ${setting}`);
  try {
    await fn();
  } finally {
    await e2e.client.query(`ALTER DATABASE "${e2e.db.name}" RESET ALL`);
  }
}

describe("a database whose sessions have standard_conforming_strings off", () => {
  it("runs a migration's SQL as written: a backslash in a check stays a backslash", async () => {
    const p = project();
    p.write(
      "models/index.ts",
      `import { column as c, table } from "retort";
export const note = table("note", { body: c.text().check(${JSON.stringify("body <> 'a\\b'")}).defaultSql(${JSON.stringify("'c\\d'")}) });
`,
    );
    await withDatabaseSetting("standard_conforming_strings = off", async () => {
      await writeApplyAndCheck(p);
    });
    // Read back with the default setting: one backslash each, not a backspace or an escape.
    const rows = await e2e.client.query<{ body: string }>(
      "INSERT INTO note DEFAULT VALUES RETURNING body",
    );
    expect(rows.rows[0]!.body).toBe("c\\d");
    const refused = await e2e.client.query("INSERT INTO note VALUES ('a\\b')").catch((e) => e);
    expect(refused).toBeInstanceOf(Error);
    expect(String(refused.message)).toContain("note_body_check");
  });

  it("pulls literals with the backslashes they hold", async () => {
    await e2e.client.query("CREATE TABLE note (body text DEFAULT 'a\\b' CHECK (body <> 'c\\d'))");
    const p = project();
    await withDatabaseSetting("standard_conforming_strings = off", async () => {
      const pulled = await p.run("pull", "--baseline");
      expect(pulled.code, pulled.stderr).toBe(0);
      const check = await p.run("check");
      expect(check.code, check.stdout + check.stderr).toBe(0);
    });
    // The baseline builds the same table on an empty schema.
    await e2e.client.query("DROP TABLE note");
    await e2e.client.query("DROP TABLE retort_version, retort_history");
    const up = await p.run("upgrade", "head");
    expect(up.code, up.stderr).toBe(0);
    const rows = await e2e.client.query<{ body: string }>(
      "INSERT INTO note DEFAULT VALUES RETURNING body",
    );
    expect(rows.rows[0]!.body).toBe("a\\b");
    const checks = await e2e.client.query<{ def: string }>(
      "SELECT pg_get_constraintdef(oid) AS def FROM pg_constraint WHERE conrelid = 'note'::regclass",
    );
    expect(checks.rows.map((row) => row.def)).toEqual(["CHECK ((body <> 'c\\d'::text))"]);
  });
});

describe("a database that prints floats, dates and intervals its own way", () => {
  const settings = () =>
    `extra_float_digits = 0; ALTER DATABASE "${e2e.db.name}" SET DateStyle = 'SQL, DMY'; ALTER DATABASE "${e2e.db.name}" SET IntervalStyle = sql_standard`;

  it("changes a column to text with every digit and the same date text on any server", async () => {
    await e2e.client.query(
      "CREATE TABLE reading (v float8, d date, i interval); INSERT INTO reading VALUES (0.30000000000000004, '2024-01-02', '1 day 2 hours')",
    );
    const p = project();
    await withDatabaseSetting(settings(), async () => {
      expect((await p.run("pull", "--baseline")).code).toBe(0);
      p.write(
        "models/reading.ts",
        `import { column as c, table } from "retort";
export const reading = table("reading", { v: c.text(), d: c.text(), i: c.text() });
`,
      );
      await writeApplyAndCheck(p);
    });
    const rows = await e2e.client.query("SELECT v, d, i FROM reading");
    expect(rows.rows).toEqual([{ v: "0.30000000000000004", d: "2024-01-02", i: "1 day 02:00:00" }]);
  });

  it("pulls a date default that reads back the same under any day/month order", async () => {
    await e2e.client.query("CREATE TABLE due (d date DEFAULT '2024-01-02')");
    const p = project();
    await withDatabaseSetting(settings(), async () => {
      expect((await p.run("pull", "--baseline")).code).toBe(0);
      const check = await p.run("check");
      expect(check.code, check.stdout + check.stderr).toBe(0);
    });
    await e2e.client.query("DROP TABLE due, retort_version, retort_history");
    await withDatabaseSetting("DateStyle = 'ISO, MDY'", async () => {
      expect((await p.run("upgrade", "head")).code).toBe(0);
    });
    const rows = await e2e.client.query("INSERT INTO due DEFAULT VALUES RETURNING d::text AS d");
    expect(rows.rows).toEqual([{ d: "2024-01-02" }]);
  });
});

describe("string literals the models spell otherwise than the catalog prints them", () => {
  it("leave check clean: E'...' escapes and dollar quotes in a default, a check and an index", async () => {
    const p = project();
    p.write(
      "models/index.ts",
      `import { column as c, index, table } from "retort";
export const note = table(
  "note",
  {
    body: c.text().defaultSql(${JSON.stringify("E'it\\'s \\\\'")}).check(${JSON.stringify("body <> $$a'b$$")}),
    tag: c.text().defaultSql(${JSON.stringify("'$1 -- /* '::text || E'\\\\'::text")}),
  },
  (t) => ({ indexes: [index("note_tag").on(t.tag).where(${JSON.stringify("tag <> E'\\\\n'")})] }),
);
`,
    );
    await writeApplyAndCheck(p);
    const rows = await e2e.client.query<{ body: string; tag: string }>(
      "INSERT INTO note DEFAULT VALUES RETURNING body, tag",
    );
    expect(rows.rows[0]).toEqual({ body: "it's \\", tag: "$1 -- /* \\" });
  });
});

describe("a search_path with look-alike operators and functions", () => {
  it("runs none of them from retort's own statements, online or in a --sql script", async () => {
    // An operator matching varchar exactly wins over pg_catalog's even after it in the path.
    await e2e.client.query(`
      CREATE SCHEMA lookalike;
      CREATE TABLE public.called (what text);
      CREATE FUNCTION lookalike.eq(a varchar, b varchar) RETURNS boolean LANGUAGE plpgsql AS
        $$ BEGIN INSERT INTO public.called VALUES ('='); RETURN a::text OPERATOR(pg_catalog.=) b::text; END $$;
      CREATE OPERATOR lookalike.= (leftarg = varchar, rightarg = varchar, function = lookalike.eq);
      CREATE FUNCTION lookalike.clock_timestamp() RETURNS timestamptz LANGUAGE plpgsql AS
        $$ BEGIN INSERT INTO public.called VALUES ('clock_timestamp'); RETURN pg_catalog.clock_timestamp(); END $$;
      CREATE FUNCTION lookalike.to_regclass(text) RETURNS regclass LANGUAGE plpgsql AS
        $$ BEGIN INSERT INTO public.called VALUES ('to_regclass'); RETURN pg_catalog.to_regclass($1); END $$;
      CREATE FUNCTION lookalike.pg_backend_pid() RETURNS integer LANGUAGE plpgsql AS
        $$ BEGIN INSERT INTO public.called VALUES ('pg_backend_pid'); RETURN pg_catalog.pg_backend_pid(); END $$;
      CREATE FUNCTION lookalike.current_setting(text) RETURNS text LANGUAGE plpgsql AS
        $$ BEGIN INSERT INTO public.called VALUES ('current_setting'); RETURN pg_catalog.current_setting($1); END $$;
      CREATE FUNCTION lookalike.set_config(text, text, boolean) RETURNS text LANGUAGE plpgsql AS
        $$ BEGIN INSERT INTO public.called VALUES ('set_config'); RETURN pg_catalog.set_config($1, $2, $3); END $$;
    `);
    try {
      const p = project();
      p.migration(
        "aaaa00000001",
        null,
        `op.createTable("a", { columns: { id: { type: "integer" } } });`,
        `op.dropTable("a");`,
      );
      p.migration(
        "aaaa00000002",
        "aaaa00000001",
        `op.createTable("b", { columns: { id: { type: "integer" } } });`,
        `op.dropTable("b");`,
      );
      p.write("models/index.ts", "export {};\n");
      // Saves, sets and restores the session's lock_timeout around its statements.
      p.migration(
        "aaaa00000003",
        "aaaa00000002",
        `op.createTable("c", { columns: { id: { type: "integer" } } });`,
        `op.dropTable("c");`,
        "\n  transactional: false,\n  lockTimeout: 2000,",
      );
      const path = "search_path = lookalike, pg_catalog, public";
      await withDatabaseSetting(path, async () => {
        for (const args of [
          ["upgrade", "head"],
          ["downgrade", "-1"],
          ["downgrade", "-1"],
          ["stamp", "base"],
          ["stamp", "aaaa00000001"],
          ["upgrade", "head"],
          ["check"],
          ["downgrade", "base"],
        ]) {
          const r = await p.run(...args);
          // check sets up its catalog sessions with statements of its own; public.called differs.
          if (args[0] === "check") expect(r.stderr).toContain("dropped table public.called");
          else expect(r.code, `${args.join(" ")}: ${r.stderr}`).toBe(0);
        }
      });
      const script = await p.run("upgrade", "head", "--sql");
      expect(script.code, script.stderr).toBe(0);
      const down = await p.run("downgrade", "aaaa00000003:base", "--sql");
      expect(down.code, down.stderr).toBe(0);
      await e2e.client.query(`SET ${path}`);
      try {
        await e2e.client.query(script.stdout);
        await e2e.client.query(down.stdout);
      } finally {
        await e2e.client.query("RESET search_path");
      }
      const called = await e2e.client.query<{ what: string }>("SELECT what FROM public.called");
      expect(called.rows).toEqual([]);
      const heads = await e2e.client.query("SELECT version_num FROM public.retort_version");
      expect(heads.rows).toEqual([]);
    } finally {
      await e2e.client.query("DROP SCHEMA lookalike CASCADE");
    }
  });
});
