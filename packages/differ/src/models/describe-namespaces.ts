import { sequenceDefaults } from "../compare/table-definition";
import type {
  ExtensionDescription,
  SchemaCommentDescription,
  SequenceDescription,
} from "../schema/schema-description";
import { badModel, checkIdentifier } from "./bad-model";
import { type ExtensionModel, isExtensionModel } from "./extension";
import { isSchemaModel, type SchemaModel } from "./schema-model";
import { isSequenceModel, type SequenceModel } from "./sequence";

/** What the `sequence()`, `schema()` and `extension()` models of a models module describe. */
export interface NamespaceDescriptions {
  /** Schemas declared with `schema()`, `public` left out. */
  schemas: string[];
  sequences: SequenceDescription[];
  extensions: ExtensionDescription[];
  schemaComments: SchemaCommentDescription[];
}

function unique<T>(
  models: Record<string, unknown>,
  is: (value: unknown) => value is T,
  key: (value: T) => string,
  kind: string,
): T[] {
  const byKey = new Map<string, T>();
  for (const value of Object.values(models)) {
    if (!is(value)) continue;
    const k = key(value);
    const known = byKey.get(k);
    if (known !== undefined && known !== value) {
      throw badModel(
        `Two ${kind} models are named ${k}.`,
        { [kind]: k },
        `Export each ${kind} once, under one name.`,
      );
    }
    byKey.set(k, value);
  }
  return [...byKey.values()];
}

function describeSequence(s: SequenceModel): SequenceDescription {
  const where = { sequence: `${s.schema}.${s.name}` };
  checkIdentifier("schema", s.schema, where, `sequence ${s.name}`);
  checkIdentifier("sequence", s.name, where);
  const d = sequenceDefaults(s.dataType, s.increment);
  const min = s.minValue ?? d.min;
  const max = s.maxValue ?? d.max;
  const ascending = !s.increment.startsWith("-");
  return {
    schema: s.schema,
    name: s.name,
    dataType: s.dataType,
    // PostgreSQL starts at the bound the sequence counts from, as it is given.
    start: s.start ?? (ascending ? min : max),
    increment: s.increment,
    min,
    max,
    cache: s.cache,
    cycle: s.cycle,
    ownedBy: s.ownedBy === null ? null : { table: s.ownedBy.table, column: s.ownedBy.column },
    comment: s.comment,
    renamedFrom: s.renamedFrom,
  };
}

/**
 * Reads the `sequence()`, `schema()` and `extension()` models exported by a models module.
 *
 * @example
 * ```ts
 * describeNamespaces({ billing: schema("billing") }).schemas; // ["billing"]
 * ```
 */
export function describeNamespaces(models: Record<string, unknown>): NamespaceDescriptions {
  const schemas = unique(models, isSchemaModel, (s: SchemaModel) => s.name, "schema");
  const sequences = unique(
    models,
    isSequenceModel,
    (s: SequenceModel) => `${s.schema}.${s.name}`,
    "sequence",
  );
  const extensions = unique(models, isExtensionModel, (e: ExtensionModel) => e.name, "extension");
  for (const s of schemas) checkIdentifier("schema", s.name, { schema: s.name });
  for (const e of extensions) {
    checkIdentifier("extension", e.name, { extension: e.name });
    checkIdentifier("schema", e.schema, { extension: e.name }, `extension ${e.name}`);
  }
  return {
    schemas: [
      ...schemas.map((s) => s.name),
      ...sequences.map((s) => s.schema),
      ...extensions.map((e) => e.schema),
    ].filter((s) => s !== "public"),
    sequences: sequences.map(describeSequence),
    extensions: extensions.map((e) => ({ name: e.name, schema: e.schema, version: e.version })),
    schemaComments: schemas.flatMap((s) =>
      s.comment === null ? [] : [{ name: s.name, comment: s.comment }],
    ),
  };
}
