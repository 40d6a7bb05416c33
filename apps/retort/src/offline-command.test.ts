import { describe, expect, it } from "vitest";
import { commandWord, isOfflineCommandLine } from "./offline-command";

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
