import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { importModules, importModulesInTurn } from "./module-loader";

let dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  dirs = [];
});

function folder(): string {
  const dir = mkdtempSync(join(tmpdir(), "retort-loader-"));
  dirs.push(dir);
  return dir;
}

describe("importModules errors", () => {
  it("name the user's file and line, through the source map, cached or not", async () => {
    const dir = folder();
    writeFileSync(join(dir, "ok.ts"), `export const fine: number = 1;\n`);
    writeFileSync(
      join(dir, "broken.ts"),
      `const label: string = "x";\n\nexport const value = (undefined as unknown as { a: { b: number } }).a.b + label.length;\n`,
    );
    const files = [join(dir, "ok.ts"), join(dir, "broken.ts")];
    for (const cacheDir of [
      undefined,
      join(dir, ".retort", "cache"),
      join(dir, ".retort", "cache"),
    ]) {
      const error = await importModules(files, { cacheDir, tempDir: join(dir, ".retort") }).then(
        () => undefined,
        (e: unknown) => e as Error,
      );
      expect(error?.message).toMatch(
        new RegExp(
          `^${join(dir, "broken.ts").replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}:3:\\d+: Cannot read properties of undefined`,
        ),
      );
    }
  });

  it("name the line of a plain file, loaded without esbuild, cached or not", async () => {
    const dir = folder();
    const file = join(dir, "retort.config.ts");
    // Plain JavaScript, as a config or a generated migration is: run as it is, not transformed.
    writeFileSync(
      file,
      `import { basename } from "node:path";\n\nexport default basename.missing.call();\n`,
    );
    const cacheDir = join(dir, ".retort", "cache");
    for (let run = 0; run < 2; run++) {
      const error = await importModules([file], { cacheDir }).then(
        () => undefined,
        (e: unknown) => e as Error,
      );
      expect(error?.message).toMatch(
        new RegExp(
          `^${file.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}:3:\\d+: Cannot read properties of undefined`,
        ),
      );
    }
    // esbuild's transforms are kept there: a plain file has none.
    expect(existsSync(join(cacheDir, "transforms"))).toBe(false);
  });
});

describe("importModules on thousands of files", () => {
  it("reads a relative import from the importing file's folder, in a history of 500 files and more", async () => {
    const dir = folder();
    writeFileSync(join(dir, "helper.ts"), `export const twice = (n) => n * 2;\n`);
    const files: string[] = [];
    for (let i = 0; i < 501; i++) {
      const file = join(dir, `m${String(i).padStart(4, "0")}.ts`);
      writeFileSync(
        file,
        i === 500
          ? `import { twice } from "./helper";\nexport default { index: twice(250) };\n`
          : `export default { index: ${i} };\n`,
      );
      files.push(file);
    }
    const cacheDir = join(dir, ".retort", "cache");
    for (let run = 0; run < 2; run++) {
      const module = await importModulesInTurn(files, { cacheDir, tempDir: join(dir, ".retort") });
      for (let i = 0; i < files.length; i++) {
        expect((await module(i)).default).toEqual({ index: i });
      }
    }
  });

  it("runs them as one script, cached, with the same exports as modules", async () => {
    const dir = folder();
    const files: string[] = [];
    for (let i = 0; i < 501; i++) {
      const file = join(dir, `m${String(i).padStart(4, "0")}.ts`);
      writeFileSync(
        file,
        `import { basename } from "node:path";\nexport const name: string = basename(${JSON.stringify(file)});\nexport default { index: ${i}, strict: (function (this: unknown) { return this === undefined; })() };\n`,
      );
      files.push(file);
    }
    const cacheDir = join(dir, ".retort", "cache");
    for (let run = 0; run < 2; run++) {
      const modules = await importModules(files, { cacheDir, tempDir: join(dir, ".retort") });
      expect(modules).toHaveLength(501);
      expect(modules[500]).toMatchObject({
        name: "m0500.ts",
        default: { index: 500, strict: true },
      });
    }
    expect(
      readFileSync(
        readdirSync(cacheDir)
          .map((name) => join(cacheDir, name))
          .find((path) => /modules-.*\.mjs$/.test(path))!,
        "utf8",
      ),
    ).toMatch(/^\/\/retort-script /);
  });

  it("a file that throws as it loads is reported at the folder, never at Node's or retort's code", async () => {
    const dir = folder();
    const files: string[] = [];
    for (let i = 0; i < 501; i++) {
      const file = join(dir, `m${String(i).padStart(4, "0")}.ts`);
      const body = i === 250 ? `throw new Error("boom at load");\n` : "";
      writeFileSync(file, `${body}export default { index: ${i} };\n`);
      files.push(file);
    }
    const cacheDir = join(dir, ".retort", "cache");
    for (let run = 0; run < 2; run++) {
      const error = await importModules(files, { cacheDir, tempDir: join(dir, ".retort") }).then(
        () => undefined,
        (caught: unknown) => caught as Error,
      );
      expect(error?.message).toBe(`${dir}: boom at load`);
    }
  });

  it("joins plain files into the script without esbuild", async () => {
    const dir = folder();
    const files: string[] = [];
    for (let i = 0; i < 501; i++) {
      const file = join(dir, `m${String(i).padStart(4, "0")}.ts`);
      writeFileSync(
        file,
        `import { basename as base } from "node:path";\nimport * as path from "node:path";\nimport fs from "node:fs";\nexport default {\n  index: ${i},\n  name: base(${JSON.stringify(file)}),\n  sep: path.sep,\n  fs: fs.readFileSync,\n};\n`,
      );
      files.push(file);
    }
    const cacheDir = join(dir, ".retort", "cache");
    for (let run = 0; run < 2; run++) {
      const modules = await importModules(files, { cacheDir, tempDir: join(dir, ".retort") });
      expect(modules[500]).toMatchObject({
        default: { index: 500, name: "m0500.ts", sep: "/", fs: readFileSync },
      });
    }
    const bundle = readdirSync(cacheDir).find((name) => /^modules-.*\.mjs$/.test(name))!;
    const text = readFileSync(join(cacheDir, bundle), "utf8");
    expect(text).toMatch(/^\/\/retort-script /);
    expect(text).not.toContain("__defProp");
    // The module its packages come from, removed, is written again.
    const packages = readdirSync(cacheDir).find((name) => /^packages-.*\.mjs$/.test(name))!;
    rmSync(join(cacheDir, packages));
    const again = await importModules(files, { cacheDir, tempDir: join(dir, ".retort") });
    expect(again[3]).toMatchObject({ default: { index: 3, sep: "/" } });
    expect(existsSync(join(cacheDir, packages))).toBe(true);
  });

  it("imports in parts of 500 plain files, or as one bundle when a later file is not plain", async () => {
    const dir = folder();
    const files: string[] = [];
    for (let i = 0; i < 1001; i++) {
      const file = join(dir, `m${String(i).padStart(4, "0")}.ts`);
      writeFileSync(file, `export default { index: ${i} };\n`);
      files.push(file);
    }
    const cacheDir = join(dir, ".retort", "cache");
    const bundles = () => readdirSync(cacheDir).filter((name) => /^modules-.*\.mjs$/.test(name));
    const load = async () => {
      const module = await importModulesInTurn(files, { cacheDir, tempDir: join(dir, ".retort") });
      const indexes: unknown[] = [];
      for (let i = 0; i < files.length; i++) indexes.push((await module(i)).default);
      return indexes;
    };
    const expected = files.map((_, i) => ({ index: i }));
    expect(await load()).toEqual(expected);
    expect(bundles()).toHaveLength(3);
    // TypeScript's syntax in the last part: that part cannot be joined without esbuild.
    writeFileSync(files[1000]!, `export default { index: 1000 as number };\n`);
    for (let run = 0; run < 2; run++) {
      expect(await load()).toEqual(expected);
      expect(await importModules(files, { cacheDir })).toEqual(
        expected.map((value) => ({ default: value })),
      );
    }
    expect(bundles()).toHaveLength(4);
  });

  it("keeps an ES module when a file awaits at its top level", async () => {
    const dir = folder();
    const files: string[] = [];
    for (let i = 0; i < 501; i++) {
      const file = join(dir, `m${String(i).padStart(4, "0")}.ts`);
      writeFileSync(file, `export default { index: await Promise.resolve(${i}) };\n`);
      files.push(file);
    }
    const cacheDir = join(dir, ".retort", "cache");
    const modules = await importModules(files, { cacheDir, tempDir: join(dir, ".retort") });
    expect(modules[7]).toMatchObject({ default: { index: 7 } });
  });
});
