import type { BulkInsertOperation } from "../ops/operation";
import { quoteIdent, quoteQualified } from "./quote-ident";
import { quoteLiteral, toParameter } from "./quote-literal";
import type { SqlStatement } from "./sql-statement";

// PostgreSQL's wire protocol numbers parameters with a 16-bit count.
const maxParameters = 65_535;

/** Per-call input of {@link renderBulkInsert}. */
export interface RenderBulkInsertOptions {
  /** `true` inlines values as escaped literals (offline); `false` binds them as `$n`. */
  readonly inline: boolean;
}

/**
 * Renders a bulk insert. The columns are the union of the rows' keys, in first-seen order; a
 * row without a key gets `DEFAULT` there. Online, rows are split into several statements
 * when they need more than 65,535 parameters.
 *
 * @example
 * ```ts
 * renderBulkInsert({ kind: "bulkInsert", table: "account", rows: [{ email: "a@x" }, { email: "b@x", name: "B" }] }, { inline: true });
 * // INSERT INTO "account" ("email", "name") VALUES
 * //     ('a@x', DEFAULT),
 * //     ('b@x', 'B')
 * ```
 */
export function renderBulkInsert(
  op: BulkInsertOperation,
  options: RenderBulkInsertOptions,
): SqlStatement[] {
  const table = quoteQualified(op.schema, op.table);
  const columns: string[] = [];
  const seen = new Set<string>();
  for (const row of op.rows) {
    for (const key of Object.keys(row)) {
      if (!seen.has(key)) {
        seen.add(key);
        columns.push(key);
      }
    }
  }
  if (op.rows.length === 0) return [];
  if (columns.length === 0) {
    // Every row is empty: each one is a row of defaults.
    return op.rows.map(() => ({ sql: `INSERT INTO ${table} DEFAULT VALUES`, transactional: true }));
  }
  const head = `INSERT INTO ${table} (${columns.map(quoteIdent).join(", ")}) VALUES`;
  const has = (row: object, key: string) => Object.hasOwn(row, key);

  if (options.inline) {
    const tuples = op.rows.map(
      (row) =>
        `(${columns.map((key) => (has(row, key) ? quoteLiteral(row[key]) : "DEFAULT")).join(", ")})`,
    );
    return [{ sql: `${head}\n    ${tuples.join(",\n    ")}`, transactional: true }];
  }

  const statements: SqlStatement[] = [];
  let tuples: string[] = [];
  let params: unknown[] = [];
  const flush = () => {
    statements.push({ sql: `${head}\n    ${tuples.join(",\n    ")}`, params, transactional: true });
    tuples = [];
    params = [];
  };
  for (const row of op.rows) {
    const present = columns.filter((key) => has(row, key)).length;
    if (tuples.length > 0 && params.length + present > maxParameters) flush();
    const cells = columns.map((key) => {
      if (!has(row, key)) return "DEFAULT";
      params.push(toParameter(row[key]));
      return `$${params.length}`;
    });
    tuples.push(`(${cells.join(", ")})`);
  }
  flush();
  return statements;
}
