import { randomBytes } from "node:crypto";
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { pathToFileURL } from "node:url";
import { RetortError } from "../errors/retort-error";

/** A TypeScript (or JavaScript) module retort could not load: names the file. */
export class BadModuleError extends RetortError {
  constructor(file: string, problem: string, cause?: unknown) {
    super("BAD_MIGRATION_MODULE", `${file}: ${problem}`, {
      cause,
      details: { file },
      hint: "fix the file (run `pnpm exec tsc --noEmit` to see type errors), then run the command again.",
    });
    this.name = "BadModuleError";
  }
}

/** Per-call input of {@link importModules}. */
export interface ImportModulesOptions {
  /**
   * A folder inside the project, where the bundle is written for an instant so that its bare
   * imports (`retort`, `kysely`, the team's packages) resolve from the project's
   * `node_modules`. Default is the first file's folder.
   */
  readonly tempDir?: string;
}

/**
 * Imports TypeScript modules without a compile step: esbuild bundles them all into one ES
 * module (packages stay external), which is written next to the project for an instant and
 * imported. One bundle for any number of files keeps `upgrade heads --sql` on ten thousand
 * migrations fast.
 *
 * @example
 * ```ts
 * const [config] = await importModules(["/app/retort.config.ts"]);
 * config.default; // the config object
 * ```
 */
export async function importModules(
  files: readonly string[],
  options: ImportModulesOptions = {},
): Promise<Record<string, unknown>[]> {
  if (files.length === 0) return [];
  const { build } = await import("esbuild");
  const entry = files
    .map((file, i) => `export * as m${i} from ${JSON.stringify(file)};`)
    .join("\n");
  let output: string;
  try {
    const result = await build({
      stdin: {
        contents: entry,
        resolveDir: dirname(files[0]!),
        sourcefile: "retort-modules.ts",
        loader: "ts",
      },
      bundle: true,
      write: false,
      platform: "node",
      format: "esm",
      target: "node20",
      packages: "external",
      // Stack traces that point into the user's files matter when a few migrations run; for
      // thousands (offline rendering) the maps would double the bundle for nothing.
      sourcemap: files.length <= 500 ? "inline" : false,
      logLevel: "silent",
    });
    output = result.outputFiles[0]?.text ?? "";
  } catch (error) {
    const first = (
      error as { errors?: { text: string; location?: { file: string; line: number } }[] }
    ).errors?.[0];
    const file = first?.location ? `${first.location.file}:${first.location.line}` : files[0]!;
    throw new BadModuleError(file, first?.text ?? String(error), error);
  }

  const tempDir = options.tempDir ?? dirname(files[0]!);
  mkdirSync(tempDir, { recursive: true });
  const bundle = join(tempDir, `.retort-${process.pid}-${randomBytes(4).toString("hex")}.mjs`);
  writeFileSync(bundle, output);
  let namespace: Record<string, Record<string, unknown>>;
  try {
    namespace = (await import(pathToFileURL(bundle).href)) as Record<
      string,
      Record<string, unknown>
    >;
  } catch (error) {
    throw new BadModuleError(
      files.length === 1 ? files[0]! : dirname(files[0]!),
      describeImportError(error),
      error,
    );
  } finally {
    rmSync(bundle, { force: true });
  }
  return files.map((_, i) => namespace[`m${i}`] ?? {});
}

function describeImportError(error: unknown): string {
  if (error instanceof Error) {
    const code = (error as { code?: string }).code;
    if (code === "ERR_MODULE_NOT_FOUND") {
      return `${error.message.split("\n")[0]} (is it installed in this project?)`;
    }
    return error.message.split("\n")[0] ?? String(error);
  }
  return String(error);
}

/**
 * Imports a package as the project at `root` would see it (from its `node_modules`), for
 * drivers and plugins named in the config.
 *
 * @example
 * ```ts
 * const driver = await importPackage("@retort/driver-pg", "/app");
 * ```
 */
export async function importPackage(name: string, root: string): Promise<Record<string, unknown>> {
  const dir = join(root, ".retort");
  mkdirSync(dir, { recursive: true });
  const stub = join(dir, `.retort-${process.pid}-${randomBytes(4).toString("hex")}.mjs`);
  writeFileSync(
    stub,
    `export * from ${JSON.stringify(name)};\nimport * as all from ${JSON.stringify(name)};\nexport default all.default;\n`,
  );
  try {
    return (await import(pathToFileURL(stub).href)) as Record<string, unknown>;
  } finally {
    rmSync(stub, { force: true });
  }
}
