import type { PolicyDefinition } from "@retort/core";
import type { PolicyDescription } from "../../schema/policy-description";

/** A policy's description as an operation's definition, PostgreSQL's defaults left out. */
export function policyDefinition(p: PolicyDescription): PolicyDefinition {
  return {
    schema: p.schema,
    table: p.table,
    name: p.name,
    as: p.as === "restrictive" ? "restrictive" : undefined,
    for: p.for === "all" ? undefined : p.for,
    to: p.to.length === 1 && p.to[0] === "public" ? undefined : p.to,
    using: p.using ?? undefined,
    withCheck: p.withCheck ?? undefined,
    comment: p.comment ?? undefined,
  };
}
