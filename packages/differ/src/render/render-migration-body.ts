import {
  BadOperationError,
  type ColumnDefinition,
  type IdentityDefinition,
  type IndexElement,
  type Operation,
  type OperationKind,
  type OperationOf,
  Operations,
} from "@retort/core";
import { destructiveReason } from "../compare/destructive-reason";
import { isDeepEqual } from "../compare/is-deep-equal";
import { renderCall, sourceString } from "./render-value";

/** `[...positional, options]`, leaving out the options when none is set and they are optional. */
function withOptions(
  positional: unknown[],
  options: Record<string, unknown>,
  isRequired = false,
): unknown[] {
  const set = Object.fromEntries(
    Object.entries(options).filter(([, value]) => value !== undefined),
  );
  return Object.keys(set).length === 0 && !isRequired ? positional : [...positional, set];
}

/** The fields of `op` other than `kind` and those passed positionally. */
function rest<T extends Operation>(
  op: T,
  positional: readonly (keyof T)[],
): Record<string, unknown> {
  const fields: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(op)) {
    if (key !== "kind" && !positional.includes(key as keyof T)) fields[key] = value;
  }
  return fields;
}

// The recorder's shorthands (`identity: "always"`, `generated: "a + b"`) read better and record
// the same node.
function identityInput(identity: IdentityDefinition | null | undefined): unknown {
  if (identity && Object.keys(identity).length === 1) return identity.generation;
  return identity;
}

function columnInput(column: ColumnDefinition): Record<string, unknown> {
  const { name: _name, ...input } = column;
  return {
    ...input,
    identity: identityInput(column.identity),
    generated: column.generated?.expression,
  };
}

function indexElementInput(element: IndexElement): unknown {
  return element.column !== undefined && Object.keys(element).length === 1
    ? element.column
    : element;
}

type ArgumentsOf = { readonly [K in OperationKind]: (op: OperationOf<K>) => unknown[] };

// One entry per operation kind, as Alembic's render.py keys its renderers by operation type:
// the arguments of the `Operations` method that records the node.
const callArguments: ArgumentsOf = {
  createTable: (op) => {
    const { table, columns, ...options } = rest(op, []);
    return [
      table,
      {
        schema: options.schema,
        columns: Object.fromEntries(op.columns.map((c) => [c.name, columnInput(c)])),
        ...options,
      },
    ];
  },
  dropTable: (op) => withOptions([op.table], rest(op, ["table"])),
  renameTable: (op) => withOptions([op.table, op.newName], rest(op, ["table", "newName"])),
  addColumn: (op) =>
    withOptions([op.table, op.column.name, columnInput(op.column)], rest(op, ["table", "column"])),
  dropColumn: (op) =>
    withOptions([op.table, op.column], {
      ...rest(op, ["table", "column"]),
      definition: op.definition === undefined ? undefined : columnInput(op.definition),
    }),
  renameColumn: (op) =>
    withOptions([op.table, op.column, op.newName], rest(op, ["table", "column", "newName"])),
  alterColumn: (op) => [
    op.table,
    op.column,
    {
      ...rest(op, ["table", "column"]),
      identity: identityInput(op.identity),
      existingIdentity: identityInput(op.existingIdentity),
    },
  ],
  createIndex: (op) =>
    withOptions(
      [op.name, op.table, op.elements.map(indexElementInput)],
      rest(op, ["name", "table", "elements"]),
    ),
  dropIndex: (op) => withOptions([op.name], rest(op, ["name"])),
  renameIndex: (op) => withOptions([op.name, op.newName], rest(op, ["name", "newName"])),
  addPrimaryKey: (op) =>
    withOptions([op.name, op.table, op.columns], rest(op, ["name", "table", "columns"])),
  addUnique: (op) =>
    withOptions([op.name, op.table, op.columns], rest(op, ["name", "table", "columns"])),
  addCheck: (op) =>
    withOptions([op.name, op.table, op.expression], rest(op, ["name", "table", "expression"])),
  addForeignKey: (op) =>
    withOptions([op.name, op.table, op.columns, op.references.table, op.references.columns ?? []], {
      ...rest(op, ["name", "table", "columns", "references"]),
      referencedSchema: op.references.schema,
    }),
  addExclusion: (op) =>
    withOptions([op.name, op.table, op.elements], rest(op, ["name", "table", "elements"])),
  dropConstraint: (op) => withOptions([op.name, op.table], rest(op, ["name", "table"])),
  validateConstraint: (op) => withOptions([op.name, op.table], rest(op, ["name", "table"])),
  renameConstraint: (op) =>
    withOptions([op.name, op.table, op.newName], rest(op, ["name", "table", "newName"])),
  createSchema: (op) => withOptions([op.name], rest(op, ["name"])),
  dropSchema: (op) => withOptions([op.name], rest(op, ["name"])),
  renameSchema: (op) => [op.name, op.newName],
  createEnum: (op) => withOptions([op.name, op.values], rest(op, ["name", "values"])),
  addEnumValue: (op) => withOptions([op.name, op.value], rest(op, ["name", "value"])),
  renameEnumValue: (op) =>
    withOptions([op.name, op.value, op.newValue], rest(op, ["name", "value", "newValue"])),
  renameEnum: (op) => withOptions([op.name, op.newName], rest(op, ["name", "newName"])),
  dropEnum: (op) => withOptions([op.name], rest(op, ["name"])),
  createSequence: (op) => withOptions([op.name], rest(op, ["name"])),
  alterSequence: (op) => withOptions([op.name], rest(op, ["name"]), true),
  dropSequence: (op) => withOptions([op.name], rest(op, ["name"])),
  createExtension: (op) => withOptions([op.name], rest(op, ["name"])),
  dropExtension: (op) => withOptions([op.name], rest(op, ["name"])),
  setTableComment: (op) => withOptions([op.table, op.comment], rest(op, ["table", "comment"])),
  setColumnComment: (op) =>
    withOptions([op.table, op.column, op.comment], rest(op, ["table", "column", "comment"])),
  execute: (op) => {
    if (op.transactional !== undefined)
      return [op.sql, op.params, { transactional: op.transactional }];
    return op.params === undefined ? [op.sql] : [op.sql, op.params];
  },
  bulkInsert: (op) => withOptions([op.table, op.rows], rest(op, ["table", "rows"])),
  run: () => {
    throw new BadOperationError("An op.run step cannot be written as migration source.", {
      hint: "write TypeScript steps by hand in the migration",
    });
  },
};

/** Whether calling `op[kind](...args)` records exactly `node`. */
function recordsSame(node: Operation, args: readonly unknown[]): boolean {
  try {
    const recorder = new Operations();
    (recorder[node.kind as keyof Operations] as (...a: unknown[]) => unknown).apply(recorder, [
      ...args,
    ]);
    return isDeepEqual(recorder.operations[0], node);
  } catch {
    return false;
  }
}

/** A `//` comment line whatever the text holds: line breaks would end the comment early. */
function commentLine(text: string): string {
  return `// ${text.replace(/[\r\n\u2028\u2029]/g, (ch) => sourceString(ch).slice(1, -1))}`;
}

/**
 * Writes operations as the TypeScript statements of a migration's `up(op)` or `down(op)`: one
 * `op.xxx(...)` call per operation with the signatures of core's `Operations`, formatted for
 * reading (double quotes, two-space indent, trailing commas), with a
 * `// DESTRUCTIVE: ...` line before each operation that may lose data. Names are written with
 * `JSON.stringify`, so any name is safe. An operation the recorder's method cannot reproduce
 * exactly (a column named `"1"`, whose key JavaScript would move first) is written as
 * `op.add({...})` with the whole node. Lines are not indented; an empty list gives a comment.
 * Throws `BAD_OPERATION` for `op.run`, which has no source.
 *
 * @example
 * ```ts
 * renderMigrationBody([{ kind: "dropTable", schema: "public", table: "draft" }]);
 * // // DESTRUCTIVE: drops table "public.draft"; its data will be lost.
 * // op.dropTable("draft", { schema: "public" });
 * ```
 */
export function renderMigrationBody(ops: readonly Operation[]): string {
  if (ops.length === 0) return "// No changes.";
  const lines: string[] = [];
  for (const op of ops) {
    const reason = destructiveReason(op);
    if (reason !== undefined) lines.push(commentLine(`DESTRUCTIVE: ${reason}`));
    const args = (callArguments[op.kind] as (op: Operation) => unknown[])(op);
    lines.push(recordsSame(op, args) ? renderCall(op.kind, args) : renderCall("add", [op]));
  }
  return lines.join("\n");
}
