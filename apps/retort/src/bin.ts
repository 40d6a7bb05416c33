import { useKyselyBundle } from "./kysely-bundle";

declare const __RETORT_VERSION__: string;

// Before anything imports kysely: see kysely-bundle.ts.
useKyselyBundle();

// Stack traces from `--verbose` should point into the user's TypeScript, not the bundle.
process.setSourceMapsEnabled(true);

const { createNodeIO, runCli } = await import("@retort/cli");
const { shippedDrivers } = await import("./shipped-drivers");

process.exitCode = await runCli(process.argv.slice(2), {
  io: createNodeIO(),
  drivers: shippedDrivers,
  version: __RETORT_VERSION__,
});
