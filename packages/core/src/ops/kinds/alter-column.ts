import type {
  CollationName,
  ColumnDefault,
  ColumnType,
  IdentityDefinition,
  IdentityGeneration,
} from "../column-definition";
import { identityFromInput, identityToInput } from "../column-input";
import { collationText, columnDefaultText, columnTypeText, quotedObjectText } from "../object-text";
import type { AlterColumnOperation } from "../operation";
import type { OperationKindSpec, OptionKeys, ReverseContext } from "../operation-kind-spec";
import type { Operations } from "../operations";
import type { SchemaOptions } from "../schema-options";
import { withOptions } from "../with-options";

/** Changes of {@link Operations.alterColumn}; see {@link AlterColumnOperation}. */
export interface AlterColumnOptions extends SchemaOptions {
  readonly type?: ColumnType | undefined;
  readonly using?: string | undefined;
  readonly nullable?: boolean | undefined;
  /** A value sets the default, `null` drops it. */
  readonly default?: ColumnDefault | undefined;
  /** A generation or definition adds (or with `existingIdentity`, changes) identity; `null` drops it. */
  readonly identity?: IdentityGeneration | IdentityDefinition | null | undefined;
  readonly comment?: string | null | undefined;
  readonly collation?: CollationName | undefined;
  readonly existingType?: ColumnType | undefined;
  readonly existingNullable?: boolean | undefined;
  readonly existingDefault?: ColumnDefault | undefined;
  readonly existingIdentity?: IdentityGeneration | IdentityDefinition | null | undefined;
  readonly existingComment?: string | null | undefined;
  readonly existingCollation?: CollationName | undefined;
  /** `SET STATISTICS n`; `null` goes back to the default target. */
  readonly statistics?: number | null | undefined;
  readonly existingStatistics?: number | null | undefined;
}

/** `date` and `timestamp` hold no zone, `timestamptz` an instant; `undefined` for other types and arrays. */
function zoneOf(type: string): "zoned" | "local" | undefined {
  const text = type.trim().toLowerCase();
  if (/^timestamp\s*(\(\s*\d+\s*\))?\s+with time zone$|^timestamptz\s*(\(\s*\d+\s*\))?$/.test(text))
    return "zoned";
  if (/^date$|^timestamp\s*(\(\s*\d+\s*\))?(\s+without time zone)?$/.test(text)) return "local";
  return undefined;
}

/**
 * How a change between a time with a zone and one without reads the zone-less values: in the
 * session's `TimeZone` (PostgreSQL's own conversion, so the server and role decide), or in the
 * zone its `USING ... AT TIME ZONE` names. `undefined` for any other change.
 */
function zoneReading(op: AlterColumnOperation): "session" | "using" | undefined {
  if (op.type === undefined || op.existingType === undefined) return undefined;
  const a = zoneOf(columnTypeText(op.existingType));
  const b = zoneOf(columnTypeText(op.type));
  if (a === undefined || b === undefined || a === b) return undefined;
  return op.using !== undefined && /\bAT\s+TIME\s+ZONE\b/i.test(op.using) ? "using" : "session";
}

function reverse(op: AlterColumnOperation, undo: ReverseContext): AlterColumnOperation {
  if (op.type !== undefined && op.existingType === undefined) {
    undo.irreversible("the type changes but existingType is not given.", "pass existingType");
  }
  if (op.collation !== undefined && op.existingCollation === undefined) {
    undo.irreversible(
      "the collation changes but existingCollation is not given.",
      "pass existingCollation",
    );
  }
  if (op.default === null && op.existingDefault === undefined) {
    undo.irreversible(
      "the default is dropped but existingDefault is not given.",
      "pass existingDefault",
    );
  }
  if (op.identity === null && !op.existingIdentity) {
    undo.irreversible(
      "identity is dropped but existingIdentity is not given.",
      "pass existingIdentity",
    );
  }
  return {
    kind: "alterColumn",
    schema: op.schema,
    table: op.table,
    column: op.column,
    // `using` is not reversed: an expression that casts one way rarely casts back. A
    // collation-only change keeps existingType, which the renderer needs for TYPE ... COLLATE.
    type: op.type !== undefined ? op.existingType : undefined,
    collation: op.collation !== undefined ? op.existingCollation : undefined,
    // A boolean has one other value: without existingNullable, undo by flipping.
    nullable: op.nullable !== undefined ? (op.existingNullable ?? !op.nullable) : undefined,
    // Alembic reads a missing existing default as "no default", so undoing a new default drops it.
    default: op.default !== undefined ? (op.existingDefault ?? null) : undefined,
    identity: op.identity !== undefined ? (op.existingIdentity ?? null) : undefined,
    comment: op.comment !== undefined ? (op.existingComment ?? null) : undefined,
    existingType: op.type ?? op.existingType,
    existingNullable: op.nullable ?? op.existingNullable,
    existingDefault: op.default !== undefined ? op.default : op.existingDefault,
    existingIdentity: op.identity !== undefined ? op.identity : op.existingIdentity,
    existingComment: op.comment !== undefined ? op.comment : op.existingComment,
    existingCollation: op.collation ?? op.existingCollation,
    // A missing existing target is the default one, as for comments.
    statistics: op.statistics !== undefined ? (op.existingStatistics ?? null) : undefined,
    existingStatistics: op.statistics !== undefined ? op.statistics : op.existingStatistics,
  };
}

function change(op: AlterColumnOperation, object: string): string {
  const parts: string[] = [];
  if (op.type !== undefined) {
    parts.push(`type ${columnTypeText(op.existingType)} -> ${columnTypeText(op.type)}`);
  }
  if (op.nullable !== undefined) parts.push(op.nullable ? "now nullable" : "now NOT NULL");
  if (op.default !== undefined) {
    parts.push(
      `default ${columnDefaultText(op.existingDefault)} -> ${columnDefaultText(op.default)}`,
    );
  }
  if (op.identity !== undefined) {
    if (op.identity === null) parts.push("identity dropped");
    else if (op.existingIdentity) parts.push("identity options changed");
    else {
      parts.push(
        `identity added (${op.identity.generation === "always" ? "always" : "by default"})`,
      );
    }
  }
  if (op.collation !== undefined) {
    parts.push(
      `collation ${collationText(op.existingCollation)} -> ${collationText(op.collation)}`,
    );
  }
  if (op.comment !== undefined) {
    parts.push(op.comment === null ? "comment removed" : "comment changed");
  }
  if (op.statistics !== undefined) {
    parts.push(
      `statistics target ${op.existingStatistics ?? "default"} -> ${op.statistics ?? "default"}`,
    );
  }
  return `changed column ${object}: ${parts.join(", ")}`;
}

/** `op.alterColumn(table, column, changes)`: `ALTER TABLE ... ALTER COLUMN`. */
export const alterColumnKind = {
  positional: ["table", "column"],
  named: 2,
  optionsRequired: true,
  options: {
    schema: true,
    type: true,
    using: true,
    nullable: true,
    default: true,
    identity: true,
    comment: true,
    collation: true,
    existingType: true,
    existingNullable: true,
    existingDefault: true,
    existingIdentity: true,
    existingComment: true,
    existingCollation: true,
    statistics: true,
    existingStatistics: true,
  } satisfies OptionKeys<AlterColumnOptions>,
  record: ([table, column, changes]) => ({
    kind: "alterColumn",
    ...changes,
    table,
    column,
    identity: identityFromInput(changes?.identity),
    existingIdentity: identityFromInput(changes?.existingIdentity),
  }),
  callArguments: (op) => {
    const { kind: _kind, table, column, ...changes } = op;
    return withOptions(
      [table, column],
      {
        ...changes,
        identity: identityToInput(op.identity),
        existingIdentity: identityToInput(op.existingIdentity),
      },
      true,
    );
  },
  validate: (op, check) => {
    check.tableTarget(op);
    check.name(op.column, "column");
    const changes = [
      op.type,
      op.nullable,
      op.default,
      op.identity,
      op.comment,
      op.collation,
      op.statistics,
    ];
    if (changes.every((change) => change === undefined)) {
      check.fail(
        "nothing to change.",
        "pass at least one of type, nullable, default, identity, comment, collation or statistics",
      );
    }
    for (const [value, what] of [
      [op.statistics, "statistics"],
      [op.existingStatistics, "existingStatistics"],
    ] as const) {
      // PostgreSQL's range for a column's target (-1 is the default, written null here).
      if (
        value !== undefined &&
        value !== null &&
        !(Number.isInteger(value) && value >= 0 && value <= 10000)
      )
        check.fail(`${what} must be a whole number from 0 to 10000, or null for the default.`);
    }
    if (op.type !== undefined) check.type(op.type, "type");
    if (op.existingType !== undefined) check.type(op.existingType, "existingType");
    if (op.using !== undefined) {
      check.text(op.using, "using");
      if (op.type === undefined) check.fail("using is given without a new type.");
    }
    if (op.collation !== undefined) {
      check.qualifiedName(op.collation, "collation");
      if (op.type === undefined && op.existingType === undefined) {
        check.fail(
          "changing the collation needs the column's type.",
          "pass type or existingType: PostgreSQL changes collation with ALTER COLUMN ... TYPE ... COLLATE",
        );
      }
    }
    if (op.identity) check.identity(op.identity, "identity");
    if (op.existingIdentity) check.identity(op.existingIdentity, "existingIdentity");
    if (op.identity === null && op.existingIdentity === null) {
      check.fail("identity is dropped, but existingIdentity says the column has none.");
    }
  },
  reverse,
  target: (op) => ({ schema: op.schema, table: op.table, column: op.column }),
  change,
  destructive: {
    reason: (op, isNarrowingType) => {
      if (op.type === undefined) return undefined;
      const column = quotedObjectText(op.schema, op.table, op.column);
      if (op.existingType === undefined) {
        return `changes the type of column ${column} to ${columnTypeText(op.type)} without saying the type before; values may not convert.`;
      }
      const change = `changes column ${column} from ${columnTypeText(op.existingType)} to ${columnTypeText(op.type)}`;
      const reading = zoneReading(op);
      if (reading !== undefined) {
        const cut = /^date$/i.test(columnTypeText(op.type).trim())
          ? "; the time of day is lost"
          : "";
        if (reading === "using") {
          return `${change}${cut}; the values without a zone are read in the zone of USING ${op.using}: put theirs there if it is another.`;
        }
        return `${change}${cut}; PostgreSQL converts in the session's TimeZone, so the instants depend on the server and role that run it.`;
      }
      if (!isNarrowingType(op.existingType, op.type)) return undefined;
      // With no USING, PostgreSQL checks a new length on assignment: a value too long fails
      // the statement (an explicit cast would cut it). Numbers and times may round either way.
      if (
        op.using === undefined &&
        /^(character|char|varchar|text|bit)\b/i.test(columnTypeText(op.type))
      ) {
        return `${change}; a value too long fails the migration.`;
      }
      return `${change}; ${conversionEffect(op.existingType, op.type) ?? "values that do not fit fail or lose precision"}.`;
    },
    loss: (op) => {
      const reading = zoneReading(op);
      if (reading === "using") return "values without a zone read in the zone of its USING";
      if (reading === "session") return "converted in the session's TimeZone";
      return (
        (op.existingType !== undefined && op.type !== undefined
          ? conversionEffect(op.existingType, op.type)
          : undefined) ?? "values that do not fit fail or lose precision"
      );
    },
  },
} satisfies OperationKindSpec<AlterColumnOperation, Parameters<Operations["alterColumn"]>>;

/**
 * What PostgreSQL's conversion does to every value, for the conversions where that is more than
 * "may not fit": a reviewer reading `// DESTRUCTIVE:` should know that rows change, not only
 * that some may fail. `undefined` for the others.
 */
function conversionEffect(from: ColumnType, to: ColumnType): string | undefined {
  const a = columnTypeText(from).trim().toLowerCase();
  const b = columnTypeText(to).trim().toLowerCase();
  const isFloat = (t: string) => /^(real|float4|double precision|float8|float)$/.test(t);
  const isInteger = (t: string) => /^(smallint|int2|integer|int|int4|bigint|int8)$/.test(t);
  const scale = (t: string) => /^(?:numeric|decimal)\s*\(\s*\d+\s*(?:,\s*(\d+)\s*)?\)$/.exec(t);
  if (a === "json" && b === "jsonb") {
    return "a duplicate key keeps only its last value, and key order and spacing are not kept";
  }
  if (isFloat(a) && /^(numeric|decimal)\b/.test(b)) {
    return `each value is rounded to ${/^(real|float4)$/.test(a) ? 6 : 15} significant digits${scale(b) ? ", then to the scale" : ""}; values out of range fail`;
  }
  if ((isFloat(a) || /^(numeric|decimal)\b/.test(a)) && isInteger(b)) {
    return "fractions are rounded to the nearest whole number; values out of range fail";
  }
  const fromScale = scale(a);
  const toScale = scale(b);
  if (fromScale && toScale && Number(toScale[1] ?? 0) < Number(fromScale[1] ?? 0)) {
    return `values are rounded to ${Number(toScale[1] ?? 0)} decimal places; values out of range fail`;
  }
  if (isInteger(a) && /^(boolean|bool)$/.test(b))
    return "0 becomes false and every other number true";
  return undefined;
}
