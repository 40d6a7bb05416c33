import { isRetortError, RetortError, type RetortErrorCode } from "@retort/core";
import { parseArgs } from "./args/parse-args";
import { CliContext, type CliIO, type DriverRegistry, terminalColors } from "./cli-context";
import { closestName } from "./closest-name";
import { type Command, commandHelp, globalOptions, jsonOption, listOption } from "./command";
import { checkCommand } from "./commands/check-command";
import { dbCommand } from "./commands/db-command";
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
import { statusCommand } from "./commands/status-command";
import { testCommand } from "./commands/test-command";
import { databaseError, errorBody, systemError } from "./database-error";
import { projectHint } from "./package-runner";

/** Every command, in the order `retort --help` lists them. */
export const commands: readonly Command[] = [
  initCommand,
  revisionCommand,
  upgradeCommand,
  downgradeCommand,
  statusCommand,
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
  dbCommand,
  testCommand,
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
// A revision argument that names nothing, or too much, is bad usage too: the same exit code
// whichever command was given it.
const usageErrors = new Set<RetortErrorCode>([
  "BAD_ARGUMENT",
  "BAD_REVISION_ARGUMENT",
  "RANGE_NOT_ALLOWED",
  "RANGE_BACKWARDS",
  "UNKNOWN_REVISION",
  "AMBIGUOUS_REVISION",
  "UNKNOWN_BRANCH_LABEL",
  "RELATIVE_OUT_OF_RANGE",
  "AMBIGUOUS_RELATIVE",
  "MULTIPLE_HEADS",
  "TEMPLATE_NOT_FOUND",
]);

function mainHelp(version: string): string {
  const lines = [
    `retort ${version}: Alembic for TypeScript and PostgreSQL`,
    "",
    "Usage: retort <command> [options]",
    "",
    "Commands:",
    ...commands.map((command) => `  ${command.name.padEnd(16)} ${command.summary}`),
    // Not a Command (it needs no config, options or context), but a command all the same.
    `  ${"version".padEnd(16)} Print retort's version (also -v, --version).`,
    "",
    "Global options:",
    ...globalOptions.map(
      (option) =>
        `  ${`${option.short ? `${option.short}, ` : "    "}${option.flag}`.padEnd(20)} ${option.description}`,
    ),
    "",
    "Global options go before or after the command (`retort -c alt.config.ts upgrade head`).",
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
  const json = argv.includes("--json");
  let hoisted: string[];
  try {
    hoisted = hoistGlobalOptions(argv);
  } catch (error) {
    return reportError(io, error, verbose, json);
  }
  const first = hoisted[0];
  if (first === undefined || first === "--help" || first === "-h" || first === "help") {
    const topic = first === "help" ? commands.find((c) => c.name === hoisted[1]) : undefined;
    io.stdout(topic ? commandHelp(topic) : mainHelp(config.version));
    return 0;
  }
  if (first === "--version" || first === "-V" || first === "-v" || first === "version") {
    if (hoisted.includes("--help") || hoisted.includes("-h")) {
      io.stdout(
        "Usage: retort version [--json]\n\nPrint retort's version (also `retort --version`, `-v`, `-V`).\n",
      );
      return 0;
    }
    io.stdout(json ? `${JSON.stringify({ version: config.version })}\n` : `${config.version}\n`);
    return 0;
  }
  const command = commands.find((c) => c.name === first);
  if (command === undefined) {
    const close = closestName(
      first,
      commands.map((c) => c.name),
    );
    const error = new RetortError("BAD_ARGUMENT", `Unknown command "${first}".`, {
      hint: `${close ? `did you mean "${close}"? ` : ""}run \`retort --help\` for the list.`,
    });
    return reportError(io, error, verbose, json);
  }
  let ctx: CliContext | undefined;
  try {
    // Help comes before validation: `retort merge --help` must not ask for its arguments first.
    const rest = hoisted.slice(1);
    if (rest.includes("--help") || rest.includes("-h")) {
      io.stdout(commandHelp(command));
      return 0;
    }
    const args = parseArgs(rest, [...command.options, ...globalOptions], command.args);
    if (args.options.sql === true && args.options.json === true) {
      throw new RetortError(
        "BAD_ARGUMENT",
        "--sql and --json cannot go together: --sql writes the SQL script itself to stdout.",
        { hint: "leave out --json to get the script, or --sql to run the command." },
      );
    }
    ctx = new CliContext(
      io,
      {
        config: typeof args.options.config === "string" ? args.options.config : undefined,
        url: typeof args.options.url === "string" ? args.options.url : undefined,
        verbose: args.options.verbose === true,
        environment:
          typeof args.options.env === "string" ? args.options.env : io.env.RETORT_ENV || undefined,
        x: parseXArguments(listOption(args, "x")),
      },
      config.drivers,
    );
    return (await command.run(ctx, args)) ?? 0;
  } catch (error) {
    ctx?.clearForError();
    // `heads -v` is `heads --verbose`: its error shows the stack too.
    const code = reportError(
      io,
      error,
      verbose || ctx?.global.verbose === true,
      json && command.options.includes(jsonOption),
    );
    return command.errorExitCode?.(error) ?? code;
  } finally {
    await ctx?.close();
  }
}

/** `-x key=value` arguments as an object; a value may hold `=`. */
export function parseXArguments(values: readonly string[]): Record<string, string> {
  const x: Record<string, string> = {};
  for (const value of values) {
    const at = value.indexOf("=");
    if (at <= 0) {
      throw new RetortError("BAD_ARGUMENT", `-x takes key=value (got "${value}").`, {
        hint: "for example `retort upgrade head -x seed=yes`.",
      });
    }
    x[value.slice(0, at)] = value.slice(at + 1);
  }
  return x;
}

/**
 * Moves global options written before the command (`retort -c alt.config.ts upgrade head`, as
 * Alembic users type them) after it, where each command's parser reads them.
 */
export function hoistGlobalOptions(argv: readonly string[]): string[] {
  const leading: string[] = [];
  let index = 0;
  while (index < argv.length) {
    const token = argv[index]!;
    const [name] = token.split("=", 1);
    const option = globalOptions.find((o) => o.flag === name || o.short === name);
    if (option === undefined || option.name === "help") break;
    leading.push(token);
    index++;
    if (option.type !== "boolean" && !token.includes("=")) {
      const value = argv[index];
      if (value === undefined) {
        throw new RetortError("BAD_ARGUMENT", `${option.flag} needs a value.`, {
          hint: "global options go before or after the command: `retort -c alt.config.ts upgrade head`.",
        });
      }
      leading.push(value);
      index++;
    }
  }
  if (leading.length === 0) return [...argv];
  const command = argv[index];
  if (command === undefined) {
    // `retort --url current`: the command was taken as the option's value.
    throw new RetortError("BAD_ARGUMENT", `No command after ${leading.join(" ")}.`, {
      hint: "write the command after the global options and their values (`retort --url postgres://... current`); `retort --help` lists the commands.",
    });
  }
  return [command, ...leading, ...argv.slice(index + 1)];
}

function reportError(io: CliIO, error: unknown, verbose: boolean, json = false): number {
  if (json) reportJsonError(io, error);
  const c = terminalColors(io);
  const label = c.bold(c.red("error:"));
  const hint = c.cyan("hint:");
  if (isRetortError(error)) {
    io.stderr(`${label} ${error.message}\n`);
    // The statement a migration failed at, when the server said where: on one line, and cut
    // short without --verbose (a function body can be pages long).
    const statement = error.details.statement;
    if (typeof statement === "string") {
      const line = statement.replace(/\s+/g, " ").trim();
      io.stderr(
        `statement: ${verbose || line.length <= 200 ? line : `${line.slice(0, 200)}...`}\n`,
      );
    }
    if (error.hint) io.stderr(`${hint} ${projectHint(error.hint, io.cwd)}\n`);
    if (verbose) {
      io.stderr(`${error.stack ?? ""}\n`);
      if (error.cause instanceof Error)
        io.stderr(`caused by: ${error.cause.stack ?? error.cause.message}\n`);
    }
    // As a shell reports a command ended by Ctrl-C.
    if (error.code === "CANCELLED") return 130;
    return usageErrors.has(error.code) ? 2 : 1;
  }
  const database = databaseError(error);
  if (database !== undefined) {
    io.stderr(`${label} ${database.message} (SQLSTATE ${database.sqlState})\n`);
    if (database.detail !== undefined) io.stderr(`detail: ${database.detail}\n`);
    io.stderr(`${hint} ${database.hint}\n`);
    if (verbose) io.stderr(`${(error as Error).stack ?? ""}\n`);
    return 1;
  }
  const system = systemError(error);
  if (system !== undefined) {
    io.stderr(`${label} ${system.message}\n${hint} ${system.hint}\n`);
    if (verbose) io.stderr(`${(error as Error).stack ?? ""}\n`);
    return 1;
  }
  const message = error instanceof Error ? error.message : String(error);
  io.stderr(`${label} ${message.split("\n")[0]}\n`);
  if (verbose) io.stderr(`${error instanceof Error ? error.stack : ""}\n`);
  else
    io.stderr(
      `${hint} this looks like a bug in retort; run again with --verbose and report the stack.\n`,
    );
  return 1;
}

/**
 * Under `--json` a script reads stdout: the error goes there too, as
 * `{ "error": { code, message, hint } }`, while stderr keeps the lines a person reads.
 */
function reportJsonError(io: CliIO, error: unknown): void {
  const body = errorBody(error);
  io.stdout(
    `${JSON.stringify({ error: { ...body, hint: projectHint(body.hint, io.cwd) } }, null, 2)}\n`,
  );
}
