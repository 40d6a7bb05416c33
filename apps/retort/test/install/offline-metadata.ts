import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { parse } from "yaml";

// `pnpm install --offline` takes package contents from the store, which the workspace's own
// install filled, but resolves version ranges from a metadata cache that a frozen-lockfile
// install never writes. So the install test writes that cache itself, from the workspace's
// lockfile: one registry document per package, listing exactly the versions the lockfile holds,
// each with the dependencies the workspace resolved it with. Resolution in the fresh project is
// then pnpm's own, but can only pick what is already in the store, and nothing is downloaded.

interface LockedPackage {
  readonly resolution: { readonly integrity?: string; readonly tarball?: string };
  readonly engines?: Record<string, string>;
  readonly cpu?: string[];
  readonly os?: string[];
  readonly libc?: string[];
  readonly hasBin?: boolean;
  readonly deprecated?: string;
  readonly peerDependencies?: Record<string, string>;
  readonly peerDependenciesMeta?: Record<string, { optional?: boolean }>;
}

interface LockedSnapshot {
  readonly dependencies?: Record<string, string>;
  readonly optionalDependencies?: Record<string, string>;
}

interface Lockfile {
  readonly packages?: Record<string, LockedPackage>;
  readonly snapshots?: Record<string, LockedSnapshot>;
}

const registry = "https://registry.npmjs.org/";

/** `@scope/name@1.2.3(peer@4)` → `["@scope/name", "1.2.3"]`. */
function splitKey(key: string): [name: string, version: string] {
  const withoutPeers = key.replace(/\(.*$/, "");
  const at = withoutPeers.lastIndexOf("@");
  return [withoutPeers.slice(0, at), withoutPeers.slice(at + 1)];
}

/** A snapshot's dependency value: `1.2.3(peer@4)`, or `other-name@1.2.3` for an alias. */
function toRange(value: string): string {
  const plain = value.replace(/\(.*$/, "");
  if (/^\d/.test(plain)) return plain;
  const [name, version] = splitKey(plain);
  return `npm:${name}@${version}`;
}

function ranges(deps: Record<string, string> | undefined): Record<string, string> | undefined {
  if (deps === undefined) return undefined;
  return Object.fromEntries(Object.entries(deps).map(([name, value]) => [name, toRange(value)]));
}

/**
 * Writes registry metadata for every package in `lockfilePath` under `cacheDir` (pnpm's
 * `cache-dir`), and returns the versions it wrote by package name.
 *
 * @example
 * ```ts
 * writeOfflineMetadata("/repo/pnpm-lock.yaml", "/tmp/cache");
 * // pnpm install --offline --config.cache-dir=/tmp/cache --config.store-dir=<the workspace's store>
 * ```
 */
export function writeOfflineMetadata(
  lockfilePath: string,
  cacheDir: string,
): Map<string, string[]> {
  const lockfile = parse(readFileSync(lockfilePath, "utf8")) as Lockfile;
  const snapshots = new Map<string, LockedSnapshot>();
  for (const [key, snapshot] of Object.entries(lockfile.snapshots ?? {})) {
    const plainKey = key.replace(/\(.*$/, "");
    if (!snapshots.has(plainKey)) snapshots.set(plainKey, snapshot ?? {});
  }
  const documents = new Map<string, { versions: Record<string, unknown> }>();
  for (const [key, locked] of Object.entries(lockfile.packages ?? {})) {
    const [name, version] = splitKey(key);
    const integrity = locked.resolution.integrity;
    if (integrity === undefined) continue; // a git or file dependency: not from the registry
    const snapshot = snapshots.get(`${name}@${version}`) ?? {};
    const basename = name.split("/").pop();
    const manifest = {
      name,
      version,
      dependencies: ranges(snapshot.dependencies),
      optionalDependencies: ranges(snapshot.optionalDependencies),
      peerDependencies: locked.peerDependencies,
      peerDependenciesMeta: locked.peerDependenciesMeta,
      engines: locked.engines,
      cpu: locked.cpu,
      os: locked.os,
      libc: locked.libc,
      deprecated: locked.deprecated,
      ...(locked.hasBin ? { bin: {} } : {}),
      dist: {
        integrity,
        tarball: locked.resolution.tarball ?? `${registry}${name}/-/${basename}-${version}.tgz`,
      },
    };
    const document = documents.get(name) ?? { versions: {} };
    document.versions[version] = manifest;
    documents.set(name, document);
  }
  const written = new Map<string, string[]>();
  for (const [name, { versions }] of documents) {
    const sorted = Object.keys(versions).sort((a, b) =>
      a.localeCompare(b, "en", { numeric: true }),
    );
    const document = JSON.stringify({
      name,
      "dist-tags": { latest: sorted.at(-1) },
      versions,
    });
    // pnpm reads the abbreviated documents, and the full ones for some packages (platform
    // binaries); both are written.
    for (const folder of ["metadata-v1.3", "metadata-full-v1.3"]) {
      const file = join(cacheDir, folder, "registry.npmjs.org", `${name}.json`);
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, document);
    }
    written.set(name, sorted);
  }
  return written;
}
