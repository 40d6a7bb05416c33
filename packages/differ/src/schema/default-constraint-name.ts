import { clipUtf8, makeObjectName, NAMEDATALEN, utf8Length } from "@retort/core";

/** The objects PostgreSQL names by itself, and the label it appends. */
export type GeneratedNameKind =
  | "primaryKey"
  | "unique"
  | "foreignKey"
  | "check"
  | "index"
  | "exclusion"
  | "sequence";

const labels: Record<GeneratedNameKind, string> = {
  primaryKey: "pkey",
  unique: "key",
  foreignKey: "fkey",
  check: "check",
  index: "idx",
  exclusion: "excl",
  sequence: "seq",
};

/**
 * PostgreSQL's `ChooseIndexNameAddition` / `ChooseForeignKeyConstraintNameAddition`: column
 * names joined with `_`, stopping once 63 bytes are reached (`makeObjectName` truncates further).
 */
export function nameAddition(columns: readonly string[]): string {
  let result = "";
  for (const column of columns) {
    const part = clipUtf8(column, NAMEDATALEN - 1);
    result = result.length > 0 ? `${result}_${part}` : part;
    if (utf8Length(result) >= NAMEDATALEN) break;
  }
  return result;
}

/** Input of {@link defaultConstraintName}. */
export interface DefaultConstraintNameOptions {
  kind: GeneratedNameKind;
  table: string;
  /**
   * The columns PostgreSQL puts in the name: all key columns for unique, foreign key, index and
   * exclusion (for an index expression: its function name, else `expr`); for a check, the one
   * column the expression references (none when it references zero or several); for a
   * sequence, the serial column. Ignored for a primary key.
   */
  columns?: readonly string[];
  /**
   * Whether a name is already used. PostgreSQL checks relations of the schema for indexes,
   * keys and sequences, and constraints of the schema for checks and foreign keys. When taken,
   * it tries `<label>1`, `<label>2`... (`account_email_key1`).
   */
  isTaken?: (name: string) => boolean;
}

/**
 * The name PostgreSQL gives a constraint, index or serial sequence created without one,
 * mirroring `ChooseRelationName` / `ChooseConstraintName`:
 *
 * - primary key `<table>_pkey`; unique `<table>_<cols>_key`; foreign key `<table>_<cols>_fkey`;
 *   check `<table>_<col>_check` (or `<table>_check`); index `<table>_<cols>_idx`; exclusion
 *   `<table>_<cols>_excl`; serial sequence `<table>_<col>_seq`;
 * - truncated to 63 bytes by shortening the longer of table and columns (see `makeObjectName`);
 * - on a collision, a number is appended to the label.
 *
 * PostgreSQL 18 also names NOT NULL constraints (`<table>_<col>_not_null`); retort describes
 * nullability on the column instead.
 *
 * @example
 * ```ts
 * defaultConstraintName({ kind: "foreignKey", table: "post", columns: ["author_id"] });
 * // post_author_id_fkey
 * defaultConstraintName({ kind: "primaryKey", table: "post" }); // post_pkey
 * ```
 */
export function defaultConstraintName(options: DefaultConstraintNameOptions): string {
  const label = labels[options.kind];
  const columns = options.kind === "primaryKey" ? [] : (options.columns ?? []);
  const addition = columns.length === 0 ? null : nameAddition(columns);
  let pass = 0;
  for (;;) {
    const name = makeObjectName(options.table, addition, pass === 0 ? label : `${label}${pass}`);
    if (!options.isTaken?.(name)) return name;
    pass++;
  }
}
