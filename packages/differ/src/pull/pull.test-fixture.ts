// Helpers for the pull tests: load rendered model files as the CLI would, open test databases,
// run operations and migration bodies, compare with pg_dump.
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { importModules, type Operation, Operations, renderOperation } from "@retort/core";
import { createTestDatabase, type TestDatabase } from "@retort/test-harness";
import { CompiledQuery, Kysely, PostgresDialect, sql } from "kysely";
import { describeModels } from "../models/describe-models";
import type { SchemaDescription } from "../schema/schema-description";
import type { ModelFile } from "./render-model-files";

const here = dirname(fileURLToPath(import.meta.url));

/** The differ's own source entry: rendered files import the DSL from it, and esbuild bundles it. */
export const differEntry = join(here, "..", "index.ts");

/** Where the one-instant bundle is written (the package root), so `@retort/core` and `kysely` resolve. */
const bundleDir = join(here, "..", "..");

/** A fresh temporary models folder. */
export function temporaryModelsDir(): { dir: string; remove: () => void } {
  const dir = mkdtempSync(join(tmpdir(), "retort-pull-"));
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/** Writes the files, imports the entry as the CLI does (one esbuild bundle) and describes it. */
export async function describeRenderedModels(
  files: readonly ModelFile[],
  entry: string,
): Promise<SchemaDescription> {
  for (const file of files) {
    mkdirSync(dirname(file.path), { recursive: true });
    writeFileSync(file.path, file.text);
  }
  const [namespace] = await importModules([entry], { tempDir: bundleDir });
  return describeModels(namespace ?? {});
}

const pg = createRequire(new URL("../../../test-harness/package.json", import.meta.url))("pg") as {
  Pool: new (config: { connectionString: string; max: number }) => any;
};

/** A test database and a Kysely on it; `close()` destroys both. */
export async function openTestDatabase(
  label: string,
): Promise<{ database: TestDatabase; db: Kysely<any>; close: () => Promise<void> }> {
  const database = await createTestDatabase(label);
  const db = new Kysely<any>({
    dialect: new PostgresDialect({
      pool: new pg.Pool({ connectionString: database.url, max: 2 }),
    }),
  });
  return {
    database,
    db,
    close: async () => {
      await db.destroy();
      await database.drop();
    },
  };
}

/** The description without what models never hold. */
export function managedPart(schema: SchemaDescription): SchemaDescription {
  return { ...schema, unmanaged: [] };
}

/** Runs operations as the runner does (core's renderOperation), in one transaction. */
export async function applyOperations(db: Kysely<any>, ops: readonly Operation[]): Promise<void> {
  await db.transaction().execute(async (trx) => {
    for (const op of ops) {
      for (const statement of renderOperation(op)) {
        try {
          await trx.executeQuery(CompiledQuery.raw(statement.sql, [...(statement.params ?? [])]));
        } catch (error) {
          throw new Error(`${(error as Error).message}\n--- while running:\n${statement.sql}`, {
            cause: error,
          });
        }
      }
    }
  });
}

/** Records a migration body the way a migration's `up(op)` would, then runs it. */
export async function runBody(db: Kysely<any>, body: string): Promise<void> {
  const op = new Operations();
  new Function("op", body)(op);
  await applyOperations(db, op.operations);
}

/** Whether the pg_dump on the PATH has the server's major version (it refuses newer servers). */
export async function pgDumpMatchesServer(db: Kysely<any>): Promise<boolean> {
  try {
    const local = /PostgreSQL\)\s+(\d+)/.exec(
      execFileSync("pg_dump", ["--version"], { encoding: "utf8" }),
    );
    const server = await sql<{
      v: string;
    }>`select current_setting('server_version_num') as v`.execute(db);
    return local !== null && Math.floor(Number(server.rows[0]!.v) / 10000) === Number(local[1]);
  } catch {
    return false;
  }
}
