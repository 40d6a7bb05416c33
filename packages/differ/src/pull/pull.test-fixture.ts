// Helpers for the pull tests: load rendered model files as the CLI would, run operations and
// migration bodies. Test databases and the pg_dump check come from @retort/test-harness.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { importModules, type Operation, Operations, renderOperation } from "@retort/core";
import { CompiledQuery, type Kysely } from "kysely";
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

/** Writes the files and imports the entry as the CLI does (one esbuild bundle). */
export async function importRenderedModels(
  files: readonly ModelFile[],
  entry: string,
): Promise<Record<string, unknown>> {
  for (const file of files) {
    mkdirSync(dirname(file.path), { recursive: true });
    writeFileSync(file.path, file.text);
  }
  const [namespace] = await importModules([entry], { tempDir: bundleDir });
  return namespace ?? {};
}

/** Writes the files, imports the entry as the CLI does (one esbuild bundle) and describes it. */
export async function describeRenderedModels(
  files: readonly ModelFile[],
  entry: string,
): Promise<SchemaDescription> {
  return describeModels(await importRenderedModels(files, entry));
}

/** The description without what models never hold (unmanaged objects, what views and policies read). */
export function managedPart(schema: SchemaDescription): SchemaDescription {
  return {
    ...schema,
    views: schema.views.map((v) => ({ ...v, dependsOn: null })),
    policies: schema.policies.map((p) => ({ ...p, calls: [], columns: [] })),
    unmanaged: [],
  };
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
