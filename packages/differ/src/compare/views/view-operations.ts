import type { Operation } from "@retort/core";
import type { ViewDescription } from "../../schema/view-description";

/** The definition a view node carries: its query, options and comment. */
function viewDefinition(v: ViewDescription) {
  return {
    query: v.definition,
    securityBarrier: v.securityBarrier ? true : undefined,
    securityInvoker: v.securityInvoker ? true : undefined,
    checkOption: v.checkOption ?? undefined,
    comment: v.comment ?? undefined,
  };
}

/** `createView` or `createMaterializedView` for `v`; `replacing` makes it `OR REPLACE`. */
export function createViewOperation(v: ViewDescription, replacing?: ViewDescription): Operation {
  if (v.materialized) {
    return {
      kind: "createMaterializedView",
      schema: v.schema,
      name: v.name,
      query: v.definition,
      withData: v.withData ? undefined : false,
      comment: v.comment ?? undefined,
    };
  }
  return {
    kind: "createView",
    schema: v.schema,
    name: v.name,
    ...viewDefinition(v),
    ...(replacing === undefined ? {} : { orReplace: true, replaces: viewDefinition(replacing) }),
  };
}

/** `dropView` or `dropMaterializedView` for `v`, carrying what recreates it. */
export function dropViewOperation(v: ViewDescription): Operation {
  if (v.materialized) {
    return {
      kind: "dropMaterializedView",
      schema: v.schema,
      name: v.name,
      definition: {
        query: v.definition,
        withData: v.withData ? undefined : false,
        comment: v.comment ?? undefined,
      },
    };
  }
  return { kind: "dropView", schema: v.schema, name: v.name, definition: viewDefinition(v) };
}
