import type {
  CreateMaterializedViewOperation,
  CreateViewOperation,
  DropMaterializedViewOperation,
  DropViewOperation,
  RefreshMaterializedViewOperation,
  RenameViewOperation,
  SetViewCommentOperation,
} from "../ops/view-operations";
import { cascade, commentOn, ifExists, ifNotExists, statement } from "./ddl-clauses";
import { quoteIdent, quoteQualified } from "./quote-ident";
import type { SqlStatement } from "./sql-statement";

// The query is SQL by nature (as a check's expression is): it is sent as written. A trailing
// semicolon would end the statement before WITH CHECK OPTION, so it is cut.
function queryText(query: string): string {
  return query.trim().replace(/;\s*$/, "");
}

function relation(materialized: boolean | undefined): string {
  return materialized === true ? "MATERIALIZED VIEW" : "VIEW";
}

/** The SQL visitor of `createView`. */
export function renderCreateView(op: CreateViewOperation): SqlStatement[] {
  const name = quoteQualified(op.schema, op.name);
  // Options are always spelled out on a replace: CREATE OR REPLACE keeps none of the old ones.
  const options: string[] = [];
  if (op.securityBarrier === true) options.push("security_barrier = true");
  if (op.securityInvoker === true) options.push("security_invoker = true");
  if (op.checkOption !== undefined) options.push(`check_option = ${op.checkOption}`);
  const withOptions = options.length > 0 ? ` WITH (${options.join(", ")})` : "";
  const statements = [
    statement(
      `CREATE ${op.orReplace === true ? "OR REPLACE " : ""}VIEW ${name}${withOptions} AS ${queryText(op.query)}`,
    ),
  ];
  if (op.comment !== undefined || op.replaces?.comment !== undefined) {
    statements.push(commentOn(`VIEW ${name}`, op.comment ?? null));
  }
  return statements;
}

/** The SQL visitor of `dropView`. */
export function renderDropView(op: DropViewOperation): SqlStatement[] {
  return [
    statement(
      `DROP VIEW ${ifExists(op.ifExists)}${quoteQualified(op.schema, op.name)}${cascade(op.cascade)}`,
    ),
  ];
}

/** The SQL visitor of `createMaterializedView`. */
export function renderCreateMaterializedView(op: CreateMaterializedViewOperation): SqlStatement[] {
  const name = quoteQualified(op.schema, op.name);
  const statements = [
    statement(
      `CREATE MATERIALIZED VIEW ${ifNotExists(op.ifNotExists)}${name} AS ${queryText(op.query)}${op.withData === false ? " WITH NO DATA" : ""}`,
    ),
  ];
  if (op.comment !== undefined) statements.push(commentOn(`MATERIALIZED VIEW ${name}`, op.comment));
  return statements;
}

/** The SQL visitor of `dropMaterializedView`. */
export function renderDropMaterializedView(op: DropMaterializedViewOperation): SqlStatement[] {
  return [
    statement(
      `DROP MATERIALIZED VIEW ${ifExists(op.ifExists)}${quoteQualified(op.schema, op.name)}${cascade(op.cascade)}`,
    ),
  ];
}

/** The SQL visitor of `refreshMaterializedView`. */
export function renderRefreshMaterializedView(
  op: RefreshMaterializedViewOperation,
): SqlStatement[] {
  return [
    statement(
      `REFRESH MATERIALIZED VIEW ${op.concurrently === true ? "CONCURRENTLY " : ""}${quoteQualified(op.schema, op.name)}${op.withData === false ? " WITH NO DATA" : ""}`,
    ),
  ];
}

/** The SQL visitor of `renameView`. */
export function renderRenameView(op: RenameViewOperation): SqlStatement[] {
  return [
    statement(
      `ALTER ${relation(op.materialized)} ${quoteQualified(op.schema, op.name)} RENAME TO ${quoteIdent(op.newName)}`,
    ),
  ];
}

/** The SQL visitor of `setViewComment`. */
export function renderSetViewComment(op: SetViewCommentOperation): SqlStatement[] {
  return [
    commentOn(`${relation(op.materialized)} ${quoteQualified(op.schema, op.name)}`, op.comment),
  ];
}
