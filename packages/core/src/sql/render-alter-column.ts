import type { IdentityDefinition } from "../ops/column-definition";
import type { AlterColumnOperation } from "../ops/operation";
import { commentOn, indent, statement } from "./ddl-clauses";
import { quoteIdent, quoteObjectName, quoteQualified } from "./quote-ident";
import {
  renderColumnType,
  renderDefault,
  renderIdentity,
  renderSequenceOptions,
} from "./render-column";
import type { SqlStatement } from "./sql-statement";

/** `ALTER TABLE "t" <action>`, or one action per line when there are several. */
function alterTable(table: string, actions: readonly string[]): string {
  if (actions.length === 1) return `ALTER TABLE ${table} ${actions[0]}`;
  return `ALTER TABLE ${table}\n${actions.map((action) => indent + action).join(",\n")}`;
}

// Identity changes on a column that already has one: only what differs from before.
function setIdentityActions(identity: IdentityDefinition, existing: IdentityDefinition): string[] {
  const actions: string[] = [];
  if (identity.generation !== existing.generation) {
    actions.push(`SET GENERATED ${identity.generation === "always" ? "ALWAYS" : "BY DEFAULT"}`);
  }
  const changed = {
    increment: identity.increment !== existing.increment ? identity.increment : undefined,
    minValue: identity.minValue !== existing.minValue ? identity.minValue : undefined,
    maxValue: identity.maxValue !== existing.maxValue ? identity.maxValue : undefined,
    start: identity.start !== existing.start ? identity.start : undefined,
    cache: identity.cache !== existing.cache ? identity.cache : undefined,
    cycle: identity.cycle !== existing.cycle ? identity.cycle : undefined,
  };
  for (const option of renderSequenceOptions(changed)) actions.push(`SET ${option}`);
  return actions;
}

/** The SQL visitor of `alterColumn`: one `ALTER TABLE` with every action, then the comment. */
export function renderAlterColumn(op: AlterColumnOperation): SqlStatement[] {
  const table = quoteQualified(op.schema, op.table);
  const column = `ALTER COLUMN ${quoteIdent(op.column)}`;
  const actions: string[] = [];
  // One ALTER TABLE with several actions: PostgreSQL orders them itself (drop the old default
  // before the type change, set NOT NULL before adding identity), which separate statements
  // would get wrong, and it rewrites the table at most once.
  const type = op.type ?? (op.collation !== undefined ? op.existingType : undefined);
  if (type !== undefined) {
    let action = `${column} TYPE ${renderColumnType(type)}`;
    if (op.collation !== undefined) action += ` COLLATE ${quoteObjectName(op.collation)}`;
    if (op.using !== undefined) action += ` USING ${op.using}`;
    actions.push(action);
  }
  if (op.nullable !== undefined) actions.push(`${column} ${op.nullable ? "DROP" : "SET"} NOT NULL`);
  if (op.default !== undefined) {
    actions.push(
      op.default === null
        ? `${column} DROP DEFAULT`
        : `${column} SET DEFAULT ${renderDefault(op.default)}`,
    );
  }
  if (op.identity === null) {
    actions.push(`${column} DROP IDENTITY`);
  } else if (op.identity !== undefined) {
    if (op.existingIdentity) {
      const changes = setIdentityActions(op.identity, op.existingIdentity);
      if (changes.length > 0) actions.push(`${column} ${changes.join(" ")}`);
    } else {
      actions.push(`${column} ADD ${renderIdentity(op.identity)}`);
    }
  }
  const statements: SqlStatement[] = [];
  if (actions.length > 0) statements.push(statement(alterTable(table, actions)));
  if (op.comment !== undefined) {
    statements.push(commentOn(`COLUMN ${table}.${quoteIdent(op.column)}`, op.comment));
  }
  return statements;
}
