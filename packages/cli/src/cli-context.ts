import {
  type Driver,
  type DriverRegistry,
  loadConfig,
  loadScriptDirectory,
  Migrator,
  openDriver,
  type ResolvedConfig,
  type ScriptDirectory,
} from "@retort/core";

/** Where the CLI reads and writes; injectable so tests run it in-process. */
export interface CliIO {
  readonly cwd: string;
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  /** Whether stdin is a terminal a person can answer prompts on. */
  readonly isInteractive: boolean;
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
}

/**
 * What a command works with: output, the project (config and migration files, loaded on first
 * use), and a database connection (opened on first use).
 */
export class CliContext {
  private configPromise: Promise<ResolvedConfig> | undefined;
  private scriptDirectory: ScriptDirectory | undefined;
  private readonly closers: (() => Promise<void>)[] = [];
  private openMigrator: Migrator | undefined;

  constructor(
    readonly io: CliIO,
    readonly global: GlobalOptions,
    /** The driver packages the host ships (for commands that open a database of their own). */
    readonly drivers: DriverRegistry,
  ) {}

  /** Prints a line to stdout. */
  out(line = ""): void {
    this.io.stdout(`${line}\n`);
  }

  /** Prints a line to stderr (progress, notes, warnings). */
  note(line: string): void {
    this.io.stderr(`${line}\n`);
  }

  /** Prints a value as JSON on stdout. */
  json(value: unknown): void {
    this.io.stdout(`${JSON.stringify(value, null, 2)}\n`);
  }

  /** The project's config, loaded once. */
  async config(): Promise<ResolvedConfig> {
    this.configPromise ??= loadConfig({ cwd: this.io.cwd, configFile: this.global.config }).then(
      (config) => (this.global.url === undefined ? config : { ...config, url: this.global.url }),
    );
    return this.configPromise;
  }

  /** The migration files, read once. */
  async scripts(): Promise<ScriptDirectory> {
    if (this.scriptDirectory === undefined) {
      const config = await this.config();
      this.scriptDirectory = loadScriptDirectory(config);
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
    const driver = await openDriver(config, this.drivers, (message) => this.note(message));
    if (config.url === undefined) {
      this.note(`Using the ${driver.displayTarget} (no url configured).`);
    } else if (this.global.verbose) {
      this.note(`Connecting to ${driver.displayTarget}.`);
    }
    return driver;
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

  /** Closes whatever the command opened. */
  async close(): Promise<void> {
    for (const close of this.closers.splice(0).reverse()) {
      await close().catch(() => {});
    }
  }
}
