import { existsSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { CliProject } from "../test/cli-project";
import { hoistGlobalOptions } from "./run-cli";

let projects: CliProject[] = [];
function project(config?: string): CliProject {
  const p = new CliProject(config);
  projects.push(p);
  return p;
}
afterEach(() => {
  for (const p of projects) p.remove();
  projects = [];
});

describe("global options before the command, as Alembic users type them", () => {
  it("moves them after the command, values and all", () => {
    expect(hoistGlobalOptions(["-c", "alt.ts", "--verbose", "upgrade", "head"])).toEqual([
      "upgrade",
      "-c",
      "alt.ts",
      "--verbose",
      "head",
    ]);
    expect(hoistGlobalOptions(["--url=postgres://x/y", "current"])).toEqual([
      "current",
      "--url=postgres://x/y",
    ]);
    expect(hoistGlobalOptions(["history", "-v"])).toEqual(["history", "-v"]);
  });

  it("reads another config file given before the command", async () => {
    const p = project(`export default { migrations: "nowhere" };\n`);
    p.add("aaaa00000001", null, { message: "first" });
    writeFileSync(join(p.root, "alt.config.ts"), `export default { migrations: "migrations" };\n`);
    const r = await p.run("-c", "alt.config.ts", "heads");
    expect(r.stderr).toBe("");
    expect(r.stdout).toBe("aaaa00000001 (head)\n");
  });

  it("refuses a global option with no value", async () => {
    const r = await project().run("-c");
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("--config needs a value");
    // The command taken as the value: said so, not "Unknown command --url".
    const taken = await project().run("--url", "current");
    expect(taken.code).toBe(2);
    expect(taken.stderr).toContain("error: No command after --url current.");
  });

  it("refuses --sql with --json, in JSON: the script is not JSON", async () => {
    const p = project();
    p.add("aaaa00000001", null, { message: "first" });
    for (const argv of [
      ["upgrade", "head", "--sql", "--json"],
      ["stamp", "head", "--sql", "--json"],
    ]) {
      const r = await p.run(...argv);
      expect(r.code).toBe(2);
      expect(JSON.parse(r.stdout)).toEqual({
        error: expect.objectContaining({
          code: "BAD_ARGUMENT",
          message:
            "--sql and --json cannot go together: --sql writes the SQL script itself to stdout.",
        }),
      });
    }
  });
});

describe("a config or models file that fails to load", () => {
  it("is BAD_CONFIG (a script can tell it from a broken migration), with a hint", async () => {
    const p = project(`throw new Error("config boom");\nexport default {};\n`);
    const r = await p.run("heads", "--json");
    expect(r.code).toBe(1);
    const { error } = JSON.parse(r.stdout) as {
      error: { code: string; message: string; hint: string };
    };
    expect(error.code).toBe("BAD_CONFIG");
    expect(error.message).toContain("config boom");
    expect(error.hint).toContain("fix the file");
    const folder = await project().run("-c", "migrations", "heads");
    expect(folder.code).toBe(1);
    expect(folder.stderr).toMatch(/error: \S+migrations is a folder, not a config file\./);
  });

  it("gives a wrong setting's BAD_CONFIG a hint too", async () => {
    const r = await project(`export default { migrations: 42 };\n`).run("heads", "--json");
    const { error } = JSON.parse(r.stdout) as { error: { code: string; hint?: string } };
    expect(error.code).toBe("BAD_CONFIG");
    expect(error.hint).toContain("Configuration section");
  });

  it("is BAD_MODEL for a models file that throws", async () => {
    const p = project(`export default { migrations: "migrations", models: "models/index.ts" };\n`);
    p.write("models/index.ts", `throw new Error("models boom");\nexport {};\n`);
    p.add("aaaa00000001", null, { message: "first" });
    const r = await p.run("squash", "--json", "--no-check");
    expect(r.code).toBe(1);
    const { error } = JSON.parse(r.stdout) as { error: { code: string; message: string } };
    expect(error.code).toBe("BAD_MODEL");
    expect(error.message).toContain("models boom");
  });
});

describe("the type-check hint of a file that fails to load", () => {
  it("names the project's own package manager, from its lockfile", async () => {
    const broken = `export default {\n  revision: "aaaa00000001",\n  downRevision: null,\n  up(op) { op.execute("x" },\n  down() {},\n};\n`;
    for (const [lockfile, runner] of [
      ["pnpm-lock.yaml", "pnpm exec tsc"],
      ["yarn.lock", "yarn tsc"],
      ["bun.lockb", "bunx tsc"],
      ["package-lock.json", "npx tsc"],
      [undefined, "npx tsc"],
    ] as const) {
      const p = project();
      if (lockfile !== undefined) p.write(lockfile, "");
      p.write("migrations/versions/aaaa00000001_m.ts", broken);
      const r = await p.run("heads");
      expect(r.code).toBe(1);
      expect(r.stderr, lockfile).toContain(`(\`${runner} --noEmit\` shows it too)`);
    }
    const p = project(`export default { migrations: "migrations", models: "models/index.ts" };\n`);
    p.write("yarn.lock", "");
    p.write("models/index.ts", `throw new Error("models boom");\nexport {};\n`);
    p.add("aaaa00000001", null, { message: "first" });
    const r = await p.run("squash", "--json", "--no-check");
    const { error } = JSON.parse(r.stdout) as { error: { hint: string } };
    expect(error.hint).toBe(
      "fix the file (run `yarn tsc --noEmit` to see type errors), then run the command again.",
    );
    expect(r.stderr).toContain("hint: fix the file (run `yarn tsc --noEmit` to see type errors)");
  });
});

describe("version", () => {
  it("answers -v, --version and `retort version`", async () => {
    const p = project();
    for (const argv of [["-v"], ["--version"], ["version"], ["-V"]]) {
      const r = await p.run(...argv);
      expect(r.code).toBe(0);
      expect(r.stdout).toMatch(/^\d+\.\d+\.\d+\S*\n$/);
    }
    const json = await p.run("version", "--json");
    expect(JSON.parse(json.stdout)).toEqual({ version: expect.any(String) });
    const help = await p.run("version", "--help");
    expect(help.stdout).toMatch(/^Usage: retort version/);
  });

  it("keeps -v as --verbose after a listing command, as Alembic's history -v", async () => {
    const p = project();
    p.add("aaaa00000001", null, { message: "first" });
    const r = await p.run("history", "-v");
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("Revision ID: aaaa00000001");
  });

  it("lists verbose once in a listing command's help, and -v means all of --verbose", async () => {
    const p = project();
    for (const name of ["current", "history", "heads", "branches"]) {
      const help = (await p.run(name, "--help")).stdout;
      expect(help.match(/^ {2}(-v, | {4})--verbose /gm), name).toHaveLength(1);
      expect(help).toMatch(
        /^ {2}-v, --verbose +show each revision in full; errors show their stack$/m,
      );
    }
    p.add("aaaa00000001", "ffffffffffff");
    const r = await p.run("heads", "-v");
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/\n\s+at /);
  });
});

describe("--json errors", () => {
  it("prints the error as JSON on stdout, and keeps the lines on stderr", async () => {
    const p = project();
    p.add("aaaa00000001", "ffffffffffff");
    const r = await p.run("heads", "--json");
    expect(r.code).toBe(1);
    const body = JSON.parse(r.stdout) as { error: { code: string; message: string } };
    expect(body.error.code).toBe("MISSING_DOWN_REVISION");
    expect(body.error.message).toContain("ffffffffffff");
    expect(r.stderr).toContain("error:");
  });

  it("answers an unknown command as JSON too", async () => {
    const r = await project().run("upgarde", "--json");
    expect(r.code).toBe(2);
    const body = JSON.parse(r.stdout) as { error: { code: string; hint: string } };
    expect(body.error.code).toBe("BAD_ARGUMENT");
    expect(body.error.hint).toContain('"upgrade"');
  });
});

describe("colours", () => {
  it("colour errors on a terminal, and honour NO_COLOR and FORCE_COLOR", async () => {
    const p = project();
    const esc = "\u001b[";
    const onTerminal = await p.runWith({ colors: true }, "upgarde");
    expect(onTerminal.stderr).toContain(`${esc}`);
    expect(onTerminal.stderr).toContain("error:");
    const noColor = await p.runWith({ colors: true, env: { NO_COLOR: "1" } }, "upgarde");
    expect(noColor.stderr).not.toContain(esc);
    expect(noColor.stderr.startsWith('error: Unknown command "upgarde".')).toBe(true);
    const piped = await p.runWith({ colors: false }, "upgarde");
    expect(piped.stderr).not.toContain(esc);
    const forced = await p.runWith({ colors: false, env: { FORCE_COLOR: "1" } }, "upgarde");
    expect(forced.stderr).toContain(esc);
  });
});

describe("revision with several heads", () => {
  it("says to pick a branch with --head or merge, naming the heads, and writes nothing", async () => {
    const p = project();
    p.add("aaaa00000001", null);
    p.add("bbbb00000002", "aaaa00000001");
    p.add("bbbc00000003", "aaaa00000001");
    const r = await p.run("revision", "-m", "next");
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(
      "The history has 2 heads (bbbb00000002, bbbc00000003), so a new revision has no single parent.",
    );
    expect(r.stderr).toContain("--head bbbb00000002");
    expect(r.stderr).toContain('retort merge heads -m "merge"');
    const ok = await p.run("revision", "-m", "next", "--head", "bbbc00000003", "--json");
    expect(ok.code).toBe(0);
    expect(JSON.parse(ok.stdout).downRevisions).toEqual(["bbbc00000003"]);
  });
});

describe("revision --dry-run", () => {
  it("prints the file it would write and writes nothing", async () => {
    const p = project();
    p.add("aaaa00000001", null);
    const r = await p.run("revision", "-m", "add thing", "--rev-id", "cafe00000002", "--dry-run");
    expect(r.code).toBe(0);
    expect(r.stderr).toContain(
      "Would write migrations/versions/cafe00000002_add_thing.ts (--dry-run: nothing written):",
    );
    expect(r.stdout).toContain('revision: "cafe00000002"');
    expect(r.stdout).toContain('downRevision: "aaaa00000001"');
    expect(existsSync(join(p.root, "migrations/versions/cafe00000002_add_thing.ts"))).toBe(false);
    const json = JSON.parse(
      (await p.run("revision", "-m", "add thing", "--dry-run", "--json")).stdout,
    ) as { dryRun: boolean; text: string };
    expect(json.dryRun).toBe(true);
    expect(json.text).toContain("defineMigration");
  });
});
