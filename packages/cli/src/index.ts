export type { ArgumentSpec, OptionSpec, ParsedArgs } from "./args/parse-args";
export { BadArgumentError, parseArgs } from "./args/parse-args";
export type { CliIO, DriverRegistry, GlobalOptions, PromptChoice } from "./cli-context";
export { CliContext } from "./cli-context";
export type { Command } from "./command";
export { createNodeIO } from "./node-io";
export type { RunCliConfig } from "./run-cli";
export { commands, runCli } from "./run-cli";
