import {
  cpSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";

/** What a {@link TempProject} starts with. */
export interface TempProjectConfig {
  /** The start of the folder's name under `os.tmpdir()`. Default is `"retort-test-"`. */
  readonly prefix?: string;
  /** A folder copied in first, without its `node_modules`, `.retort`, `.turbo` and `dist`. */
  readonly copyOf?: string;
  /** Files written after the copy, by path from the root. */
  readonly files?: Readonly<Record<string, string>>;
  /** Empty folders made after the copy, by path from the root. */
  readonly folders?: readonly string[];
  /**
   * Packages linked into `node_modules` (name to folder), so the project's files import this
   * checkout's packages as a user's would.
   */
  readonly packages?: Readonly<Record<string, string>>;
}

/** Build output and local state a copy of a project must not carry along. */
const NOT_COPIED = /[/\\](node_modules|\.retort|\.turbo|dist)$/;

/**
 * A throwaway project folder under `os.tmpdir()`, for tests that run retort the way a user
 * would: in-process through the CLI's entry, or by spawning the built bin. Call `remove()` after.
 *
 * @example
 * ```ts
 * const project = new TempProject({
 *   files: { "retort.config.ts": `export default { migrations: "migrations" };\n` },
 *   folders: ["migrations/versions"],
 * });
 * project.write("migrations/versions/aaaa00000001_m.ts", source);
 * project.remove();
 * ```
 */
export class TempProject {
  readonly root: string;

  constructor(config: TempProjectConfig = {}) {
    this.root = mkdtempSync(join(tmpdir(), config.prefix ?? "retort-test-"));
    if (config.copyOf !== undefined) {
      cpSync(config.copyOf, this.root, { recursive: true, filter: (src) => !NOT_COPIED.test(src) });
    }
    for (const [path, text] of Object.entries(config.files ?? {})) this.write(path, text);
    for (const folder of config.folders ?? []) mkdirSync(this.path(folder), { recursive: true });
    for (const [name, folder] of Object.entries(config.packages ?? {})) {
      const link = this.path("node_modules", name);
      mkdirSync(dirname(link), { recursive: true });
      symlinkSync(folder, link);
    }
  }

  /** The absolute path of `parts` inside the project. */
  path(...parts: string[]): string {
    return join(this.root, ...parts);
  }

  /** Writes `text` to `path` (from the root), making its folders; returns the absolute path. */
  write(path: string, text: string): string {
    const full = this.path(path);
    mkdirSync(dirname(full), { recursive: true });
    writeFileSync(full, text);
    return full;
  }

  /** The text of `path`, from the root. */
  read(path: string): string {
    return readFileSync(this.path(path), "utf8");
  }

  /** Deletes the folder and everything in it. */
  remove(): void {
    rmSync(this.root, { recursive: true, force: true });
  }
}
