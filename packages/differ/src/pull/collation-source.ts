import type { CollationName } from "@retort/core";
import { stringLiteral } from "./typescript-source";

/** The TypeScript for a collation in the models: `"C"`, or `{ schema: "app", name: "bytewise" }`. */
export function collationSource(collation: CollationName): string {
  if (typeof collation === "string") return stringLiteral(collation);
  return collation.schema === undefined
    ? `{ name: ${stringLiteral(collation.name)} }`
    : `{ schema: ${stringLiteral(collation.schema)}, name: ${stringLiteral(collation.name)} }`;
}
