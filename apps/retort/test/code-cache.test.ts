import { execFileSync } from "node:child_process";
import { readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { afterAll, describe, expect, it } from "vitest";
import { Project, retortBin } from "./project";

// Past 500 migrations, retort runs them as one script with V8's code cache (see core's
// script-bundle.ts). A cache V8 cannot take, as one another Node version wrote (a project
// folder shared between a developer's Node 22 and CI's Node 20), must cost a compile, never
// an error or different SQL.
describe("upgrade --sql on more than 500 migrations", () => {
  const project = new Project({ DATABASE_URL: undefined });
  afterAll(() => project.remove());
  let down: string | null = null;
  for (let i = 0; i < 501; i++) {
    const revision = (0xa00000000000 + i).toString(16);
    project.migration(
      revision,
      down,
      `op.createTable("t${i}", { columns: { id: { type: "integer", primaryKey: true } } });`,
      `op.dropTable("t${i}");`,
    );
    down = revision;
  }

  const cacheDir = project.path(".retort", "cache");
  const codeCaches = (): string[] => readdirSync(cacheDir).filter((name) => name.endsWith(".v8"));
  const codeCache = (): { path: string; inode: number; bytes: Buffer } => {
    const names = codeCaches();
    expect(names).toHaveLength(1);
    const path = `${cacheDir}/${names[0]}`;
    return { path, inode: statSync(path).ino, bytes: readFileSync(path) };
  };
  const sql = async (): Promise<string> => {
    const result = await project.run("upgrade", "head", "--sql");
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    return result.stdout;
  };

  it("keeps the compiled code, reads it on the next run, and replaces a cache V8 rejects", async () => {
    const cold = await sql();
    expect(cold).toContain(`CREATE TABLE "t500" (`);
    // A cold start does not pay for writing the code: the second run does.
    expect(codeCaches()).toEqual([]);
    expect(await sql()).toBe(cold);
    const written = codeCache();

    // Taken as it is: the same SQL, and the cache is not written again.
    expect(await sql()).toBe(cold);
    expect(codeCache().inode).toBe(written.inode);

    // Another V8's cache: rejected, the same SQL, and this V8's cache in its place.
    const foreign = Buffer.alloc(written.bytes.length, 0x5a);
    writeFileSync(written.path, foreign);
    expect(await sql()).toBe(cold);
    const replaced = codeCache();
    expect(replaced.bytes.equals(foreign)).toBe(false);
    expect(await sql()).toBe(cold);
    expect(codeCache().inode).toBe(replaced.inode);
  });
});

// Node 22.1+ keeps the compiled code of retort's own modules when asked (`enableCompileCache`);
// CI's Node 20 has no such function. Each Node is given both, so both branches run anywhere.
describe("the bin's use of Node's compile cache", () => {
  const version = (preload: string): string =>
    execFileSync(
      process.execPath,
      ["--import", `data:text/javascript,${encodeURIComponent(preload)}`, retortBin, "--version"],
      { encoding: "utf8" },
    );

  it("turns it on where Node has it", () => {
    const stdout = version(
      `import m from "node:module"; m.enableCompileCache = () => { console.log("enabled"); return { status: 0 }; };`,
    );
    expect(stdout).toMatch(/^enabled\n\d+\.\d+\.\d+/);
  });

  it("starts without it where Node lacks it", () => {
    const stdout = version(`import m from "node:module"; delete m.enableCompileCache;`);
    expect(stdout).toMatch(/^\d+\.\d+\.\d+\n$/);
  });
});
