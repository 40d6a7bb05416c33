import { useKyselyBundle } from "./kysely-bundle";
import { isOfflineCommandLine } from "./offline-command";

declare const __RETORT_VERSION__: string;

const argv = process.argv.slice(2);

// `retort --version` is what scripts call to see that retort is there: answer it before loading
// the CLI (some 500 kB of modules).
if (argv.length === 1 && ["--version", "-v", "-V", "version"].includes(argv[0]!)) {
  process.stdout.write(`${__RETORT_VERSION__}\n`);
} else {
  // Before anything imports kysely: see kysely-bundle.ts. On Node 20 it starts a loader thread
  // that costs more than `heads` on a thousand migrations, so commands that never connect skip it.
  if (!isOfflineCommandLine(argv)) useKyselyBundle();

  // Stack traces from `--verbose` should point into the user's TypeScript, not the bundle.
  process.setSourceMapsEnabled(true);

  const { createNodeIO, runCli } = await import("@retort/cli");
  const { shippedDrivers } = await import("./shipped-drivers");

  process.exitCode = await runCli(argv, {
    io: createNodeIO(),
    drivers: shippedDrivers,
    version: __RETORT_VERSION__,
  });
}
