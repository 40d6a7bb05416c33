import type { SchemaDescription } from "../../schema/schema-description";
import { isExcludedTable, type ManagedScope } from "../../scope/managed-scope";

/** What of `d` the comparison may touch: the managed schemas, without excluded tables. */
export function inScope(
  d: SchemaDescription,
  scope: ManagedScope & { readonly schemas: readonly string[] },
): SchemaDescription {
  const schemas = new Set(scope.schemas);
  return {
    schemas: d.schemas.filter((s) => s !== "public" && schemas.has(s)),
    enums: d.enums.filter((e) => schemas.has(e.schema)),
    tables: d.tables.filter(
      (t) => schemas.has(t.schema) && !isExcludedTable(scope, t.schema, t.name),
    ),
    sequences: d.sequences.filter((s) => schemas.has(s.schema)),
    functions: d.functions.filter((f) => schemas.has(f.schema)),
    triggers: d.triggers.filter(
      (t) => schemas.has(t.schema) && !isExcludedTable(scope, t.schema, t.table),
    ),
    views: d.views.filter((v) => schemas.has(v.schema)),
    policies: d.policies.filter(
      (p) => schemas.has(p.schema) && !isExcludedTable(scope, p.schema, p.table),
    ),
    domains: d.domains.filter((x) => schemas.has(x.schema)),
    compositeTypes: d.compositeTypes.filter((x) => schemas.has(x.schema)),
    rangeTypes: d.rangeTypes.filter((x) => schemas.has(x.schema)),
    unmanaged: d.unmanaged,
    extensions: d.extensions.filter((e) => schemas.has(e.schema)),
    schemaComments: d.schemaComments.filter((c) => schemas.has(c.name)),
    // Narrowed to the managed roles and objects by the privileges comparator.
    privileges: d.privileges,
  };
}
