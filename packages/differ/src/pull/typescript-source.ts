import { isFreeKey } from "./assign-names";

/** A double-quoted TypeScript string literal. */
export function stringLiteral(text: string): string {
  // JSON escapes quotes, backslashes and control characters; U+2028/2029 are valid in ES2019+.
  return JSON.stringify(text);
}

/**
 * A tagged template `sql\`...\`` holding `text` verbatim: backslashes, backticks and `${` are
 * escaped, so the cooked string the tag receives is exactly `text`.
 */
export function sqlTemplate(text: string): string {
  const body = text.replaceAll("\\", "\\\\").replaceAll("`", "\\`").replaceAll("${", "\\${");
  return `sql\`${body}\``;
}

/** `object.key`, or `object["a b"]` when the key is not an identifier. */
export function propertyAccess(object: string, key: string): string {
  return isFreeKey(key) ? `${object}.${key}` : `${object}[${stringLiteral(key)}]`;
}

/** A key of an object literal: bare when it can be, quoted otherwise. */
export function propertyKey(key: string): string {
  if (key === "__proto__") return `[${stringLiteral(key)}]`; // `"__proto__":` would set the prototype
  return isFreeKey(key) ? key : stringLiteral(key);
}

/** A JSON value as TypeScript source: `{ theme: "dark", sizes: [1, 2] }`. */
export function valueLiteral(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(valueLiteral).join(", ")}]`;
  if (value !== null && typeof value === "object") {
    const entries = Object.entries(value as Record<string, unknown>);
    if (entries.length === 0) return "{}";
    return `{ ${entries.map(([k, v]) => `${propertyKey(k)}: ${valueLiteral(v)}`).join(", ")} }`;
  }
  if (typeof value === "string") return stringLiteral(value);
  return String(value);
}

/** A TypeScript number literal, or a string literal when the number is not exact as a double. */
export function numberOrString(text: string): string {
  return /^-?\d+$/.test(text) && Number.isSafeInteger(Number(text))
    ? String(Number(text))
    : stringLiteral(text);
}
