import { RetortError } from "../errors/retort-error";
import { invalidIndexHint } from "./invalid-index";
import { interruptedHint } from "./migration-interrupted-error";
import type { StepSummary } from "./migrator-event";
import { missingRole, missingRoleHint } from "./missing-role";

/**
 * A migration failed; nothing of it was kept if it was transactional. Its code is
 * `ROLE_NOT_FOUND` (with `details.role`) when the statement named a role the server lacks:
 * roles are created outside migrations, so the fix is on the server, not in the migration.
 */
export class MigrationFailedError extends RetortError {
  constructor(
    step: StepSummary,
    transactional: boolean,
    cause: unknown,
    statement?: string,
    options: { grouped?: boolean } = {},
  ) {
    const reason = cause instanceof Error ? cause.message : String(cause);
    const sqlState = (cause as { code?: string } | null)?.code;
    // 57P01..03: the server ended the session; 08xxx: the connection broke.
    const connectionLost =
      (typeof sqlState === "string" &&
        (/^57P0[123]$/.test(sqlState) || sqlState.startsWith("08"))) ||
      /connection (terminated|has been discarded|ended)/i.test(reason);
    const at = step.direction === "up" ? step.fromRevisions.join(", ") || "base" : step.revision;
    let hint: string;
    if (!transactional) {
      // The started row stays in the history: the next upgrade refuses until `stamp` says where
      // the database is, since statements before the failing one were committed.
      hint = `${step.revision} is not transactional: statements before the failing one were applied. ${interruptedHint(
        step.direction,
        { before: step.fromRevisions, after: step.toRevisions },
      )}`;
      // Class 42 (a syntax error, a missing table) fails before the index exists; 42P07 is the
      // "already exists" of an earlier failure's leftover.
      const leftover =
        typeof sqlState === "string" && sqlState.startsWith("42") && sqlState !== "42P07"
          ? undefined
          : invalidIndexHint(statement, step.direction);
      if (leftover !== undefined) hint = `${hint} ${leftover}`;
    } else if (connectionLost) {
      hint = `the connection was lost while ${step.revision} ran; PostgreSQL rolled back its open transaction. Run the command again once the database is reachable.`;
    } else if (options.grouped) {
      hint =
        "nothing of this run was applied (transactionPerMigration: false runs it in one transaction); the database is where it started. Fix the migration and run the command again.";
    } else {
      hint = `nothing of ${step.revision} was applied; the database is still at ${at}. Fix the migration and run the command again.`;
    }
    if (sqlState === "57014" && !connectionLost) {
      hint = `${hint} It was cancelled by statement_timeout (or an administrator): if it needs longer, raise \`statementTimeout\` in retort.config.ts (or the timeout set on the role or database).`;
    } else if (sqlState === "22P02" && /malformed array literal: "\[/.test(reason)) {
      // op.bulkInsert and op.execute's parameters send a JavaScript array as JSON text, which is
      // right for json/jsonb columns; an array column reads PostgreSQL's own literal.
      hint = `${hint} A JavaScript array is sent as JSON text (for json and jsonb columns); for an array column (text[], int[]), pass PostgreSQL's array literal as a string instead: '{"a","b"}'.`;
    } else if (sqlState === "55P03") {
      hint = `${hint} A lock was not granted within lock_timeout: another session holds it; retry when the database is quieter, or raise \`lockTimeout\`.`;
    }
    const role = missingRole(cause);
    if (role !== undefined && transactional) {
      hint = `${missingRoleHint(role)} Nothing of ${step.revision} was applied.`;
    }
    super(
      role === undefined ? "MIGRATION_FAILED" : "ROLE_NOT_FOUND",
      `${step.direction === "up" ? "Upgrade" : "Downgrade"} ${step.revision} (${step.file}) failed: ${reason}${typeof sqlState === "string" && /^[0-9A-Z]{5}$/.test(sqlState) ? ` (SQLSTATE ${sqlState})` : ""}`,
      {
        cause,
        hint,
        details: { revision: step.revision, file: step.file, statement, sqlState, role },
      },
    );
    this.name = "MigrationFailedError";
  }
}
