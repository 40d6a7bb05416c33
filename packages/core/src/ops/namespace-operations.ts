// The operation nodes that finish the sequence, schema and extension kinds (their create, drop and
// rename nodes are older and live in `operation.ts`), kept together so the family reads as one.
import type { SchemaObjectTarget } from "./operation";

/** `COMMENT ON SEQUENCE`. `null` removes the comment. */
export interface SetSequenceCommentOperation extends SchemaObjectTarget {
  readonly kind: "setSequenceComment";
  readonly comment: string | null;
  /** The comment before; omitted is read as none. */
  readonly existingComment?: string | null | undefined;
}

/** `COMMENT ON SCHEMA`. `null` removes the comment. */
export interface SetSchemaCommentOperation {
  readonly kind: "setSchemaComment";
  readonly name: string;
  readonly comment: string | null;
  /** The comment before; omitted is read as none. */
  readonly existingComment?: string | null | undefined;
}

/** What `ALTER EXTENSION` changes: its version (`UPDATE TO`) and the schema of its objects. */
export interface ExtensionChange {
  readonly version?: string | undefined;
  readonly schema?: string | undefined;
}

/**
 * `ALTER EXTENSION ... UPDATE TO` and/or `SET SCHEMA`. `existing` carries what it was, so the
 * reverse puts it back (an extension's downgrade script must exist for the version to go back).
 */
export interface AlterExtensionOperation extends ExtensionChange {
  readonly kind: "alterExtension";
  readonly name: string;
  readonly existing?: ExtensionChange | undefined;
}

/** Every node of this family. */
export type NamespaceOperation =
  | SetSequenceCommentOperation
  | SetSchemaCommentOperation
  | AlterExtensionOperation;
