import { createNodeIO, runCli } from "@retort/cli";
import { shippedDrivers } from "./shipped-drivers";

declare const __RETORT_VERSION__: string;

// Stack traces from `--verbose` should point into the user's TypeScript, not the bundle.
process.setSourceMapsEnabled(true);

process.exitCode = await runCli(process.argv.slice(2), {
  io: createNodeIO(),
  drivers: shippedDrivers,
  version: __RETORT_VERSION__,
});
