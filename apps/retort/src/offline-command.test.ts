import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import {
  commandWord,
  configImportsRetort,
  isOfflineCommandLine,
  loadsDiffer,
  templateImportsRetort,
} from "./offline-command";

describe("isOfflineCommandLine", () => {
  it("finds the command after global options and their values", () => {
    expect(commandWord(["-c", "heads.config.ts", "upgrade", "heads"])).toBe("upgrade");
    expect(commandWord(["--config=alt.ts", "heads"])).toBe("heads");
    expect(commandWord(["--verbose"])).toBeUndefined();
  });

  it("knows the commands that only read files", () => {
    expect(isOfflineCommandLine(["heads"])).toBe(true);
    expect(isOfflineCommandLine(["--version"])).toBe(true);
    expect(isOfflineCommandLine(["history", "-r", "ae10:"])).toBe(true);
    expect(isOfflineCommandLine(["upgrade", "head", "--sql"])).toBe(true);
  });

  it("keeps the database path for everything else", () => {
    expect(isOfflineCommandLine(["upgrade", "heads"])).toBe(false);
    expect(isOfflineCommandLine(["-c", "heads", "current"])).toBe(false);
    expect(isOfflineCommandLine(["history", "--indicate-current"])).toBe(false);
    expect(isOfflineCommandLine(["history", "-r", "-3:current"])).toBe(false);
  });
});

const dirs: string[] = [];
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});
const project = (config: string, files: Record<string, string> = {}): string => {
  const dir = mkdtempSync(join(tmpdir(), "retort-offline-"));
  dirs.push(dir);
  writeFileSync(join(dir, "retort.config.ts"), config);
  mkdirSync(join(dir, "sub"));
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, file)), { recursive: true });
    writeFileSync(join(dir, file), text);
  }
  return dir;
};
const oldTemplate = 'import { defineMigration } from "retort";\n';
const newTemplate = 'import { defineMigration } from "retort/migration";\n';

describe("loadsDiffer", () => {
  it("knows the commands that compare with the models", () => {
    const dir = project("export default {};\n");
    expect(loadsDiffer(["check"], dir)).toBe(true);
    expect(loadsDiffer(["revision", "--autogenerate", "-m", "x"], dir)).toBe(true);
    expect(loadsDiffer(["revision", "-m", "x"], dir)).toBe(false);
    expect(loadsDiffer(["current"], dir)).toBe(false);
    expect(loadsDiffer(["--version"], dir)).toBe(false);
  });

  it("has upgrade and downgrade load it only for migrations that import the main entry", () => {
    const light = project('export default { migrations: "db/migrations" };\n', {
      "db/migrations/script.ts.tmpl": newTemplate,
    });
    expect(loadsDiffer(["upgrade", "head", "--sql"], light)).toBe(false);
    expect(loadsDiffer(["downgrade", "-1"], join(light, "sub"))).toBe(false);
    const old = project("export default {};\n", { "migrations/script.ts.tmpl": oldTemplate });
    expect(loadsDiffer(["upgrade", "head"], old)).toBe(true);
  });
});

describe("templateImportsRetort", () => {
  it("reads the template of the config's migrations folder, the default one without it", () => {
    const dir = project("export default { url: process.env.DATABASE_URL };\n", {
      "migrations/script.ts.tmpl": newTemplate,
      "app/migrations/script.ts.tmpl": oldTemplate,
    });
    expect(templateImportsRetort(["upgrade", "head"], dir)).toBe(false);
    writeFileSync(
      join(dir, "alt.config.ts"),
      "export default { migrations: 'app/migrations', models: 'app/models/index.ts' };\n",
    );
    expect(templateImportsRetort(["-c", "alt.config.ts", "upgrade", "head"], dir)).toBe(true);
  });

  it("answers yes without a template: the migrations may be older than retort/migration", () => {
    expect(templateImportsRetort(["upgrade", "head"], project("export default {};\n"))).toBe(true);
  });
});

describe("configImportsRetort", () => {
  it("sees a config that imports the main entry, found from a sub-folder", () => {
    const dir = project(
      'import { defineConfig } from "retort";\nexport default defineConfig({});\n',
    );
    expect(configImportsRetort(["heads"], dir)).toBe(true);
    expect(configImportsRetort(["heads"], join(dir, "sub"))).toBe(true);
    // Commands that never read the config do not pay for it.
    expect(configImportsRetort(["help"], dir)).toBe(false);
    expect(configImportsRetort(["--help"], dir)).toBe(false);
  });

  it("tells retort/config and plain configs apart", () => {
    const light = project("import { defineConfig } from 'retort/config';\nexport default {};\n");
    expect(configImportsRetort(["heads"], light)).toBe(false);
    expect(configImportsRetort(["heads"], project("export default {};\n"))).toBe(false);
  });

  it("reads the config named with -c or --config", () => {
    const dir = project("export default {};\n");
    writeFileSync(
      join(dir, "alt.config.ts"),
      'import { sql } from "retort";\nexport default {};\n',
    );
    expect(configImportsRetort(["-c", "alt.config.ts", "heads"], dir)).toBe(true);
    expect(configImportsRetort(["--config=alt.config.ts", "heads"], dir)).toBe(true);
    expect(configImportsRetort(["-c", "missing.ts", "heads"], dir)).toBe(false);
  });
});
