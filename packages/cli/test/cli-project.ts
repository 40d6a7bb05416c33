import { dirname, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { TempProject } from "@retort/test-harness";
import { type CliIO, type DriverRegistry, runCli } from "../src/index";

/** A migration file with no imports, so it loads from a temp folder without node_modules. */
export function migration(
  revision: string,
  down: string | string[] | null,
  options: {
    labels?: string[];
    dependsOn?: string[];
    message?: string;
    up?: string;
    downSql?: string;
  } = {},
): string {
  return `export default {
  revision: ${JSON.stringify(revision)},
  downRevision: ${JSON.stringify(down)},
  branchLabels: ${JSON.stringify(options.labels ?? [])},
  dependsOn: ${JSON.stringify(options.dependsOn ?? [])},
  message: ${JSON.stringify(options.message ?? `migration ${revision}`)},
  createdAt: "2026-11-24T10:00:00.000Z",
  up(op) {
    op.execute(${JSON.stringify(options.up ?? `select 'up ${revision}'`)});
  },
  down(op) {
    op.execute(${JSON.stringify(options.downSql ?? `select 'down ${revision}'`)});
  },
};
`;
}

export interface CliRun {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** A throwaway project folder with a config and a versions folder, run through the CLI in-process. */
export class CliProject extends TempProject {
  readonly #drivers: DriverRegistry;

  constructor(
    config = `export default { migrations: "migrations" };\n`,
    options: {
      /** Packages the project's files import (models), linked into its `node_modules`. */
      packages?: Record<string, string>;
      /** Default is none: commands that connect fail. */
      drivers?: DriverRegistry;
    } = {},
  ) {
    super({
      prefix: "retort-cli-",
      files: { "retort.config.ts": config },
      folders: ["migrations/versions"],
      packages: Object.fromEntries(
        Object.entries(options.packages ?? {}).filter(([name]) => name !== "retort"),
      ),
    });
    this.#drivers = options.drivers ?? {};
    const retort = options.packages?.retort;
    if (retort !== undefined) {
      // A stand-in for the published package, given a folder (core's) that has what migrations
      // use: under both entries a migration imports it by (`retort`, `retort/migration`).
      const entry = JSON.stringify(pathToFileURL(join(retort, "dist", "index.js")).href);
      this.write("node_modules/retort/index.js", `export * from ${entry};\n`);
      this.write(
        "node_modules/retort/package.json",
        `${JSON.stringify({
          name: "retort",
          type: "module",
          exports: { ".": "./index.js", "./migration": "./index.js" },
        })}\n`,
      );
    }
  }

  /** Writes `migrations/versions/<rev>_x.ts`. */
  add(
    revision: string,
    down: string | string[] | null,
    options?: Parameters<typeof migration>[2],
  ): void {
    this.write(`migrations/versions/${revision}_m.ts`, migration(revision, down, options));
  }

  async run(...argv: string[]): Promise<CliRun> {
    return this.runWith({}, ...argv);
  }

  /** Runs with some of the I/O replaced: a terminal (`isInteractive`, `select`), for example. */
  async runWith(io: Partial<CliIO>, ...argv: string[]): Promise<CliRun> {
    let stdout = "";
    let stderr = "";
    const base: CliIO = {
      cwd: this.root,
      env: {},
      stdout: (text) => {
        stdout += text;
      },
      stderr: (text) => {
        stderr += text;
      },
      isInteractive: false,
      readLine: async () => undefined,
    };
    const code = await runCli(argv, {
      io: { ...base, ...io },
      drivers: this.#drivers,
      version: "0.0.0-test",
    });
    return { code, stdout, stderr };
  }
}

const packagesDir = resolve(dirname(fileURLToPath(import.meta.url)), "..", "..");

/**
 * A project on the database at `url` whose models (`models/index.ts`) import the differ, as the
 * autogenerate and check tests need; `config` is more of the config object's fields.
 */
export function modelsProject(url: string, config = ""): CliProject {
  return new CliProject(
    `export default { url: ${JSON.stringify(url)}, migrations: "migrations", models: "models/index.ts"${config} };\n`,
    {
      // A generated migration imports `defineMigration` from "retort/migration", which core provides.
      packages: {
        "@retort/differ": join(packagesDir, "differ"),
        retort: join(packagesDir, "core"),
      },
      drivers: { "@retort/driver-pg": () => import("@retort/driver-pg") },
    },
  );
}
