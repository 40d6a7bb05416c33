import { mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import { importModules, keptBundle } from "./module-loader";

let dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  dirs = [];
});

/**
 * A project whose models entry imports `value` through whatever `importLine` says, and a way to
 * load it through the kept bundle as `check` does.
 */
function project(importLine: string) {
  const root = mkdtempSync(join(tmpdir(), "retort-resolution-"));
  dirs.push(root);
  const app = join(root, "app");
  mkdirSync(join(app, "models"), { recursive: true });
  // As a models folder is: an entry that re-exports the files beside it, which the bundler takes.
  const entry = join(app, "models", "index.ts");
  const table = join(app, "models", "table.ts");
  writeFileSync(entry, `export * from "./table";\n`);
  writeFileSync(table, `${importLine}\nexport const seen: number = value;\n`);
  const files = [entry, table];
  const cacheDir = join(app, ".retort", "cache");
  const load = async () => {
    const [models] = await importModules(files, { cacheDir, tempDir: join(app, ".retort") });
    return models?.seen;
  };
  return { root, app, load, isKept: () => keptBundle(files, cacheDir) !== undefined };
}

const write = (path: string, text: string) => {
  mkdirSync(join(path, ".."), { recursive: true });
  writeFileSync(path, text);
};

// Each case checks what decides whether the kept bundle (and the models' description kept with
// it) is used: `keptBundle`. The value a second import returns is not checked here: vitest's
// module runner keys a module by its path, without the `?v=` query that gives Node a new one.
describe("a kept bundle is made again when its imports would resolve elsewhere", () => {
  it("a tsconfig `extends` file of another name changes its `paths`", async () => {
    const p = project(`import { value } from "@cfg/limits";`);
    write(join(p.root, "base", "cfgA", "limits.ts"), "export const value = 50;\n");
    write(join(p.root, "base", "cfgB", "limits.ts"), "export const value = 99;\n");
    const base = join(p.root, "base", "tsconfig.paths.json");
    // A comment and a trailing comma, as tsconfig files have.
    write(base, `{ // shared\n "compilerOptions": { "paths": { "@cfg/*": ["./cfgA/*"] }, } }\n`);
    write(join(p.app, "tsconfig.json"), `{ "extends": "../base/tsconfig.paths.json" }\n`);
    expect(await p.load()).toBe(50);
    expect(p.isKept()).toBe(true);
    write(base, `{ "compilerOptions": { "paths": { "@cfg/*": ["./cfgB/*"] } } }\n`);
    expect(p.isKept()).toBe(false);
    await p.load();
    expect(p.isKept()).toBe(true);
  });

  it("a file appears in a `paths` fallback folder that was empty", async () => {
    const p = project(`import { value } from "@cfg/limits";`);
    mkdirSync(join(p.app, "overrides"));
    write(join(p.app, "defaults", "limits.ts"), "export const value = 10;\n");
    write(
      join(p.app, "tsconfig.json"),
      JSON.stringify({
        compilerOptions: { paths: { "@cfg/*": ["./overrides/*", "./defaults/*"] } },
      }),
    );
    expect(await p.load()).toBe(10);
    write(join(p.app, "overrides", "limits.ts"), "export const value = 77;\n");
    expect(p.isKept()).toBe(false);
    await p.load();
    expect(p.isKept()).toBe(true);
  });

  it("a package.json appears in a folder above that had none", async () => {
    const p = project(`import { value } from "#n";`);
    write(join(p.root, "package.json"), JSON.stringify({ imports: { "#n": "./lib/n.ts" } }));
    write(join(p.root, "lib", "n.ts"), "export const value = 10;\n");
    write(join(p.app, "alt", "n.ts"), "export const value = 20;\n");
    expect(await p.load()).toBe(10);
    write(join(p.app, "package.json"), JSON.stringify({ imports: { "#n": "./alt/n.ts" } }));
    expect(p.isKept()).toBe(false);
    await p.load();
    expect(p.isKept()).toBe(true);
  });

  it("a symbolic link on the way to an imported file is turned to another target", async () => {
    const p = project(`import { value } from "../../vendor/flags";`);
    write(join(p.root, "libA", "flags.ts"), "export const value = 1;\n");
    write(join(p.root, "libB", "flags.ts"), "export const value = 2;\n");
    symlinkSync("libA", join(p.root, "vendor"));
    expect(await p.load()).toBe(1);
    expect(p.isKept()).toBe(true);
    rmSync(join(p.root, "vendor"));
    symlinkSync("libB", join(p.root, "vendor"));
    expect(p.isKept()).toBe(false);
    await p.load();
    expect(p.isKept()).toBe(true);
  });

  it("a linked file is turned to another target", async () => {
    const p = project(`import { value } from "../links/flags";`);
    write(join(p.root, "libA", "flags.ts"), "export const value = 1;\n");
    write(join(p.root, "libB", "flags.ts"), "export const value = 2;\n");
    mkdirSync(join(p.app, "links"));
    symlinkSync(join(p.root, "libA", "flags.ts"), join(p.app, "links", "flags.ts"));
    expect(await p.load()).toBe(1);
    rmSync(join(p.app, "links", "flags.ts"));
    symlinkSync(join(p.root, "libB", "flags.ts"), join(p.app, "links", "flags.ts"));
    expect(p.isKept()).toBe(false);
    await p.load();
    expect(p.isKept()).toBe(true);
  });

  it("and is kept while nothing it resolved through changed", async () => {
    const p = project(`import { value } from "./value";`);
    write(join(p.app, "models", "value.ts"), "export const value = 5;\n");
    write(join(p.app, "tsconfig.json"), `{ "compilerOptions": { "strict": true } }\n`);
    expect(await p.load()).toBe(5);
    expect(p.isKept()).toBe(true);
    expect(await p.load()).toBe(5);
    expect(p.isKept()).toBe(true);
  });
});

describe("a bundle made while one of its files changed", () => {
  it("is used once and not kept", async () => {
    const p = project(`import { value } from "./value";`);
    write(join(p.app, "models", "value.ts"), "export const value = 5;\n");
    // As if the build had started before the files were last written: one changed during it.
    const now = vi.spyOn(Date, "now").mockReturnValue(Date.now() - 60_000);
    try {
      expect(await p.load()).toBe(5);
    } finally {
      now.mockRestore();
    }
    expect(p.isKept()).toBe(false);
    await p.load();
    expect(p.isKept()).toBe(true);
  });
});

describe("a kept bundle's files", () => {
  it("without the bundle itself (a prune cut short), make it again instead of failing", async () => {
    const p = project(`import { value } from "./value";`);
    write(join(p.app, "models", "value.ts"), "export const value = 5;\n");
    expect(await p.load()).toBe(5);
    const cacheDir = join(p.app, ".retort", "cache");
    for (const name of readdirSync(cacheDir)) {
      if (name.startsWith("modules-") && name.endsWith(".mjs")) rmSync(join(cacheDir, name));
    }
    expect(p.isKept()).toBe(false);
    expect(await p.load()).toBe(5);
    expect(p.isKept()).toBe(true);
  });
});

describe("an import through a tsconfig `paths` alias", () => {
  it("resolves as TypeScript does in a file with no relative import, not as a package", async () => {
    const root = mkdtempSync(join(tmpdir(), "retort-alias-"));
    dirs.push(root);
    write(join(root, "helpers", "sql.ts"), `export const q = "select 'from paths'";\n`);
    // A package of the same name must not be what the alias finds.
    write(
      join(root, "node_modules", "@h", "sql", "package.json"),
      `{"name":"@h/sql","main":"i.js"}`,
    );
    write(join(root, "node_modules", "@h", "sql", "i.js"), `exports.q = "from node_modules";\n`);
    write(
      join(root, "tsconfig.base.json"),
      `{ "compilerOptions": { "paths": { "@h/*": ["./helpers/*"] } } }`,
    );
    write(join(root, "tsconfig.json"), `{ "extends": "./tsconfig.base.json" }`);
    const file = join(root, "migrations", "m.ts");
    write(file, `import { q } from "@h/sql";\nexport default q;\n`);
    const cacheDir = join(root, ".retort", "cache");
    for (let run = 0; run < 2; run++) {
      const [loaded] = await importModules([file], { cacheDir, tempDir: join(root, ".retort") });
      expect(loaded?.default).toBe("select 'from paths'");
    }
  });
});
