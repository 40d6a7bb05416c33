import type { ObjectName } from "@retort/core";
import { stringLiteral } from "./typescript-source";

/**
 * The TypeScript for a collation or operator class in the models: `"C"`, or
 * `{ schema: "app", name: "bytewise" }`.
 */
export function objectNameSource(name: ObjectName): string {
  if (typeof name === "string") return stringLiteral(name);
  return name.schema === undefined
    ? `{ name: ${stringLiteral(name.name)} }`
    : `{ schema: ${stringLiteral(name.schema)}, name: ${stringLiteral(name.name)} }`;
}
