import { parseArgs as nodeParseArgs } from "node:util";
import { RetortError } from "@retort/core";
import { closestName } from "../closest-name";

/** One option a command accepts. */
export interface OptionSpec {
  /** The key in the parsed result, for example `"branchLabel"`. */
  readonly name: string;
  /** The long flag, for example `"--branch-label"`. */
  readonly flag: string;
  readonly short?: string;
  /** `boolean` flags take no value; `list` may repeat. */
  readonly type: "boolean" | "string" | "list";
  readonly placeholder?: string;
  readonly description: string;
}

/** One positional argument. */
export interface ArgumentSpec {
  readonly name: string;
  readonly required?: boolean;
  /** Takes every remaining positional. */
  readonly variadic?: boolean;
  readonly description: string;
}

/** What a command line parses to. */
export interface ParsedArgs {
  readonly positionals: readonly string[];
  readonly options: Readonly<Record<string, string | boolean | readonly string[] | undefined>>;
}

/** The command line is wrong: an unknown flag, a missing value or argument. */
export class BadArgumentError extends RetortError {
  constructor(message: string, hint?: string) {
    super("BAD_ARGUMENT", message, { hint: hint ?? "see `retort <command> --help`." });
    this.name = "BadArgumentError";
  }
}

// Alembic's relative targets (`-1`, `+2`) look like flags; they are positionals.
const relativeTarget = /^[+-]\d+$/;

/**
 * Parses arguments against a command's options: `--flag value`, `--flag=value`, `-m value`,
 * repeated list flags, `--` to end options, and `-1`/`+2` read as positionals.
 *
 * Node's `util.parseArgs` splits the command line (in tokens mode, so that what it cannot know
 * stays ours): it loads nothing and keeps our `--help` and messages, where `commander`, `cac`
 * or `citty` would bring their own help, errors and start-up cost. Its strict mode would reject
 * `-1` and a value starting with a dash, so it runs lenient and each token is checked here.
 *
 * @example
 * ```ts
 * parseArgs(["-m", "add table", "--autogenerate"], options, args);
 * ```
 */
export function parseArgs(
  argv: readonly string[],
  options: readonly OptionSpec[],
  args: readonly ArgumentSpec[],
): ParsedArgs {
  const byFlag = new Map<string, OptionSpec>();
  const config: Record<string, { type: "string" | "boolean"; short?: string }> = {};
  for (const option of options) {
    byFlag.set(option.flag, option);
    if (option.short !== undefined) byFlag.set(option.short, option);
    config[option.flag.slice(2)] = {
      type: option.type === "boolean" ? "boolean" : "string",
      ...(option.short !== undefined ? { short: option.short.slice(1) } : {}),
    };
  }
  const { tokens } = nodeParseArgs({
    args: [...argv],
    options: config,
    strict: false,
    allowPositionals: true,
    tokens: true,
  });
  const positionals: string[] = [];
  const parsed: Record<string, string | boolean | string[] | undefined> = {};
  // A short group (`-12`) gives one token per letter, all with the group's index.
  const readIndexes = new Set<number>();
  for (const token of tokens) {
    if (token.kind === "option-terminator") continue;
    if (token.kind === "positional") {
      positionals.push(token.value);
      continue;
    }
    const raw = argv[token.index]!;
    if (readIndexes.has(token.index)) continue;
    if (relativeTarget.test(raw)) {
      readIndexes.add(token.index);
      positionals.push(raw);
      continue;
    }
    const option = byFlag.get(token.rawName);
    if (option === undefined) {
      const flag = raw.startsWith("--") ? raw.split("=")[0]! : raw;
      const close = closestName(
        flag,
        options.map((o) => o.flag),
      );
      throw new BadArgumentError(
        `Unknown option ${flag}.`,
        close !== undefined
          ? `did you mean ${close}? See --help.`
          : "see --help for the options this command takes.",
      );
    }
    if (option.type === "boolean") {
      if (token.value !== undefined) {
        if (token.value !== "true" && token.value !== "false") {
          throw new BadArgumentError(`${option.flag} takes no value (got "${token.value}").`);
        }
        parsed[option.name] = token.value === "true";
      } else {
        parsed[option.name] = true;
      }
      continue;
    }
    const value = token.value;
    // A value may start with "-" (`-m "-fix typo"`) as long as it is not one of the flags.
    const valueFlag = value?.startsWith("--") ? value.split("=")[0] : value;
    if (
      value === undefined ||
      (!token.inlineValue && valueFlag !== undefined && byFlag.has(valueFlag))
    ) {
      throw new BadArgumentError(
        `${option.flag} needs a value${option.placeholder ? ` (${option.placeholder})` : ""}.`,
      );
    }
    if (option.type === "list") {
      const list = (parsed[option.name] as string[] | undefined) ?? [];
      list.push(value);
      parsed[option.name] = list;
    } else {
      if (parsed[option.name] !== undefined)
        throw new BadArgumentError(`${option.flag} is given twice.`);
      parsed[option.name] = value;
    }
  }
  const hasVariadic = args.some((arg) => arg.variadic);
  if (!hasVariadic && positionals.length > args.length) {
    throw new BadArgumentError(
      `Unexpected argument "${positionals[args.length]}".`,
      args.length === 0 ? "this command takes no arguments; see --help." : undefined,
    );
  }
  args.forEach((arg, index) => {
    if (arg.required && positionals[index] === undefined) {
      throw new BadArgumentError(`Missing argument <${arg.name}>: ${arg.description}`);
    }
  });
  return { positionals, options: parsed };
}
