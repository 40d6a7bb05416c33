import type { OperationKindSpec, OptionKeys } from "../operation-kind-spec";
import type { Operations } from "../operations";
import type { AlterPolicyOperation } from "../policy-operation";
import type { SchemaOptions } from "../schema-options";
import { checkPolicyRoles, describePolicy } from "./policy-checks";

/** Options of {@link Operations.alterPolicy}: what changes, and what it was (for the reverse). */
export type AlterPolicyOptions = SchemaOptions &
  Omit<AlterPolicyOperation, "kind" | "schema" | "table" | "name">;

/** `op.alterPolicy(table, name, options)`: `ALTER POLICY ... TO / USING / WITH CHECK`. */
export const alterPolicyKind = {
  positional: ["table", "name"],
  named: 2,
  optionsRequired: true,
  options: {
    schema: true,
    to: true,
    using: true,
    withCheck: true,
    existingTo: true,
    existingUsing: true,
    existingWithCheck: true,
  } satisfies OptionKeys<AlterPolicyOptions>,
  validate: (op, check) => {
    check.tableTarget(op);
    check.name(op.name, "policy name");
    if (op.to === undefined && op.using === undefined && op.withCheck === undefined) {
      check.fail("nothing to change: pass to, using or withCheck.");
    }
    checkPolicyRoles(check, op.to, "to");
    checkPolicyRoles(check, op.existingTo, "existingTo");
    if (op.using !== undefined) check.text(op.using, "using");
    if (op.withCheck !== undefined) check.text(op.withCheck, "withCheck");
  },
  reverse: (op, undo) => {
    const unknown = [
      op.to !== undefined && op.existingTo === undefined ? "existingTo" : "",
      op.using !== undefined && op.existingUsing === undefined ? "existingUsing" : "",
      op.withCheck !== undefined && op.existingWithCheck === undefined ? "existingWithCheck" : "",
    ].filter((option) => option !== "");
    if (unknown.length > 0) {
      return undo.irreversible(
        "it does not say what the policy was before.",
        `pass ${unknown.join(", ")} so the reverse can restore it, or write down() by hand`,
      );
    }
    // ALTER POLICY can replace an expression but not remove one.
    if (
      (op.using !== undefined && op.existingUsing === null) ||
      (op.withCheck !== undefined && op.existingWithCheck === null)
    ) {
      return undo.irreversible(
        "ALTER POLICY cannot remove a USING or WITH CHECK expression it added",
        "drop and create the policy instead (dropPolicy with its definition, then createPolicy)",
      );
    }
    return {
      kind: "alterPolicy",
      schema: op.schema,
      table: op.table,
      name: op.name,
      ...(op.to !== undefined ? { to: op.existingTo, existingTo: op.to } : {}),
      ...(op.using !== undefined
        ? { using: op.existingUsing ?? undefined, existingUsing: op.using }
        : {}),
      ...(op.withCheck !== undefined
        ? { withCheck: op.existingWithCheck ?? undefined, existingWithCheck: op.withCheck }
        : {}),
    };
  },
  target: (op) => ({ schema: op.schema, table: op.table, name: op.name }),
  describe: describePolicy,
  change: (_op, object) => `changed policy ${object}`,
} satisfies OperationKindSpec<AlterPolicyOperation>;
