import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { basename, dirname, join, relative } from "node:path";
import {
  executeRaw,
  generateRevision,
  quoteQualified,
  RetortError,
  revisionSlug,
} from "@retort/core";
import type { SchemaDescription } from "@retort/differ";
import {
  type Command,
  flag,
  jsonOption,
  messageOption,
  revIdOption,
  stringOption,
} from "../command";
import { relativeImportExtension } from "../import-extension";
import { runPostWrite } from "./revision-commands";

/** An entry with nothing but comments and `export {}` (what `retort init` writes) holds no model. */
function isEmptyEntry(path: string): boolean {
  const text = readFileSync(path, "utf8")
    .replace(/\/\*[\s\S]*?\*\//g, "")
    .replace(/\/\/.*$/gm, "")
    .trim();
  return text === "" || /^export\s*\{\s*\}\s*;?$/.test(text);
}

/**
 * Writes every file or none. New files are written in place and removed again if any write
 * fails; a file being replaced (`--force`) is written aside first and renamed over the old one
 * only once every file is written. Writes are synchronous, one after the other: creating files
 * in one folder is serialized by the file system anyway, and a thousand asynchronous writes
 * took twice as long, in thread-pool round trips.
 */
function writeAll(files: readonly { path: string; text: string }[]): void {
  for (const dir of new Set(files.map((file) => dirname(file.path))))
    mkdirSync(dir, { recursive: true });
  const created: string[] = [];
  const staged: [temp: string, path: string][] = [];
  try {
    for (const file of files) {
      if (existsSync(file.path)) {
        const temp = `${file.path}.retort-${process.pid}.tmp`;
        staged.push([temp, file.path]);
        writeFileSync(temp, file.text);
      } else {
        created.push(file.path);
        writeFileSync(file.path, file.text, { flag: "wx" });
      }
    }
  } catch (error) {
    for (const path of created) rmSync(path, { force: true });
    for (const [temp] of staged) rmSync(temp, { force: true });
    throw error;
  }
  for (const [temp, path] of staged) renameSync(temp, path);
}

/**
 * The revisions a previous tool applied, for one line: all of a few (Alembic's heads), else how
 * many and the last (a tool that lists every migration it ran).
 */
function appliedRevisions(revisions: readonly string[]): string {
  if (revisions.length === 0) return "no revision";
  if (revisions.length <= 3) return revisions.join(", ");
  return `${revisions.at(-1)} (the last of ${revisions.length} migrations)`;
}

/**
 * What the catalog read found, kind by kind, leaving out the kinds it found none of:
 * "Found 516 tables, 12 views, 139 functions, 452 triggers, 7 enums and 10 other objects."
 */
export function foundObjects(schema: SchemaDescription): string {
  const materialized = schema.views.filter((view) => view.materialized).length;
  const procedures = schema.functions.filter((routine) => routine.procedure).length;
  const counts: [count: number, one: string, many: string][] = [
    [schema.tables.length, "table", "tables"],
    [schema.views.length - materialized, "view", "views"],
    [materialized, "materialized view", "materialized views"],
    [schema.functions.length - procedures, "function", "functions"],
    [procedures, "procedure", "procedures"],
    [schema.triggers.length, "trigger", "triggers"],
    [schema.sequences.length, "sequence", "sequences"],
    [schema.enums.length, "enum", "enums"],
    [schema.domains.length, "domain", "domains"],
    [schema.compositeTypes.length, "composite type", "composite types"],
    [schema.rangeTypes.length, "range type", "range types"],
    [schema.policies.length, "policy", "policies"],
    [schema.extensions.length, "extension", "extensions"],
    [schema.unmanaged.length, "other object", "other objects"],
  ];
  const parts = counts
    .filter(([count]) => count > 0)
    .map(([count, one, many]) => `${count} ${count === 1 ? one : many}`);
  if (parts.length === 0) return "Found nothing.";
  const last = parts.pop()!;
  return `Found ${parts.length > 0 ? `${parts.join(", ")} and ${last}` : last}.`;
}

/** `retort pull` */
export const pullCommand: Command = {
  name: "pull",
  summary: "Adopt an existing database: write its tables as models (and a baseline migration).",
  description:
    "Reads the configured database and writes one model file per table, view and materialized view under the models folder, enums and other types, functions, triggers, policies, sequences, extensions and privileges in files of their own, and the entry exporting them all. Objects the models cannot express (aggregates, foreign tables, base types...) are listed; --baseline keeps them in a first migration that creates the whole schema, and stamps the database at it without running it.",
  args: [],
  options: [
    {
      name: "baseline",
      flag: "--baseline",
      type: "boolean",
      description: "also write a first migration and stamp the database at it",
    },
    messageOption("the baseline's message (default: baseline)"),
    revIdOption("the baseline's revision id"),
    {
      name: "force",
      flag: "--force",
      type: "boolean",
      description: "overwrite model files that exist",
    },
    {
      name: "dryRun",
      flag: "--dry-run",
      type: "boolean",
      description: "say what would be written; write nothing",
    },
    {
      name: "dropOldVersionTable",
      flag: "--drop-old-version-table",
      type: "boolean",
      description:
        "drop the previous tool's version table (alembic_version, kysely_migration...) after adopting",
    },
    jsonOption,
  ],
  examples: ["retort pull --dry-run", 'retort pull --baseline -m "baseline"'],
  async run(ctx, args) {
    const json = flag(args, "json");
    const dryRun = flag(args, "dryRun");
    const baseline = flag(args, "baseline");
    const config = await ctx.config();
    // A hand-written config may name a versions folder nobody made yet: pull writes models, and
    // the baseline's writer makes the folder.
    const scripts = await ctx.scripts({ missingOk: true });
    const migrator = await ctx.migrator();
    if ((await migrator.currentHeads()).length > 0) {
      throw new RetortError(
        "PULL_REFUSED",
        `${migrator.displayTarget} is already managed by retort.`,
        {
          hint: 'change the models and run `retort revision --autogenerate -m "..."` instead.',
        },
      );
    }
    if (baseline && scripts.scripts.length > 0) {
      throw new RetortError(
        "PULL_REFUSED",
        "The versions folder already has migrations; a baseline must be the first.",
        {
          hint: "pull without --baseline to write only the models, or move the old migrations away.",
        },
      );
    }
    const differ = await import("@retort/differ");
    if (!json) ctx.note(`Reading the catalog of ${migrator.displayTarget}...`);
    const { schema, previous, dependencies } = await migrator.withConnection(async (db) => {
      const schemas = config.schemas === undefined ? undefined : [...config.schemas];
      const previous = await differ.detectPreviousTool(db);
      const scope = differ.managedScope(config);
      // What orders the baseline: pg_depend, as pg_dump orders its output, read in the schema's
      // snapshot (beside it, on a side session when the connection has some).
      if (baseline)
        return { previous, ...(await differ.introspectWithDependencies(db, scope, { schemas })) };
      return { previous, schema: await differ.introspectSchema(db, scope), dependencies: [] };
    });
    if (!json) {
      ctx.note(foundObjects(schema));
      if (previous !== null) {
        ctx.note(
          `Found ${previous.tool}'s ${previous.table} at ${appliedRevisions(previous.revisions)}.`,
        );
      }
    }
    const rendered = differ.renderModelFiles(schema, {
      modelsDir: dirname(config.models),
      entryFile: basename(config.models),
      importExtension: await relativeImportExtension(config.root),
    });
    // Nothing but an empty entry to write: the wrong database, most likely. With no url in the
    // config, the embedded one this command has just created (a `url` read from an unset
    // environment variable lands here).
    const isEmpty = rendered.files.length <= 1 && schema.unmanaged.length === 0;
    if (isEmpty && config.url === undefined) {
      throw new RetortError(
        "PULL_REFUSED",
        `The ${migrator.displayTarget} holds nothing to adopt: no url is configured, so pull read the project's own embedded database.`,
        {
          hint: "set `url` in the config (or the variable it reads, such as DATABASE_URL), or pass --url, to the database to adopt.",
        },
      );
    }
    if (isEmpty && !json) {
      ctx.note(
        `warning: ${migrator.displayTarget} holds no tables, views, types or functions in the managed schemas; is it the database you meant?`,
      );
    }
    const existing = rendered.files.filter(
      (file) => existsSync(file.path) && !(file.path === config.models && isEmptyEntry(file.path)),
    );
    if (existing.length > 0 && !flag(args, "force") && !dryRun) {
      throw new RetortError(
        "PULL_REFUSED",
        `${existing.length} model file${existing.length === 1 ? "" : "s"} would be overwritten: ${existing
          .slice(0, 3)
          .map((file) => relative(config.root, file.path))
          .join(", ")}${existing.length > 3 ? ", ..." : ""}.`,
        { hint: "pass --force to overwrite them, or --dry-run to see what pull would write." },
      );
    }
    // A dry run prints the baseline's notes, not its source: only a real pull writes it.
    const baselineBody =
      baseline && !dryRun ? differ.renderBaseline(schema, { dependencies }) : undefined;
    const baselineNotes = baseline
      ? (baselineBody?.unmanagedNotes ?? differ.baselineNotes(schema, { dependencies }))
      : [];
    const summary = {
      files: rendered.files.map((file) => relative(config.root, file.path)),
      skipped: rendered.skipped.map((object) => ({
        kind: object.kind,
        schema: object.schema,
        name: object.name,
        table: object.table,
        label: differ.describeUnmanaged(object),
      })),
      warnings: [...rendered.warnings, ...baselineNotes],
      previousTool: previous,
      // Roles belong to the server: the models and the baseline name them, nothing creates them.
      roles: differ.rolesUsed(schema),
      baseline: null as string | null,
      // The baseline's file, as a dry run would write it (its revision id is chosen when written).
      ...(dryRun && baseline
        ? {
            baselineFile: relative(
              config.root,
              join(
                scripts.config.versionLocations[0] ?? config.root,
                `${stringOption(args, "revId") ?? "<revision>"}_${revisionSlug(stringOption(args, "message") ?? "baseline")}.ts`,
              ),
            ),
          }
        : {}),
      dryRun,
    };
    const report = () => {
      for (const object of summary.skipped) {
        ctx.note(
          `  not in the models: ${object.label}${baseline ? " (kept in the baseline)" : ""}`,
        );
      }
      for (const warning of summary.warnings) ctx.note(`warning: ${warning}`);
      if (summary.roles.length > 0) {
        ctx.note(
          `roles: these roles must exist where the ${baseline ? "baseline" : "migrations"} run${baseline ? "s" : ""}: ${summary.roles.join(", ")}`,
        );
      }
    };
    if (dryRun) {
      if (json) ctx.json(summary);
      else {
        ctx.out(summary.files.map((file) => `Would write ${file}`).join("\n"));
        if (summary.baselineFile !== undefined) {
          ctx.out(
            `Would write ${summary.baselineFile} (the baseline: creates the whole schema from the models and the SQL kept below; the database is stamped at it, not migrated)`,
          );
        }
        report();
      }
      return 0;
    }
    writeAll(rendered.files);
    await runPostWrite(
      ctx,
      rendered.files.map((file) => file.path),
    );
    if (!json) {
      // One write to stdout for the list (it always holds the entry), not one per file.
      ctx.out(summary.files.map((file) => `  Writing ${file} ... done`).join("\n"));
      report();
    }
    if (baselineBody !== undefined) {
      const result = generateRevision(scripts, {
        message: stringOption(args, "message") ?? "baseline",
        head: "base",
        revisionId: stringOption(args, "revId"),
        templatePath: config.templatePath,
        upgrades: baselineBody.upgrades,
        downgrades: baselineBody.downgrades,
      });
      ctx.invalidateScripts();
      await runPostWrite(ctx, [result.path]);
      summary.baseline = result.revision;
      const stamper = await ctx.migrator();
      await stamper.stamp([result.revision]);
      if (previous !== null) {
        await stamper.recordProvenance(
          result.revision,
          `adopted from ${previous.tool} (${previous.table} at ${appliedRevisions(previous.revisions)})`,
        );
        if (flag(args, "dropOldVersionTable")) {
          await stamper.withConnection((db) =>
            executeRaw(db, `DROP TABLE ${quoteQualified(previous.schema, previous.name)}`),
          );
        }
      }
      if (!json) {
        ctx.out(`Generating ${relative(config.root, result.path)} ... done`);
        ctx.note(
          `Stamped the database at ${result.revision} without running it.${previous !== null && !flag(args, "dropOldVersionTable") ? ` ${previous.table} is left in place (--drop-old-version-table removes it).` : ""}`,
        );
      }
    }
    if (json) ctx.json(summary);
    return 0;
  },
};
