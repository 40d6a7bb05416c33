import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  writeFileSync,
} from "node:fs";
import { dirname, join, relative, sep } from "node:path";
import {
  importModules,
  isRetortError,
  type ResolvedConfig,
  RetortError,
  wrapError,
} from "@retort/core";
import type {
  AskRename,
  AutogenerateResult,
  Change,
  RenameCandidate,
  UncomparedSchema,
  ViewColumnMismatch,
  ViewRefusal,
} from "@retort/differ";
import type { CliContext } from "../cli-context";
import { relativeImportExtension } from "../import-extension";
import {
  descriptionKey,
  type KeptModels,
  keepModels,
  readBundle,
  readKeptModels,
  readsOnlyRetort,
} from "./kept-description";

const modelFile = /\.(ts|mts|js|mjs)$/;
const notModelFile = /(\.d\.ts|\.test\.[cm]?[jt]s|\.spec\.[cm]?[jt]s)$/;

function listModelFiles(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name.startsWith(".") || entry.name === "node_modules") continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...listModelFiles(path));
    else if (modelFile.test(entry.name) && !notModelFile.test(entry.name)) out.push(path);
  }
  return out.sort();
}

/** A table some models file exports that the models entry does not. */
export interface UnexportedModel {
  readonly file: string;
  /** `schema.name` (a trigger's or policy's: `schema.table.name`). */
  readonly table: string;
  /** Absent for a table. */
  readonly kind?: "function" | "procedure" | "trigger" | "view" | "materialized view" | "policy";
}

/**
 * Imports the models entry together with every file in its folder, so that a table defined in
 * a file the entry forgot to export (the seed's "autogenerate did not see my model") is found.
 */
export async function loadModels(
  ctx: CliContext,
): Promise<{ models: Record<string, unknown>; unexported: UnexportedModel[] }> {
  return importModels(await ctx.config(), modelFiles(await ctx.config()));
}

/** The models entry, then every other file of its folder. */
function modelFiles(config: ResolvedConfig): string[] {
  const entry = config.models;
  if (!existsSync(entry)) {
    throw new RetortError(
      "BAD_MODEL",
      `The models entry ${relative(config.root, entry)} does not exist.`,
      {
        hint: "create it (export every model from it), or point `models` in retort.config.ts at it.",
      },
    );
  }
  return [entry, ...listModelFiles(dirname(entry)).filter((file) => file !== entry)];
}

async function importModels(
  config: ResolvedConfig,
  files: readonly string[],
): Promise<{ models: Record<string, unknown>; unexported: UnexportedModel[] }> {
  const [entry, ...others] = files as [string, ...string[]];
  let namespaces: Record<string, unknown>[];
  try {
    namespaces = await importModules(files, {
      tempDir: join(config.root, ".retort"),
      cacheDir: join(config.root, ".retort", "cache"),
    });
  } catch (error) {
    // A models file that does not compile or throws: the models' problem, not a migration's.
    if (!isRetortError(error) || error.code !== "BAD_MIGRATION_MODULE") throw error;
    throw wrapError(error, { code: "BAD_MODEL" });
  }
  const models = namespaces[0] ?? {};
  const { findUnexportedTables } = await import("@retort/differ");
  const modules = others.map((file, i) => ({ file, exports: namespaces[i + 1] ?? {} }));
  const unexported = findUnexportedTables(dirname(entry), models, modules).map(
    (table): UnexportedModel => ({
      file: relative(config.root, table.file),
      table: `${table.schema}.${table.name}`,
      ...(table.kind === undefined ? {} : { kind: table.kind }),
    }),
  );
  return { models, unexported };
}

/**
 * What a comparison needs from the models: kept from an earlier run of the same code when the
 * models read nothing but retort (kept-description.ts), else imported and described, and kept.
 */
async function describedModels(ctx: CliContext): Promise<KeptModels> {
  const config = await ctx.config();
  const files = modelFiles(config);
  const cacheDir = join(config.root, ".retort", "cache");
  const differ = await import("@retort/differ");
  const describer = differ.describerIdentity();
  const before = descriptionKey(files, cacheDir, config.root, describer);
  const kept = before === undefined ? undefined : readKeptModels(cacheDir, before.key);
  if (kept !== undefined) {
    if (ctx.global.verbose) {
      ctx.note("The models are unchanged since they were last described: using that description.");
    }
    return kept;
  }
  const { models, unexported } = await importModels(config, files);
  const described = differ.describeForComparison(models);
  // The bundle as the import left it (made now, or the one found before): what ran.
  const after = descriptionKey(files, cacheDir, config.root, describer);
  const text = after === undefined ? undefined : readBundle(after.bundle);
  if (after !== undefined && text !== undefined && readsOnlyRetort(text)) {
    keepModels(cacheDir, after.key, { described, unexported });
  }
  return { described, unexported };
}

/**
 * Prints the unexported-model warning, with the line to add written as the project writes its
 * imports: relative to the entry's folder (a model in a sub-folder keeps its folder) and with the
 * extension its tsconfig needs (`./comment.js` under `nodenext`).
 */
export async function warnUnexported(
  ctx: CliContext,
  unexported: readonly UnexportedModel[],
  entry: string,
): Promise<void> {
  if (unexported.length === 0) return;
  const config = await ctx.config();
  const extension = await relativeImportExtension(config.root);
  const entryDir = dirname(join(config.root, entry));
  for (const { file, table, kind } of unexported) {
    const withoutExtension = relative(entryDir, join(config.root, file))
      .split(sep)
      .join("/")
      .replace(/\.[cm]?[jt]s$/, "");
    const specifier = `${withoutExtension.startsWith(".") ? "" : "./"}${withoutExtension}${extension}`;
    ctx.note(
      `warning: ${file} defines ${kind ?? "table"} ${table}, but ${entry} does not export it, so autogenerate does not see it (add \`export * from "${specifier}";\` to ${entry}).`,
    );
  }
}

/** Prints the detected changes as Alembic does, one per line, with any rename suggestion. */
export function printChanges(ctx: CliContext, changes: readonly Change[]): void {
  for (const change of changes) {
    const line = `Detected ${change.description}${change.destructive && !change.description.includes("lost") ? " (data may be lost)" : ""}`;
    // A change that can lose data must not scroll past with the others.
    ctx.note(change.destructive ? ctx.colors.red(ctx.colors.bold(line)) : line);
    if (change.renameSuggestion !== undefined) {
      ctx.note(
        `  ${change.renameSuggestion} (or pass --rename ${change.renameArgument ?? "old=new"})`,
      );
    }
  }
}

/**
 * Warns about view columns whose declared type is not what the server infers: the models (and
 * the types Kysely sees) are wrong, and no migration can fix that.
 */
export function printViewColumnMismatches(
  ctx: CliContext,
  mismatches: readonly ViewColumnMismatch[],
): void {
  for (const m of mismatches) {
    const what =
      m.inferred === null
        ? "is declared but the query has no such column"
        : m.declared === null
          ? `is not declared (the server infers ${m.inferred})`
          : `is declared ${m.declared} but the server infers ${m.inferred}`;
    ctx.note(
      `warning: view ${m.view}: column ${m.column} ${what}; fix the view's columns in the models.`,
    );
  }
}

/**
 * Warns about views whose query the server refuses for a reason the migration does not remove:
 * the migration written from them would fail when it runs.
 */
export function printViewRefusals(ctx: CliContext, refusals: readonly ViewRefusal[]): void {
  for (const r of refusals) {
    ctx.note(
      ctx.colors.red(
        `warning: view ${r.view}: PostgreSQL refuses its query: ${r.message} (SQLSTATE ${r.sqlState}); a migration creating it would fail. Fix the view's SQL in the models.`,
      ),
    );
  }
}

/**
 * Says which schemas holding tables or views the comparison left out: without `schemas` in the
 * config, a schema whose last model was removed is no longer compared, and its tables would
 * stay in the database with nothing said.
 */
export function printUncomparedSchemas(
  ctx: CliContext,
  uncompared: readonly UncomparedSchema[],
): void {
  if (uncompared.length === 0) return;
  const listed = uncompared
    .map(
      (u) =>
        `${u.schema} (${u.relations} ${u.relations === 1 ? "table or view" : "tables or views"})`,
    )
    .join(", ");
  const one = uncompared.length === 1;
  ctx.note(
    `note: not compared: schema${one ? "" : "s"} ${listed}: no model uses ${one ? "it" : "them"}, so ${one ? "its" : "their"} tables are left as they are. To manage ${one ? "it" : "them"} (and drop what no model declares), declare \`schema("${uncompared[0]!.schema}")\` in the models or list the schemas in \`schemas\` in the config.`,
  );
}

function candidateName(c: RenameCandidate, name: string): string {
  return c.kind === "table" ? `${c.schema}.${name}` : `${c.schema}.${c.table}.${name}`;
}

/**
 * Asks on the terminal, as drizzle-kit does, whether an added table or column is new or a
 * dropped one renamed. A cancelled question aborts: guessing either way could lose data.
 */
function askOnTerminal(ctx: CliContext): AskRename {
  return async (c) => {
    const added = candidateName(c, c.to);
    const dropped = candidateName(c, c.from);
    const question = `Is ${c.kind} ${added} created, or renamed from ${dropped}?`;
    const choices = [
      {
        value: "create",
        label: `+ ${added}  create ${c.kind} (and drop ${dropped}, its data lost)`,
      },
      { value: "rename", label: `~ ${dropped} -> ${c.to}  rename ${c.kind}` },
    ];
    const answer = ctx.io.select
      ? await ctx.io.select(question, choices)
      : await ctx.io
          .readLine(`${question} [c]reated / [r]enamed: `)
          .then((line) =>
            /^c(reated?)?$/i.test(line?.trim() ?? "")
              ? "create"
              : /^r(enamed?)?$/i.test(line?.trim() ?? "")
                ? "rename"
                : undefined,
          );
    if (answer === undefined) {
      throw new RetortError(
        "ABORTED",
        "Autogenerate stopped: a rename question was not answered.",
        {
          hint: `answer it, or state it: --rename ${c.kind === "table" ? "" : `${c.table}.`}${c.from}=${c.to} (or renamedFrom in the models).`,
        },
      );
    }
    return answer === "rename";
  };
}

/** How {@link autogenerate} settles look-alike drop/add pairs. */
export interface AutogenerateRenames {
  /** `--rename` arguments. */
  readonly renames?: readonly string[];
  /** Whether a person may be asked (not with `--json`); only on a terminal. */
  readonly mayAsk?: boolean;
  /** `"online"`: the lock-safe chain of migrations (`--safe`). Default is the config's. */
  readonly safety?: "plain" | "online";
}

/**
 * Compares the models with the database (which must be at its heads, as Alembic requires) and
 * returns what autogenerate found.
 */
export async function autogenerate(
  ctx: CliContext,
  mode: "revision" | "check",
  renames: AutogenerateRenames = {},
): Promise<{
  result:
    | AutogenerateResult
    | {
        changes: Change[];
        isEmpty: boolean;
        viewColumnMismatches: ViewColumnMismatch[];
        viewRefusals: ViewRefusal[];
        schemas: readonly string[];
        uncomparedSchemas: readonly UncomparedSchema[];
      };
  unexported: readonly UnexportedModel[];
}> {
  const config = await ctx.config();
  const scripts = await ctx.scripts();
  const heads = scripts.graph.heads.map((head) => head.revision);
  const guess = config.schemas ?? lastComparedSchemas(config.root);
  // Where the database stands is asked, and its catalog read, while the models load: the server
  // works while this process imports them. The catalog is read over the schemas the last run
  // compared (the models decide them; without a last run, `public` and the schemas the model
  // files name), and read again if the models now use others. Loading the models keeps this
  // thread busy, and a session waiting for it to send its next query reads nothing: they start
  // once every query of the read is on its way (a few statements, one per session), or after
  // 100 ms of waiting on a slow server.
  let startModels!: () => void;
  const modelsLoaded = new Promise<void>((resolve) => {
    startModels = resolve;
  }).then(() => describedModels(ctx));
  modelsLoaded.catch(() => {});
  const compared = ctx.migrator().then(async (migrator) => {
    const current = await migrator.currentHeads();
    const atHeads =
      heads.length === current.length && heads.every((head) => current.includes(head));
    if (!atHeads) return { current, result: undefined };
    const differ = await import("@retort/differ");
    const scope = differ.managedScope(config);
    const result = await migrator.withConnection(async (db) => {
      const prefetched = differ.prefetchCatalog(
        db,
        { ...scope, schemas: guess ?? ["public"] },
        guess === undefined ? schemasNamedInModels(config.models) : undefined,
      );
      prefetched.started.then(startModels);
      setTimeout(startModels, 100).unref();
      const { described } = await modelsLoaded.catch(async (error: unknown) => {
        // The session is released only once the read on it has ended.
        await prefetched.read.catch(() => undefined);
        throw error;
      });
      const options = {
        db,
        models: {},
        described,
        ...scope,
        prefetched,
        renames: renames.renames,
        askRename: renames.mayAsk === true && ctx.io.isInteractive ? askOnTerminal(ctx) : undefined,
        safety: renames.safety ?? config.safety,
      };
      return mode === "revision" ? differ.autogenerate(options) : differ.checkModels(options);
    });
    return { current, result };
  });
  compared.finally(startModels).catch(() => {});
  // A broken model is still the error reported first, once the database work has stopped.
  const { unexported } = await modelsLoaded.catch(async (error: unknown) => {
    await compared.catch(() => undefined);
    throw error;
  });
  const { current, result } = await compared;
  if (result === undefined) {
    throw new RetortError(
      "DATABASE_NOT_UP_TO_DATE",
      `The database is not up to date (it is at ${current.join(", ") || "base"}; the heads are ${heads.join(", ") || "none"}).`,
      { hint: "run `retort upgrade heads` first, so the comparison sees every migration applied." },
    );
  }
  if (config.schemas === undefined) rememberComparedSchemas(config.root, guess, result.schemas);
  return { result, unexported };
}

/**
 * The schemas to read ahead of the models when no run compared them before (a fresh checkout,
 * as in CI): `public` and every existing schema whose name a model file holds as a quoted
 * string (`schema("audit")`, `{ schema: "audit" }`). Only a guess, as the last run's schemas are:
 * before it, a project whose models use other schemas than `public` read its catalog twice.
 */
export function schemasNamedInModels(
  entry: string,
): (existing: readonly string[]) => readonly string[] {
  return (existing) => {
    let texts: string[];
    try {
      texts = listModelFiles(dirname(entry)).map((file) => readFileSync(file, "utf8"));
    } catch {
      return ["public"];
    }
    const named = existing.filter(
      (name) =>
        name !== "public" &&
        texts.some((text) => text.includes(`"${name}"`) || text.includes(`'${name}'`)),
    );
    return ["public", ...named];
  };
}

// The schemas the last comparison managed, which the next one reads ahead of its models. Only a
// guess: a wrong one costs a second read, never a wrong result.
const comparedSchemasFile = (root: string) =>
  join(root, ".retort", "cache", "compared-schemas.json");

function lastComparedSchemas(root: string): string[] | undefined {
  try {
    const { schemas } = JSON.parse(readFileSync(comparedSchemasFile(root), "utf8")) as {
      schemas?: unknown;
    };
    return Array.isArray(schemas) && schemas.every((s) => typeof s === "string")
      ? schemas
      : undefined;
  } catch {
    return undefined;
  }
}

/** Writes `schemas` for the next run, unless they are the `last` it read. */
function rememberComparedSchemas(
  root: string,
  last: readonly string[] | undefined,
  schemas: readonly string[],
): void {
  const sorted = [...schemas].sort();
  if (JSON.stringify(last === undefined ? last : [...last].sort()) === JSON.stringify(sorted)) {
    return;
  }
  const file = comparedSchemasFile(root);
  try {
    mkdirSync(dirname(file), { recursive: true });
    const temp = `${file}.${process.pid}.tmp`;
    writeFileSync(temp, `${JSON.stringify({ schemas: sorted })}\n`);
    renameSync(temp, file);
  } catch {
    // A read-only project folder: every run reads its default guess.
  }
}
