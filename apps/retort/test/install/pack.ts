import { execFile } from "node:child_process";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { promisify } from "node:util";

const run = promisify(execFile);

/** A workspace package that is published. */
export interface PublicPackage {
  readonly name: string;
  readonly version: string;
  readonly dir: string;
}

/** Every package under `apps/` and `packages/` that is not private. */
export function publicPackages(workspaceRoot: string): PublicPackage[] {
  const found: PublicPackage[] = [];
  for (const group of ["apps", "packages"]) {
    for (const entry of readdirSync(join(workspaceRoot, group), { withFileTypes: true })) {
      const dir = join(workspaceRoot, group, entry.name);
      const manifestPath = join(dir, "package.json");
      if (!entry.isDirectory() || !existsSync(manifestPath)) continue;
      const manifest = JSON.parse(readFileSync(manifestPath, "utf8")) as {
        name: string;
        version: string;
        private?: boolean;
      };
      if (manifest.private !== true) {
        found.push({ name: manifest.name, version: manifest.version, dir });
      }
    }
  }
  return found;
}

/**
 * Packs the packages with `pnpm pack` (as `pnpm publish` would: `workspace:*` becomes the
 * version, `files` applies, `prepack` runs) into `dest`; returns each tarball's path by name.
 */
export async function packAll(
  workspaceRoot: string,
  packages: readonly PublicPackage[],
  dest: string,
): Promise<Map<string, string>> {
  // One recursive pnpm: a pnpm start per package would cost more than the packing.
  const filters = packages.flatMap((pkg) => ["--filter", pkg.name]);
  await run("pnpm", ["-r", ...filters, "pack", "--pack-destination", dest], {
    cwd: workspaceRoot,
  });
  const tarballs = new Map<string, string>();
  for (const pkg of packages) {
    // pnpm's tarball name: `@retort/core` 0.1.0 → `retort-core-0.1.0.tgz`.
    const tarball = join(
      dest,
      `${pkg.name.replace(/^@/, "").replace("/", "-")}-${pkg.version}.tgz`,
    );
    if (!existsSync(tarball)) throw new Error(`pnpm pack wrote no ${tarball}`);
    tarballs.set(pkg.name, tarball);
  }
  return tarballs;
}
