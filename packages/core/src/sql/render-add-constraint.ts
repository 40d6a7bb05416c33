import type { AddConstraintOperation } from "../ops/operation";
import { statement } from "./ddl-clauses";
import { quoteIdent, quoteQualified } from "./quote-ident";
import { renderDeferrability } from "./render-column";
import {
  renderCheck,
  renderExclusion,
  renderForeignKey,
  renderPrimaryKey,
  renderUnique,
} from "./render-constraint";
import type { SqlStatement } from "./sql-statement";

/** The SQL visitor of the five add-constraint kinds: `ALTER TABLE ... ADD CONSTRAINT`. */
export function renderAddConstraint(op: AddConstraintOperation): SqlStatement[] {
  const table = quoteQualified(op.schema, op.table);
  let clause: string;
  switch (op.kind) {
    case "addPrimaryKey":
      clause = renderPrimaryKey(op);
      break;
    case "addUnique":
      clause =
        op.usingIndex === undefined
          ? renderUnique(op)
          : // The index already holds the columns; only the deferrability is the constraint's.
            [
              `CONSTRAINT ${quoteIdent(op.name)} UNIQUE USING INDEX ${quoteIdent(op.usingIndex)}`,
              ...renderDeferrability(op),
            ].join(" ");
      break;
    case "addCheck":
      clause = renderCheck(op);
      break;
    case "addForeignKey":
      clause = renderForeignKey(op);
      break;
    case "addExclusion":
      clause = renderExclusion(op);
      break;
  }
  const notValid = (op.kind === "addCheck" || op.kind === "addForeignKey") && op.notValid === true;
  return [statement(`ALTER TABLE ${table} ADD ${clause}${notValid ? " NOT VALID" : ""}`)];
}
