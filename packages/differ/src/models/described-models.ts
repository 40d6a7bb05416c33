import { statSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { SchemaDescription } from "../schema/schema-description";
import { describeModels } from "./describe-models";
import { isSchemaModel } from "./schema-model";

/**
 * What a comparison with the database reads from the models: plain data, which a caller may
 * keep between runs (structured-cloneable) instead of importing and describing the models again.
 */
export interface DescribedModels {
  /** {@link describeModels} of the models. */
  readonly schema: SchemaDescription;
  /** The schemas the models declare with `schema()`: their comments are the models' to manage. */
  readonly declaredSchemas: readonly string[];
}

/**
 * Describes a models namespace for `autogenerate` and `checkModels` (their `described` option).
 *
 * @example
 * ```ts
 * const described = describeForComparison(await import("./app/models/index.ts"));
 * const { isEmpty } = await checkModels({ db, models: {}, described, ...managedScope(config) });
 * ```
 */
export function describeForComparison(models: Record<string, unknown>): DescribedModels {
  return {
    schema: describeModels(models),
    declaredSchemas: Object.values(models).flatMap((m) => (isSchemaModel(m) ? [m.name] : [])),
  };
}

/**
 * Names the code that describes models, as installed: its file and that file's size and time. A
 * description kept by another build of retort (an upgrade, a rebuilt workspace) is not used.
 *
 * @example
 * ```ts
 * describerIdentity(); // "file:///app/node_modules/retort/dist/chunk-X.js 1733580000000 412345"
 * ```
 */
export function describerIdentity(): string {
  const url = import.meta.url;
  try {
    const { mtimeMs, size } = statSync(fileURLToPath(url));
    return `${url} ${mtimeMs} ${size}`;
  } catch {
    return url;
  }
}
