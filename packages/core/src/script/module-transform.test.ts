import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  rmSync,
  statSync,
  utimesSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { afterEach, describe, expect, it } from "vitest";
import { importModules } from "./module-loader";
import { joinModules } from "./module-transform";
import { ScriptDirectory } from "./script-directory";

let dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  dirs = [];
});

function folder(): string {
  const dir = mkdtempSync(join(tmpdir(), "retort-transform-"));
  dirs.push(dir);
  return dir;
}

/** Every per-file transform the cache holds. */
function transforms(cacheDir: string): string[] {
  const root = join(cacheDir, "transforms");
  return readdirSync(root).flatMap((sub) => readdirSync(join(root, sub)).map((f) => `${sub}/${f}`));
}

describe("per-file transforms joined into one module", () => {
  it("transforms each file once, reuses the joined module, and redoes only a changed file", async () => {
    const dir = folder();
    const cacheDir = join(dir, ".retort", "cache");
    const a = join(dir, "a.ts");
    const b = join(dir, "b.ts");
    writeFileSync(a, `const n: number = 1;\nexport default { n };\n`);
    writeFileSync(b, `export const word: string = "one";\n`);

    const first = await importModules([a, b], { cacheDir });
    expect(first.map((m) => m.default ?? m.word)).toEqual([{ n: 1 }, "one"]);
    expect(transforms(cacheDir)).toHaveLength(2);

    const joined = (await joinModules([a, b], cacheDir, true))!;
    expect(joined.taken).toEqual([true, true]);
    // Unchanged files: the same module, the same version, no new transform.
    expect((await joinModules([a, b], cacheDir, true))?.version).toBe(joined.version);
    expect(transforms(cacheDir)).toHaveLength(2);

    writeFileSync(b, `export const word: string = "two, longer";\n`);
    const changed = (await joinModules([a, b], cacheDir, true))!;
    expect(changed.version).not.toBe(joined.version);
    expect(transforms(cacheDir)).toHaveLength(3);
    const again = await importModules([a, b], { cacheDir });
    expect(again[1]?.word).toBe("two, longer");
  });

  it("reuses the joined module for files whose modification time is older than their change time", async () => {
    // A tree copied with its times kept (tar, `cp -p`, a Docker COPY).
    const dir = folder();
    const cacheDir = join(dir, ".retort", "cache");
    const a = join(dir, "a.ts");
    writeFileSync(a, `export const n: number = 1;\n`);
    utimesSync(a, new Date("2025-01-01"), new Date("2025-01-01"));
    const joined = (await joinModules([a], cacheDir, true))!;
    const written = statSync(joined.path).ino;
    // Found, not written again.
    expect((await joinModules([a], cacheDir, true))?.path).toBe(joined.path);
    expect(statSync(joined.path).ino).toBe(written);
  });

  it("imports each package once for every file, with ES module interop", async () => {
    const dir = folder();
    const cacheDir = join(dir, ".retort", "cache");
    const files = [0, 1].map((i) => {
      const file = join(dir, `m${i}.ts`);
      writeFileSync(
        file,
        `import { join } from "node:path";\nimport * as fs from "node:fs";\nimport url from "node:url";\nexport default [join("x", "${i}"), typeof fs.readFileSync, typeof url.pathToFileURL];\n`,
      );
      return file;
    });
    const modules = await importModules(files, { cacheDir });
    expect(modules.map((m) => m.default)).toEqual([
      ["x/0", "function", "function"],
      ["x/1", "function", "function"],
    ]);
  });

  it("keeps import.meta.url and __dirname pointing at each source file", async () => {
    const dir = folder();
    const file = join(dir, "where.ts");
    writeFileSync(file, `export default [import.meta.url, import.meta.dirname, __dirname];\n`);
    const [module] = await importModules([file], { cacheDir: join(dir, ".retort", "cache") });
    expect(module?.default).toEqual([pathToFileURL(file).href, dir, dir]);
  });

  it("leaves a file with a relative import to the bundler, and still loads it", async () => {
    const dir = folder();
    const cacheDir = join(dir, ".retort", "cache");
    writeFileSync(join(dir, "helper.ts"), `export const twice = (n: number) => n * 2;\n`);
    const uses = join(dir, "uses.ts");
    const plain = join(dir, "plain.ts");
    writeFileSync(uses, `import { twice } from "./helper";\nexport default twice(21);\n`);
    writeFileSync(plain, `export default "plain";\n`);
    // Nothing is joined for a set the bundler takes whole, now or once the transforms are kept.
    expect(await joinModules([uses, plain], cacheDir, true)).toBeUndefined();
    expect(await joinModules([uses, plain], cacheDir, true)).toBeUndefined();
    const modules = await importModules([uses, plain], { cacheDir });
    expect(modules.map((m) => m.default)).toEqual([42, "plain"]);
    // Once the file imports nothing by relative path, the set is joined.
    writeFileSync(uses, `export default 21 * 2 + 1;\n`);
    expect((await joinModules([uses, plain], cacheDir, true))?.taken).toEqual([true, true]);
    const [joined] = await importModules([uses, plain], { cacheDir });
    expect(joined?.default).toBe(43);
  });

  it("leaves a subpath import (#name) to the bundler, which reads it from the file's own package", async () => {
    // A monorepo: the migrations' package maps `#twice`; the cache is under the project root,
    // whose package (none here) does not: only the file's folder says what `#twice` is.
    const dir = folder();
    const cacheDir = join(dir, ".retort", "cache");
    const pkg = join(dir, "db");
    mkdirSync(join(pkg, "lib"), { recursive: true });
    writeFileSync(
      join(pkg, "package.json"),
      JSON.stringify({ name: "db", imports: { "#twice": "./lib/twice.js" } }),
    );
    writeFileSync(join(pkg, "lib", "twice.js"), `export const twice = (n) => n * 2;\n`);
    const uses = join(pkg, "uses.ts");
    writeFileSync(uses, `import { twice } from "#twice";\nexport default twice(21) as number;\n`);
    for (let round = 0; round < 2; round++) {
      const [module] = await importModules([uses], { cacheDir });
      expect(module?.default).toBe(42);
    }
    expect(await joinModules([uses], cacheDir, true)).toBeUndefined();
  });

  it("bundles a set with many files not transformed yet, and joins it once they are", async () => {
    const dir = folder();
    const cacheDir = join(dir, ".retort", "cache");
    const files = [0, 1, 2].map((i) => {
      const file = join(dir, `f${i}.ts`);
      writeFileSync(file, `export default ${i} as number;\n`);
      return file;
    });
    expect(await joinModules(files, cacheDir, false, 2)).toBeUndefined();
    // Nothing transformed, nothing written: it gave up before esbuild ran.
    expect(existsSync(cacheDir)).toBe(false);
    expect(await joinModules(files.slice(0, 2), cacheDir, false, 2)).toBeDefined();
    // Two of the three are transformed now: one new file is within the limit.
    const joined = await joinModules(files, cacheDir, false, 2);
    expect(joined?.taken).toEqual([true, true, true]);
    const modules = await importModules(files, { cacheDir });
    expect(modules.map((m) => m.default)).toEqual([0, 1, 2]);
  });

  it("loads only the migrations asked for: a broken one elsewhere in the folder is not run", async () => {
    const root = folder();
    const versions = join(root, "versions");
    mkdirSync(versions);
    const migration = (revision: string, down: string | null, up: string) =>
      `const defineMigration = (m: unknown) => m;\nexport default defineMigration({\n  revision: "${revision}",\n  downRevision: ${JSON.stringify(down)},\n  up(op: any) { ${up} },\n  down() {},\n});\n`;
    writeFileSync(join(versions, "aaa_first.ts"), migration("aaa", null, `op.execute("a");`));
    writeFileSync(
      join(versions, "bbb_second.ts"),
      `throw new Error("must not be imported");\n${migration("bbb", "aaa", "")}`,
    );
    const scripts = ScriptDirectory.load({ root, versionLocations: [versions] });
    expect(scripts.graph.heads.map((head) => head.revision)).toEqual(["bbb"]);
    const loaded = await scripts.loadMigrations(["aaa"]);
    expect([...loaded.keys()]).toEqual(["aaa"]);
    await expect(scripts.loadMigrations(["bbb"])).rejects.toThrow("must not be imported");
  });
});
