import { afterEach, describe, expect, it } from "vitest";
import { CliProject } from "../test/cli-project";

let projects: CliProject[] = [];
function project(): CliProject {
  const p = new CliProject();
  projects.push(p);
  return p;
}
afterEach(() => {
  for (const p of projects) p.remove();
  projects = [];
});

/** base -> a -> b, branching into c1 and c2, merged by m. */
function diamond(): CliProject {
  const p = project();
  p.add("aaaa00000001", null, { message: "create account" });
  p.add("bbbb00000002", "aaaa00000001", { message: "add column" });
  p.add("cccc00000003", "bbbb00000002", { message: "feature one" });
  p.add("cccd00000004", "bbbb00000002", { message: "feature two" });
  p.add("dddd00000005", ["cccc00000003", "cccd00000004"], { message: "merge" });
  return p;
}

describe("retort history --graph", () => {
  it("draws branches and merges the way git log --graph does", async () => {
    const r = await diamond().run("history", "--graph");
    expect(r.code).toBe(0);
    const lines = r.stdout.trimEnd().split("\n");
    expect(lines).toHaveLength(7);
    expect(lines[0]).toBe("* dddd00000005 (head) (mergepoint), merge");
    expect(lines[1]).toBe("|\\");
    // Each side of the merge in its own lane, then the lanes meet at the branch point.
    const sides = lines.slice(2, 4).sort();
    expect(sides).toEqual(
      ["* | cccc00000003, feature one", "| * cccd00000004, feature two"].sort(),
    );
    expect(lines[4]).toBe("|/");
    expect(lines[5]).toBe("* bbbb00000002 (branchpoint), add column");
    expect(lines[6]).toBe("* aaaa00000001, create account");
  });

  it("draws two open heads side by side", async () => {
    const p = project();
    p.add("aaaa00000001", null, { message: "root" });
    p.add("bbbb00000002", "aaaa00000001", { message: "one" });
    p.add("bbbc00000003", "aaaa00000001", { message: "two" });
    const lines = (await p.run("history", "--graph")).stdout.trimEnd().split("\n");
    expect(lines.map((line) => line.slice(0, 3))).toEqual(["* b", "| *", "|/", "* a"]);
  });

  it("writes Mermaid and DOT with one edge per parent", async () => {
    const p = diamond();
    const mermaid = await p.run("history", "--format", "mermaid");
    expect(mermaid.code).toBe(0);
    expect(mermaid.stdout.startsWith("flowchart TD\n")).toBe(true);
    expect(mermaid.stdout).toContain("  r_cccc00000003 --> r_dddd00000005\n");
    expect(mermaid.stdout).toContain("  r_cccd00000004 --> r_dddd00000005\n");
    expect(mermaid.stdout.match(/-->/g)).toHaveLength(5);
    const dot = await p.run("history", "--format", "dot");
    expect(dot.stdout).toContain('"bbbb00000002" -> "cccc00000003";');
    expect(dot.stdout.trimEnd().endsWith("}")).toBe(true);
    expect(dot.stdout.match(/->/g)).toHaveLength(5);
  });

  it("escapes a message with quotes and angle brackets", async () => {
    const p = project();
    p.add("aaaa00000001", null, { message: 'say "hi" <b>' });
    const mermaid = (await p.run("history", "--format", "mermaid")).stdout;
    expect(mermaid).toContain("say &quot;hi&quot; &lt;b&gt;");
    const dot = (await p.run("history", "--format", "dot")).stdout;
    expect(dot).toContain('say \\"hi\\" <b>');
  });

  it("refuses an unknown format", async () => {
    const r = await diamond().run("history", "--format", "png");
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("--format takes text, mermaid or dot");
  });
});
