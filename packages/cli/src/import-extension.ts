import { existsSync } from "node:fs";
import { resolve } from "node:path";

/**
 * The extension a project's relative imports need, as its `tsconfig.json` says: `.ts` with
 * `allowImportingTsExtensions`, `.js` under Node's own module resolution (`node16`, `nodenext`),
 * none for a bundler's or the classic one. `pull` writes the models' imports with it, so they
 * type-check where they land. A config that cannot be read counts as none.
 *
 * @example
 * ```ts
 * await relativeImportExtension("/app"); // ".js" for { "compilerOptions": { "module": "nodenext" } }
 * ```
 */
export async function relativeImportExtension(root: string): Promise<"" | ".js" | ".ts"> {
  const path = resolve(root, "tsconfig.json");
  if (!existsSync(path)) return "";
  // Only `pull` asks, so the reader is loaded here rather than on every command's start-up.
  const { parseTsconfig } = await import("get-tsconfig");
  let options: Record<string, unknown>;
  try {
    // get-tsconfig follows `extends` into packages and reads comments, trailing commas and a BOM.
    options = (parseTsconfig(path).compilerOptions ?? {}) as Record<string, unknown>;
  } catch {
    return "";
  }
  if (options.allowImportingTsExtensions === true) return ".ts";
  const resolution = String(options.moduleResolution ?? "").toLowerCase();
  const module = String(options.module ?? "").toLowerCase();
  const isNode = (value: string) => /^node(?:16|18|20|next)$/.test(value);
  if (isNode(resolution) || (resolution === "" && isNode(module))) return ".js";
  return "";
}
