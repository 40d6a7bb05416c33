import { alterExtensionKind } from "./alter-extension";
import { setSchemaCommentKind } from "./set-schema-comment";
import { setSequenceCommentKind } from "./set-sequence-comment";

/** The entries that finish the sequence, schema and extension kinds, spread into `operationKinds`. */
export const namespaceKinds = {
  setSequenceComment: setSequenceCommentKind,
  setSchemaComment: setSchemaCommentKind,
  alterExtension: alterExtensionKind,
} as const;
