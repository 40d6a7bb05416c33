// Helpers for the pull tests: load rendered model files as the CLI would, open test databases.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { importModules } from "@retort/core";
import { createTestDatabase, type TestDatabase } from "@retort/test-harness";
import { Kysely, PostgresDialect } from "kysely";
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
