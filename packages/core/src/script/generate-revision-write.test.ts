import { mkdirSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import { loadScriptDirectory, resolveConfig } from "../config/config";
import { isRetortError } from "../errors/retort-error";
import { generateRevision } from "./generate-revision";

// A full disk, as the file system reports it: the write of a file's text fails part way.
const full = vi.hoisted(() => ({ on: false }));
vi.mock("node:fs", async (importOriginal) => {
  const fs = await importOriginal<typeof import("node:fs")>();
  return {
    ...fs,
    writeFileSync: (...args: Parameters<typeof fs.writeFileSync>) => {
      if (!full.on) return fs.writeFileSync(...args);
      fs.writeFileSync(args[0], "export default defineMig");
      throw Object.assign(new Error("ENOSPC: no space left on device, write"), {
        code: "ENOSPC",
        syscall: "write",
      });
    },
  };
});

const roots: string[] = [];
afterEach(() => {
  full.on = false;
  for (const root of roots.splice(0)) rmSync(root, { recursive: true, force: true });
});

describe("generateRevision on a disk that fills up", () => {
  it("leaves no file, not even a cut-off one, and says what failed", () => {
    const root = mkdtempSync(join(tmpdir(), "retort-generate-full-"));
    roots.push(root);
    const versions = join(root, "migrations", "versions");
    mkdirSync(versions, { recursive: true });
    const scripts = loadScriptDirectory(resolveConfig({ migrations: "migrations" }, root));
    full.on = true;
    let error: unknown;
    try {
      generateRevision(scripts, { revisionId: "aaaa00000001", head: "base", message: "full" });
    } catch (caught) {
      error = caught;
    }
    expect(isRetortError(error) && error.code).toBe("WRITE_FAILED");
    expect((error as Error).message).toBe(
      "Could not write migrations/versions/aaaa00000001_full.ts: no space left on device, write.",
    );
    expect(readdirSync(versions)).toEqual([]);
    // The next command reads the history as it was.
    expect(loadScriptDirectory(resolveConfig({ migrations: "migrations" }, root)).scripts).toEqual(
      [],
    );
  });
});
