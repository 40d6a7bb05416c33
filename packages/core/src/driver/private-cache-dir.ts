import { lstatSync, mkdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

/**
 * `<tmpdir>/retort-<uid>`, created if missing, when only this user can write to it; `null`
 * otherwise. For caches that hold code or data a later process trusts (a bundle of kysely, an
 * empty embedded database): one another user could replace would be run by this one.
 *
 * @example
 * ```ts
 * const dir = privateCacheDir();
 * if (dir !== null) writeFileSync(join(dir, "thing"), data);
 * ```
 */
export function privateCacheDir(): string | null {
  try {
    const uid = process.getuid?.() ?? 0;
    const dir = join(tmpdir(), `retort-${uid}`);
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    const stat = lstatSync(dir);
    const isPrivate = stat.isDirectory() && (stat.mode & 0o077) === 0;
    return isPrivate && (process.getuid === undefined || stat.uid === uid) ? dir : null;
  } catch {
    return null;
  }
}
