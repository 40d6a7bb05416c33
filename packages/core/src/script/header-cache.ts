// Kept by hand: one JSON file of rows, keyed by folder, file name, size and modification time,
// written atomically. A cache package (`flat-cache`, `file-entry-cache`) would add a dependency
// to every command's start-up, and an object per entry: on 10,000 migrations, parsing those
// objects (and collecting them) was most of a warm `heads`.
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
import { basename, dirname } from "node:path";
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
 * One file: its name in its folder, the stamp it was read at, its header, and its checksum
 * once a command needed it (`upgrade`, `--sql`, checksum checks; `heads` never does). `0`
 * stands for "none": an array of plain values is what `JSON.parse` builds fastest. The format-1
 * checksum of the bytes is not kept: only a history row written by an early retort asks for
 * it, and hashing the bytes then costs less than keeping 64 characters per file.
 */
type Row = [
  name: string,
  mtimeMs: number,
  size: number,
  revision: string,
  downRevisions: string[],
  message: string,
  createdAt: string | null,
  extra: Extra | 0,
  checksum: string | 0,
];

// 3: headers read by a parser; a header the hand-written scanner read is read again once.
// 4: checksums of the normalised syntax tree beside those of the bytes.
// 5: headers carry lockTimeout and lockRetries.
// 6: checksums only once a command needed them; headers from the fast scanner.
// 7: rows grouped by folder instead of an object per file; no checksum of the bytes.
const formatVersion = 7;

/** Shared by every header that has none: 10,000 migrations, not 30,000 empty arrays. */
const none: readonly string[] = Object.freeze([]);

/**
 * Remembers each migration file's header by path, size and modification time, so that a
 * project of thousands of migrations reads only the files that changed. A missing, stale or
 * unreadable cache only costs the full read; a cache that cannot be written is ignored.
 */
export class HeaderCache {
  /** Rows by folder, then by file name. */
  private readonly folders = new Map<string, Map<string, Row>>();
  /**
   * The row of each path this run read (unchanged, or read again), by path: later checksums
   * need no stat of their own, and rows no path has are of files that are gone.
   */
  private readonly byPath = new Map<string, Row>();
  /**
   * The text of each file this run read (a cold start reads them all), for the checksums and
   * the module loader, which would otherwise read each file twice more.
   */
  private readonly texts = new Map<string, string>();
  private changed = false;

  private constructor(
    private readonly file: string | undefined,
    raw: Record<string, Row[]>,
  ) {
    for (const folder of Object.keys(raw)) {
      const rows = new Map<string, Row>();
      for (const row of raw[folder]!) rows.set(row[0], row);
      this.folders.set(folder, rows);
    }
  }

  /** Opens the cache at `file`; `undefined` keeps nothing between runs. */
  static open(file: string | undefined): HeaderCache {
    let raw: Record<string, Row[]> = {};
    if (file !== undefined) {
      try {
        const data = JSON.parse(readFileSync(file, "utf8")) as {
          version: number;
          folders: Record<string, Row[]>;
        };
        if (data.version === formatVersion && typeof data.folders === "object") raw = data.folders;
      } catch {
        // No cache yet, or an unreadable one: start empty.
      }
    }
    return new HeaderCache(file, raw);
  }

  /**
   * The header of `name` in `folder`, from the cache when the file is unchanged, else from the
   * fast scanner (Babel only for files it is unsure of). No checksum: `heads` and `history`
   * need none. `undefined` when the name is a folder (the caller lists names, not file types).
   */
  read(
    folder: string,
    name: string,
    path: string,
    displayPath: (path: string) => string,
  ): CachedHeader | undefined {
    const stat = statSync(path);
    if (stat.isDirectory()) return undefined;
    const rows = this.rowsOf(folder);
    const cached = rows.get(name);
    if (cached !== undefined && cached[1] === stat.mtimeMs && cached[2] === stat.size) {
      this.byPath.set(path, cached);
      return headerOf(cached, path);
    }
    const text = readFileSync(path, "utf8");
    const header = readMigrationHeader(text, () => displayPath(path));
    const row = rowOf(name, stat, header);
    this.keep(rows, row, path);
    this.texts.set(path, text);
    // From the row, as a cached header is: one shape for every script the graph reads.
    return headerOf(row, path);
  }

  /**
   * The checksum of `path` (one read of its text, then kept while the file is unchanged). A file
   * {@link HeaderCache.read} found unchanged in this run is not looked at again; one changed
   * since has its header read again with it.
   */
  checksum(path: string, displayPath: (path: string) => string): string {
    let row = this.byPath.get(path);
    if (row === undefined) {
      const stat = statSync(path);
      const cached = this.rowsOf(dirname(path)).get(basename(path));
      if (cached !== undefined && cached[1] === stat.mtimeMs && cached[2] === stat.size) {
        row = cached;
        this.byPath.set(path, row);
      }
    }
    if (row !== undefined && row[8] !== 0) return row[8];
    const file = () => displayPath(path);
    const text = row === undefined ? undefined : this.texts.get(path);
    if (row !== undefined && text !== undefined) {
      // Read by this run under the row's stamp: the header is known, only the checksum is new.
      const checksum = migrationSourceChecksum(text, file);
      row[8] = checksum;
      this.changed = true;
      return checksum;
    }
    // The stamp of the bytes read, not of a stat before: a file edited meanwhile is not kept
    // under the stamp of its previous content.
    const { bytes, stat } = readWithStat(path);
    if (row !== undefined && row[1] === stat.mtimeMs && row[2] === stat.size) {
      // The header this run read is the file's: only the checksum is new.
      const checksum = migrationSourceChecksum(bytes.toString("utf8"), file);
      row[8] = checksum;
      this.changed = true;
      return checksum;
    }
    const { header, checksum } = readMigrationSource(bytes.toString("utf8"), file);
    const fresh = rowOf(basename(path), stat, header);
    fresh[8] = checksum;
    this.keep(this.rowsOf(dirname(path)), fresh, path);
    return checksum;
  }

  /** The text of `path` if this run read it (the header cache did not hold the file). */
  text(path: string): string | undefined {
    return this.texts.get(path);
  }

  /**
   * The size and modification time this run found `path` at, if it read the file: what a
   * module cache compares its own stamps with, without a stat of its own.
   */
  stamp(path: string): [mtimeMs: number, size: number] | undefined {
    const row = this.byPath.get(path);
    return row === undefined ? undefined : [row[1], row[2]];
  }

  /** Writes the cache back if anything changed, keeping only the files this run read. */
  save(): void {
    if (this.file === undefined) return;
    let rowCount = 0;
    for (const rows of this.folders.values()) rowCount += rows.size;
    // Every row is some path's (the usual case): nothing to drop, nothing to look up.
    const used = rowCount === this.byPath.size ? undefined : new Set(this.byPath.values());
    if (used === undefined && !this.changed) return;
    const folders: Record<string, Row[]> = {};
    for (const [folder, rows] of this.folders) {
      const kept: Row[] = [];
      for (const row of rows.values()) {
        if (used === undefined || used.has(row)) kept.push(row);
        else this.changed = true;
      }
      if (kept.length > 0) folders[folder] = kept;
    }
    if (!this.changed) return;
    try {
      mkdirSync(dirname(this.file), { recursive: true });
      // Random, not only the pid: two containers sharing a project folder may both be pid 1.
      const temp = `${this.file}.${process.pid}-${randomBytes(4).toString("hex")}.tmp`;
      writeFileSync(temp, JSON.stringify({ version: formatVersion, folders }));
      // Atomic, so a concurrent retort process reads the old cache or the new one, never half.
      renameSync(temp, this.file);
      this.changed = false;
    } catch {
      // A read-only checkout still works, only slower.
    }
  }

  private rowsOf(folder: string): Map<string, Row> {
    let rows = this.folders.get(folder);
    if (rows === undefined) {
      rows = new Map();
      this.folders.set(folder, rows);
    }
    return rows;
  }

  private keep(rows: Map<string, Row>, row: Row, path: string): void {
    rows.set(row[0], row);
    this.byPath.set(path, row);
    this.changed = true;
  }
}

function rowOf(name: string, stat: Stats, header: MigrationHeader): Row {
  const hasExtra =
    header.branchLabels.length > 0 ||
    header.dependsOn.length > 0 ||
    !header.transactional ||
    header.lockTimeout !== undefined ||
    header.lockRetries !== undefined ||
    header.replaces.length > 0;
  const extra: {
    -readonly [K in keyof Extra]: Extra[K];
  } = {};
  if (header.branchLabels.length > 0) extra.branchLabels = header.branchLabels;
  if (header.dependsOn.length > 0) extra.dependsOn = header.dependsOn;
  if (!header.transactional) extra.transactional = false;
  if (header.lockTimeout !== undefined) extra.lockTimeout = header.lockTimeout;
  if (header.lockRetries !== undefined) extra.lockRetries = header.lockRetries;
  if (header.replaces.length > 0) extra.replaces = header.replaces;
  return [
    name,
    stat.mtimeMs,
    stat.size,
    header.revision,
    [...header.downRevisions],
    header.message,
    header.createdAt ?? null,
    hasExtra ? extra : 0,
    0,
  ];
}

function headerOf(row: Row, path: string): CachedHeader {
  const extra = row[7] === 0 ? undefined : row[7];
  return {
    revision: row[3],
    downRevisions: row[4].length === 0 ? none : row[4],
    branchLabels: extra?.branchLabels ?? none,
    dependsOn: extra?.dependsOn ?? none,
    message: row[5],
    createdAt: row[6] ?? undefined,
    transactional: extra?.transactional ?? true,
    lockTimeout: extra?.lockTimeout,
    lockRetries: extra?.lockRetries,
    replaces: extra?.replaces ?? none,
    path,
  };
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
