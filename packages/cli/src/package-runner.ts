import { existsSync } from "node:fs";
import { dirname, join } from "node:path";

// Each package manager's lockfile, and the command that runs a binary the project installed.
const runners: readonly [lockfile: string, runner: string][] = [
  ["pnpm-lock.yaml", "pnpm exec"],
  ["yarn.lock", "yarn"],
  ["bun.lock", "bunx"],
  ["bun.lockb", "bunx"],
  ["package-lock.json", "npx"],
];

/**
 * How the project in `dir` runs its own binaries (`pnpm exec`, `yarn`, `bunx`, `npx`), from the
 * lockfile nearest above it: a workspace package's lockfile sits at the workspace root.
 *
 * @example
 * ```ts
 * packageRunner("/app"); // "yarn" when /app/yarn.lock exists
 * ```
 */
export function packageRunner(dir: string): string {
  for (let folder = dir; ; folder = dirname(folder)) {
    for (const [lockfile, runner] of runners) {
      if (existsSync(join(folder, lockfile))) return runner;
    }
    if (dirname(folder) === folder) return "npx";
  }
}

/**
 * A hint as the project types it: the library writes `pnpm exec tsc` without knowing the
 * project, and an npm or yarn user copying it would get "command not found".
 */
export function projectHint<Hint extends string | undefined>(hint: Hint, dir: string): Hint {
  if (hint === undefined || !hint.includes("`pnpm exec tsc")) return hint;
  return hint.replaceAll("`pnpm exec tsc", `\`${packageRunner(dir)} tsc`) as Hint;
}
