import type { Kysely } from "kysely";
import type { MigrationScript, ScriptDirectory } from "../script/script-directory";
import { ChecksumMismatchError } from "./checksum-mismatch-error";
import type { VersionTable } from "./version-table";

/**
 * Fails with {@link ChecksumMismatchError} if a migration the database has applied (one of
 * `heads` or their ancestors) changed since it ran or was last accepted. Upgrades and downgrades
 * both check.
 */
export async function verifyChecksums(
  db: Kysely<any>,
  scripts: ScriptDirectory,
  versionTable: VersionTable,
  heads: readonly string[],
): Promise<void> {
  if (heads.length === 0) return;
  // Only what the database has now: a revision stamped away and edited is not applied.
  const applied = new Set<string>(heads);
  for (const head of heads) {
    for (const node of scripts.graph.ancestors(head)) applied.add(node.revision);
  }
  const recorded = await versionTable.appliedChecksums(db);
  scripts.prepareChecksums(
    [...recorded.keys()].filter((revision) => applied.has(revision) && scripts.graph.has(revision)),
  );
  for (const [revision, checksum] of recorded) {
    if (!applied.has(revision)) continue;
    let script: MigrationScript;
    try {
      script = scripts.script(revision);
    } catch {
      continue; // a revision no longer on disk is reported by assertKnown for the heads.
    }
    if (!scripts.checksumMatches(revision, checksum)) {
      throw new ChecksumMismatchError(revision, scripts.displayPath(script.path));
    }
  }
}
