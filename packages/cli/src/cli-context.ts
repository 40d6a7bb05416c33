import {
  type Driver,
  type DriverRegistry,
  loadConfig,
  loadScriptDirectory,
  Migrator,
  openDriver,
  type ResolvedConfig,
  RetortError,
  type ScriptDirectory,
} from "@retort/core";
import { createColors } from "picocolors";

/** Where the CLI reads and writes; injectable so tests run it in-process. */
export interface CliIO {
  readonly cwd: string;
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  /** Whether stdin is a terminal a person can answer prompts on. */
  readonly isInteractive: boolean;
  /**
   * Whether output goes to a terminal that shows colours. `NO_COLOR` and `FORCE_COLOR` in
   * {@link CliIO.env} override it.
   */
  readonly colors?: boolean;
  /** Whether stderr is a terminal, where a line can be redrawn in place (live elapsed times). */
  readonly stderrIsTerminal?: boolean;
  /** Reads one line from stdin (for confirmations). */
  readonly readLine: (prompt: string) => Promise<string | undefined>;
  /**
   * Asks a person to pick one of `choices` (by `value`); `undefined` when they cancel. Without
   * it, questions are asked with {@link CliIO.readLine}.
   */
  readonly select?: (
    question: string,
    choices: readonly PromptChoice[],
  ) => Promise<string | undefined>;
}

/** One answer of {@link CliIO.select}. */
export interface PromptChoice {
  readonly value: string;
  readonly label: string;
}

export type { DriverRegistry };

/** The global options, parsed. */
export interface GlobalOptions {
  readonly config: string | undefined;
  readonly url: string | undefined;
  readonly verbose: boolean;
  /** `--env`, or `RETORT_ENV`. */
  readonly environment?: string | undefined;
  /** `-x key=value`. */
  readonly x?: Readonly<Record<string, string>> | undefined;
}

/**
 * What a command works with: output, the project (config and migration files, loaded on first
 * use), and a database connection (opened on first use).
 */
export class CliContext {
  /** Colours for terminal output; plain text when off. */
  readonly colors: Colors;
  private configPromise: Promise<ResolvedConfig> | undefined;
  private scriptDirectory: ScriptDirectory | undefined;
  private readonly closers: (() => Promise<void>)[] = [];
  private readonly errorCleanups: (() => void)[] = [];
  private openMigrator: Migrator | undefined;

  constructor(
    readonly io: CliIO,
    readonly global: GlobalOptions,
    /** The driver packages the host ships (for commands that open a database of their own). */
    readonly drivers: DriverRegistry,
  ) {
    this.colors = terminalColors(io);
  }

  /** Prints a line to stdout. */
  out(line = ""): void {
    this.io.stdout(`${line}\n`);
  }

  /** Prints a line to stderr (progress, notes, warnings); `warning:` stands out in colour. */
  note(line: string): void {
    const text = line.startsWith("warning:")
      ? `${this.colors.yellow("warning:")}${line.slice("warning:".length)}`
      : line;
    this.io.stderr(`${text}\n`);
  }

  /** Prints a value as JSON on stdout. */
  json(value: unknown): void {
    this.io.stdout(`${JSON.stringify(value, null, 2)}\n`);
  }

  /** The project's config, loaded once. */
  async config(): Promise<ResolvedConfig> {
    this.configPromise ??= loadConfig({
      cwd: this.io.cwd,
      configFile: this.global.config,
      environment: this.global.environment,
      x: this.global.x,
      url: this.global.url,
    });
    return this.configPromise;
  }

  /**
   * The migration files, read once. `missingOk` reads a versions folder that does not exist yet
   * as empty (for `pull`, which writes the first migration); later calls reuse what was read.
   */
  async scripts(options: { missingOk?: boolean } = {}): Promise<ScriptDirectory> {
    if (this.scriptDirectory === undefined) {
      const config = await this.config();
      this.scriptDirectory = loadScriptDirectory(config, options);
    }
    return this.scriptDirectory;
  }

  /** Forgets the files read, after a command wrote one. */
  invalidateScripts(): void {
    this.scriptDirectory = undefined;
  }

  /** Opens the configured driver, and says where it connects (password masked). */
  async driver(): Promise<Driver> {
    const config = await this.config();
    const served = await this.servedUrl(config);
    if (served !== undefined) {
      // The folder is locked by `retort db serve`: reach the database through its socket.
      this.note(`Using the embedded database through \`retort db serve\` at ${served}.`);
      return openDriver({ ...config, url: served }, this.drivers, (message) => this.note(message));
    }
    const driver = await openDriver(config, this.drivers, (message) => this.note(message));
    if (config.url === undefined) {
      this.note(`Using the ${driver.displayTarget} (no url configured).`);
    } else if (this.global.verbose) {
      this.note(`Connecting to ${driver.displayTarget}.`);
    }
    return driver;
  }

  /**
   * Where `retort db serve` serves the configured embedded database, while it runs; `undefined`
   * for a server URL, a driver of the config's own, or no server running.
   */
  private async servedUrl(config: ResolvedConfig): Promise<string | undefined> {
    const embedded = config.url === undefined || /^pglite:\/\//i.test(config.url.trim());
    const load = this.drivers["@retort/driver-pglite"];
    if (!embedded || config.driver !== undefined || load === undefined) return undefined;
    const module = (await load()) as {
      servedUrl?: (url: string | undefined, root: string) => string | undefined;
    };
    return module.servedUrl?.(config.url, config.root);
  }

  /** A driver package the host ships (`@retort/driver-pglite`), for what only it can do. */
  async driverPackage(name: string): Promise<Record<string, unknown>> {
    const load = this.drivers[name];
    if (load === undefined) {
      throw new RetortError("DRIVER_NOT_FOUND", `This retort has no ${name}.`, {
        hint: `install the \`retort\` package, which ships it (or \`pnpm add ${name}\`).`,
      });
    }
    return (await load()) as unknown as Record<string, unknown>;
  }

  /** Runs `cleanup` before an error is printed (to erase a line drawn in place). */
  beforeError(cleanup: () => void): void {
    this.errorCleanups.push(cleanup);
  }

  /** Runs what {@link CliContext.beforeError} registered. */
  clearForError(): void {
    for (const cleanup of this.errorCleanups.splice(0)) cleanup();
  }

  /** Runs `close` when the command ends, whatever happens. */
  onClose(close: () => Promise<void>): void {
    this.closers.push(close);
  }

  /** A migrator on the configured database, closed when the command ends. */
  async migrator(): Promise<Migrator> {
    const config = await this.config();
    const scripts = await this.scripts();
    if (this.openMigrator === undefined) {
      const migrator = new Migrator({ config, scripts, driver: await this.driver() });
      this.closers.push(() => migrator.close());
      this.openMigrator = migrator;
    } else {
      // One connection per command (an embedded database admits one), with the files as they are now.
      this.openMigrator.useScripts(scripts);
    }
    return this.openMigrator;
  }

  /**
   * A signal aborted on the first Ctrl-C (SIGINT) or SIGTERM while the command runs, for work
   * that stops cleanly ({@link MigrateOptions.signal}); the second one ends the process at once.
   */
  interruptSignal(): AbortSignal {
    const controller = new AbortController();
    const onSignal = () => {
      if (controller.signal.aborted) {
        process.exit(130);
      }
      this.note(
        "Interrupted: stopping. Nothing starts after the migration in progress; a transactional one is cancelled on the server and rolled back where the server allows it (not an embedded database), a non-transactional one finishes first. Press Ctrl-C again to quit at once.",
      );
      controller.abort();
    };
    process.on("SIGINT", onSignal);
    process.on("SIGTERM", onSignal);
    this.closers.push(async () => {
      process.off("SIGINT", onSignal);
      process.off("SIGTERM", onSignal);
    });
    return controller.signal;
  }

  /** Closes whatever the command opened. */
  async close(): Promise<void> {
    for (const close of this.closers.splice(0).reverse()) {
      await close().catch(() => {});
    }
  }
}

/** The colour functions picocolors makes, on or off. */
export type Colors = ReturnType<typeof createColors>;

/**
 * Colours when the output is a terminal, as picocolors decides for a process, but from the
 * injected I/O: `NO_COLOR` turns them off, `FORCE_COLOR` (other than `0`) on.
 */
export function terminalColors(io: Pick<CliIO, "env" | "colors">): Colors {
  const force = io.env.FORCE_COLOR;
  const enabled =
    force !== undefined && force !== ""
      ? force !== "0"
      : io.env.NO_COLOR !== undefined && io.env.NO_COLOR !== ""
        ? false
        : io.colors === true;
  return createColors(enabled);
}
