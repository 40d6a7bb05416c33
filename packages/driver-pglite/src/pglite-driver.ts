import { existsSync, readdirSync, realpathSync } from "node:fs";
import { readdir, rm } from "node:fs/promises";
import { createRequire } from "node:module";
import { hostname } from "node:os";
import { join } from "node:path";
import { BaseDriver, ConnectionFailedError, type DriverConfig, RetortError } from "@retort/core";
import type { Dialect } from "kysely";
import { baselineEngine, type CompiledEngine } from "./baseline-engine";
import { copyFolder, createWhole } from "./create-data-dir";
import { acquireDataDirLock, DataDirLockTimeoutError } from "./data-dir-lock";
import { type DataDirTemplate, dataDirTemplate } from "./data-dir-template";
import { InitdbInterruptedError, initdbInChild, initdbWantsChild } from "./initdb-child";
import { PGliteDialect, type PGliteLike } from "./pglite-dialect";
import { type PGliteTarget, resolvePGliteTarget } from "./resolve-pglite-target";

/** The options of `PGlite.create` this driver passes. */
export interface PGliteCreateOptions {
  dataDir?: string;
  loadDataDir?: Blob;
  pgliteWasmModule?: CompiledEngine;
  startParams?: string[];
}

/** The subset of the `@electric-sql/pglite` module this driver uses. */
export interface PGliteModule {
  PGlite: {
    create(options?: PGliteCreateOptions): Promise<PGliteLike>;
    /** PostgreSQL's command line in PGlite 0.5+, which `startParams` replaces. */
    readonly defaultStartParams?: readonly string[];
  };
}

// PostgreSQL's default of 128 MB of shared buffers, which initdb writes into postgresql.conf, is
// allocated and zeroed at every start: in PGlite that is WebAssembly memory, so half of a
// command's peak memory (250 MB against 130 MB with 16 MB) and some 60 ms of its start. An
// embedded database is one session on a development machine, whose files the OS caches anyway:
// 16 MB (2048 pages) holds its catalog and working set. A server that stays up keeps the default.
const COMMAND_SETTINGS: readonly string[] = ["-c", "shared_buffers=16MB"];

/** Construction input of {@link PGliteDriver}: a {@link DriverConfig} plus what tests inject. */
export interface PGliteDriverConfig extends DriverConfig {
  /** The PGlite module to use instead of importing it (no template is kept for it). */
  readonly pglite?: PGliteModule | undefined;
  /**
   * Where the files a new database starts from are kept, so that only a machine's first new
   * database runs initdb (default: retort's private temp folder); `null` never keeps them.
   */
  readonly templateDir?: string | null | undefined;
  /**
   * The database stays open for long (`retort db serve`): PGlite is then compiled to run fast
   * rather than start fast, with PostgreSQL's default buffers. Default is `false`: a command opens
   * it, runs a few statements and exits.
   */
  readonly staysOpen?: boolean | undefined;
  /**
   * Runs a new database's initdb in a child Node process started with `--liftoff-only`. Default:
   * on V8 13 and later (Node 24), which reads that flag only at start (see initdb-child.ts).
   */
  readonly initdbInChild?: boolean | undefined;
}

async function loadPGlite(): Promise<PGliteModule> {
  try {
    return (await import("@electric-sql/pglite")) as unknown as PGliteModule;
  } catch (error) {
    throw new RetortError(
      "DRIVER_NOT_FOUND",
      "@retort/driver-pglite needs the `@electric-sql/pglite` package, which is not installed.",
      { hint: "install it next to retort: `pnpm add @electric-sql/pglite`.", cause: error },
    );
  }
}

/** A PGlite instance {@link PGliteDriver.open} opened, and how to close it. */
export interface OpenedPGlite {
  readonly pglite: PGliteLike;
  /** Closes the instance and releases the folder's lock. Idempotent. */
  close(): Promise<void>;
}

/**
 * retort's driver for PGlite, PostgreSQL compiled to WebAssembly and run inside the process: the
 * zero-setup default when the config has no URL. The data lives in `<root>/.retort/pglite`
 * (or the folder a `pglite://` URL names, or memory).
 *
 * PGlite has no locking of its own and a folder opened by two processes at once is corrupted,
 * so each dialect takes a lock file (`<folder>.lock`) before opening the folder and removes it
 * when destroyed; a second process waits for it (calling `onWait` from the config). PGlite is a
 * single session, so the advisory lock of {@link BaseDriver} is then always free and cheap.
 *
 * @example
 * ```ts
 * import { Kysely } from "kysely";
 * import { createDriver } from "@retort/driver-pglite";
 *
 * const driver = createDriver({ root: process.cwd() });
 * driver.displayTarget; // "embedded database at .retort/pglite"
 * const db = new Kysely<any>({ dialect: driver.createDialect() });
 * ```
 */
export class PGliteDriver extends BaseDriver {
  readonly name = "pglite";
  readonly isLocal = true;
  readonly target: PGliteTarget;
  readonly #config: PGliteDriverConfig;
  /** Closes what each dialect opened, for `close()`; a dialect's destroy removes its entry. */
  readonly #open = new Set<() => Promise<void>>();

  constructor(config: PGliteDriverConfig) {
    super();
    this.#config = config;
    this.target = resolvePGliteTarget(config.url, config.root);
  }

  get displayTarget(): string {
    return this.target.display;
  }

  createDialect(): Dialect {
    let opened: OpenedPGlite | undefined;
    const shutdown = async () => {
      const current = opened;
      opened = undefined;
      await current?.close();
    };
    return new PGliteDialect({
      pglite: async () => {
        opened = await this.open();
        return opened.pglite;
      },
      onDestroy: shutdown,
    });
  }

  /**
   * Opens the database itself, under the folder's lock: for a dialect, or for `retort db serve`
   * to put a socket in front of it. `close()` closes it and releases the lock; so does the
   * driver's `close()`.
   */
  async open(): Promise<OpenedPGlite> {
    let pglite: PGliteLike | undefined;
    let releaseLock: (() => Promise<void>) | undefined;
    const close = async () => {
      this.#open.delete(close);
      const instance = pglite;
      pglite = undefined;
      try {
        if (instance !== undefined && instance.closed !== true) await instance.close();
      } finally {
        const release = releaseLock;
        releaseLock = undefined;
        await release?.();
      }
    };
    this.#open.add(close);
    // Compiled on background threads while the lock is taken and PGlite's code loads.
    const engine = this.#engine();
    try {
      releaseLock = await this.#lock();
      pglite = await this.#openPGlite(engine);
      return { pglite, close };
    } catch (error) {
      await close();
      throw error;
    }
  }

  async #lock(): Promise<(() => Promise<void>) | undefined> {
    if (this.target.kind === "memory") return undefined;
    const lockPath = `${this.target.dataDir}.lock`;
    try {
      return await acquireDataDirLock(lockPath, {
        timeoutMs: this.#config.connectTimeoutMs,
        onWait: (holder) =>
          this.#config.onWait?.(
            `Waiting for ${holder === undefined ? "another process" : `process ${holder.pid}`} to close the ${this.target.display} (lock file ${lockPath})...`,
          ),
      });
    } catch (error) {
      if (error instanceof DataDirLockTimeoutError) {
        throw new ConnectionFailedError({
          reason: "busy",
          target: this.target.display,
          holderPid: error.holder?.pid,
          holderHost: error.holder?.hostname === hostname() ? undefined : error.holder?.hostname,
          lockFile: lockPath,
          servedAt: error.holder?.servedAt,
          timeoutMs:
            error.holder?.servedAt === undefined ? this.#config.connectTimeoutMs : undefined,
          cause: error,
        });
      }
      throw error;
    }
  }

  /** The precompiled engine for a command, unless tests injected PGlite or it stays open. */
  #engine(): Promise<CompiledEngine | undefined> {
    const { pglite, staysOpen } = this.#config;
    return pglite !== undefined || staysOpen === true
      ? Promise.resolve(undefined)
      : baselineEngine();
  }

  /** What every start passes to `PGlite.create`, besides where the data is. */
  #startOptions(
    PGlite: PGliteModule["PGlite"],
    engine: CompiledEngine | undefined,
  ): PGliteCreateOptions {
    const defaults = PGlite.defaultStartParams;
    return {
      ...(engine !== undefined && { pgliteWasmModule: engine }),
      ...(this.#config.staysOpen !== true &&
        Array.isArray(defaults) && { startParams: [...defaults, ...COMMAND_SETTINGS] }),
    };
  }

  async #openPGlite(engine: Promise<CompiledEngine | undefined>): Promise<PGliteLike> {
    const [{ PGlite }, module] = await Promise.all([this.#config.pglite ?? loadPGlite(), engine]);
    const options = this.#startOptions(PGlite, module);
    try {
      if (this.target.kind === "memory") return await this.#openMemory(PGlite, options);
      // PGlite takes a symbolic link for a missing folder: it is given the folder the link names.
      const dataDir = existsSync(this.target.dataDir)
        ? realpathSync(this.target.dataDir)
        : this.target.dataDir;
      // A folder that is neither a database nor empty is not retort's to replace: PGlite decides.
      if (
        existsSync(join(dataDir, "PG_VERSION")) ||
        (existsSync(dataDir) && readdirSync(dataDir).length > 0)
      ) {
        return await PGlite.create({ ...options, dataDir });
      }
      return await this.#openNewFolder(PGlite, options, dataDir);
    } catch (error) {
      throw new ConnectionFailedError({
        reason: "other",
        target: this.target.display,
        cause: error,
      });
    }
  }

  /**
   * Makes `dataDir` (missing or empty) a new database, whole, and opens it: a copy of the
   * template folder, which the machine's first new database makes with initdb. Without a
   * template (turned off, or it cannot be made or copied), initdb runs for this folder alone.
   */
  async #openNewFolder(
    PGlite: PGliteModule["PGlite"],
    options: PGliteCreateOptions,
    dataDir: string,
  ): Promise<PGliteLike> {
    const initdb = async (into: string) => {
      if (await this.#madeInChild(into, options.startParams)) return;
      // What a child that failed left goes; the folder stays, as it may be a mount point
      // filled in place.
      for (const name of await readdir(into).catch(() => [])) {
        await rm(join(into, name), { recursive: true, force: true });
      }
      // PGlite runs initdb on a folder without PG_VERSION; the clean shutdown leaves a checkpoint.
      const pglite = await PGlite.create({ ...options, dataDir: into });
      await pglite.close();
    };
    const template = this.#template()?.folder;
    const hasTemplate = template !== undefined && existsSync(join(template, "PG_VERSION"));
    this.#config.onWait?.(
      hasTemplate
        ? `Creating the ${this.target.display}...`
        : `Creating the ${this.target.display} (the first start takes a few seconds)...`,
    );
    if (template !== undefined && (await copied(template, dataDir, initdb, hasTemplate))) {
      try {
        return await PGlite.create({ ...options, dataDir });
      } catch {
        // Not a database: the template is damaged. Both go, and initdb runs below.
        await rm(dataDir, { recursive: true, force: true });
        await rm(template, { recursive: true, force: true });
      }
    }
    await createWhole(dataDir, initdb);
    return await PGlite.create({ ...options, dataDir });
  }

  /**
   * Runs initdb into `into` in a child process (see initdb-child.ts) when that is wanted here;
   * `false` when it is not, or the child could not make it: another runtime's `execPath` may
   * not take the flag, and initdb then runs in this process, which reports its own error if it
   * has one. An interrupted child (a signal: Ctrl-C reached it too) ends the start.
   */
  async #madeInChild(into: string, startParams?: string[], tar?: string): Promise<boolean> {
    const { pglite, initdbInChild: wanted } = this.#config;
    // An injected PGlite module is a test's, which a child process would not load.
    if (pglite !== undefined || !(wanted ?? initdbWantsChild())) return false;
    return initdbInChild(into, startParams, tar).catch((error: unknown) => {
      if (error instanceof InitdbInterruptedError) throw error;
      return false;
    });
  }

  /** An in-memory database, loaded from the template tar when there is one, else by initdb. */
  async #openMemory(
    PGlite: PGliteModule["PGlite"],
    options: PGliteCreateOptions,
  ): Promise<PGliteLike> {
    const template = this.#template();
    let blob = template?.read();
    if (blob === undefined && template !== undefined) {
      // The machine's first: the tar made by a child, through a folder of its own.
      const scratch = `${template.folder}.memory-${process.pid}`;
      try {
        if (await this.#madeInChild(scratch, options.startParams, template.tar)) {
          blob = template.read();
        }
      } finally {
        await rm(scratch, { recursive: true, force: true });
      }
    }
    if (blob !== undefined) {
      try {
        return await PGlite.create({ ...options, loadDataDir: blob });
      } catch {
        template?.discard();
      }
    }
    const pglite = await PGlite.create(options);
    await template?.save(pglite);
    return pglite;
  }

  /** The template for new databases, unless tests injected PGlite or the config turned it off. */
  #template(): DataDirTemplate | undefined {
    const { pglite, templateDir } = this.#config;
    if (pglite !== undefined || templateDir === null) return undefined;
    try {
      const entry = createRequire(import.meta.url).resolve("@electric-sql/pglite");
      return dataDirTemplate(entry, templateDir);
    } catch {
      return undefined;
    }
  }

  /** Closes every database this driver's dialects opened and releases their locks. Idempotent. */
  async close(): Promise<void> {
    await Promise.all([...this.#open].map((shutdown) => shutdown()));
  }
}

/** The templates this process is making: new databases opened at once wait for the one initdb. */
const makingTemplates = new Map<string, Promise<boolean>>();

/** Copies the template folder (made first by `initdb` when missing) to `dataDir`; false on failure. */
async function copied(
  template: string,
  dataDir: string,
  initdb: (into: string) => Promise<void>,
  hasTemplate: boolean,
): Promise<boolean> {
  try {
    if (!hasTemplate) {
      let making = makingTemplates.get(template);
      if (making === undefined) {
        making = createWhole(template, initdb).finally(() => makingTemplates.delete(template));
        makingTemplates.set(template, making);
      }
      await making;
    }
    await createWhole(dataDir, (partial) => copyFolder(template, partial));
    return true;
  } catch {
    return false;
  }
}

/**
 * Makes a {@link PGliteDriver}. The URL is absent (the default `<root>/.retort/pglite`),
 * `pglite://<folder>` (relative to the root, or absolute as `pglite:///abs/folder`), or
 * `pglite://memory` / `memory://`.
 *
 * @example
 * ```ts
 * const driver = createDriver({ url: "pglite://memory", root: process.cwd() });
 * ```
 */
export function createDriver(config: PGliteDriverConfig): PGliteDriver {
  return new PGliteDriver(config);
}
