// Kept by hand: one JSON file of columns, a row per file, written atomically. A cache package
// (`flat-cache`, `file-entry-cache`) would add a dependency to every command's start-up, and an
// object per entry: on 10,000 migrations, building (and collecting) objects that are thrown
// away was most of a warm `heads`. Columns parse into a few long arrays (the stamps into one
// array of doubles), and the strings they hold become the scripts' own. One file past 500 lines
// on purpose: reading rows, checking stamps, reading changed files and writing the columns share
// the row layout, which splitting would have to export.
import { randomBytes } from "node:crypto";
import {
  closeSync,
  fstatSync,
  mkdirSync,
  openSync,
  readFileSync,
  readSync,
  renameSync,
  type Stats,
  statSync,
  writeFileSync,
} from "node:fs";
import { dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { type ScannedProgram, scannedProgramText } from "./checksum-scan";
import { checksumOfCanonicalText } from "./migration-checksum";
import {
  type MigrationHeader,
  migrationSourceChecksum,
  readMigrationHeader,
  readMigrationSource,
} from "./migration-header";

/** A migration's header as the graph and the commands read it, with its file. */
export interface CachedHeader extends MigrationHeader {
  /** Absolute path of the file. */
  readonly path: string;
}

/** The header fields that are almost always at their default, written only when they are not. */
interface Extra {
  readonly branchLabels?: readonly string[];
  readonly dependsOn?: readonly string[];
  readonly transactional?: boolean;
  readonly lockTimeout?: number;
  readonly lockRetries?: number;
  readonly replaces?: readonly string[];
}

/**
 * The cache file: one row per migration file, in the order the last run listed them (so the
 * next run finds each row where it looks first). `0` stands for "none": a number, not `null`
 * or an object, keeps each column an array of one kind. The format-1 checksum of the bytes is
 * not kept: only a history row written by an early retort asks for it.
 */
interface Columns {
  readonly version: number;
  /** Which retort wrote it ({@link readerStamp}): another build may read headers otherwise. */
  readonly reader: string;
  readonly folders: string[];
  /** Index into `folders` of each row. */
  readonly folderOf: number[];
  readonly names: string[];
  /** {@link stampWidth} numbers a row: mtimeMs, ctimeMs, size, ino. */
  readonly stamps: number[];
  readonly revisions: string[];
  readonly downRevisions: string[][];
  readonly messages: string[];
  readonly createdAts: (string | 0)[];
  readonly extras: (Extra | 0)[];
  /** Computed once a command needed it (`upgrade`, `--sql`, checksum checks; `heads` never). */
  readonly checksums: (string | 0)[];
}

// 3: headers read by a parser; a header the hand-written scanner read is read again once.
// 4: checksums of the normalised syntax tree beside those of the bytes.
// 5: headers carry lockTimeout and lockRetries.
// 6: checksums only once a command needed them; headers from the fast scanner.
// 7: rows grouped by folder instead of an object per file; no checksum of the bytes.
// 8: columns in listing order; stamps with ctime and inode; the writing retort's stamp.
const formatVersion = 8;

/**
 * What a row is checked with. The modification time alone misses a file restored with an old
 * mtime (`cp -p`, `touch -r`, an editor keeping it) or replaced by another of the same size;
 * the change time cannot be set back by a user, and the inode tells a file moved over another.
 */
const stampWidth = 4;

/** Shared by every header that has none: 10,000 migrations, not 30,000 empty arrays. */
const none: readonly string[] = Object.freeze([]);

/**
 * This module's own file, stamped: the header reader is in it (retort's bundle, or the sources
 * under test), so an upgraded or rebuilt retort does not trust headers an older one read. One
 * stat; a version number alone would miss a development build.
 */
function readerStamp(): string {
  try {
    const file = fileURLToPath(import.meta.url);
    const stat = statSync(file);
    return `${file}:${stat.size}:${stat.mtimeMs}`;
  } catch {
    return "unknown";
  }
}

/**
 * Remembers each migration file's header by folder, name and stamp (modification and change
 * times, size, inode), so that a project of thousands of migrations reads only the files that
 * changed. A missing, stale or unreadable cache only costs the full read; a cache that cannot be
 * written is ignored.
 */
export class HeaderCache {
  /** The rows of the cache file, or `undefined` without one. */
  readonly #old: Columns | undefined;
  /** Where the next row read is looked for first: rows are kept in listing order. */
  #cursor = 0;
  /** `folder\0name` to row, made only when a file is not where the order says. */
  #oldIndex: Map<string, number> | undefined;
  /** The last folder looked up and its index in the cache file (every file of a folder asks). */
  #lastFolder: string | undefined;
  #lastFolderIndex = -1;
  readonly #reader: string;

  // What this run read, one entry per file, in listing order: what `save` writes.
  readonly #folders: string[] = [];
  readonly #folderOf: number[] = [];
  readonly #names: string[] = [];
  readonly #paths: string[] = [];
  readonly #stamps: number[] = [];
  readonly #headers: CachedHeader[] = [];
  readonly #checksums: (string | 0)[] = [];
  /** Path to row of this run, made only when a checksum or a stamp is asked for. */
  #byPath: Map<string, number> | undefined;
  /**
   * The text of each file this run read (a cold start reads them all), for the checksums and
   * the module loader, which would otherwise read each file twice more.
   */
  readonly #texts = new Map<string, string>();
  #changed = false;

  private constructor(
    private readonly file: string | undefined,
    old: Columns | undefined,
    reader: string,
  ) {
    this.#old = old;
    this.#reader = reader;
  }

  /** Opens the cache at `file`; `undefined` keeps nothing between runs. */
  static open(file: string | undefined): HeaderCache {
    if (file === undefined) return new HeaderCache(undefined, undefined, "");
    const reader = readerStamp();
    let old: Columns | undefined;
    try {
      const data = JSON.parse(readFileSync(file, "utf8")) as Columns;
      if (data.version === formatVersion && data.reader === reader && isColumns(data)) old = data;
    } catch {
      // No cache yet, or an unreadable one: start empty.
    }
    return new HeaderCache(file, old, reader);
  }

  /**
   * The header of `name` in `folder`, from the cache when the file is unchanged, else from the
   * fast scanner (Babel only for files it is unsure of). No checksum: `heads` and `history`
   * need none. `undefined` when the name is a folder (the caller lists names, not file types)
   * or the file is gone since it was listed.
   */
  read(
    folder: string,
    name: string,
    path: string,
    displayPath: (path: string) => string,
  ): CachedHeader | undefined {
    // No exception for a missing file (it went since the listing): building one costs more
    // than the stat.
    const stat = statSync(path, { throwIfNoEntry: false });
    if (stat === undefined || stat.isDirectory()) return undefined;
    const old = this.#old;
    const row = old === undefined ? -1 : this.#find(old, folder, name);
    let header: CachedHeader;
    let checksum: string | 0 = 0;
    if (row >= 0 && isStamp(old!.stamps, row * stampWidth, stat)) {
      header = headerOf(old!, row, path);
      checksum = old!.checksums[row]!;
    } else {
      // The stat was taken before the read: a file edited in between is kept under the older
      // stamp, which the next run finds changed.
      const text = readText(path, stat.size);
      header = cachedHeader(
        readMigrationHeader(text, () => displayPath(path)),
        path,
      );
      this.#texts.set(path, text);
      this.#changed = true;
    }
    this.#push(folder, name, path, stat, header, checksum);
    return header;
  }

  /**
   * The checksum of `path` (one read of its text, then kept while the file is unchanged). A file
   * {@link HeaderCache.read} found unchanged in this run is not looked at again; one changed
   * since has its header read again with it.
   */
  checksum(path: string, displayPath: (path: string) => string): string {
    const row = this.#row(path);
    const file = () => displayPath(path);
    if (row === undefined) {
      // Not a file this run listed: nothing to keep it under.
      return readMigrationSource(readFileSync(path, "utf8"), file).checksum;
    }
    const known = this.#checksums[row]!;
    if (known !== 0) return known;
    const text = this.#texts.get(path);
    if (text !== undefined) {
      // Read by this run under the row's stamp: the header is known, only the checksum is new.
      const checksum = migrationSourceChecksum(text, file);
      this.#checksums[row] = checksum;
      this.#changed = true;
      return checksum;
    }
    // The stamp of the bytes read, not of a stat before: a file edited meanwhile is not kept
    // under the stamp of its previous content.
    const { bytes, stat } = readWithStat(path);
    this.#changed = true;
    if (isStamp(this.#stamps, row * stampWidth, stat)) {
      // The header this run read is the file's: only the checksum is new.
      const checksum = migrationSourceChecksum(bytes.toString("utf8"), file);
      this.#checksums[row] = checksum;
      return checksum;
    }
    const { header, checksum } = readMigrationSource(bytes.toString("utf8"), file);
    this.#headers[row] = cachedHeader(header, path);
    this.#checksums[row] = checksum;
    setStamp(this.#stamps, row * stampWidth, stat);
    return checksum;
  }

  /**
   * Takes the checksum of a file from its program, read by someone else in this run (a cold
   * start joining the file without esbuild reads all of it), when `text` is what this run read
   * of the file under its stamp and no checksum is kept for it yet: {@link HeaderCache.checksum}
   * then has it without reading the text once more.
   */
  scanned(path: string, text: string, program: ScannedProgram): void {
    const row = this.#row(path);
    if (row === undefined || this.#checksums[row] !== 0 || this.#texts.get(path) !== text) return;
    this.#checksums[row] = checksumOfCanonicalText(scannedProgramText(program));
    this.#changed = true;
  }

  /** The text of `path` if this run read it (the header cache did not hold the file). */
  text(path: string): string | undefined {
    return this.#texts.get(path);
  }

  /**
   * The change time and size this run found `path` at, if it read the file: what a module cache
   * compares its own stamps with (see `fileStamp`), without a stat of its own.
   */
  stamp(path: string): [changeMs: number, size: number] | undefined {
    const row = this.#row(path);
    if (row === undefined) return undefined;
    return [this.#stamps[row * stampWidth + 1]!, this.#stamps[row * stampWidth + 2]!];
  }

  /** Writes the cache back if anything changed, keeping only the files this run read. */
  save(): void {
    if (this.file === undefined) return;
    // Every row read unchanged and none left over: the file already says all this.
    const count = this.#names.length;
    if (!this.#changed && this.#old !== undefined && this.#old.names.length === count) return;
    const headers = this.#headers;
    const revisions: string[] = [];
    const downRevisions: (readonly string[])[] = [];
    const messages: string[] = [];
    const createdAts: (string | 0)[] = [];
    const extras: (Extra | 0)[] = [];
    for (let i = 0; i < count; i++) {
      const header = headers[i]!;
      revisions.push(header.revision);
      downRevisions.push(header.downRevisions);
      messages.push(header.message);
      createdAts.push(header.createdAt ?? 0);
      extras.push(extraOf(header));
    }
    const columns = {
      version: formatVersion,
      reader: this.#reader,
      folders: this.#folders,
      folderOf: this.#folderOf,
      names: this.#names,
      stamps: this.#stamps,
      revisions,
      downRevisions,
      messages,
      createdAts,
      extras,
      checksums: this.#checksums,
    };
    try {
      mkdirSync(dirname(this.file), { recursive: true });
      // Random, not only the pid: two containers sharing a project folder may both be pid 1.
      const temp = `${this.file}.${process.pid}-${randomBytes(4).toString("hex")}.tmp`;
      writeFileSync(temp, JSON.stringify(columns));
      // Atomic, so a concurrent retort process reads the old cache or the new one, never half.
      renameSync(temp, this.file);
      this.#changed = false;
    } catch {
      // A read-only checkout still works, only slower.
    }
  }

  /** The row of the cache file for `name` in `folder`, or -1. */
  #find(old: Columns, folder: string, name: string): number {
    let folderIndex = this.#lastFolderIndex;
    if (folder !== this.#lastFolder) {
      folderIndex = old.folders.indexOf(folder);
      this.#lastFolder = folder;
      this.#lastFolderIndex = folderIndex;
    }
    if (folderIndex < 0) return -1;
    const at = this.#cursor;
    if (at < old.names.length && old.names[at] === name && old.folderOf[at] === folderIndex) {
      this.#cursor = at + 1;
      return at;
    }
    // Not where the order of the last run puts it (a file added or removed before it, or the
    // folders listed in another order): found by name, and the order written again.
    this.#changed = true;
    if (this.#oldIndex === undefined) {
      this.#oldIndex = new Map();
      for (let i = 0; i < old.names.length; i++) {
        this.#oldIndex.set(`${old.folderOf[i]}\0${old.names[i]}`, i);
      }
    }
    const row = this.#oldIndex.get(`${folderIndex}\0${name}`);
    if (row === undefined) return -1;
    this.#cursor = row + 1;
    return row;
  }

  #push(
    folder: string,
    name: string,
    path: string,
    stat: Stats,
    header: CachedHeader,
    checksum: string | 0,
  ): void {
    const folders = this.#folders;
    let folderIndex = folders.length - 1;
    if (folders[folderIndex] !== folder) {
      folderIndex = folders.indexOf(folder);
      if (folderIndex < 0) folderIndex = folders.push(folder) - 1;
    }
    this.#folderOf.push(folderIndex);
    this.#names.push(name);
    this.#paths.push(path);
    this.#stamps.push(stat.mtimeMs, stat.ctimeMs, stat.size, stat.ino);
    this.#headers.push(header);
    this.#checksums.push(checksum);
    this.#byPath?.set(path, this.#names.length - 1);
  }

  #row(path: string): number | undefined {
    if (this.#byPath === undefined) {
      const byPath = new Map<string, number>();
      for (let row = 0; row < this.#paths.length; row++) byPath.set(this.#paths[row]!, row);
      this.#byPath = byPath;
    }
    return this.#byPath.get(path);
  }
}

/** Whether the columns are whole: a cache cut short by hand reads as none. */
function isColumns(data: Columns): boolean {
  const rows = Array.isArray(data.names) ? data.names.length : -1;
  return (
    Array.isArray(data.folders) &&
    [
      data.folderOf,
      data.revisions,
      data.downRevisions,
      data.messages,
      data.createdAts,
      data.extras,
      data.checksums,
    ].every((column) => Array.isArray(column) && column.length === rows) &&
    Array.isArray(data.stamps) &&
    data.stamps.length === rows * stampWidth
  );
}

function isStamp(stamps: readonly number[], at: number, stat: Stats): boolean {
  return (
    stamps[at] === stat.mtimeMs &&
    stamps[at + 1] === stat.ctimeMs &&
    stamps[at + 2] === stat.size &&
    stamps[at + 3] === stat.ino
  );
}

function setStamp(stamps: number[], at: number, stat: Stats): void {
  stamps[at] = stat.mtimeMs;
  stamps[at + 1] = stat.ctimeMs;
  stamps[at + 2] = stat.size;
  stamps[at + 3] = stat.ino;
}

function extraOf(header: MigrationHeader): Extra | 0 {
  if (
    header.branchLabels.length === 0 &&
    header.dependsOn.length === 0 &&
    header.transactional &&
    header.lockTimeout === undefined &&
    header.lockRetries === undefined &&
    header.replaces.length === 0
  ) {
    return 0;
  }
  const extra: { -readonly [K in keyof Extra]: Extra[K] } = {};
  if (header.branchLabels.length > 0) extra.branchLabels = header.branchLabels;
  if (header.dependsOn.length > 0) extra.dependsOn = header.dependsOn;
  if (!header.transactional) extra.transactional = false;
  if (header.lockTimeout !== undefined) extra.lockTimeout = header.lockTimeout;
  if (header.lockRetries !== undefined) extra.lockRetries = header.lockRetries;
  if (header.replaces.length > 0) extra.replaces = header.replaces;
  return extra;
}

function headerOf(columns: Columns, row: number, path: string): CachedHeader {
  const extra = columns.extras[row];
  const downRevisions = columns.downRevisions[row]!;
  const createdAt = columns.createdAts[row];
  if (extra === 0 || extra === undefined) {
    return {
      revision: columns.revisions[row]!,
      downRevisions: downRevisions.length === 0 ? none : downRevisions,
      branchLabels: none,
      dependsOn: none,
      message: columns.messages[row]!,
      createdAt: createdAt === 0 ? undefined : createdAt,
      transactional: true,
      lockTimeout: undefined,
      lockRetries: undefined,
      replaces: none,
      path,
    };
  }
  return cachedHeader(
    {
      revision: columns.revisions[row]!,
      downRevisions,
      branchLabels: extra.branchLabels ?? none,
      dependsOn: extra.dependsOn ?? none,
      message: columns.messages[row]!,
      createdAt: createdAt === 0 ? undefined : createdAt,
      transactional: extra.transactional ?? true,
      lockTimeout: extra.lockTimeout,
      lockRetries: extra.lockRetries,
      replaces: extra.replaces ?? none,
    },
    path,
  );
}

/**
 * A header with its path, its fields in one order and its empty lists shared: every script of
 * a run has one object shape, however it was read, so the graph's loops stay monomorphic.
 */
function cachedHeader(header: MigrationHeader, path: string): CachedHeader {
  return {
    revision: header.revision,
    downRevisions: header.downRevisions.length === 0 ? none : header.downRevisions,
    branchLabels: header.branchLabels.length === 0 ? none : header.branchLabels,
    dependsOn: header.dependsOn.length === 0 ? none : header.dependsOn,
    message: header.message,
    createdAt: header.createdAt,
    transactional: header.transactional,
    lockTimeout: header.lockTimeout,
    lockRetries: header.lockRetries,
    replaces: header.replaces.length === 0 ? none : header.replaces,
    path,
  };
}

/** Reused by every read of a cold start: one buffer, not one per file. */
let readBuffer = Buffer.allocUnsafe(64 * 1024);

/**
 * The text of `path`, which a stat just found `size` bytes long. A read that asks for more and
 * stops at that size has reached the end: `readFileSync` reads once more to see the end, and
 * checks its options on each of 10,000 calls. A file grown or shrunk since is read to its end.
 */
function readText(path: string, size: number): string {
  if (readBuffer.length <= size) readBuffer = Buffer.allocUnsafe(2 * size + 1);
  const fd = openSync(path, "r");
  try {
    let at = 0;
    for (;;) {
      if (at === readBuffer.length) {
        const larger = Buffer.allocUnsafe(2 * readBuffer.length);
        readBuffer.copy(larger);
        readBuffer = larger;
      }
      const read = readSync(fd, readBuffer, at, readBuffer.length - at, null);
      if (read === 0) break;
      at += read;
      if (at === size) break;
    }
    return readBuffer.toString("utf8", 0, at);
  } finally {
    closeSync(fd);
  }
}

/** The bytes of `path` and the stat of the very file they were read from. */
function readWithStat(path: string): { bytes: Buffer; stat: Stats } {
  const fd = openSync(path, "r");
  try {
    const stat = fstatSync(fd);
    const bytes = Buffer.allocUnsafe(stat.size);
    let at = 0;
    while (at < bytes.length) {
      const read = readSync(fd, bytes, at, bytes.length - at, null);
      if (read === 0) break;
      at += read;
    }
    return { bytes: at === bytes.length ? bytes : bytes.subarray(0, at), stat };
  } finally {
    closeSync(fd);
  }
}
