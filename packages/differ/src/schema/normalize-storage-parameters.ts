/** A storage parameter's value as a model or an operation writes it. */
export type StorageParameterValue = string | number | boolean;

const NUMBER = /^-?\d+(\.\d+)?$/;

/**
 * A storage parameter's text (as `pg_class.reloptions` keeps it) as the value a model or a
 * `createIndex` writes: `"70"` → `70`, `"false"` → `false`, anything else as it is. `on` and
 * `off` stay text, since GiST's `buffering` is an enumeration spelled that way which refuses
 * `true` and `false`.
 *
 * @example
 * ```ts
 * storageParameterValue("70");   // 70
 * storageParameterValue("true"); // true
 * storageParameterValue("off");  // "off"
 * ```
 */
export function storageParameterValue(text: string): StorageParameterValue {
  if (text === "true" || text === "false") return text === "true";
  if (NUMBER.test(text) && Number.isFinite(Number(text))) return Number(text);
  return text;
}

/** The key of a value PostgreSQL reads the same whichever way it is spelled. */
function canonicalText(text: string): string {
  const word = text.toLowerCase();
  if (word === "on" || word === "true" || word === "yes") return "true";
  if (word === "off" || word === "false" || word === "no") return "false";
  return NUMBER.test(text) ? String(Number(text)) : text;
}

/**
 * Storage parameters in one spelling, for comparison: `{ fastupdate: "off" }` and
 * `{ fastupdate: "false" }` are the same setting, as are `"70"` and `"70.0"`. `undefined` for none.
 */
export function normalizeStorageParameters(
  parameters: Readonly<Record<string, string>> | undefined,
): Record<string, string> | undefined {
  const entries = Object.entries(parameters ?? {});
  if (entries.length === 0) return undefined;
  return Object.fromEntries(entries.map(([name, text]) => [name, canonicalText(text)]));
}

/** Storage parameters as values (`{ fillfactor: 70 }`), from their text; `undefined` for none. */
export function storageParameterValues(
  parameters: Readonly<Record<string, string>> | undefined,
): Record<string, StorageParameterValue> | undefined {
  const entries = Object.entries(parameters ?? {});
  if (entries.length === 0) return undefined;
  return Object.fromEntries(entries.map(([name, text]) => [name, storageParameterValue(text)]));
}

/** Storage parameters as text, the way a description holds them; `undefined` for none. */
export function storageParameterTexts(
  parameters: Readonly<Record<string, StorageParameterValue>>,
): Record<string, string> | undefined {
  const entries = Object.entries(parameters);
  if (entries.length === 0) return undefined;
  return Object.fromEntries(entries.map(([name, value]) => [name, String(value)]));
}

/** `reloptions` (`["fillfactor=70"]`, each split at its first `=`) as text by name; `undefined` for none. */
export function parseReloptions(
  options: readonly string[] | null,
): Record<string, string> | undefined {
  if (options === null || options.length === 0) return undefined;
  return Object.fromEntries(
    options.map((option) => {
      const at = option.indexOf("=");
      return [option.slice(0, at), option.slice(at + 1)];
    }),
  );
}

/**
 * `{ storageParameters }` to spread into an index description, or `{}` for none: the key is
 * absent rather than `undefined`, so descriptions without parameters stay as they were.
 */
export function storageParametersField(parameters: Record<string, string> | undefined): {
  storageParameters?: Record<string, string>;
} {
  return parameters === undefined ? {} : { storageParameters: parameters };
}
