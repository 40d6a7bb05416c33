import type {
  AlterExtensionOperation,
  SetSchemaCommentOperation,
  SetSequenceCommentOperation,
} from "../ops/namespace-operations";
import { commentOn, statement } from "./ddl-clauses";
import { quoteIdent, quoteQualified } from "./quote-ident";
import { quoteLiteral } from "./quote-literal";
import type { SqlStatement } from "./sql-statement";

/** The SQL visitors of the sequence, schema and extension kinds that `namespaceKinds` adds. */
export const namespaceRenderers = {
  setSequenceComment: (op: SetSequenceCommentOperation): SqlStatement[] => [
    commentOn(`SEQUENCE ${quoteQualified(op.schema, op.name)}`, op.comment),
  ],
  setSchemaComment: (op: SetSchemaCommentOperation): SqlStatement[] => [
    commentOn(`SCHEMA ${quoteIdent(op.name)}`, op.comment),
  ],
  // Two statements: ALTER EXTENSION takes one action at a time.
  alterExtension: (op: AlterExtensionOperation): SqlStatement[] => {
    const name = quoteIdent(op.name);
    return [
      ...(op.schema === undefined
        ? []
        : [statement(`ALTER EXTENSION ${name} SET SCHEMA ${quoteIdent(op.schema)}`)]),
      ...(op.version === undefined
        ? []
        : [statement(`ALTER EXTENSION ${name} UPDATE TO ${quoteLiteral(op.version)}`)]),
    ];
  },
};
