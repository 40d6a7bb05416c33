import { describe, expect, it } from "vitest";
import { commandWord, isOfflineCommandLine, loadsDiffer } from "./offline-command";

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
