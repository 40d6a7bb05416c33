import { existsSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, resolve } from "node:path";

/**
 * The extension a project's relative imports need, as its `tsconfig.json` says: `.ts` with
 * `allowImportingTsExtensions`, `.js` under Node's own module resolution (`node16`, `nodenext`),
 * none for a bundler's or the classic one. `pull` writes the models' imports with it, so they
 * type-check where they land. A config that cannot be read counts as none.
 *
 * @example
 * ```ts
 * relativeImportExtension("/app"); // ".js" for { "compilerOptions": { "module": "nodenext" } }
 * ```
 */
export function relativeImportExtension(root: string): "" | ".js" | ".ts" {
  const options = compilerOptions(resolve(root, "tsconfig.json"), new Set());
  if (options.allowImportingTsExtensions === true) return ".ts";
  const resolution = String(options.moduleResolution ?? "").toLowerCase();
  const module = String(options.module ?? "").toLowerCase();
  const isNode = (value: string) => /^node(?:16|18|20|next)$/.test(value);
  if (isNode(resolution) || (resolution === "" && isNode(module))) return ".js";
  return "";
}

/** The compiler options of a tsconfig file, with those of the files it extends underneath. */
function compilerOptions(path: string, seen: Set<string>): Record<string, unknown> {
  if (seen.has(path) || !existsSync(path)) return {};
  seen.add(path);
  let config: { extends?: unknown; compilerOptions?: Record<string, unknown> };
  try {
    config = JSON.parse(withoutComments(readFileSync(path, "utf8").replace(/^\uFEFF/, "")));
  } catch {
    return {};
  }
  const bases = (Array.isArray(config.extends) ? config.extends : [config.extends]).filter(
    (base): base is string => typeof base === "string",
  );
  let options: Record<string, unknown> = {};
  for (const base of bases) {
    const file = extendedFile(path, base);
    if (file !== null) options = { ...options, ...compilerOptions(file, seen) };
  }
  return { ...options, ...config.compilerOptions };
}

/**
 * The file a tsconfig's `extends` names: a path, or a package's file (`@tsconfig/node20/tsconfig.json`,
 * or a package whose own `tsconfig.json` is meant), found as Node would from the config's folder.
 */
function extendedFile(from: string, base: string): string | null {
  if (base.startsWith(".") || base.startsWith("/")) {
    return resolve(dirname(from), base.endsWith(".json") ? base : `${base}.json`);
  }
  const require = createRequire(from);
  for (const candidate of [base, `${base}.json`, `${base}/tsconfig.json`]) {
    try {
      return require.resolve(candidate);
    } catch {
      // The next form, or none: a config that cannot be found counts as no options.
    }
  }
  return null;
}

/** JSON text from tsconfig's JSON with comments and trailing commas. */
function withoutComments(text: string): string {
  let out = "";
  for (let k = 0; k < text.length; k++) {
    const ch = text[k]!;
    if (ch === '"') {
      let end = k + 1;
      while (end < text.length && text[end] !== '"') end += text[end] === "\\" ? 2 : 1;
      out += text.slice(k, end + 1);
      k = end;
    } else if (ch === "/" && text[k + 1] === "/") {
      while (k < text.length && text[k] !== "\n") k++;
      out += "\n";
    } else if (ch === "/" && text[k + 1] === "*") {
      k = text.indexOf("*/", k + 2);
      if (k < 0) break;
      k++;
    } else out += ch;
  }
  return out.replace(/,(\s*[}\]])/g, "$1");
}
