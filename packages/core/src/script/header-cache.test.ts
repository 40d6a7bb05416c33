import { createHash } from "node:crypto";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { ScriptDirectory } from "./script-directory";

const roots: string[] = [];

afterEach(() => {
  for (const root of roots.splice(0)) rmSync(root, { recursive: true, force: true });
});

function migration(revision: string, down: string | null, message: string, body = "") {
  return `import { defineMigration } from "retort";
export default defineMigration({
  revision: ${JSON.stringify(revision)},
  downRevision: ${JSON.stringify(down)},
  message: ${JSON.stringify(message)},
  up(op) { op.execute("select 1");${body} },
  down(op) { op.execute("select 1"); },
});
`;
}

function project() {
  const root = mkdtempSync(join(tmpdir(), "retort-header-cache-"));
  roots.push(root);
  const versions = join(root, "versions");
  mkdirSync(versions);
  const headerCache = join(root, ".retort", "cache", "headers.json");
  const load = () => ScriptDirectory.load({ root, versionLocations: [versions], headerCache });
  return { root, versions, headerCache, load };
}

describe("the header cache", () => {
  it("reads a file again when it changed, even at the same size and a restored mtime", () => {
    const { versions, load } = project();
    const file = join(versions, "a_m.ts");
    writeFileSync(file, migration("aaaaaaaaaaaa", null, "first"));
    writeFileSync(join(versions, "b_m.ts"), migration("bbbbbbbbbbbb", "aaaaaaaaaaaa", "second"));
    expect(load().script("aaaaaaaaaaaa").message).toBe("first");
    // Same length, other text; only the mtime tells.
    writeFileSync(file, migration("aaaaaaaaaaaa", null, "FIRST"));
    utimesSync(file, new Date(), new Date(Date.now() + 5000));
    const again = load();
    expect(again.script("aaaaaaaaaaaa").message).toBe("FIRST");
    expect(again.graph.heads.map((head) => head.revision)).toEqual(["bbbbbbbbbbbb"]);
  });

  it("keeps a checksum until the file changes, and forgets removed files", () => {
    const { versions, headerCache, load } = project();
    const a = join(versions, "a_m.ts");
    const b = join(versions, "b_m.ts");
    writeFileSync(a, migration("aaaaaaaaaaaa", null, "first"));
    writeFileSync(b, migration("bbbbbbbbbbbb", "aaaaaaaaaaaa", "second"));
    const first = load();
    const checksum = first.checksum("aaaaaaaaaaaa");
    first.prepareChecksums(["aaaaaaaaaaaa"]);
    expect(readFileSync(headerCache, "utf8")).toContain(checksum);
    expect(load().checksum("aaaaaaaaaaaa")).toBe(checksum);

    writeFileSync(a, migration("aaaaaaaaaaaa", null, "first", ' op.execute("select 2");'));
    utimesSync(a, new Date(), new Date(Date.now() + 5000));
    const changed = load();
    expect(changed.checksum("aaaaaaaaaaaa")).not.toBe(checksum);

    rmSync(b);
    load();
    expect(readFileSync(headerCache, "utf8")).not.toContain("b_m.ts");
  });

  it("ignores a cache written in another format", () => {
    const { versions, headerCache, load } = project();
    writeFileSync(join(versions, "a_m.ts"), migration("aaaaaaaaaaaa", null, "first"));
    mkdirSync(join(headerCache, ".."), { recursive: true });
    writeFileSync(headerCache, JSON.stringify({ version: 6, entries: [] }));
    expect(load().script("aaaaaaaaaaaa").message).toBe("first");
    expect(JSON.parse(readFileSync(headerCache, "utf8")).version).not.toBe(6);
  });

  it("verifies a format-1 checksum (of the bytes) against the file", () => {
    const { versions, load } = project();
    const text = migration("aaaaaaaaaaaa", null, "first");
    writeFileSync(join(versions, "a_m.ts"), text);
    const bytes = createHash("sha256").update(text).digest("hex");
    const scripts = load();
    expect(scripts.checksumMatches("aaaaaaaaaaaa", bytes)).toBe(true);
    expect(scripts.checksumMatches("aaaaaaaaaaaa", "0".repeat(64))).toBe(false);
    expect(scripts.checksumMatches("aaaaaaaaaaaa", scripts.checksum("aaaaaaaaaaaa"))).toBe(true);
  });

  it("skips a folder whose name looks like a migration", () => {
    const { versions, load } = project();
    writeFileSync(join(versions, "a_m.ts"), migration("aaaaaaaaaaaa", null, "first"));
    mkdirSync(join(versions, "folder.ts"));
    expect(load().scripts.map((script) => script.revision)).toEqual(["aaaaaaaaaaaa"]);
  });
});
