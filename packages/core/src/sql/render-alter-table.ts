import type { AlterTableOperation, ReplicaIdentity } from "../ops/operation";
import { indent, statement } from "./ddl-clauses";
import { quoteIdent, quoteQualified } from "./quote-ident";
import { quoteLiteral } from "./quote-literal";
import type { SqlStatement } from "./sql-statement";

function replicaIdentity(identity: ReplicaIdentity): string {
  if (typeof identity === "object")
    return `REPLICA IDENTITY USING INDEX ${quoteIdent(identity.index)}`;
  return `REPLICA IDENTITY ${identity.toUpperCase()}`;
}

/**
 * The SQL visitor of `alterTable`: one `ALTER TABLE` with every action, so a persistence change
 * rewrites the table once. Parameter names are checked plain names (`toast.` allowed), written
 * bare; values are literals.
 */
export function renderAlterTable(op: AlterTableOperation): SqlStatement[] {
  const actions: string[] = [];
  const set = Object.entries(op.with ?? {});
  if (set.length > 0) {
    actions.push(
      `SET (${set.map(([name, value]) => `${name} = ${quoteLiteral(value)}`).join(", ")})`,
    );
  }
  if (op.reset !== undefined && op.reset.length > 0) actions.push(`RESET (${op.reset.join(", ")})`);
  if (op.unlogged !== undefined) actions.push(op.unlogged ? "SET UNLOGGED" : "SET LOGGED");
  if (op.replicaIdentity !== undefined) actions.push(replicaIdentity(op.replicaIdentity));
  if (op.clusterOn !== undefined) {
    actions.push(
      op.clusterOn === null ? "SET WITHOUT CLUSTER" : `CLUSTER ON ${quoteIdent(op.clusterOn)}`,
    );
  }
  const table = quoteQualified(op.schema, op.table);
  if (actions.length === 1) return [statement(`ALTER TABLE ${table} ${actions[0]}`)];
  return [statement(`ALTER TABLE ${table}\n${actions.map((a) => indent + a).join(",\n")}`)];
}
