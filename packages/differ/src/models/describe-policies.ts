import { type PolicyDescription, policyKey, sortedRoles } from "../schema/policy-description";
import { badModel, checkIdentifier } from "./bad-model";
import { isPolicyModel, type PolicyModel } from "./policy";

function describePolicy(p: PolicyModel): PolicyDescription {
  const where = { policy: p.name, table: `${p.schema}.${p.table}` };
  checkIdentifier("policy", p.name, where, `table ${where.table}`);
  for (const role of p.to) checkIdentifier("role", role, { ...where, role });
  if (p.for === "insert" && p.using !== null) {
    throw badModel(
      `Policy ${p.name} on ${where.table} is for insert: it takes withCheck, not using.`,
      where,
    );
  }
  if ((p.for === "select" || p.for === "delete") && p.withCheck !== null) {
    throw badModel(
      `Policy ${p.name} on ${where.table} is for ${p.for}: it takes using, not withCheck.`,
      where,
    );
  }
  return {
    schema: p.schema,
    table: p.table,
    name: p.name,
    as: p.as,
    for: p.for,
    // PostgreSQL keeps PUBLIC alone when it is listed with other roles (with a warning).
    to: p.to.includes("public") ? ["public"] : sortedRoles(p.to),
    using: p.using,
    withCheck: p.withCheck,
    comment: p.comment,
    renamedFrom: p.renamedFrom,
    calls: [],
    columns: [],
  };
}

/**
 * The policies a models module exports. Throws `BAD_MODEL` for two different policies of one
 * name on one table, or a policy on a table the models do not export (`tables`: `schema.name`).
 */
export function describePolicies(
  models: Record<string, unknown>,
  tables: ReadonlySet<string>,
): PolicyDescription[] {
  const policies = new Map<string, PolicyDescription>();
  for (const value of Object.values(models)) {
    if (!isPolicyModel(value)) continue;
    const d = describePolicy(value);
    const table = `${d.schema}.${d.table}`;
    if (!tables.has(table)) {
      throw badModel(
        `Policy ${d.name} is on table ${table}, which the models do not export.`,
        { policy: d.name, table },
        "Export the table from the models entry too (a policy lives and dies with its table).",
      );
    }
    const known = policies.get(policyKey(d));
    if (known !== undefined && JSON.stringify(known) !== JSON.stringify(d)) {
      throw badModel(`Two policies are named ${d.name} on ${table}.`, { policy: d.name, table });
    }
    policies.set(policyKey(d), d);
  }
  return [...policies.values()];
}
