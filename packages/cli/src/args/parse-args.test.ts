import { describe, expect, it } from "vitest";
import { type ArgumentSpec, type OptionSpec, parseArgs } from "./parse-args";

const options: OptionSpec[] = [
  { name: "message", flag: "--message", short: "-m", type: "string", description: "m" },
  { name: "sql", flag: "--sql", type: "boolean", description: "s" },
  { name: "branchLabel", flag: "--branch-label", type: "list", description: "b" },
  { name: "help", flag: "--help", short: "-h", type: "boolean", description: "h" },
];
const args: ArgumentSpec[] = [{ name: "revision", description: "where to" }];

function failure(argv: string[], argSpecs: ArgumentSpec[] = args) {
  try {
    parseArgs(argv, options, argSpecs);
  } catch (error) {
    const e = error as { code: string; message: string; hint?: string };
    return { code: e.code, message: e.message, hint: e.hint };
  }
  throw new Error("expected a failure");
}

describe("parseArgs", () => {
  it("reads values inline or after the flag, repeated lists and booleans", () => {
    expect(
      parseArgs(
        ["head", "-m", "x", "--sql", "--branch-label=a", "--branch-label", "b"],
        options,
        args,
      ),
    ).toEqual({
      positionals: ["head"],
      options: { message: "x", sql: true, branchLabel: ["a", "b"] },
    });
    expect(parseArgs(["--message=a=b", "--sql=false"], options, args).options).toEqual({
      message: "a=b",
      sql: false,
    });
  });

  it("reads relative targets as positionals, and a value that starts with a dash", () => {
    expect(parseArgs(["-1", "--sql"], options, args).positionals).toEqual(["-1"]);
    expect(parseArgs(["+2"], options, args).positionals).toEqual(["+2"]);
    expect(parseArgs(["-12"], options, args).positionals).toEqual(["-12"]);
    expect(parseArgs(["-m", "-fix typo"], options, args).options.message).toBe("-fix typo");
    expect(parseArgs(["-m", "-1"], options, args)).toEqual({
      positionals: [],
      options: { message: "-1" },
    });
    expect(parseArgs(["--", "--sql"], options, args).positionals).toEqual(["--sql"]);
    expect(parseArgs(["-"], options, args).positionals).toEqual(["-"]);
  });

  it("names an unknown option and the closest known one", () => {
    expect(failure(["--sqll"])).toEqual({
      code: "BAD_ARGUMENT",
      message: "Unknown option --sqll.",
      hint: "did you mean --sql? See --help.",
    });
    expect(failure(["--sqll=1"]).message).toBe("Unknown option --sqll.");
    expect(failure(["-sql"]).hint).toBe("did you mean --sql? See --help.");
    expect(failure(["-x"])).toEqual({
      code: "BAD_ARGUMENT",
      message: "Unknown option -x.",
      hint: "see --help for the options this command takes.",
    });
  });

  it("says which value or argument is missing or wrong", () => {
    expect(failure(["-m"]).message).toBe("--message needs a value.");
    expect(failure(["-m", "--sql"]).message).toBe("--message needs a value.");
    expect(failure(["-m", "--branch-label=x"]).message).toBe("--message needs a value.");
    expect(failure(["--sql=yes"]).message).toBe('--sql takes no value (got "yes").');
    expect(failure(["-m", "a", "--message", "b"]).message).toBe("--message is given twice.");
    expect(failure(["a", "b"]).message).toBe('Unexpected argument "b".');
    expect(failure(["a"], []).hint).toBe("this command takes no arguments; see --help.");
    expect(
      failure([], [{ name: "rev", required: true, description: "the revision" }]).message,
    ).toBe("Missing argument <rev>: the revision");
    expect(
      parseArgs(["a", "b", "c"], options, [{ name: "rev", variadic: true, description: "r" }])
        .positionals,
    ).toEqual(["a", "b", "c"]);
  });
});
