import type {
  GrantDefaultPrivilegesOperation,
  GrantOperation,
  PrivilegeOperation,
} from "@retort/core";
import { objectKey } from "../introspect/object-key";
import type { Phase } from "./baseline-phases";

/**
 * A grant's key in the baseline, shared with the revoke that undoes it (same fields, the other
 * kind), so the baseline's `down` pairs them: default privileges and the public schema outlive
 * the objects the `down` drops, their grants must be revoked.
 */
export function privilegeKey(op: PrivilegeOperation): string {
  const { kind, ...fields } = op;
  const family = kind === "grant" || kind === "revoke" ? "grant" : "default privileges";
  return objectKey(family, null, null, JSON.stringify(fields));
}

/** A grant's step in the baseline: in the grants phase, after the object it is on. */
export function privilegeNode(op: GrantOperation | GrantDefaultPrivilegesOperation): {
  key: string;
  phase: Phase;
  needs: string[];
} {
  const key = privilegeKey(op);
  if (op.kind === "grantDefaultPrivileges") {
    return {
      key,
      phase: "grants",
      needs: op.inSchema === undefined ? [] : [objectKey("schema", null, null, op.inSchema)],
    };
  }
  const on = op.on;
  const schema = on.schema ?? "public";
  switch (on.type) {
    case "schema":
      return {
        key,
        phase: "grants",
        needs: on.name === "public" ? [] : [objectKey("schema", null, null, on.name)],
      };
    case "function":
    case "procedure":
      return {
        key,
        phase: "grants",
        needs: [objectKey("routine", schema, null, `${on.name}(${on.arguments ?? ""})`)],
      };
    case "table":
    case "sequence":
      return { key, phase: "grants", needs: [objectKey("relation", schema, null, on.name)] };
  }
}
