import { execFileSync } from "node:child_process";
import {
  chmodSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  utimesSync,
  writeFileSync,
} from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { type ModuleHooksApi, useKyselyBundle, usePgBundle } from "./package-bundles";

// CI runs Node 20, which has only `module.register`; Node 22.15+ and 24 take `registerHooks`.
// Both are handed in here, so each branch runs whatever Node runs the tests.

// vitest has no `import.meta.resolve`: Node resolves the packages as retort's would.
const resolved = JSON.parse(
  execFileSync(
    process.execPath,
    [
      "--input-type=module",
      "-e",
      `process.stdout.write(JSON.stringify(["kysely", "@retort/core", "pg"].map((name) => import.meta.resolve(name))))`,
    ],
    { cwd: dirname(dirname(fileURLToPath(import.meta.url))), encoding: "utf8" },
  ),
) as [string, string, string];
const entry = resolved[0];
const resolvePackage = (name: string): string => {
  const index = ["kysely", "@retort/core", "pg"].indexOf(name);
  if (index < 0) throw new Error(`unexpected ${name}`);
  return resolved[index as 0 | 1 | 2];
};
let temp: string;
const savedTmpdir = process.env.TMPDIR;
beforeAll(() => {
  temp = mkdtempSync(join(tmpdir(), "retort-kysely-bundle-"));
});
afterAll(() => rmSync(temp, { recursive: true, force: true }));
beforeEach(() => {
  // The bundle goes to `<tmpdir>/retort-<uid>`: a folder of these tests' own.
  process.env.TMPDIR = temp;
});
afterEach(() => {
  if (savedTmpdir === undefined) delete process.env.TMPDIR;
  else process.env.TMPDIR = savedTmpdir;
});

/** Checks that `url` is a kysely bundled into one file in this test's private folder. */
async function expectBundle(url: string): Promise<void> {
  expect(url).not.toBe(entry);
  const path = fileURLToPath(url);
  expect(path.startsWith(join(temp, `retort-${process.getuid?.() ?? 0}`))).toBe(true);
  expect(existsSync(path)).toBe(true);
  const bundled = (await import(url)) as Record<string, unknown>;
  const original = (await import("kysely")) as Record<string, unknown>;
  expect(Object.keys(bundled).sort()).toEqual(Object.keys(original).sort());
}

const providedKey = Symbol.for("retort.kysely");
const provided = () =>
  (globalThis as { [providedKey]?: () => Promise<Record<string, unknown>> })[providedKey];
const pgKey = Symbol.for("retort.pg");
const providedPg = () =>
  (globalThis as { [pgKey]?: () => Promise<Record<string, unknown> | undefined> })[pgKey];
afterEach(() => {
  delete (globalThis as { [providedKey]?: unknown })[providedKey];
  delete (globalThis as { [pgKey]?: unknown })[pgKey];
});
interface PgLike {
  Pool: unknown;
  defaults: unknown;
  types: {
    getTypeParser(oid: number): unknown;
    setTypeParser(oid: number, parse: (value: string) => unknown): void;
  };
}
/** The install part of the name of the pg bundle most recently made in `dir`. */
function installPart(dir: string): string {
  const newest = readdirSync(dir)
    .filter((n) => n.startsWith("pg-"))
    .map((n) => ({ n, at: statSync(join(dir, n)).mtimeMs }))
    .sort((a, b) => b.at - a.at)[0]!.n;
  return newest.split("-")[1]!;
}

/** The one file in `dir` whose name starts with `prefix`. */
function bundleIn(dir: string, prefix: string): string {
  const names = readdirSync(dir).filter((name) => name.startsWith(prefix));
  expect(names).toHaveLength(1);
  return join(dir, names[0]!);
}
function renameWithin(from: string, to: string): void {
  writeFileSync(to, readFileSync(from));
  rmSync(from);
}
const privateDir = () => join(process.env.TMPDIR ?? temp, `retort-${process.getuid?.() ?? 0}`);

describe("useKyselyBundle", () => {
  it("on a Node with registerHooks (22.15+), sends only kysely's entry to the bundle, in-thread", async () => {
    const resolves: Parameters<NonNullable<ModuleHooksApi["registerHooks"]>>[0][] = [];
    useKyselyBundle({ registerHooks: (hooks) => resolves.push(hooks), resolve: resolvePackage });
    expect(resolves).toHaveLength(1);
    const { resolve } = resolves[0]!;
    const resolved = resolve("kysely", {}, () => ({ url: entry, format: "module" }) as never);
    expect(resolved).toMatchObject({ format: "module" });
    await expectBundle(resolved.url);
    const other = { url: "file:///project/node_modules/pg/lib/index.js" };
    expect(resolve("pg", {}, () => other)).toBe(other);
    // retort's own packages load the same file through core's loadKysely.
    expect(await provided()?.()).toBe(await import(resolved.url));
  });

  it("on Node 20, hands retort's packages the bundle, with no loader thread", async () => {
    useKyselyBundle({ resolve: resolvePackage });
    const load = provided();
    expect(load).toBeTypeOf("function");
    const bundled = await load!();
    const original = (await import("kysely")) as Record<string, unknown>;
    expect(bundled).not.toBe(original);
    expect(Object.keys(bundled).sort()).toEqual(Object.keys(original).sort());
  });

  it("in a temp folder other users can write, leaves module loading as it is", () => {
    const shared = join(temp, "shared");
    mkdirSync(join(shared, `retort-${process.getuid?.() ?? 0}`), { recursive: true, mode: 0o777 });
    chmodSync(join(shared, `retort-${process.getuid?.() ?? 0}`), 0o777);
    process.env.TMPDIR = shared;
    const registered: unknown[] = [];
    useKyselyBundle({ registerHooks: (hooks) => registered.push(hooks), resolve: resolvePackage });
    expect(registered).toEqual([]);
    expect(provided()).toBeUndefined();
    expect(readdirSync(join(shared, `retort-${process.getuid?.() ?? 0}`))).toEqual([]);
  });
  it("loads kysely's own files, and drops the bundle, when the bundle is cut short", async () => {
    const resolves: Parameters<NonNullable<ModuleHooksApi["registerHooks"]>>[0][] = [];
    const api: ModuleHooksApi = {
      registerHooks: (hooks) => resolves.push(hooks),
      resolve: resolvePackage,
    };
    // A temp folder of this test's own: the bundle there was never imported (Node keeps every
    // ES module it imported for the life of the process).
    process.env.TMPDIR = join(temp, "cut-kysely");
    useKyselyBundle(api);
    const bundle = bundleIn(privateDir(), "kysely-");
    // A crash that left half a file under the bundle's name (or a disk that lost the rest).
    writeFileSync(bundle, readFileSync(bundle, "utf8").slice(0, 100_000));
    delete (globalThis as { [providedKey]?: unknown })[providedKey];
    resolves.length = 0;
    useKyselyBundle(api);
    const loaded = await provided()!();
    const original = (await import("kysely")) as Record<string, unknown>;
    expect(Object.keys(loaded).sort()).toEqual(Object.keys(original).sort());
    expect(existsSync(bundle)).toBe(false);
    // The hook no longer sends the project's `import "kysely"` to the broken file.
    const other = { url: entry };
    expect(resolves[0]!.resolve("kysely", {}, () => other)).toBe(other);
    // The next run bundles kysely again.
    useKyselyBundle({ resolve: resolvePackage });
    expect(statSync(bundle).size).toBeGreaterThan(100_000);
  });
});

describe("usePgBundle", () => {
  it("bundles pg into one file on the driver's first load, and loads that file after", async () => {
    const before = existsSync(privateDir()) ? readdirSync(privateDir()) : [];
    usePgBundle({ resolve: resolvePackage });
    // Nothing is bundled until the driver asks: a project on another driver never pays for it.
    expect(existsSync(privateDir()) ? readdirSync(privateDir()) : []).toEqual(before);
    const bundled = await providedPg()?.();
    const made = readdirSync(privateDir()).filter((name) => !before.includes(name));
    expect(made).toEqual([expect.stringMatching(/^pg-[0-9a-f]{12}-[0-9a-f]{12}\.cjs$/)]);
    // What `import("pg")` gives, from one file of retort's own: the driver reads the same names.
    const original = (await import("pg")) as Record<string, unknown>;
    expect(Object.keys(bundled ?? {}).sort()).toEqual(Object.keys(original).sort());
    const pg = bundled?.default as Record<string, unknown>;
    expect(pg.Pool).toBeTypeOf("function");
    expect(pg.Pool).not.toBe((original.default as Record<string, unknown>).Pool);
    // Loaded again (a second connection), it is the same module, from the same file.
    expect(await providedPg()?.()).toBe(bundled);
    expect(readdirSync(privateDir()).filter((name) => !before.includes(name))).toEqual(made);
  });

  it("bundles pg once for drivers that load it at the same time", async () => {
    // A temp folder with no bundle yet: each esbuild run resolves @retort/core to find it.
    process.env.TMPDIR = join(temp, "pg-at-once");
    let builds = 0;
    usePgBundle({
      resolve: (name) => {
        if (name === "@retort/core") builds++;
        return resolvePackage(name);
      },
    });
    const loads = await Promise.all([providedPg()?.(), providedPg()?.(), providedPg()?.()]);
    expect(builds).toBe(1);
    expect(loads[0]).toBeDefined();
    expect(new Set(loads).size).toBe(1);
  });

  it("shares pg's type parsers and defaults with the project's own pg", async () => {
    usePgBundle({ resolve: resolvePackage });
    const bundled = (await providedPg()?.())?.default as PgLike;
    const own = (await import("pg")).default as unknown as PgLike;
    expect(bundled.Pool).not.toBe(own.Pool);
    // A migration's code sets a parser for int8 on the pg it imports: retort's connection,
    // through the bundle, parses int8 with it too.
    const parseInt8 = (value: string) => Number(value);
    const before = own.types.getTypeParser(20) as (value: string) => unknown;
    own.types.setTypeParser(20, parseInt8);
    try {
      expect(bundled.types.getTypeParser(20)).toBe(parseInt8);
    } finally {
      own.types.setTypeParser(20, before);
    }
    expect(bundled.defaults).toBe(own.defaults);
  });

  it("makes an empty bundle again, and drops one that loads without pg's exports", async () => {
    usePgBundle({ resolve: resolvePackage });
    await providedPg()?.();
    const bundle = bundleIn(privateDir(), "pg-");
    // Each case below is a new run's first load of the file.
    const forget = () => {
      delete createRequire(import.meta.url).cache[bundle];
      usePgBundle({ resolve: resolvePackage });
    };
    // An empty file under the bundle's name (a power loss after the rename): made again.
    writeFileSync(bundle, "");
    forget();
    const again = (await providedPg()?.()) as { default: { Pool: unknown } };
    expect(again.default.Pool).toBeTypeOf("function");
    expect(statSync(bundle).size).toBeGreaterThan(0);
    // A file that loads but exports nothing of pg's (cut short after a whole statement): the
    // driver imports pg itself, and the file is gone for the next run to make again.
    const cut = join(dirname(bundle), `pg-cut-${Date.now()}.cjs`);
    writeFileSync(cut, "exports.unrelated = 1;\n");
    rmSync(bundle);
    renameWithin(cut, bundle);
    forget();
    expect(await providedPg()?.()).toBeUndefined();
    expect(existsSync(bundle)).toBe(false);
  });

  it("names the bundle after the package's version, not only its stamps, and a new version's replaces the old", async () => {
    // A package installed by npm keeps the times it was packed with: the next version of it,
    // of the same sizes, has the same stamps.
    const root = join(temp, "fake-pg");
    mkdirSync(join(root, "esm"), { recursive: true });
    const manifest = join(root, "package.json");
    const entryFile = join(root, "esm", "index.mjs");
    const write = (version: string) => {
      writeFileSync(manifest, JSON.stringify({ name: "pg", version }));
      writeFileSync(entryFile, `export default { Pool: class Pool {}, version: "${version}" };\n`);
      const packed = new Date("1985-10-26T08:15:00Z");
      utimesSync(manifest, packed, packed);
      utimesSync(entryFile, packed, packed);
    };
    const fakeResolve = (name: string) =>
      name === "pg" ? pathToFileURL(entryFile).href : resolvePackage(name);
    const versionLoaded = async () => {
      usePgBundle({ resolve: fakeResolve });
      const loaded = (await providedPg()?.()) as { default?: { version?: string } } | undefined;
      return loaded?.default?.version;
    };
    write("9.0.1");
    expect(await versionLoaded()).toBe("9.0.1");
    const install = `pg-${installPart(privateDir())}-`;
    const first = bundleIn(privateDir(), install);
    write("9.0.2");
    expect(await versionLoaded()).toBe("9.0.2");
    // The new version's bundle replaced the old one's: one file per install.
    expect(bundleIn(privateDir(), install)).not.toBe(first);
    expect(existsSync(first)).toBe(false);
  });

  it("leaves the driver to import pg itself when pg cannot be resolved", async () => {
    usePgBundle({
      resolve: (name) => {
        if (name === "pg") throw new Error("Cannot find package 'pg'");
        return resolvePackage(name);
      },
    });
    expect(await providedPg()?.()).toBeUndefined();
  });

  it("in a temp folder other users can write, bundles nothing", async () => {
    const shared = join(temp, "shared-pg");
    const dir = join(shared, `retort-${process.getuid?.() ?? 0}`);
    mkdirSync(dir, { recursive: true, mode: 0o777 });
    chmodSync(dir, 0o777);
    process.env.TMPDIR = shared;
    usePgBundle({ resolve: resolvePackage });
    expect(await providedPg()?.()).toBeUndefined();
    expect(readdirSync(dir)).toEqual([]);
  });
});
