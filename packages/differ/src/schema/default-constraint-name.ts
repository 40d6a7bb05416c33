/** PostgreSQL's NAMEDATALEN: identifiers hold at most NAMEDATALEN - 1 = 63 bytes. */
export const NAMEDATALEN = 64;

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

const encoder = new TextEncoder();
const decoder = new TextDecoder();

/** The first `limit` bytes of `bytes`, never cutting a UTF-8 character (`pg_mbcliplen`). */
function clip(bytes: Uint8Array, limit: number): Uint8Array {
  let end = Math.min(limit, bytes.length);
  // A continuation byte (10xxxxxx) at the cut means a character would be split: back off.
  while (end > 0 && end < bytes.length && (bytes[end]! & 0xc0) === 0x80) end--;
  return bytes.subarray(0, end);
}

/**
 * PostgreSQL's `makeObjectName(name1, name2, label)`: `name1_name2_label`, truncated to 63 bytes
 * by shortening the longer of name1 and name2 first (one byte at a time), never the label.
 *
 * @example
 * ```ts
 * makeObjectName("account", "email", "key"); // account_email_key
 * ```
 */
export function makeObjectName(name1: string, name2: string | null, label: string | null): string {
  const b1 = encoder.encode(name1);
  const b2 = name2 === null ? null : encoder.encode(name2);
  let overhead = 0;
  if (b2) overhead++;
  if (label !== null) overhead += encoder.encode(label).length + 1;
  const available = NAMEDATALEN - 1 - overhead;
  let n1 = b1.length;
  let n2 = b2 ? b2.length : 0;
  while (n1 + n2 > available) {
    if (n1 > n2) n1--;
    else n2--;
  }
  let name = decoder.decode(clip(b1, n1));
  if (b2) name += `_${decoder.decode(clip(b2, n2))}`;
  if (label !== null) name += `_${label}`;
  return name;
}

/**
 * PostgreSQL's `ChooseIndexNameAddition` / `ChooseForeignKeyConstraintNameAddition`: column
 * names joined with `_`, stopping once 63 bytes are reached (`makeObjectName` truncates further).
 */
export function nameAddition(columns: readonly string[]): string {
  let result = new Uint8Array(0);
  for (const column of columns) {
    const part = clip(encoder.encode(column), NAMEDATALEN - 1);
    const next = new Uint8Array(result.length + (result.length > 0 ? 1 : 0) + part.length);
    next.set(result);
    if (result.length > 0) next[result.length] = 0x5f;
    next.set(part, next.length - part.length);
    result = next;
    if (result.length >= NAMEDATALEN) break;
  }
  return decoder.decode(result);
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
