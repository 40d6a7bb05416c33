import { execFileSync } from "node:child_process";
import { readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
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
  // The history runs in parts of 500 migrations, each with its code cache: by file name, the
  // inode (a rewrite renames a new file onto the name) and the bytes.
  const codeCacheFiles = (): Map<string, { inode: number; bytes: Buffer }> =>
    new Map(
      codeCaches().map((name) => {
        const path = `${cacheDir}/${name}`;
        return [path, { inode: statSync(path).ino, bytes: readFileSync(path) }];
      }),
    );
  const inodes = (files: Map<string, { inode: number }>): number[] =>
    [...files.values()].map((file) => file.inode);
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
    const written = codeCacheFiles();
    // 501 migrations: a part of 500 and a part of one.
    expect(written.size).toBe(2);

    // Taken as they are: the same SQL, and no cache is written again.
    expect(await sql()).toBe(cold);
    expect(inodes(codeCacheFiles())).toEqual(inodes(written));

    // Another V8's caches: rejected, the same SQL, and this V8's caches in their place.
    for (const [path, file] of written) writeFileSync(path, Buffer.alloc(file.bytes.length, 0x5a));
    expect(await sql()).toBe(cold);
    const replaced = codeCacheFiles();
    expect([...replaced.keys()]).toEqual([...written.keys()]);
    for (const file of replaced.values()) expect(file.bytes.every((b) => b === 0x5a)).toBe(false);
    expect(await sql()).toBe(cold);
    expect(inodes(codeCacheFiles())).toEqual(inodes(replaced));
  });

  it("records each migration's own checksum on a cold start, as a run that parses them anew does", async () => {
    // Cold, the checksums come from the read that joins the files into parts; with the parts
    // kept and the header cache gone, from a parse of each file of their own.
    rmSync(project.path(".retort"), { recursive: true, force: true });
    const cold = await sql();
    const checksums = [...cold.matchAll(/'up', '(v2:[^']+)'/g)].map((match) => match[1]);
    expect(checksums).toHaveLength(501);
    expect(new Set(checksums).size).toBe(501);
    rmSync(project.path(".retort", "cache", "headers.json"));
    expect(await sql()).toBe(cold);
  });

  it("keeps another Node's caches beside its own (a project folder shared by two Nodes)", async () => {
    const cold = await sql();
    const own = codeCacheFiles();
    // Named as a V8 of another version names its caches: `code-<bundle>-<v8>-<mtime>-<size>.v8`.
    const foreign = [...own.keys()].map((path) => {
      const copy = path.replace(/-([0-9a-f]{8})-([0-9a-z]+-[0-9a-z]+\.v8)$/, "-0ther0v8-$2");
      expect(copy).not.toBe(path);
      writeFileSync(copy, Buffer.alloc(64, 0x5a));
      return copy;
    });
    expect(await sql()).toBe(cold);
    expect(await sql()).toBe(cold);
    const after = codeCacheFiles();
    for (const path of foreign) expect(after.has(path)).toBe(true);
    // Its own were taken as they are, not written again.
    expect([...own.keys()].map((path) => after.get(path)?.inode)).toEqual(inodes(own));
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
