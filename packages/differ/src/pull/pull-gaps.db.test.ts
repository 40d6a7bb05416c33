import { execFileSync } from "node:child_process";
import {
  type OpenTestDatabase,
  openTestDatabase,
  pgDumpMatchesTestServer,
} from "@retort/test-harness";
import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { introspectDependencies } from "../introspect/catalog-dependencies";
import { introspectSchema } from "../introspect/introspect-schema";
import type { SchemaDescription } from "../schema/schema-description";
import {
  describeRenderedModels,
  differEntry,
  managedPart,
  runBody,
  temporaryModelsDir,
} from "./pull.test-fixture";
import { renderBaseline } from "./render-baseline";
import { renderModelFiles } from "./render-model-files";

// What pull and its baseline used to lose or refuse (issue #14, "pull / baseline gaps"): each
// `describe` is one database, pulled into models and a baseline, rebuilt by the baseline on an
// empty database, and compared with pg_dump when pg_dump matches the server.

const canDump = await pgDumpMatchesTestServer();

/** pg_dump's statements without what differs between two databases holding the same schema. */
function dump(url: string): string[] {
  const lines = execFileSync("pg_dump", ["--schema-only", "--no-comments", url], {
    encoding: "utf8",
  })
    .split("\n")
    .filter(
      (line) =>
        line.trim() !== "" &&
        !/^(--|\\restrict|\\unrestrict|SET |SELECT pg_catalog\.set_config)/.test(line),
    );
  const statements: string[] = [];
  let current: string[] = [];
  for (const line of lines) {
    current.push(line);
    if (line.endsWith(";")) {
      statements.push(current.join("\n"));
      current = [];
    }
  }
  return statements.sort();
}

/**
 * A source database built from `ddl` and an empty target; `pulled()` reads the source, checks
 * that the rendered models describe what it read, and runs the baseline on the target.
 */
function pullCase(label: string, ddl: string) {
  const state = {} as { source: OpenTestDatabase; target: OpenTestDatabase };
  beforeAll(async () => {
    [state.source, state.target] = await Promise.all([
      openTestDatabase(`differ_gaps_${label}_a`),
      openTestDatabase(`differ_gaps_${label}_b`),
    ]);
    await sql.raw(ddl).execute(state.source.db);
  });
  afterAll(async () => {
    await Promise.all([state.source?.close(), state.target?.close()]);
  });
  let rebuilt: Promise<{ schema: SchemaDescription; baseline: string }> | undefined;
  const pulled = () => {
    rebuilt ??= (async () => {
      const schema = await introspectSchema(state.source.db);
      const tmp = temporaryModelsDir();
      try {
        const result = renderModelFiles(schema, {
          modelsDir: tmp.dir,
          entryFile: "index.ts",
          importFrom: differEntry,
        });
        const described = await describeRenderedModels(result.files, `${tmp.dir}/index.ts`);
        expect(described).toStrictEqual(managedPart(schema));
      } finally {
        tmp.remove();
      }
      const baseline = renderBaseline(schema, {
        dependencies: await introspectDependencies(state.source.db),
      }).upgrades;
      await runBody(state.target.db, baseline);
      return { schema, baseline };
    })();
    return rebuilt;
  };
  return { state, pulled };
}

describe("a table without columns", () => {
  const { state, pulled } = pullCase(
    "nocols",
    `create table public.marker ();
     create table public.parent (check (true) no inherit);
     create table public.child (id int primary key) inherits (public.parent);
     comment on table public.marker is 'flag';`,
  );

  it("is pulled into models and rebuilt by the baseline", async () => {
    const { schema, baseline } = await pulled();
    expect(schema.tables.find((t) => t.name === "marker")?.columns).toEqual([]);
    expect(baseline).toContain('op.createTable("marker", { schema: "public", columns: {}');
    expect(await introspectSchema(state.target.db)).toStrictEqual(schema);
  });

  it.skipIf(!canDump)("is rebuilt as pg_dump prints it", async () => {
    await pulled();
    expect(dump(state.target.database.url)).toEqual(dump(state.source.database.url));
  });
});
