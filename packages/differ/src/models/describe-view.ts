import type { TableDescription } from "../schema/schema-description";
import type { ViewDescription } from "../schema/view-description";
import { describedQuery } from "../schema/view-query";
import { checkIdentifier } from "./bad-model";
import type { AnyTable } from "./table";
import type { AnyView } from "./view";

/**
 * A view model as the schema description holds it. Its columns and indexes are read the way a
 * table's are (`describeTable`, passed in, so index names are taken from the same namespace and
 * types normalized alike); its query stays as written until the server prints it.
 */
export function describeView(
  v: AnyView,
  describeTable: (table: AnyTable) => TableDescription,
): ViewDescription {
  const where = { view: `${v.schema}.${v.name}` };
  checkIdentifier("schema", v.schema, where, `view ${v.name}`);
  checkIdentifier(v.materialized ? "materialized view" : "view", v.name, where);
  // Only what a table model shares with a view: columns (their types) and indexes.
  const asTable = {
    name: v.name,
    schema: v.schema,
    columns: v.columns,
    comment: null,
    renamedFrom: null,
    rls: { enabled: false, forced: false },
    definedIn: null,
    extras: () => ({ indexes: [...v.indexes] }),
  } as unknown as AnyTable;
  const described = describeTable(asTable);
  return {
    schema: v.schema,
    name: v.name,
    materialized: v.materialized,
    definition: describedQuery(v.query),
    columns: described.columns.map((c) => ({ name: c.name, type: c.type })),
    securityBarrier: v.securityBarrier,
    securityInvoker: v.securityInvoker,
    checkOption: v.checkOption,
    withData: v.withData,
    indexes: described.indexes,
    comment: v.comment,
    renamedFrom: v.renamedFrom,
    dependsOn: null,
  };
}
