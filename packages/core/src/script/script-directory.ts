import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { isAbsolute, join, normalize, relative, sep } from "node:path";
import { isRetortError, RetortError } from "../errors/retort-error";
import { wrapError } from "../errors/wrap-error";
import { RevisionGraph, type RevisionNode } from "../graph/index";
import type { ScannedProgram } from "./checksum-scan";
import type { MigrationDefinition } from "./define-migration";
import { HeaderCache } from "./header-cache";
import { bytesChecksum, isBytesChecksum } from "./migration-checksum";
import { BadModuleError, importModules, importModulesInTurn } from "./module-loader";
import { shellWord } from "./shell-word";

/** One migration file: its header, read from the text, and where it lives. */
export interface MigrationScript extends RevisionNode {
  /** Absolute path of the file. */
  readonly path: string;
  readonly message: string;
  readonly createdAt: string | undefined;
  readonly transactional: boolean;
  /** The migration's own `lock_timeout` in milliseconds; unset: the config's. */
  readonly lockTimeout?: number | undefined;
  /** The migration's own `lockRetries`; unset: the config's. */
  readonly lockRetries?: number | undefined;
  readonly replaces: readonly string[];
}

/** Construction input of {@link ScriptDirectory.load}. */
export interface ScriptDirectoryConfig {
  /** The project root; paths in messages are shown relative to it. */
  readonly root: string;
  /** Absolute folders that hold migration files; the first is where new files go by default. */
  readonly versionLocations: readonly string[];
  /** Look into sub-folders of the version locations too. Default is `false`. */
  readonly recursive?: boolean;
  /** Where `retort squash` moves the migrations it replaced, one sub-folder per squash. */
  readonly archiveDir?: string | undefined;
  /** A file to cache headers in between runs; none by default. */
  readonly headerCache?: string | undefined;
  /**
   * Read a versions folder that does not exist as an empty one, for a command that only writes
   * the first migration (`retort pull`), instead of failing with `VERSIONS_DIR_MISSING`.
   */
  readonly missingOk?: boolean | undefined;
}

/** A versions folder that does not exist. */
export class VersionsDirMissingError extends RetortError {
  constructor(dir: string) {
    // Not `retort init`: the config this folder comes from exists, and init leaves a project
    // with a config alone.
    super("VERSIONS_DIR_MISSING", `The versions folder ${dir} does not exist.`, {
      hint: `create it (\`mkdir -p ${shellWord(dir)}\`), or fix \`migrations\`/\`versionLocations\` in retort.config.ts.`,
      details: { dir },
    });
    this.name = "VersionsDirMissingError";
  }
}

const migrationFile = /\.(ts|mts|js|mjs)$/;
const notMigrationFile = /(\.d\.ts|\.test\.[cm]?[jt]s|\.spec\.[cm]?[jt]s)$/;

/**
 * The migration files of a project, read into a {@link RevisionGraph} from their text alone.
 * Modules are imported only when a migration is about to run or render
 * ({@link ScriptDirectory.loadMigrations}).
 *
 * @example
 * ```ts
 * const scripts = ScriptDirectory.load({ root, versionLocations: [`${root}/app/migrations/versions`] });
 * scripts.graph.heads.map((head) => head.revision);
 * ```
 */
export class ScriptDirectory {
  readonly graph: RevisionGraph<MigrationScript>;

  private constructor(
    readonly config: ScriptDirectoryConfig,
    readonly scripts: readonly MigrationScript[],
    private readonly cache: HeaderCache,
  ) {
    const { root } = config;
    this.#rootPrefix =
      isAbsolute(root) && normalize(root) === root
        ? root.endsWith(sep)
          ? root
          : `${root}${sep}`
        : undefined;
    this.graph = buildGraph(scripts, config.root);
  }

  /** Reads every migration file's header and builds the graph. */
  static load(config: ScriptDirectoryConfig): ScriptDirectory {
    const scripts: MigrationScript[] = [];
    const cache = HeaderCache.open(config.headerCache);
    const display = (path: string) => relative(config.root, path);
    for (const dir of config.versionLocations) {
      if (!existsSync(dir) || !statSync(dir).isDirectory()) {
        if (config.missingOk === true && !existsSync(dir)) continue;
        throw new VersionsDirMissingError(relative(config.root, dir) || dir);
      }
      listFiles(dir, config.recursive ?? false, (folder, name, path) => {
        const script = cache.read(folder, name, path, display);
        // A revision defined twice is found by the graph, which indexes them anyway.
        if (script !== undefined) scripts.push(script);
      });
    }
    cache.save();
    return new ScriptDirectory(config, scripts, cache);
  }

  /** A relative path for messages. */
  displayPath(path: string): string {
    // A file under the root (every migration) is the rest of its path: `relative` for each of
    // 10,000 steps of an offline script was a tenth of it.
    const root = this.#rootPrefix;
    if (root !== undefined && path.startsWith(root) && path.length > root.length) {
      const rest = path.slice(root.length);
      if (isNormalRest(rest)) return rest;
    }
    return relative(this.config.root, path) || path;
  }

  /** The root with a trailing separator, when it is normalised (a resolved path always is). */
  readonly #rootPrefix: string | undefined;

  /** {@link ScriptDirectory.displayPath}, made once for the 10,000 checksums of a plan. */
  readonly #display = (path: string): string => this.displayPath(path);

  /** The script of a revision id (full id). */
  script(revision: string): MigrationScript {
    return this.graph.get(revision);
  }

  /**
   * The heads of the history a squash revision replaced, read from the archive `retort squash`
   * left (`<archiveDir>/<revision>/`); `undefined` if the archive is gone.
   */
  replacedHeads(revision: string): string[] | undefined {
    const dir =
      this.config.archiveDir === undefined ? undefined : join(this.config.archiveDir, revision);
    if (dir === undefined || !existsSync(dir)) return undefined;
    const archived = ScriptDirectory.load({
      root: this.config.root,
      versionLocations: [dir],
      recursive: true,
    });
    return archived.graph.heads.map((head) => head.revision);
  }

  /**
   * Computes the checksums of `revisions` that the header cache does not hold yet, and keeps
   * them in it: the one Babel parse of each file a plan needs, then none while the files stay.
   * {@link ScriptDirectory.checksum} works without it, only without keeping what it computed.
   */
  prepareChecksums(revisions: Iterable<string>): void {
    for (const revision of revisions) this.checksum(revision);
    this.cache.save();
  }

  /**
   * The checksum `retort_history` records for a migration ({@link migrationChecksum}: its syntax
   * tree without comments or layout), computed on first use (the header cache keeps it while
   * the file's mtime and size stay).
   */
  checksum(revision: string): string {
    const path = this.script(revision).path;
    return this.cache.checksum(path, this.#display);
  }

  /**
   * Whether a checksum a history row recorded still matches the migration's file. A format-1
   * checksum (the bytes' SHA-256, from retort before checksums were normalised) is compared
   * with the bytes, so databases migrated by an earlier version keep verifying.
   */
  checksumMatches(revision: string, recorded: string): boolean {
    if (!isBytesChecksum(recorded)) return this.checksum(revision) === recorded;
    return bytesChecksum(readFileSync(this.script(revision).path)) === recorded;
  }

  /**
   * Imports the modules of the given revisions (in one bundle) and checks that each exports a
   * migration whose header matches the text that was read.
   */
  async loadMigrations(revisions: readonly string[]): Promise<Map<string, MigrationDefinition>> {
    // Memoised per revision: `--all-targets` runs one plan on many databases at once, and each
    // must not bundle the same files again.
    const missing = [...new Set(revisions)].filter((revision) => !this.#loaded.has(revision));
    if (missing.length > 0) {
      const batch = this.#importMigrations(missing);
      for (const revision of missing) {
        const one = batch.then((loaded) => loaded.get(revision)!);
        // A failed load is not kept: the next command (or target) tries again and says why.
        one.catch(() => {
          if (this.#loaded.get(revision) === one) this.#loaded.delete(revision);
        });
        this.#loaded.set(revision, one);
      }
    }
    const loaded = new Map<string, MigrationDefinition>();
    for (const revision of revisions) loaded.set(revision, await this.#loaded.get(revision)!);
    return loaded;
  }

  readonly #loaded = new Map<string, Promise<MigrationDefinition>>();

  /**
   * {@link ScriptDirectory.loadMigrations} for a caller that runs the migrations once each, in
   * the order given (an offline script): a long history is imported a part at a time, and each
   * part let go when the next is imported. Nothing is kept for a later call.
   */
  async loadMigrationsInTurn(
    revisions: readonly string[],
  ): Promise<(revision: string) => MigrationDefinition | Promise<MigrationDefinition>> {
    const index = new Map<string, number>();
    const scripts: MigrationScript[] = [];
    for (const revision of revisions) {
      if (index.has(revision)) continue;
      index.set(revision, scripts.length);
      scripts.push(this.script(revision));
    }
    const module = await importModulesInTurn(
      scripts.map((script) => script.path),
      this.#importOptions(),
    );
    return (revision) => {
      const i = index.get(revision);
      if (i === undefined) return this.loadMigrations([revision]).then((all) => all.get(revision)!);
      const found = module(i);
      return found instanceof Promise
        ? found.then((namespace) => this.#definition(scripts[i]!, namespace))
        : this.#definition(scripts[i]!, found);
    };
  }

  #importOptions() {
    return {
      tempDir: join(this.config.root, ".retort"),
      cacheDir: join(this.config.root, ".retort", "cache"),
      stamp: (path: string) => this.cache.stamp(path),
      source: (path: string) => this.cache.text(path),
      scanned: (path: string, text: string, program: ScannedProgram) =>
        this.cache.scanned(path, text, program),
    };
  }

  async #importMigrations(revisions: readonly string[]): Promise<Map<string, MigrationDefinition>> {
    const scripts = revisions.map((revision) => this.script(revision));
    const modules = await importModules(
      scripts.map((script) => script.path),
      this.#importOptions(),
    );
    const loaded = new Map<string, MigrationDefinition>();
    scripts.forEach((script, i) => {
      loaded.set(script.revision, this.#definition(script, modules[i] ?? {}));
    });
    return loaded;
  }

  /** The migration a module exports, checked against the header read from its text. */
  #definition(script: MigrationScript, module: Record<string, unknown>): MigrationDefinition {
    const definition = module.default as MigrationDefinition | undefined;
    if (
      definition !== undefined &&
      typeof definition === "object" &&
      definition.revision === script.revision &&
      typeof definition.up === "function" &&
      typeof definition.down === "function"
    ) {
      return definition;
    }
    const file = this.displayPath(script.path);
    if (definition === undefined || typeof definition !== "object") {
      throw new BadModuleError(
        file,
        "has no default export; export default defineMigration({ ... }).",
      );
    }
    if (definition.revision !== script.revision) {
      throw new BadModuleError(
        file,
        `exports revision ${String(definition.revision)} but its text says ${script.revision}.`,
      );
    }
    throw new BadModuleError(file, "the migration needs both `up(op)` and `down(op)` functions.");
  }
}

// A relative path with no empty, `.` or `..` segment is what `normalize` gives back: tested
// by one expression, not by normalising each of 10,000 paths (a twentieth of a warm `--sql`).
const unnormalSegment = /(?:^|\/)\.{0,2}(?:\/|$)/;

/** Whether `rest`, a path below the root, is normalised and stays below it. */
function isNormalRest(rest: string): boolean {
  if (sep !== "/") return rest === normalize(rest) && !rest.startsWith("..");
  return !unnormalSegment.test(rest);
}

/**
 * Calls `found(folder, name, path)` for each file that may be a migration, sorted by name.
 * Without `recursive`, names only: the stat the header cache takes of each file anyway says
 * which are folders, and 10,000 directory entries with their types cost more than their names.
 * A callback, not a list of `[folder, name, path]`: an array per file is an array to collect.
 */
function listFiles(
  dir: string,
  recursive: boolean,
  found: (folder: string, name: string, path: string) => void,
): void {
  if (!recursive) {
    // `join` normalises each of 10,000 paths; a normalised folder and a plain name need not.
    const prefix = normalize(dir) === dir ? (dir.endsWith(sep) ? dir : `${dir}${sep}`) : undefined;
    const names = readdirSync(dir).sort();
    for (let i = 0; i < names.length; i++) {
      const name = names[i]!;
      if (!isMigrationName(name)) continue;
      found(dir, name, prefix === undefined ? join(dir, name) : `${prefix}${name}`);
    }
    return;
  }
  const entries = readdirSync(dir, { withFileTypes: true }).sort((a, b) =>
    a.name < b.name ? -1 : 1,
  );
  for (const entry of entries) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (!entry.name.startsWith(".") && entry.name !== "node_modules") {
        listFiles(path, true, found);
      }
    } else if (isMigrationName(entry.name)) {
      found(dir, entry.name, path);
    }
  }
}

function isMigrationName(name: string): boolean {
  return !name.startsWith(".") && migrationFile.test(name) && !notMigrationFile.test(name);
}

/** Builds the graph, turning graph errors about a revision into errors that name its file. */
function buildGraph(
  scripts: readonly MigrationScript[],
  root: string,
): RevisionGraph<MigrationScript> {
  try {
    return new RevisionGraph(scripts);
  } catch (error) {
    if (!isRetortError(error)) throw error;
    const revision = error.details.revision;
    if (typeof revision !== "string") throw error;
    if (error.code === "DUPLICATE_REVISION") {
      const files = scripts.filter((s) => s.revision === revision).map((s) => s.path);
      if (files.length > 1) {
        throw new RetortError(
          "DUPLICATE_REVISION",
          `Revision ${revision} is defined twice: in ${relative(root, files[0]!)} and ${relative(root, files[1]!)}.`,
          {
            hint: "give one of them a new id (and fix the downRevision of its children), or delete the copy.",
            details: { revision, files: files.slice(0, 2) },
          },
        );
      }
    }
    const script = scripts.find((s) => s.revision === revision);
    if (script === undefined) throw error;
    const file = relative(root, script.path);
    throw wrapError(error, { at: file, details: { file } });
  }
}
