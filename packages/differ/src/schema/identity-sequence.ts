import { defaultConstraintName } from "./default-constraint-name";
import type { IdentityDescription } from "./schema-description";

/**
 * An identity's `sequence`, as its description holds it: present only when the name is not the
 * `<table>_<column>_seq` PostgreSQL would give it, so the models need not name it.
 */
export function identitySequence(
  schema: string,
  table: string,
  column: string,
  name: string | null | undefined,
): Pick<IdentityDescription, "sequence"> {
  if (name === null || name === undefined) return {};
  const usual = defaultConstraintName({ kind: "sequence", table, columns: [column] });
  return name === usual ? {} : { sequence: { schema, name } };
}
