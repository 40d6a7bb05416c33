import type { IdentityDefinition } from "../ops/column-definition";
import type { AlterColumnOperation } from "../ops/operation";
import { commentOn, indent, statement } from "./ddl-clauses";
import { quoteIdent, quoteObjectName, quoteQualified } from "./quote-ident";
import { quoteLiteral } from "./quote-literal";
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

/** Whether the identity's increment changes sign (an ascending sequence becomes descending). */
function isDirectionChange(identity: IdentityDefinition, existing: IdentityDefinition): boolean {
  const sign = (increment: IdentityDefinition["increment"]) => BigInt(increment ?? 1) > 0n;
  return sign(identity.increment) !== sign(existing.increment);
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
  // The old position means nothing in the other direction, and ALTER refuses one outside the
  // new bounds: start again where CREATE would (then past the column's values, below).
  if (isDirectionChange(identity, existing)) actions.push("RESTART");
  return actions;
}

/**
 * After a change of direction restarted the sequence at its START, moves it past the values the
 * column already holds that way (an ascending sequence after `max(col)`, a descending one below
 * `min(col)`), so it does not hand them out again; within the sequence's bounds only.
 */
function moveBeyondValues(
  table: string,
  column: string,
  identity: IdentityDefinition,
): SqlStatement {
  const isAscending = BigInt(identity.increment ?? 1) > 0n;
  const next = isAscending
    ? `max(${quoteIdent(column)})::numeric + 1`
    : `min(${quoteIdent(column)})::numeric - 1`;
  const inRange = isAscending
    ? "v.next > p.start_value AND v.next <= p.max_value"
    : "v.next < p.start_value AND v.next >= p.min_value";
  return statement(
    `SELECT setval(s.seq, v.next::bigint, false)
FROM (SELECT pg_get_serial_sequence(${quoteLiteral(table)}, ${quoteLiteral(column)})::regclass AS seq) AS s
JOIN pg_sequences AS p ON format('%I.%I', p.schemaname, p.sequencename)::regclass = s.seq
CROSS JOIN (SELECT ${next} AS next FROM ${table}) AS v
WHERE ${inRange}`,
  );
}

/**
 * `ALTER SEQUENCE` checks the sequence's position against new bounds ("RESTART value (3) cannot
 * be less than MINVALUE (1000)"): when the bound a sequence starts from moves past where it is,
 * it is first moved to that bound, where CREATE would have put it. A position already past the
 * bound stays, so a restart never hands out a value again.
 */
function moveIntoBounds(
  table: string,
  column: string,
  identity: IdentityDefinition,
  existing: IdentityDefinition,
): SqlStatement[] {
  const increment = identity.increment ?? existing.increment ?? 1;
  const isAscending = BigInt(increment) > 0n;
  const bound = isAscending ? identity.minValue : identity.maxValue;
  const existingBound = isAscending ? existing.minValue : existing.maxValue;
  if (bound === undefined || bound === null || bound === existingBound) return [];
  const value = String(bound);
  return [
    statement(
      `SELECT setval(s.seq, ${value}, false)
FROM (SELECT pg_get_serial_sequence(${quoteLiteral(table)}, ${quoteLiteral(column)})::regclass AS seq) AS s
JOIN pg_sequences AS p ON format('%I.%I', p.schemaname, p.sequencename)::regclass = s.seq
WHERE coalesce(p.last_value, p.start_value) ${isAscending ? "<" : ">"} ${value}`,
    ),
  ];
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
  const statements: SqlStatement[] = [];
  const after: SqlStatement[] = [];
  if (op.identity === null) {
    actions.push(`${column} DROP IDENTITY`);
  } else if (op.identity !== undefined) {
    if (op.existingIdentity) {
      const changes = setIdentityActions(op.identity, op.existingIdentity);
      if (changes.length > 0) {
        actions.push(`${column} ${changes.join(" ")}`);
        if (isDirectionChange(op.identity, op.existingIdentity)) {
          after.push(moveBeyondValues(table, op.column, op.identity));
        } else {
          statements.push(...moveIntoBounds(table, op.column, op.identity, op.existingIdentity));
        }
      }
    } else {
      actions.push(`${column} ADD ${renderIdentity(op.identity)}`);
    }
  }
  if (op.statistics !== undefined) {
    // -1 is PostgreSQL's "the default target" on every version (17+ stores it as NULL).
    actions.push(`${column} SET STATISTICS ${op.statistics ?? -1}`);
  }
  if (actions.length > 0) statements.push(statement(alterTable(table, actions)), ...after);
  if (op.comment !== undefined) {
    statements.push(commentOn(`COLUMN ${table}.${quoteIdent(op.column)}`, op.comment));
  }
  return statements;
}
