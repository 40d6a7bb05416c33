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
  for (const option of options) {
    byFlag.set(option.flag, option);
    if (option.short !== undefined) byFlag.set(option.short, option);
  }
  const positionals: string[] = [];
  const parsed: Record<string, string | boolean | string[] | undefined> = {};
  let i = 0;
  let onlyPositionals = false;
  while (i < argv.length) {
    const token = argv[i]!;
    i++;
    if (onlyPositionals || !token.startsWith("-") || token === "-" || relativeTarget.test(token)) {
      positionals.push(token);
      continue;
    }
    if (token === "--") {
      onlyPositionals = true;
      continue;
    }
    const eq = token.startsWith("--") ? token.indexOf("=") : -1;
    const flag = eq === -1 ? token : token.slice(0, eq);
    const option = byFlag.get(flag);
    if (option === undefined) {
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
      if (eq !== -1) {
        const value = token.slice(eq + 1);
        if (value !== "true" && value !== "false") {
          throw new BadArgumentError(`${option.flag} takes no value (got "${value}").`);
        }
        parsed[option.name] = value === "true";
      } else {
        parsed[option.name] = true;
      }
      continue;
    }
    let value: string;
    if (eq !== -1) {
      value = token.slice(eq + 1);
    } else {
      const next = argv[i];
      // A value may start with "-" (`-m "-fix typo"`) as long as it is not one of the flags.
      const nextFlag = next?.startsWith("--") ? next.split("=")[0] : next;
      if (next === undefined || (nextFlag !== undefined && byFlag.has(nextFlag))) {
        throw new BadArgumentError(
          `${option.flag} needs a value${option.placeholder ? ` (${option.placeholder})` : ""}.`,
        );
      }
      value = next;
      i++;
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
