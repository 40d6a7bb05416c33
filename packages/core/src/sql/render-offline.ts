import { describeOperation } from "../ops/describe-operation";
import type { Operation } from "../ops/operation";
import { validateOperation } from "../ops/validate-operation";
import { inlineParams } from "./inline-params";
import { OfflineNotSupportedError } from "./offline-not-supported-error";
import { renderBulkInsert } from "./render-bulk-insert";
import { renderOperation } from "./render-operation";

/**
 * Renders one operation as SQL text for offline (`--sql`) output: the same statements as
 * {@link renderOperation}, with parameters inlined as escaped literals. No trailing
 * semicolons; the printer adds them. Throws {@link OfflineNotSupportedError} for `run`.
 *
 * @example
 * ```ts
 * renderOffline({ kind: "execute", sql: "update account set name = $1", params: ["it's"] });
 * // ["update account set name = 'it''s'"]
 * ```
 */
export function renderOffline(op: Operation): string[] {
  validateOperation(op);
  switch (op.kind) {
    case "run":
      throw new OfflineNotSupportedError(
        "op.run cannot be rendered as SQL: it runs TypeScript against a live database.",
        {
          hint: "use op.execute(sql, params) for steps that must appear in --sql output",
          details: { operation: describeOperation(op) },
        },
      );
    case "execute":
      return [
        op.params !== undefined && op.params.length > 0 ? inlineParams(op.sql, op.params) : op.sql,
      ];
    case "bulkInsert":
      return renderBulkInsert(op, { inline: true }).map((statement) => statement.sql);
    default:
      return renderOperation(op).map((statement) => statement.sql);
  }
}
