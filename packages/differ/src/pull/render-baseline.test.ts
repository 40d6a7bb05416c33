import { Operations } from "@retort/core";
import { describe, expect, it } from "vitest";
import type { SchemaDescription, UnmanagedObject } from "../schema/schema-description";
import { renderBaseline } from "./render-baseline";

function unmanaged(
  kind: UnmanagedObject["kind"],
  name: string,
  definition: string | null,
  patch: Partial<UnmanagedObject> = {},
): UnmanagedObject {
  return { kind, schema: "public", name, table: null, definition, ...patch };
}

function schema(objects: UnmanagedObject[]): SchemaDescription {
  return { schemas: [], enums: [], tables: [], sequences: [], unmanaged: objects };
}

describe("renderBaseline", () => {
  it("creates views after the views they select from, and drops them the other way", () => {
    const { upgrades, downgrades } = renderBaseline(
      schema([
        unmanaged("view", "a_total", ' SELECT count(*) AS count\n   FROM public."b Detail";'),
        unmanaged("view", "b Detail", " SELECT 1 AS one;"),
      ]),
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

  it("lists objects PostgreSQL cannot print instead of dropping them silently", () => {
    const result = renderBaseline(
      schema([
        unmanaged("aggregate", "total(integer)", null),
        unmanaged("foreign table", "remote", null),
        unmanaged(
          "policy",
          "own_rows",
          "CREATE POLICY own_rows ON public.doc FOR ALL USING (true)",
          { table: "doc" },
        ),
      ]),
    );
    expect(result.unmanagedNotes).toEqual([
      "foreign table public.remote: PostgreSQL cannot print its definition, so the baseline neither creates nor drops it; add it to the baseline by hand.",
      "aggregate public.total(integer): PostgreSQL cannot print its definition, so the baseline neither creates nor drops it; add it to the baseline by hand.",
      "policies on public.doc: the baseline recreates them, but not ENABLE ROW LEVEL SECURITY nor the roles they apply to; check them.",
    ]);
    expect(result.upgrades).toBe(
      'op.execute("CREATE POLICY own_rows ON public.doc FOR ALL USING (true)");',
    );
    expect(result.downgrades).toBe('op.execute("DROP POLICY own_rows ON public.doc");');
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
});
