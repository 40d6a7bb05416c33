import { Operations } from "@retort/core";
import { describe, expect, it } from "vitest";
import { objectKey } from "../introspect/object-key";
import { column, table, schema as tables } from "../schema/description.test-fixture";
import type { SchemaDescription, UnmanagedObject } from "../schema/schema-description";
import { baselineNotes, renderBaseline } from "./render-baseline";

function unmanaged(
  kind: UnmanagedObject["kind"],
  name: string,
  definition: string | null,
  patch: Partial<UnmanagedObject> = {},
): UnmanagedObject {
  return { kind, schema: "public", name, table: null, definition, ...patch };
}

/** A `pg_depend` edge as `introspectDependencies` reads it: `from` needs `to`. */
function dependsOn(from: [string, string], to: [string, string]) {
  return {
    from: objectKey(from[0], "public", null, from[1]),
    to: objectKey(to[0], "public", null, to[1]),
  };
}

function schema(objects: UnmanagedObject[]): SchemaDescription {
  return tables([], { unmanaged: objects });
}

describe("renderBaseline", () => {
  it("creates views after the views they select from, and drops them the other way", () => {
    const { upgrades, downgrades } = renderBaseline(
      schema([
        unmanaged("view", "a_total", ' SELECT count(*) AS count\n   FROM public."b Detail";'),
        unmanaged("view", "b Detail", " SELECT 1 AS one;"),
      ]),
      { dependencies: [dependsOn(["relation", "a_total"], ["relation", "b Detail"])] },
    );
    expect(upgrades).toBe(
      [
        'op.execute(`CREATE VIEW public."b Detail" AS\nSELECT 1 AS one`);',
        'op.execute(`CREATE VIEW public.a_total AS\nSELECT count(*) AS count\n   FROM public."b Detail"`);',
      ].join("\n"),
    );
    expect(downgrades).toBe(
      [
        'op.execute("DROP VIEW public.a_total");',
        'op.execute("DROP VIEW public.\\"b Detail\\"");',
      ].join("\n"),
    );
  });

  it("creates a foreign server before its user mappings, and says which mapping lost its password", () => {
    const result = renderBaseline(
      schema([
        unmanaged(
          "user mapping",
          "PUBLIC SERVER replica",
          "CREATE USER MAPPING FOR PUBLIC SERVER replica",
        ),
        unmanaged(
          "user mapping",
          "app SERVER replica (password left out)",
          "CREATE USER MAPPING FOR app SERVER replica OPTIONS (\"user\" 'app')",
        ),
        unmanaged(
          "foreign server",
          "replica",
          "CREATE SERVER replica FOREIGN DATA WRAPPER postgres_fdw",
        ),
      ]),
    );
    expect(result.upgrades.split("\n")).toEqual([
      'op.execute("CREATE SERVER replica FOREIGN DATA WRAPPER postgres_fdw");',
      'op.execute("CREATE USER MAPPING FOR PUBLIC SERVER replica");',
      `op.execute("CREATE USER MAPPING FOR app SERVER replica OPTIONS (\\"user\\" 'app')");`,
    ]);
    expect(result.downgrades.split("\n")).toEqual([
      'op.execute("DROP USER MAPPING FOR app SERVER replica");',
      'op.execute("DROP USER MAPPING FOR PUBLIC SERVER replica");',
      'op.execute("DROP SERVER replica");',
    ]);
    expect(result.unmanagedNotes).toEqual([
      "user mapping for app SERVER replica: the baseline creates it without its password, which does not belong in a migration file; where the baseline runs, add it with ALTER USER MAPPING FOR app SERVER replica OPTIONS (ADD password '...').",
      "roles: the baseline grants, applies policies and maps users as the database does (1 statement names a role); roles belong to the server, not the database, so create them wherever the baseline runs.",
    ]);
  });

  it("lists objects it cannot rebuild instead of dropping them silently", () => {
    const result = renderBaseline(
      schema([
        unmanaged("base type", "tiny", null),
        unmanaged("foreign table", "remote", null),
        // A kind a later PostgreSQL may add: named as the server describes it.
        unmanaged("other object", "widget public.w", null),
        unmanaged(
          "policy",
          "own_rows",
          "CREATE POLICY own_rows ON public.doc FOR ALL TO reader USING (true)",
          { table: "doc" },
        ),
        unmanaged(
          "default privileges",
          "FOR ROLE owner IN SCHEMA public GRANT ON TABLES reader",
          "ALTER DEFAULT PRIVILEGES FOR ROLE owner IN SCHEMA public GRANT SELECT, UPDATE ON TABLES TO reader WITH GRANT OPTION",
        ),
        unmanaged(
          "grant",
          "TABLE public.doc GRANT reader",
          "GRANT SELECT ON TABLE public.doc TO reader",
        ),
        // PUBLIC is no role to create: the note does not count it.
        unmanaged(
          "grant",
          "TABLE public.doc GRANT PUBLIC",
          "GRANT SELECT ON TABLE public.doc TO PUBLIC",
        ),
      ]),
    );
    expect(result.unmanagedNotes).toEqual([
      "foreign table public.remote: retort cannot rebuild this kind of object, so the baseline neither creates nor drops it; add it to the baseline by hand.",
      "base type public.tiny: retort cannot rebuild this kind of object, so the baseline neither creates nor drops it; add it to the baseline by hand.",
      "widget public.w: retort does not know this kind of object, so the baseline neither creates nor drops it; add it to the baseline by hand.",
      "roles: the baseline grants, applies policies and maps users as the database does (3 statements name roles); roles belong to the server, not the database, so create them wherever the baseline runs.",
    ]);
    expect(result.upgrades.split("\n")).toEqual([
      'op.execute("CREATE POLICY own_rows ON public.doc FOR ALL TO reader USING (true)");',
      'op.execute("ALTER DEFAULT PRIVILEGES FOR ROLE owner IN SCHEMA public GRANT SELECT, UPDATE ON TABLES TO reader WITH GRANT OPTION");',
      'op.execute("GRANT SELECT ON TABLE public.doc TO PUBLIC");',
      'op.execute("GRANT SELECT ON TABLE public.doc TO reader");',
    ]);
    // The table's grant goes with the table; default privileges outlive it and are revoked.
    expect(result.downgrades.split("\n")).toEqual([
      'op.execute("ALTER DEFAULT PRIVILEGES FOR ROLE owner IN SCHEMA public REVOKE SELECT, UPDATE ON TABLES FROM reader");',
      'op.execute("DROP POLICY own_rows ON public.doc");',
    ]);
  });

  it("gives the same notes without writing the baseline (pull --dry-run)", () => {
    const described = schema([
      unmanaged("base type", "tiny", null),
      unmanaged(
        "user mapping",
        "app SERVER replica (password left out)",
        "CREATE USER MAPPING FOR app SERVER replica OPTIONS (\"user\" 'app')",
      ),
      unmanaged(
        "foreign server",
        "replica",
        "CREATE SERVER replica FOREIGN DATA WRAPPER postgres_fdw",
      ),
      unmanaged("view", "a", " SELECT * FROM public.b;"),
      unmanaged("view", "b", " SELECT * FROM public.a;"),
    ]);
    // A loop no split breaks is a note, which only the plan's order finds.
    const dependencies = [
      dependsOn(["relation", "a"], ["relation", "b"]),
      dependsOn(["relation", "b"], ["relation", "a"]),
    ];
    const notes = baselineNotes(described, { dependencies });
    expect(notes).toEqual(renderBaseline(described, { dependencies }).unmanagedNotes);
    expect(notes.map((note) => note.split(":")[0])).toEqual([
      "base type public.tiny",
      "user mapping for app SERVER replica",
      expect.stringContaining("in a loop the baseline cannot break"),
      "roles",
    ]);
  });

  it("undoes the privileges of the schema public, which the downgrade does not drop", () => {
    const result = renderBaseline(
      schema([
        unmanaged("grant", "SCHEMA public GRANT PUBLIC", "GRANT CREATE ON SCHEMA public TO PUBLIC"),
        unmanaged(
          "grant",
          "SCHEMA public REVOKE reader",
          "REVOKE USAGE ON SCHEMA public FROM reader",
        ),
        unmanaged(
          "grant",
          "SCHEMA public GRANT writer",
          "GRANT CREATE, USAGE ON SCHEMA public TO writer WITH GRANT OPTION",
        ),
      ]),
    );
    expect(result.downgrades.split("\n").sort()).toEqual([
      'op.execute("GRANT USAGE ON SCHEMA public TO reader");',
      'op.execute("REVOKE CREATE ON SCHEMA public FROM PUBLIC");',
      'op.execute("REVOKE CREATE, USAGE ON SCHEMA public FROM writer");',
    ]);
  });

  it("orders extensions, functions, types, triggers, and drops routines by their signature", () => {
    const fn =
      "CREATE OR REPLACE FUNCTION app.touch(a integer)\n RETURNS trigger\n LANGUAGE plpgsql\nAS $function$begin return new; end$function$\n";
    const { upgrades, downgrades } = renderBaseline({
      ...schema([
        unmanaged(
          "trigger",
          "t_touch",
          "CREATE TRIGGER t_touch BEFORE UPDATE ON app.t FOR EACH ROW EXECUTE FUNCTION app.touch()",
          { schema: "app", table: "t" },
        ),
        unmanaged("function", "touch(a integer)", fn, { schema: "app" }),
        unmanaged("domain", "email", "CREATE DOMAIN app.email AS text", { schema: "app" }),
        unmanaged("extension", "citext", "CREATE EXTENSION IF NOT EXISTS citext WITH SCHEMA app", {
          schema: "app",
        }),
      ]),
      schemas: ["app"],
    });
    const lines = upgrades.split("\n").filter((l) => l.startsWith("op."));
    expect(lines.map((l) => l.split(" ").slice(0, 2).join(" "))).toEqual([
      'op.createSchema("app");',
      'op.execute("CREATE EXTENSION',
      'op.execute("SET LOCAL',
      "op.execute(`CREATE OR",
      'op.execute("CREATE DOMAIN',
      'op.execute("CREATE TRIGGER',
    ]);
    expect(downgrades.split("\n").filter((l) => l.startsWith("op."))).toEqual([
      'op.execute("DROP TRIGGER t_touch ON app.t");',
      'op.execute("DROP DOMAIN app.email");',
      'op.execute("DROP FUNCTION app.touch(a integer)");',
      'op.execute("DROP EXTENSION citext");',
      'op.dropSchema("app");',
    ]);
  });

  it("writes plain JavaScript that records the operations", () => {
    const { upgrades } = renderBaseline(
      // biome-ignore lint/suspicious/noTemplateCurlyInString: a literal ${ is the hostile text under test
      schema([unmanaged("view", "v", " SELECT '`${x}\\' AS s;")]),
    );
    const op = new Operations();
    new Function("op", upgrades)(op);
    expect(op.operations).toEqual([
      // biome-ignore lint/suspicious/noTemplateCurlyInString: a literal ${ is the hostile text under test
      { kind: "execute", sql: "CREATE VIEW public.v AS\nSELECT '`${x}\\' AS s", params: undefined },
    ]);
  });
  it("creates collations and operators that need no table before tables, comments after their object, event triggers last", () => {
    const t = table("t", {
      columns: [
        column("name", { type: "text", collation: { schema: "public", name: "bytewise" } }),
      ],
    });
    const { upgrades, downgrades, unmanagedNotes } = renderBaseline(
      {
        ...schema([
          unmanaged(
            "event trigger",
            "on_ddl",
            "CREATE EVENT TRIGGER on_ddl ON ddl_command_end EXECUTE FUNCTION public.f();\nALTER EVENT TRIGGER on_ddl DISABLE",
          ),
          unmanaged(
            "collation",
            "bytewise",
            "CREATE COLLATION public.bytewise (provider = libc, lc_collate = 'C', lc_ctype = 'C')",
          ),
          unmanaged(
            "view",
            "v",
            " SELECT 1 AS x;\nCOMMENT ON VIEW public.v IS 'it''s\nCOMMENT ON x IS ''y'';';",
          ),
          unmanaged("operator", "===(integer, integer)", "CREATE OPERATOR public.=== (...)"),
          // Its type is the table's row type: after the table.
          unmanaged(
            "operator",
            "===(public.t, public.t)",
            "CREATE OPERATOR public.=== (LEFTARG = public.t, RIGHTARG = public.t)",
          ),
        ]),
        tables: [t],
      },
      {
        dependencies: [
          dependsOn(["operator", "===(public.t, public.t)"], ["relation", "t"]),
          dependsOn(["relation", "t"], ["collation", "bytewise"]),
        ],
      },
    );
    expect(upgrades.split("\n").filter((l) => l.startsWith("op."))).toEqual([
      `op.execute("CREATE COLLATION public.bytewise (provider = libc, lc_collate = 'C', lc_ctype = 'C')");`,
      // Needing no table, an operator comes before them: an index may use it through a class.
      'op.execute("CREATE OPERATOR public.=== (...)");',
      'op.createTable("t", {',
      'op.execute("CREATE OPERATOR public.=== (LEFTARG = public.t, RIGHTARG = public.t)");',
      "op.execute(`CREATE VIEW public.v AS",
      // Only the last COMMENT ON, even when the comment's text holds one.
      "op.execute(`COMMENT ON VIEW public.v IS 'it''s",
      'op.execute("CREATE EVENT TRIGGER on_ddl ON ddl_command_end EXECUTE FUNCTION public.f()");',
      'op.execute("ALTER EVENT TRIGGER on_ddl DISABLE");',
    ]);
    expect(downgrades.split("\n")).toEqual([
      'op.execute("DROP EVENT TRIGGER on_ddl");',
      'op.execute("DROP VIEW public.v");',
      'op.execute("DROP OPERATOR public.=== (public.t, public.t)");',
      '// DESTRUCTIVE: drops table "public.t"; its data will be lost.',
      'op.dropTable("t", {',
      '  schema: "public",',
      "  definition: {",
      '    kind: "createTable",',
      '    schema: "public",',
      '    table: "t",',
      '    columns: [{ name: "name", type: "text", collation: { schema: "public", name: "bytewise" } }],',
      "  },",
      "});",
      'op.execute("DROP OPERATOR public.=== (integer, integer)");',
      'op.execute("DROP COLLATION public.bytewise");',
    ]);
    expect(unmanagedNotes).toEqual([]);
  });

  it("creates partitioned tables partitioned, and attaches partitions once they hold their parent's copies", () => {
    const plain = (name: string) =>
      table(name, { columns: [column("at", { type: "date", nullable: false })] });
    const { upgrades, downgrades, unmanagedNotes } = renderBaseline({
      ...schema([
        unmanaged("partitioned table", "event", "PARTITION BY RANGE (at)", { table: "event" }),
        unmanaged(
          "partition",
          "event_2020",
          "ALTER TABLE public.event ATTACH PARTITION public.event_2020 FOR VALUES FROM ('2020-01-01') TO ('2021-01-01')",
          { table: "event_2020" },
        ),
        unmanaged(
          "partition index",
          "event_2020_at_idx",
          "CREATE INDEX event_2020_at_idx ON public.event_2020 USING btree (at)",
          { table: "event_2020" },
        ),
      ]),
      tables: [plain("event"), plain("event_2020")],
    });
    expect(upgrades.split("\n").filter((l) => /^op\.|partitionBy/.test(l))).toEqual([
      'op.createTable("event", {',
      '  partitionBy: "RANGE (at)",',
      'op.createTable("event_2020", {',
      'op.execute("CREATE INDEX event_2020_at_idx ON public.event_2020 USING btree (at)");',
      `op.execute("ALTER TABLE public.event ATTACH PARTITION public.event_2020 FOR VALUES FROM ('2020-01-01') TO ('2021-01-01')");`,
    ]);
    // Detached first, then dropped in the reverse of the creation order; the drop of the parent
    // is reversible to a partitioned table.
    expect(downgrades.split("\n").filter((l) => /^op\.|partitionBy/.test(l))).toEqual([
      'op.execute("ALTER TABLE public.event DETACH PARTITION public.event_2020");',
      'op.dropTable("event_2020", {',
      'op.dropTable("event", {',
      '    partitionBy: "RANGE (at)",',
    ]);
    expect(unmanagedNotes).toEqual([]);
  });
});
