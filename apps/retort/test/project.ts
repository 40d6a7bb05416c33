import { type ChildProcess, spawn } from "node:child_process";
import { createRequire } from "node:module";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { TempProject } from "@retort/test-harness";

const appDir = resolve(dirname(fileURLToPath(import.meta.url)), "..");
/** The built CLI, exactly as `pnpm retort` runs it. */
export const retortBin = join(appDir, "bin", "retort.js");
export const exampleDir = resolve(appDir, "..", "example");

const require = createRequire(join(appDir, "package.json"));
/** kysely's package folder, as the retort package resolves it. */
const kyselyDir = dirname(dirname(dirname(require.resolve("kysely"))));

export interface RunResult {
  readonly code: number | null;
  readonly signal: NodeJS.Signals | null;
  readonly stdout: string;
  readonly stderr: string;
}

/**
 * A throwaway project in a temp folder whose `node_modules` holds this checkout's `retort` and
 * `kysely`, so its files import them as a user's would.
 */
export class Project extends TempProject {
  constructor(
    readonly env: Record<string, string | undefined> = {},
    options: { copyOf?: string } = {},
  ) {
    super({
      prefix: "retort-e2e-",
      ...(options.copyOf !== undefined
        ? { copyOf: options.copyOf }
        : {
            files: {
              "retort.config.ts": `import { defineConfig } from "retort";\n\nexport default defineConfig({\n  url: process.env.DATABASE_URL,\n  migrations: "migrations",\n  models: "models/index.ts",\n});\n`,
            },
            folders: ["migrations/versions"],
          }),
      packages: { retort: appDir, kysely: kyselyDir },
    });
  }

  /** Writes a migration whose up/down bodies are given as TypeScript. */
  migration(
    revision: string,
    down: string | string[] | null,
    up: string,
    downBody = "",
    extra = "",
  ): string {
    return this.write(
      `migrations/versions/${revision}_m.ts`,
      `import { defineMigration } from "retort";

export default defineMigration({
  revision: ${JSON.stringify(revision)},
  downRevision: ${JSON.stringify(down)},${extra}
  message: "migration ${revision}",
  up(op) {
    ${up}
  },
  down(op) {
    ${downBody}
  },
});
`,
    );
  }

  /** Starts the CLI; resolves when it exits. */
  start(
    args: readonly string[],
    env: Record<string, string | undefined> = {},
  ): { child: ChildProcess; done: Promise<RunResult> } {
    const child = spawn(process.execPath, [retortBin, ...args], {
      cwd: this.root,
      env: definedOnly({ ...process.env, ...this.env, ...env, NO_COLOR: "1" }),
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    child.stdout!.on("data", (chunk) => {
      stdout += chunk;
    });
    child.stderr!.on("data", (chunk) => {
      stderr += chunk;
    });
    const done = new Promise<RunResult>((resolveRun) => {
      child.on("close", (code, signal) => resolveRun({ code, signal, stdout, stderr }));
    });
    return { child, done };
  }

  /** Runs the CLI to completion. */
  run(...args: string[]): Promise<RunResult> {
    return this.start(args).done;
  }
}

function definedOnly(env: Record<string, string | undefined>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(env).filter((entry): entry is [string, string] => entry[1] !== undefined),
  );
}
