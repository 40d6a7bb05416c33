import { spawnSync } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { baselineEngine } from "./baseline-engine";

describe("baselineEngine", () => {
  it("compiles the installed PGlite's engine, once for every database of the process", async () => {
    // Undefined would mean PGlite compiles it itself, with the recompiles a command pays for.
    const engine = await baselineEngine();
    // TypeScript's ES libraries declare no global WebAssembly: the class is reached through Node's.
    const { Module } = (
      globalThis as unknown as { WebAssembly: { Module: new (...args: never) => unknown } }
    ).WebAssembly;
    expect(engine).toBeInstanceOf(Module);
    expect(await baselineEngine()).toBe(engine);
  });

  it("keeps a command's memory low: the engine never tiers up to optimized code", async () => {
    // A process opens a database, reads the catalog twenty times and exits, as a command does.
    // With V8's optimizing compiler at work it peaked at 300-380 MB on Node 24 (whose V8 ignores
    // `--liftoff-only` set while the process runs), against 145-160 MB baseline-only on Node 20
    // and 24.
    const root = await mkdtemp(join(tmpdir(), "retort-engine-"));
    try {
      const driver = fileURLToPath(new URL("../dist/index.js", import.meta.url));
      const script = `
        import { createDriver } from ${JSON.stringify(driver)};
        import { Kysely, sql } from "kysely";
        const db = new Kysely({ dialect: createDriver({ url: "pglite://engine", root: ${JSON.stringify(root)} }).createDialect() });
        for (let i = 0; i < 20; i++) {
          await sql\`select count(*) from pg_class c join pg_attribute a on a.attrelid = c.oid\`.execute(db);
        }
        await db.destroy();
        process.stdout.write(String(process.resourceUsage().maxRSS));`;
      const run = () =>
        spawnSync(process.execPath, ["--input-type=module", "-e", script], {
          cwd: fileURLToPath(new URL("..", import.meta.url)),
          encoding: "utf8",
        });
      // The first run creates the database: the second is a later command's.
      expect(run().status).toBe(0);
      const later = run();
      expect(later.stderr).toBe("");
      expect(Number(later.stdout) / 1024).toBeLessThan(250);
    } finally {
      await rm(root, { recursive: true, force: true });
    }
  });
});
