import type {
  AlterSequenceOperation,
  CreateSequenceOperation,
  SequenceDefinition,
} from "../ops/operation";
import { ifNotExists, statement } from "./ddl-clauses";
import { quoteIdent, quoteQualified } from "./quote-ident";
import { renderSequenceOptions } from "./render-column";
import type { SqlStatement } from "./sql-statement";

function sequenceClauses(
  definition: SequenceDefinition,
  restart?: AlterSequenceOperation["restart"],
): string[] {
  const parts: string[] = [];
  if (definition.as !== undefined) parts.push(`AS ${definition.as}`);
  const options = renderSequenceOptions(definition);
  // RESTART sits after START in PostgreSQL's documented order; CACHE and CYCLE follow.
  const afterStart = options.findIndex(
    (part) => part.startsWith("CACHE") || part.endsWith("CYCLE"),
  );
  const head = afterStart === -1 ? options : options.slice(0, afterStart);
  const tail = afterStart === -1 ? [] : options.slice(afterStart);
  parts.push(...head);
  if (restart === true) parts.push("RESTART");
  else if (restart !== undefined) parts.push(`RESTART WITH ${restart}`);
  parts.push(...tail);
  if (definition.ownedBy === null) parts.push("OWNED BY NONE");
  else if (definition.ownedBy !== undefined) {
    const owner = definition.ownedBy;
    parts.push(`OWNED BY ${quoteQualified(owner.schema, owner.table)}.${quoteIdent(owner.column)}`);
  }
  return parts;
}

/** The SQL visitor of `createSequence`. */
export function renderCreateSequence(op: CreateSequenceOperation): SqlStatement[] {
  const clauses = sequenceClauses(op);
  const name = quoteQualified(op.schema, op.name);
  return [
    statement(
      `CREATE SEQUENCE ${ifNotExists(op.ifNotExists)}${name}${clauses.map((c) => ` ${c}`).join("")}`,
    ),
  ];
}

/** The SQL visitor of `alterSequence`: nothing when no option is set. */
export function renderAlterSequence(op: AlterSequenceOperation): SqlStatement[] {
  const clauses = sequenceClauses(op, op.restart);
  if (clauses.length === 0) return [];
  return [statement(`ALTER SEQUENCE ${quoteQualified(op.schema, op.name)} ${clauses.join(" ")}`)];
}
