import * as nodeModule from "node:module";
import { configImportsRetort, isOfflineCommandLine, loadsDiffer } from "./offline-command";
import { useKyselyBundle, usePgBundle } from "./package-bundles";

declare const __RETORT_VERSION__: string;

const argv = process.argv.slice(2);

// `retort --version` is what scripts call to see that retort is there: answer it before loading
// the CLI (some 500 kB of modules).
if (argv.length === 1 && ["--version", "-v", "-V", "version"].includes(argv[0]!)) {
  process.stdout.write(`${__RETORT_VERSION__}\n`);
} else {
  // retort's own source maps (some 3 MB of JSON) take longer to read than a small command
  // takes to run, and only `--verbose` prints stacks into retort: read them only then.
  if (argv.includes("--verbose")) process.setSourceMapsEnabled(true);

  // Node 22.1+ can keep the code it compiles for ES modules (retort's own are 1.2 MB) in a cache
  // in the temp folder, as TypeScript's and ESLint's commands do; Node 20 cannot.
  // NODE_DISABLE_COMPILE_CACHE=1 turns it off.
  (nodeModule as { enableCompileCache?: () => unknown }).enableCompileCache?.();

  const { createNodeIO, runCli } = await import("@retort/cli");

  // Before anything loads kysely (the CLI and core load it only when they need it): see
  // package-bundles.ts. Commands that load no kysely skip it, so that one which never connects
  // does not bundle kysely on a new machine: unless it loads the differ (which loads kysely), as
  // `upgrade --sql` does when the migrations import `retort` (not `retort/migration`), or a
  // config does with that import.
  const differ = loadsDiffer(argv, process.cwd());
  if (!isOfflineCommandLine(argv) || differ || configImportsRetort(argv, process.cwd())) {
    useKyselyBundle();
    usePgBundle();
  }

  const { shippedDrivers } = await import("./shipped-drivers");
  // Its failure, if any, is reported by the command that needs it.
  if (differ) await import("@retort/differ").catch(() => undefined);

  // From here on, the modules loaded are the project's (config, migrations, models): an error
  // they throw names the line of the user's TypeScript, through the bundle's source map.
  process.setSourceMapsEnabled(true);

  process.exitCode = await runCli(argv, {
    io: createNodeIO(),
    drivers: shippedDrivers,
    version: __RETORT_VERSION__,
  });
}
