import { createRequire } from "node:module";

let esbuild: typeof import("esbuild") | undefined;

/**
 * esbuild, loaded on first use with `require`: it is a CommonJS package, and `import()` of one
 * runs Node's scan of its source for named exports first (16 ms of a fresh checkout's `check`,
 * measured on Node 20), which `require` skips.
 *
 * @example
 * ```ts
 * const { transform } = loadEsbuild();
 * ```
 */
export function loadEsbuild(): typeof import("esbuild") {
  esbuild ??= createRequire(import.meta.url)("esbuild") as typeof import("esbuild");
  return esbuild;
}
