import type { ArgumentSpec, OptionSpec, ParsedArgs } from "./args/parse-args";
import type { CliContext } from "./cli-context";

/** One `retort <name>` command. */
export interface Command {
  readonly name: string;
  /** One line for the command list. */
  readonly summary: string;
  /** More, for `--help`. */
  readonly description?: string;
  readonly args: readonly ArgumentSpec[];
  readonly options: readonly OptionSpec[];
  readonly examples?: readonly string[];
  /**
   * The exit code of a failure (an error thrown), when it must differ from the usual 1 (2 for
   * bad usage): `check` keeps 1 for "differences found", so its errors exit 2.
   */
  readonly errorExitCode?: (error: unknown) => number;
  /** Returns the exit code (default 0). */
  run(ctx: CliContext, args: ParsedArgs): Promise<number | undefined>;
}

/** Options every command takes. */
export const globalOptions: readonly OptionSpec[] = [
  {
    name: "config",
    flag: "--config",
    short: "-c",
    type: "string",
    placeholder: "file",
    description: "the config file (default: retort.config.ts, looked up from the working folder)",
  },
  {
    name: "url",
    flag: "--url",
    type: "string",
    placeholder: "url",
    description: "the database URL, overriding the config's `url`",
  },
  {
    name: "env",
    flag: "--env",
    type: "string",
    placeholder: "name",
    description: "use one of the config's `environments` (default: $RETORT_ENV)",
  },
  {
    name: "x",
    flag: "--x-arg",
    short: "-x",
    type: "list",
    placeholder: "key=value",
    description: "an argument for the config (written as a function) and `op.run` callbacks",
  },
  {
    name: "verbose",
    flag: "--verbose",
    type: "boolean",
    description: "more detail; errors show their stack",
  },
  { name: "help", flag: "--help", short: "-h", type: "boolean", description: "show this help" },
];

/** `--json` for commands a script might read. */
export const jsonOption: OptionSpec = {
  name: "json",
  flag: "--json",
  type: "boolean",
  description: "print JSON for scripts instead of text",
};

/** `-m` / `--message` for commands that write a revision. */
export function messageOption(description: string): OptionSpec {
  return {
    name: "message",
    flag: "--message",
    short: "-m",
    type: "string",
    placeholder: "text",
    description,
  };
}

/** `--rev-id` for commands that write a revision. */
export function revIdOption(description: string): OptionSpec {
  return { name: "revId", flag: "--rev-id", type: "string", placeholder: "id", description };
}

/** `--sql` for commands that can render offline. */
export const sqlOption: OptionSpec = {
  name: "sql",
  flag: "--sql",
  type: "boolean",
  description: "offline: print the SQL instead of running it; no database is touched",
};

/** Reads a string option. */
export function stringOption(args: ParsedArgs, name: string): string | undefined {
  const value = args.options[name];
  return typeof value === "string" ? value : undefined;
}

/** Reads a boolean option. */
export function flag(args: ParsedArgs, name: string): boolean {
  return args.options[name] === true;
}

/** Reads a repeatable option. */
export function listOption(args: ParsedArgs, name: string): string[] {
  const value = args.options[name];
  return Array.isArray(value) ? [...value] : [];
}

/** Renders `retort <command> --help`. */
export function commandHelp(command: Command): string {
  const args = command.args
    .map((arg) => (arg.required ? `<${arg.name}>` : `[${arg.name}]`) + (arg.variadic ? "..." : ""))
    .join(" ");
  const lines = [
    `Usage: retort ${command.name}${command.options.length > 0 ? " [options]" : ""}${args ? ` ${args}` : ""}`,
    "",
    command.summary,
  ];
  if (command.description) lines.push("", command.description);
  if (command.args.length > 0) {
    lines.push("", "Arguments:");
    for (const arg of command.args) lines.push(`  ${arg.name.padEnd(24)} ${arg.description}`);
  }
  // A command's own --verbose (with -v, as Alembic's listings have it) stands for the global one.
  const options = [
    ...command.options,
    ...globalOptions.filter((global) => !command.options.some((o) => o.flag === global.flag)),
  ];
  lines.push("", "Options:");
  for (const option of options) {
    const name = `${option.short ? `${option.short}, ` : "    "}${option.flag}${option.type === "boolean" ? "" : ` <${option.placeholder ?? "value"}>`}`;
    lines.push(
      `  ${name.padEnd(30)} ${option.description}${option.type === "list" ? " (repeatable)" : ""}`,
    );
  }
  if (command.examples && command.examples.length > 0) {
    lines.push("", "Examples:");
    for (const example of command.examples) lines.push(`  ${example}`);
  }
  return `${lines.join("\n")}\n`;
}
