import { afterAll, describe, expect, it } from "vitest";
import { Project } from "./project";

// `retort upgrade head --sql | head` and `retort history | less` (quit early) close the pipe
// before retort has printed everything: that is the reader's choice, not a failure to report.
describe("stdout closed by its reader", () => {
  const project = new Project({ DATABASE_URL: undefined });
  afterAll(() => project.remove());
  // More SQL than a pipe holds (64 KiB on Linux), so retort is still writing when it is closed.
  const filler = "x".repeat(2000);
  let down: string | null = null;
  for (let i = 0; i < 60; i++) {
    const revision = (0xb00000000000 + i).toString(16);
    project.migration(revision, down, `op.execute("select '${filler}'");`);
    down = revision;
  }

  it("ends the command quietly with its own exit code", async () => {
    const { child, done } = project.start(["upgrade", "head", "--sql"]);
    child.stdout!.destroy();
    const result = await done;
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
  });

  it("still prints everything to a reader that stays", async () => {
    const result = await project.run("upgrade", "head", "--sql");
    expect(result.code).toBe(0);
    expect(result.stdout.length).toBeGreaterThan(120_000);
  });
});
