import { RetortError } from "../errors/retort-error";
import { invalidIndexHint } from "./invalid-index";
import type { InterruptedMigration } from "./version-table";

/** What the user runs to say where an interrupted step left the database. */
export interface InterruptedWayOut {
  /** The revision(s) the database was at before the step (`base` for none). */
  readonly before: readonly string[];
  /** The revision(s) the step was going to (`base` for none). */
  readonly after: readonly string[];
}

/**
 * The hint shared by a failed and an interrupted `transactional: false` step: look, finish or
 * undo by hand, then `stamp` whichever side the database is on.
 */
export function interruptedHint(direction: "up" | "down", way: InterruptedWayOut): string {
  const all = way.after.join(" ") || "base";
  const none = way.before.join(" ") || "base";
  const verb = direction === "up" ? "upgrade" : "downgrade";
  return `look at the database and finish or undo the migration's statements by hand; then record where it is: \`retort stamp ${all}\` if all of them took effect, \`retort stamp ${none}\` if none did. Then run \`retort ${verb}\` again.`;
}

/**
 * A `transactional: false` migration started and never finished (its process was killed, lost
 * its connection, or a statement failed): some of its statements may have taken effect, so
 * retort refuses to run anything until `stamp` records where the database is.
 */
export class MigrationInterruptedError extends RetortError {
  constructor(
    migration: InterruptedMigration,
    file: string | undefined,
    way: InterruptedWayOut,
    others: readonly InterruptedMigration[] = [],
  ) {
    const what = `${migration.direction === "up" ? "Upgrade" : "Downgrade"} ${migration.revision}${file === undefined ? "" : ` (${file})`}`;
    const total = migration.statements.length;
    const list = migration.statements
      .map((sql, i) => `\n  ${i + 1}. ${sql.split("\n")[0]}`)
      .join("");
    const error = migration.error === undefined ? "" : ` (${migration.error})`;
    let ran: string;
    if (migration.ran === undefined) {
      ran = `Which of its ${total} statement${total === 1 ? "" : "s"} ran is unknown (the process stopped without reporting):${list}`;
    } else if (migration.ran >= total) {
      ran = `All ${total} of its statements ran; recording it in the version table failed${error}:${list}`;
    } else {
      ran = `${migration.ran} of its ${total} statement${total === 1 ? "" : "s"} ran; statement ${migration.ran + 1} failed${error}:${list}`;
    }
    const more =
      others.length === 0
        ? ""
        : `\nAlso interrupted: ${others.map((other) => other.revision).join(", ")}.`;
    const leftover =
      migration.ran === undefined || migration.ran >= total
        ? undefined
        : invalidIndexHint(migration.statements[migration.ran], migration.direction);
    const hint =
      file === undefined && migration.direction === "up"
        ? `no migration file has ${migration.revision} any more, so it cannot be finished: undo what its statements did by hand, then \`retort stamp ${way.before.join(" ") || "base"}\` (where the version table says the database is) to clear the record, and run \`retort upgrade\` again.`
        : interruptedHint(migration.direction, way);
    super(
      "MIGRATION_INTERRUPTED",
      `${what} started at ${migration.startedAt.toISOString()} (by ${migration.appliedBy}) and never finished; it is not transactional, so part of it may be applied. ${ran}${more}`,
      {
        hint: leftover === undefined ? hint : `${hint} ${leftover}`,
        details: {
          revision: migration.revision,
          direction: migration.direction,
          file,
          statements: migration.statements,
          ran: migration.ran,
          before: way.before,
          after: way.after,
        },
      },
    );
    this.name = "MigrationInterruptedError";
  }
}
