import type { Kysely } from "kysely";
import { RetortError } from "../errors/retort-error";
import type { ScriptDirectory } from "../script/script-directory";
import { executeRaw } from "./execute-raw";
import type { MigratorEvent } from "./migrator-event";
import type { VersionTable } from "./version-table";

/**
 * A database at the head of a history that `retort squash` replaced is at the squashed
 * revision: the version table is moved there (and the history says so) without running it.
 * Only the exact old heads qualify, read from the archive squash left, so a database
 * half-way up the old history is never mistaken for a finished one. Returns the heads the
 * database is at afterwards (`heads` itself when no squash applies).
 */
export async function recognizeSquash(
  db: Kysely<any>,
  scripts: ScriptDirectory,
  versionTable: VersionTable,
  heads: readonly string[],
  emit: (event: MigratorEvent) => void,
): Promise<string[]> {
  const unknown = heads.filter((revision) => !scripts.graph.has(revision));
  if (unknown.length === 0) return [...heads];
  const squash = scripts.scripts.find((script) =>
    unknown.every((rev) => script.replaces.includes(rev)),
  );
  if (squash === undefined) return [...heads];
  const oldHeads = scripts.replacedHeads(squash.revision);
  const file = scripts.displayPath(squash.path);
  if (oldHeads === undefined) {
    throw new RetortError(
      "DATABASE_AT_UNKNOWN_REVISION",
      `The database is at ${unknown.join(", ")}, which ${squash.revision} (${file}) replaces, but the archive of the replaced migrations is missing, so retort cannot tell whether it was their head.`,
      {
        hint: `if the database was at the old head, \`retort stamp ${squash.revision} --purge\`; otherwise restore the archive folder.`,
        details: { revisions: unknown, squash: squash.revision },
      },
    );
  }
  const sameHeads =
    oldHeads.length === unknown.length && oldHeads.every((rev) => unknown.includes(rev));
  if (!sameHeads) {
    throw new RetortError(
      "DATABASE_AT_UNKNOWN_REVISION",
      `The database is at ${unknown.join(", ")}, part-way through the history that ${squash.revision} (${file}) replaced (its head was ${oldHeads.join(", ")}).`,
      {
        hint: "upgrade it with the archived migrations first (restore them into the versions folder), or recreate it with `retort reset`.",
        details: { revisions: unknown, squash: squash.revision, oldHeads },
      },
    );
  }
  const now = new Date();
  const statements = [
    ...unknown.map((revision) => versionTable.deleteStatement(revision)),
    versionTable.insertStatement(squash.revision),
    versionTable.historyStatement({
      revision: squash.revision,
      direction: "stamp",
      checksum: scripts.checksum(squash.revision),
      startedAt: now,
      finishedAt: now,
      note: `recognised: the database was at ${unknown.join(", ")}, which ${squash.revision} replaces`,
    }),
  ];
  await db.transaction().execute(async (trx) => {
    for (const statement of statements) await executeRaw(trx, statement.sql, statement.params);
  });
  const next = [...heads.filter((rev) => !unknown.includes(rev)), squash.revision];
  emit({ kind: "squash-recognized", heads: next });
  return next;
}
