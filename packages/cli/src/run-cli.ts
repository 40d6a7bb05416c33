import { isRetortError, type RetortErrorCode } from "@retort/core";
import { parseArgs } from "./args/parse-args";
import { CliContext, type CliIO, type DriverRegistry } from "./cli-context";
import { closestName } from "./closest-name";
import { type Command, commandHelp, globalOptions } from "./command";
import { checkCommand } from "./commands/check-command";
import { initCommand, listTemplatesCommand } from "./commands/init-commands";
import {
  branchesCommand,
  currentCommand,
  headsCommand,
  historyCommand,
  showCommand,
} from "./commands/inspect-commands";
import { lintCommand } from "./commands/lint-command";
import {
  downgradeCommand,
  ensureVersionCommand,
  stampCommand,
  upgradeCommand,
} from "./commands/migrate-commands";
import { pullCommand } from "./commands/pull-command";
import { resetCommand } from "./commands/reset-command";
import { editCommand, mergeCommand, revisionCommand } from "./commands/revision-commands";
import { squashCommand } from "./commands/squash-command";
import { databaseError } from "./database-error";

/** Every command, in the order `retort --help` lists them. */
export const commands: readonly Command[] = [
  initCommand,
  revisionCommand,
  upgradeCommand,
  downgradeCommand,
  currentCommand,
  historyCommand,
  headsCommand,
  branchesCommand,
  showCommand,
  mergeCommand,
  stampCommand,
  resetCommand,
  squashCommand,
  pullCommand,
  checkCommand,
  lintCommand,
  editCommand,
  ensureVersionCommand,
  listTemplatesCommand,
];

/** Construction input of {@link runCli}. */
export interface RunCliConfig {
  readonly io: CliIO;
  /** Drivers the host package ships, by package name. */
  readonly drivers: DriverRegistry;
  /** The version printed by `--version`. */
  readonly version: string;
}

/**
 * Exit codes: 0 success, 1 a failure (a failed migration, a database error...), 2 bad usage.
 * `check` differs (see its `errorExitCode`): 1 means differences found, 2 any error.
 */
const usageErrors = new Set<RetortErrorCode>([
  "BAD_ARGUMENT",
  "BAD_REVISION_ARGUMENT",
  "RANGE_NOT_ALLOWED",
]);

function mainHelp(version: string): string {
  const lines = [
    `retort ${version}: Alembic for TypeScript and PostgreSQL`,
    "",
    "Usage: retort <command> [options]",
    "",
    "Commands:",
    ...commands.map((command) => `  ${command.name.padEnd(16)} ${command.summary}`),
    "",
    "Global options:",
    ...globalOptions.map(
      (option) =>
        `  ${`${option.short ? `${option.short}, ` : "    "}${option.flag}`.padEnd(20)} ${option.description}`,
    ),
    "",
    "Run `retort <command> --help` for a command's options.",
  ];
  return `${lines.join("\n")}\n`;
}

/**
 * Runs one retort command line and returns its exit code. The one place errors are printed:
 * message and hint on stderr, the stack only with `--verbose`.
 *
 * @example
 * ```ts
 * process.exitCode = await runCli(process.argv.slice(2), { io, drivers, version: "0.1.0" });
 * ```
 */
export async function runCli(argv: readonly string[], config: RunCliConfig): Promise<number> {
  const { io } = config;
  const verbose = argv.includes("--verbose");
  const first = argv[0];
  if (first === undefined || first === "--help" || first === "-h" || first === "help") {
    const topic = first === "help" ? commands.find((c) => c.name === argv[1]) : undefined;
    io.stdout(topic ? commandHelp(topic) : mainHelp(config.version));
    return 0;
  }
  if (first === "--version" || first === "-V") {
    io.stdout(`${config.version}\n`);
    return 0;
  }
  const command = commands.find((c) => c.name === first);
  if (command === undefined) {
    const close = closestName(
      first,
      commands.map((c) => c.name),
    );
    io.stderr(
      `error: unknown command "${first}".\nhint: ${close ? `did you mean "${close}"? ` : ""}run \`retort --help\` for the list.\n`,
    );
    return 2;
  }
  let ctx: CliContext | undefined;
  try {
    // Help comes before validation: `retort merge --help` must not ask for its arguments first.
    const rest = argv.slice(1);
    if (rest.includes("--help") || rest.includes("-h")) {
      io.stdout(commandHelp(command));
      return 0;
    }
    const args = parseArgs(rest, [...command.options, ...globalOptions], command.args);
    ctx = new CliContext(
      io,
      {
        config: typeof args.options.config === "string" ? args.options.config : undefined,
        url: typeof args.options.url === "string" ? args.options.url : undefined,
        verbose: args.options.verbose === true,
      },
      config.drivers,
    );
    return (await command.run(ctx, args)) ?? 0;
  } catch (error) {
    const code = reportError(io, error, verbose);
    return command.errorExitCode?.(error) ?? code;
  } finally {
    await ctx?.close();
  }
}

function reportError(io: CliIO, error: unknown, verbose: boolean): number {
  if (isRetortError(error)) {
    io.stderr(`error: ${error.message}\n`);
    if (error.hint) io.stderr(`hint: ${error.hint}\n`);
    if (verbose) {
      const statement = error.details.statement;
      if (typeof statement === "string") io.stderr(`statement: ${statement}\n`);
      io.stderr(`${error.stack ?? ""}\n`);
      if (error.cause instanceof Error)
        io.stderr(`caused by: ${error.cause.stack ?? error.cause.message}\n`);
    }
    return usageErrors.has(error.code) ? 2 : 1;
  }
  const database = databaseError(error);
  if (database !== undefined) {
    io.stderr(`error: ${database.message} (SQLSTATE ${database.sqlState})\n`);
    if (database.detail !== undefined) io.stderr(`detail: ${database.detail}\n`);
    io.stderr(`hint: ${database.hint}\n`);
    if (verbose) io.stderr(`${(error as Error).stack ?? ""}\n`);
    return 1;
  }
  const message = error instanceof Error ? error.message : String(error);
  io.stderr(`error: ${message.split("\n")[0]}\n`);
  if (verbose) io.stderr(`${error instanceof Error ? error.stack : ""}\n`);
  else
    io.stderr(
      "hint: this looks like a bug in retort; run again with --verbose and report the stack.\n",
    );
  return 1;
}
