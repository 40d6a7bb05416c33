// Kept by hand: one JSON file keyed by path, size and modification time, written atomically. A
// cache package (`flat-cache`, `file-entry-cache`) would add a dependency to every command's
// start-up for the same sixty lines.
import { randomBytes } from "node:crypto";
import { mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
import { bytesChecksum } from "./migration-checksum";
import { type MigrationHeader, readMigrationHeader, readMigrationSource } from "./migration-header";

interface Entry {
  readonly mtimeMs: number;
  readonly size: number;
  readonly header: MigrationHeader;
  /** Set once a command needed them (`upgrade`, `--sql`, checksum checks); `heads` never does. */
  readonly checksums?: MigrationChecksums | undefined;
}

/** The checksums of a migration file. */
export interface MigrationChecksums {
  /** The checksum `retort_history` records (format 2, of the normalised syntax tree). */
  readonly checksum: string;
  /** Format 1 (SHA-256 of the bytes), to verify what earlier versions of retort recorded. */
  readonly bytesChecksum: string;
}

// 3: headers read by a parser; a header the hand-written scanner read is read again once.
// 4: checksums of the normalised syntax tree beside those of the bytes.
// 5: headers carry lockTimeout and lockRetries.
// 6: checksums only once a command needed them; headers from the fast scanner.
const formatVersion = 6;

/**
 * Remembers each migration file's header by path, size and modification time, so that a
 * project of thousands of migrations reads only the files that changed. A missing, stale or
 * unreadable cache only costs the full read; a cache that cannot be written is ignored.
 */
export class HeaderCache {
  private readonly entries: Map<string, Entry>;
  private changed = false;

  private constructor(
    private readonly file: string | undefined,
    entries: Map<string, Entry>,
  ) {
    this.entries = entries;
  }

  /** Opens the cache at `file`; `undefined` keeps nothing between runs. */
  static open(file: string | undefined): HeaderCache {
    const entries = new Map<string, Entry>();
    if (file !== undefined) {
      try {
        const data = JSON.parse(readFileSync(file, "utf8")) as {
          version: number;
          entries: [string, Entry][];
        };
        if (data.version === formatVersion)
          for (const [path, entry] of data.entries) entries.set(path, entry);
      } catch {
        // No cache yet, or an unreadable one: start empty.
      }
    }
    return new HeaderCache(file, entries);
  }

  /**
   * The header of `path`, from the cache when the file is unchanged, else from the fast scanner
   * (Babel only for files it is unsure of). No checksum: `heads` and `history` need none.
   */
  read(path: string, displayPath: () => string): MigrationHeader {
    const stat = statSync(path);
    const cached = this.entries.get(path);
    if (cached !== undefined && cached.mtimeMs === stat.mtimeMs && cached.size === stat.size) {
      return cached.header;
    }
    const header = readMigrationHeader(readFileSync(path, "utf8"), displayPath);
    this.entries.set(path, { mtimeMs: stat.mtimeMs, size: stat.size, header });
    this.changed = true;
    return header;
  }

  /**
   * The checksums of `path` (one Babel parse, then kept while the file is unchanged). The header
   * comes with the same parse and replaces the scanned one.
   */
  checksums(path: string, displayPath: () => string): MigrationChecksums {
    const stat = statSync(path);
    const cached = this.entries.get(path);
    if (
      cached?.checksums !== undefined &&
      cached.mtimeMs === stat.mtimeMs &&
      cached.size === stat.size
    ) {
      return cached.checksums;
    }
    const bytes = readFileSync(path);
    const { header, checksum } = readMigrationSource(bytes.toString("utf8"), displayPath);
    const checksums = { checksum, bytesChecksum: bytesChecksum(bytes) };
    this.entries.set(path, { mtimeMs: stat.mtimeMs, size: stat.size, header, checksums });
    this.changed = true;
    return checksums;
  }

  /** Writes the cache back if anything changed, keeping only `paths`. */
  save(paths: ReadonlySet<string>): void {
    if (this.file === undefined) return;
    for (const path of this.entries.keys()) {
      if (!paths.has(path)) {
        this.entries.delete(path);
        this.changed = true;
      }
    }
    if (!this.changed) return;
    try {
      mkdirSync(dirname(this.file), { recursive: true });
      // Random, not only the pid: two containers sharing a project folder may both be pid 1.
      const temp = `${this.file}.${process.pid}-${randomBytes(4).toString("hex")}.tmp`;
      writeFileSync(temp, JSON.stringify({ version: formatVersion, entries: [...this.entries] }));
      // Atomic, so a concurrent retort process reads the old cache or the new one, never half.
      renameSync(temp, this.file);
    } catch {
      // A read-only checkout still works, only slower.
    }
  }
}
