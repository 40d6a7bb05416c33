import { type PolicyDescription, policyKey, sortedRoles } from "./policy-description";
import { noPrivileges, sortPrivileges } from "./privilege-description";
import { functionKey, triggerKey } from "./routine-description";
import type { SchemaDescription, TableDescription } from "./schema-description";

function byKey<T>(key: (value: T) => string): (a: T, b: T) => number {
  return (a, b) => {
    const ka = key(a);
    const kb = key(b);
    return ka < kb ? -1 : ka > kb ? 1 : 0;
  };
}

const byName = byKey((o: { name: string }) => o.name);
const byQualified = byKey((o: { schema: string; name: string }) => `${o.schema}\u0000${o.name}`);

function sortTable(table: TableDescription): TableDescription {
  return {
    ...table,
    uniques: [...table.uniques].sort(byName),
    checks: [...table.checks].sort(byName),
    foreignKeys: [...table.foreignKeys].sort(byName),
    indexes: [...table.indexes].sort(byName),
    exclusions: [...table.exclusions].sort(byName),
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
    enums: [...description.enums].sort(byQualified),
    tables: description.tables.map(sortTable).sort(byQualified),
    sequences: [...description.sequences].sort(byQualified),
    functions: [...description.functions].sort(byKey(functionKey)),
    triggers: [...description.triggers].sort(byKey(triggerKey)),
    views: description.views
      .map((v) => ({ ...v, indexes: [...v.indexes].sort(byName) }))
      .sort(byQualified),
    policies: description.policies.map(sortPolicy).sort(byKey(policyKey)),
    domains: description.domains
      .map((d) => ({ ...d, checks: [...d.checks].sort(byName) }))
      .sort(byQualified),
    compositeTypes: [...description.compositeTypes].sort(byQualified),
    rangeTypes: [...description.rangeTypes].sort(byQualified),
    unmanaged: [...description.unmanaged].sort(
      byKey((o) => `${o.kind}\u0000${o.schema}\u0000${o.table ?? ""}\u0000${o.name}`),
    ),
    extensions: [...description.extensions].sort(byName),
    schemaComments: [...description.schemaComments].sort(byName),
    privileges: sortPrivileges(description.privileges ?? noPrivileges),
  };
}
