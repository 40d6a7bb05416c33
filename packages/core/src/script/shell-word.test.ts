import { execFileSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { shellWord } from "./shell-word";

// What a hint prints and what `postWrite` and `retort edit` hand the shell: the shell must read
// back the very path, whatever it holds.
describe("shellWord", () => {
  it.each([
    "migrations/versions",
    "it's here/versions",
    "a b\tc",
    'quote " and $HOME and `x`',
    "semi;colon && rm -rf /",
  ])("gives the shell back %j", (text) => {
    expect(execFileSync("sh", ["-c", `printf %s ${shellWord(text)}`], { encoding: "utf8" })).toBe(
      text,
    );
  });

  it("leaves a plain path unquoted", () => {
    expect(shellWord("migrations/versions")).toBe("migrations/versions");
  });
});
