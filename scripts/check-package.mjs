#!/usr/bin/env node
// `pnpm check:package` in a public package (turbo runs it in each): packs the package exactly as
// it would be published (`pnpm pack`: `workspace:*` becomes the real version, `files` applies)
// and lints the tarball with publint and @arethetypeswrong/cli. Both read the local tarball;
// nothing is downloaded (`--no-definitely-typed` keeps attw from looking up `@types/*`).
//
// The packages are ESM-only (`"type": "module"`, `import` conditions only), so attw runs with
// `--profile esm-only`: it checks node16/nodenext ESM and bundler resolution and does not ask
// for a CommonJS build.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const bin = (name) => join(root, "node_modules", ".bin", name);
const dest = mkdtempSync(join(tmpdir(), "retort-check-package-"));
try {
  execFileSync("pnpm", ["pack", "--pack-destination", dest], {
    stdio: ["ignore", "ignore", "inherit"],
  });
  const tarball = join(
    dest,
    readdirSync(dest).find((name) => name.endsWith(".tgz")),
  );
  // `pnpm pack` copies the repository's LICENSE into a package that has none; make sure it did.
  const listing = execFileSync("tar", ["-tzf", tarball], { encoding: "utf8" });
  if (!listing.split("\n").includes("package/LICENSE")) {
    throw new Error(`${tarball} has no LICENSE: the repository root needs a LICENSE file`);
  }
  execFileSync(bin("publint"), ["run", tarball, "--strict"], { stdio: "inherit" });
  execFileSync(
    bin("attw"),
    [
      tarball,
      "--profile",
      "esm-only",
      "--no-definitely-typed",
      "--format",
      "table-flipped",
      "--no-emoji",
      "--no-color",
    ],
    { stdio: "inherit" },
  );
} catch (error) {
  process.exitCode = typeof error.status === "number" ? error.status : 1;
  if (typeof error.status !== "number") process.stderr.write(`${error.stack ?? error}\n`);
} finally {
  rmSync(dest, { recursive: true, force: true });
}
