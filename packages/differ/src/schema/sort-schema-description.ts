import { type PolicyDescription, policyKey, sortedRoles } from "./policy-description";
import { noPrivileges, sortPrivileges } from "./privilege-description";
import { functionKey, triggerKey } from "./routine-description";
import type { SchemaDescription, TableDescription } from "./schema-description";

/**
 * `list` sorted by `key`, each key built once (not twice per comparison), ties in their order.
 * Keys compare by UTF-16 code unit.
 */
function sortedBy<T>(list: readonly T[], key: (value: T) => string): T[] {
  if (list.length < 2) return [...list];
  const keyed = list.map((value) => ({ key: key(value), value }));
  keyed.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  return keyed.map((k) => k.value);
}

const nameOf = (o: { name: string }) => o.name;
const qualifiedOf = (o: { schema: string; name: string }) => `${o.schema}\u0000${o.name}`;

function sortTable(table: TableDescription): TableDescription {
  return {
    ...table,
    uniques: sortedBy(table.uniques, nameOf),
    checks: sortedBy(table.checks, nameOf),
    foreignKeys: sortedBy(table.foreignKeys, nameOf),
    indexes: sortedBy(table.indexes, nameOf),
    exclusions: sortedBy(table.exclusions, nameOf),
  };
}

function sortPolicy(policy: PolicyDescription): PolicyDescription {
  return { ...policy, to: sortedRoles(policy.to), columns: [...policy.columns].sort() };
}

/**
 * Puts a description in its canonical order: schemas, enums, tables, sequences and the named
 * parts of each table sorted by (schema and) name, unmanaged objects by kind, schema, name.
 * Columns, key columns and enum labels keep their order, which is meaningful. Sorting is by
 * UTF-16 code unit, not locale, so it is the same everywhere.
 *
 * @example
 * ```ts
 * expect(sortSchemaDescription(a)).toEqual(sortSchemaDescription(b));
 * ```
 */
export function sortSchemaDescription(description: SchemaDescription): SchemaDescription {
  return {
    schemas: [...new Set(description.schemas)].sort(),
    enums: sortedBy(description.enums, qualifiedOf),
    tables: sortedBy(description.tables.map(sortTable), qualifiedOf),
    sequences: sortedBy(description.sequences, qualifiedOf),
    functions: sortedBy(description.functions, functionKey),
    triggers: sortedBy(description.triggers, triggerKey),
    views: sortedBy(
      description.views.map((v) => ({ ...v, indexes: sortedBy(v.indexes, nameOf) })),
      qualifiedOf,
    ),
    policies: sortedBy(description.policies.map(sortPolicy), policyKey),
    domains: sortedBy(
      description.domains.map((d) => ({ ...d, checks: sortedBy(d.checks, nameOf) })),
      qualifiedOf,
    ),
    compositeTypes: sortedBy(description.compositeTypes, qualifiedOf),
    rangeTypes: sortedBy(description.rangeTypes, qualifiedOf),
    unmanaged: sortedBy(
      description.unmanaged,
      (o) => `${o.kind}\u0000${o.schema}\u0000${o.table ?? ""}\u0000${o.name}`,
    ),
    extensions: sortedBy(description.extensions, nameOf),
    schemaComments: sortedBy(description.schemaComments, nameOf),
    privileges: sortPrivileges(description.privileges ?? noPrivileges),
  };
}
