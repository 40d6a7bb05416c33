import { createHash } from "node:crypto";
import {
  mkdirSync,
  mkdtempSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  utimesSync,
  writeFileSync,
} from "node:fs";
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

/** The folder above `path`. */
const root = (path: string) => join(path, "..");

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

  it("reads a file edited in place at the same size and the same mtime (its ctime moved)", () => {
    const { versions, load } = project();
    const file = join(versions, "a_m.ts");
    // Whole seconds, so the very same mtime can be set again.
    const seconds = 1_700_000_000;
    writeFileSync(file, migration("aaaaaaaaaaaa", null, "first"));
    utimesSync(file, seconds, seconds);
    expect(load().script("aaaaaaaaaaaa").message).toBe("first");
    writeFileSync(file, migration("aaaaaaaaaaaa", null, "FIRST"));
    // An editor or `touch -r` putting the old mtime back: only the change time tells.
    utimesSync(file, seconds, seconds);
    expect(statSync(file).mtimeMs).toBe(seconds * 1000);
    expect(load().script("aaaaaaaaaaaa").message).toBe("FIRST");
  });

  it("notices added, removed and renamed files", () => {
    const { versions, load } = project();
    writeFileSync(join(versions, "b_m.ts"), migration("bbbbbbbbbbbb", null, "b"));
    writeFileSync(join(versions, "d_m.ts"), migration("dddddddddddd", "bbbbbbbbbbbb", "d"));
    expect(load().graph.heads.map((head) => head.revision)).toEqual(["dddddddddddd"]);

    // Added before, between and after the files the cache holds, in listing order.
    writeFileSync(join(versions, "a_m.ts"), migration("aaaaaaaaaaaa", null, "a"));
    writeFileSync(join(versions, "c_m.ts"), migration("cccccccccccc", "bbbbbbbbbbbb", "c"));
    writeFileSync(join(versions, "e_m.ts"), migration("eeeeeeeeeeee", "dddddddddddd", "e"));
    const added = load();
    expect(added.scripts.map((script) => script.revision)).toEqual([
      "aaaaaaaaaaaa",
      "bbbbbbbbbbbb",
      "cccccccccccc",
      "dddddddddddd",
      "eeeeeeeeeeee",
    ]);
    expect(added.graph.heads.map((head) => head.revision)).toEqual([
      "aaaaaaaaaaaa",
      "cccccccccccc",
      "eeeeeeeeeeee",
    ]);

    rmSync(join(versions, "c_m.ts"));
    expect(load().graph.heads.map((head) => head.revision)).toEqual([
      "aaaaaaaaaaaa",
      "eeeeeeeeeeee",
    ]);

    // Renamed over another file's name: the new name's row must not be the old file's.
    renameSync(join(versions, "e_m.ts"), join(versions, "f_m.ts"));
    renameSync(join(versions, "a_m.ts"), join(versions, "e_m.ts"));
    const renamed = load();
    expect(renamed.script("aaaaaaaaaaaa").path).toBe(join(versions, "e_m.ts"));
    expect(renamed.script("eeeeeeeeeeee").path).toBe(join(versions, "f_m.ts"));
    expect(renamed.scripts.map((script) => script.revision)).toEqual([
      "bbbbbbbbbbbb",
      "dddddddddddd",
      "aaaaaaaaaaaa",
      "eeeeeeeeeeee",
    ]);
  });

  it("reads a file moved over another of the same size and mtime (another inode)", () => {
    const { versions, load } = project();
    const a = join(versions, "a_m.ts");
    const spare = join(root(versions), "spare.ts");
    const seconds = 1_700_000_000;
    writeFileSync(a, migration("aaaaaaaaaaaa", null, "first"));
    writeFileSync(spare, migration("aaaaaaaaaaaa", null, "other"));
    utimesSync(a, seconds, seconds);
    utimesSync(spare, seconds, seconds);
    expect(load().script("aaaaaaaaaaaa").message).toBe("first");
    renameSync(spare, a);
    expect(statSync(a).mtimeMs).toBe(seconds * 1000);
    expect(load().script("aaaaaaaaaaaa").message).toBe("other");
  });

  it("reads the files of a folder the config adds, and keeps the order of the folders", () => {
    const { root, versions, headerCache } = project();
    const other = join(root, "other");
    mkdirSync(other);
    writeFileSync(join(versions, "a_m.ts"), migration("aaaaaaaaaaaa", null, "a"));
    writeFileSync(join(other, "b_m.ts"), migration("bbbbbbbbbbbb", "aaaaaaaaaaaa", "b"));
    const load = (versionLocations: string[]) =>
      ScriptDirectory.load({ root, versionLocations, headerCache });
    expect(load([versions]).scripts.map((script) => script.revision)).toEqual(["aaaaaaaaaaaa"]);
    const both = load([versions, other]);
    expect(both.graph.heads.map((head) => head.revision)).toEqual(["bbbbbbbbbbbb"]);
    expect(load([other, versions]).scripts.map((script) => script.revision)).toEqual([
      "bbbbbbbbbbbb",
      "aaaaaaaaaaaa",
    ]);
  });

  it("does not trust headers another build of retort read", () => {
    const { versions, headerCache, load } = project();
    const file = join(versions, "a_m.ts");
    writeFileSync(file, migration("aaaaaaaaaaaa", null, "first"));
    load();
    // The same cache, as if written by another retort: its rows say something else.
    const cache = JSON.parse(readFileSync(headerCache, "utf8")) as {
      reader: string;
      messages: string[];
    };
    cache.messages = ["from the cache"];
    writeFileSync(headerCache, JSON.stringify(cache));
    expect(load().script("aaaaaaaaaaaa").message).toBe("from the cache");
    writeFileSync(headerCache, JSON.stringify({ ...cache, reader: "retort 0.0.1" }));
    expect(load().script("aaaaaaaaaaaa").message).toBe("first");
  });

  it("reads files longer than the read buffer and text that is not ASCII", () => {
    const { versions, load } = project();
    const body = ` op.execute("${"x".repeat(200_000)}");`;
    writeFileSync(join(versions, "a_m.ts"), migration("aaaaaaaaaaaa", null, "añadir tabla", body));
    writeFileSync(join(versions, "b_m.ts"), migration("bbbbbbbbbbbb", "aaaaaaaaaaaa", "ünïcode ✓"));
    const scripts = load();
    expect(scripts.script("aaaaaaaaaaaa").message).toBe("añadir tabla");
    expect(scripts.script("bbbbbbbbbbbb").message).toBe("ünïcode ✓");
    expect(load().script("bbbbbbbbbbbb").message).toBe("ünïcode ✓");
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
