import { quoteLiteral } from "./quote-literal";
import type { SqlStatement } from "./sql-statement";

// The small pieces every kind's SQL visitor is built from.

/** One level of indentation in multi-line statements. */
export const indent = "    ";

/** A statement without parameters; `transactional: false` for what refuses a transaction block. */
export function statement(sql: string, transactional = true): SqlStatement {
  return { sql, transactional };
}

/** `IF EXISTS ` when `flag` is set. */
export function ifExists(flag: boolean | undefined): string {
  return flag === true ? "IF EXISTS " : "";
}

/** `IF NOT EXISTS ` when `flag` is set. */
export function ifNotExists(flag: boolean | undefined): string {
  return flag === true ? "IF NOT EXISTS " : "";
}

/** ` CASCADE` when `flag` is set. */
export function cascade(flag: boolean | undefined): string {
  return flag === true ? " CASCADE" : "";
}

/** `COMMENT ON <target> IS '...'`, or `IS NULL` to remove it. */
export function commentOn(target: string, comment: string | null): SqlStatement {
  return statement(`COMMENT ON ${target} IS ${quoteLiteral(comment)}`);
}
