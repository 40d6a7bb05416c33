import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import {
  commandWord,
  configImportsRetort,
  isOfflineCommandLine,
  loadsDiffer,
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

describe("loadsDiffer", () => {
  it("knows the commands that compare with the models or run migrations", () => {
    expect(loadsDiffer(["check"])).toBe(true);
    expect(loadsDiffer(["-c", "alt.ts", "upgrade", "head"])).toBe(true);
    expect(loadsDiffer(["revision", "--autogenerate", "-m", "x"])).toBe(true);
    expect(loadsDiffer(["revision", "-m", "x"])).toBe(false);
    expect(loadsDiffer(["current"])).toBe(false);
    expect(loadsDiffer(["--version"])).toBe(false);
  });
});

describe("configImportsRetort", () => {
  const dirs: string[] = [];
  afterAll(() => {
    for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  });
  const project = (config: string): string => {
    const dir = mkdtempSync(join(tmpdir(), "retort-offline-"));
    dirs.push(dir);
    writeFileSync(join(dir, "retort.config.ts"), config);
    mkdirSync(join(dir, "sub"));
    return dir;
  };

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
