import { RetortError } from "@retort/core";

/** Words that cannot name a `const` in an ES module (strict mode), or would shadow something the
 * generated files rely on (`undefined`, the callback parameter `t`, the DSL's imports). */
const reservedWords = new Set(
  (
    "break case catch class const continue debugger default delete do else enum export extends " +
    "false finally for function if import in instanceof new null return super switch this throw " +
    "true try typeof var void while with yield let static implements interface package private " +
    "protected public await arguments eval undefined NaN Infinity globalThis " +
    // The DSL names every generated file imports, and the extras callback's parameter.
    "c t table column enumType index sql check unique primaryKey foreignKey exclude"
  ).split(" "),
);

/** Property keys an object literal would not store as an own property. */
const reservedKeys = new Set(["__proto__"]);

const identifierPattern = /^[\p{L}_$][\p{L}\p{N}_$]*$/u;

/** Whether `text` is a valid JavaScript identifier (reserved words included). */
export function isIdentifierText(text: string): boolean {
  return identifierPattern.test(text);
}

/** Whether `text` can be the name of an exported `const` in a generated models file. */
export function isFreeIdentifier(text: string): boolean {
  return isIdentifierText(text) && !reservedWords.has(text);
}

/** Whether `text` can be an unquoted key of the columns object. */
export function isFreeKey(text: string): boolean {
  return isIdentifierText(text) && !reservedKeys.has(text);
}

/** The words of a name: split on anything but letters and digits, and at lower-to-upper humps. */
function words(name: string): string[] {
  // The common snake_case name has no humps and splits on `_` (and spaces) alone; the Unicode
  // patterns below cost more than the rest of the naming.
  if (/^[a-z0-9_ ]*$/.test(name)) return name.split(/[_ ]+/).filter((w) => w !== "");
  return name
    .replace(/(\p{Ll})(\p{Lu})/gu, "$1 $2")
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w !== "");
}

/**
 * A readable camelCase identifier for a database name: `user_account` and `UserAccount` give
 * `userAccount`, `Weird "name"` gives `weirdName`, `2fa_codes` gives `_2faCodes`. An all-capital
 * word is lower-cased (`HTTP_LOG` -> `httpLog`). May return `""` (nothing to keep).
 *
 * @example
 * ```ts
 * camelName("created_at"); // createdAt
 * ```
 */
export function camelName(name: string): string {
  const parts = words(name).map((w, k) => {
    const lower = w === w.toUpperCase() ? w.toLowerCase() : w;
    if (k === 0) return lower.charAt(0).toLowerCase() + lower.slice(1);
    return lower.charAt(0).toUpperCase() + lower.slice(1);
  });
  const joined = parts.join("");
  return /^\p{N}/u.test(joined) ? `_${joined}` : joined;
}

/**
 * A kebab-case file name (without extension) for a database name: `user_account` ->
 * `user-account`, `UserAccount` -> `user-account`. Lower case only, so two files never differ by
 * case alone (macOS and Windows file systems ignore case).
 */
export function kebabName(name: string): string {
  return words(name)
    .map((w) => w.toLowerCase())
    .join("-");
}

/** One thing that needs a name, with the names it would take, best first. */
export interface NameRequest<T> {
  item: T;
  /**
   * How the object is called in messages: `table public."a b"`. A function, since only a
   * collision needs one and a label per column costs quoting.
   */
  label: () => string;
  /** Candidate names, best first; invalid ones must already be left out. */
  candidates: string[];
  /** The candidate that is the object's own name verbatim, which wins a tie for it. */
  exact?: string | undefined;
  /** Numbered names (`n` = 2, 3...) to try once the candidates are taken; none by default. */
  fallback?: ((n: number) => string) | undefined;
}

/** Two objects that cannot both get a name: thrown by {@link assignNames}. */
export class NameCollisionError extends RetortError {
  constructor(kind: string, first: string, second: string, name: string) {
    super(
      "BAD_MODEL",
      `Cannot give ${first} and ${second} distinct TypeScript names: both become "${name}" and every alternative is taken.`,
      {
        hint: "Rename one of them in the database, or exclude one table from the pull.",
        details: { kind, objects: [first, second], name },
      },
    );
    this.name = "NameCollisionError";
  }
}

/**
 * Gives every request a distinct name, deterministically: in round k each request still without
 * a name asks for its k-th candidate; a name asked for by several goes to the request whose own
 * name it is (`userAccount` keeps `userAccount` against `user_account`), else to the first in
 * the given order. `isTaken` rejects names used elsewhere (case-insensitively for file names).
 *
 * Requests are expected in a stable order (sorted by real name), so the result does not depend
 * on catalog order. Throws {@link NameCollisionError} naming both objects when a request runs
 * out of candidates.
 */
export function assignNames<T>(
  kind: string,
  requests: readonly NameRequest<T>[],
  fold: (name: string) => string = (name) => name,
): Map<T, string> {
  // Usually every request's first candidate is free: then there is nothing to decide.
  const firsts = new Set<string>();
  for (const request of requests) {
    const first = request.candidates[0];
    if (first === undefined) break;
    firsts.add(fold(first));
  }
  if (firsts.size === requests.length) {
    return new Map(requests.map((request) => [request.item, request.candidates[0]!]));
  }
  const result = new Map<T, string>();
  const holders = new Map<string, NameRequest<T>>();
  const order = new Map(requests.map((r, k) => [r, k]));
  let pending = [...requests];
  for (let round = 0; pending.length > 0; round++) {
    const wanted = new Map<string, NameRequest<T>[]>();
    const next: NameRequest<T>[] = [];
    for (const request of pending) {
      const candidate = request.candidates[round];
      if (candidate === undefined && request.fallback) {
        // Generated lazily: a list of numbered names per request would make this quadratic.
        let n = 2;
        while (holders.has(fold(request.fallback(n))) || wanted.has(fold(request.fallback(n)))) n++;
        holders.set(fold(request.fallback(n)), request);
        result.set(request.item, request.fallback(n));
        continue;
      }
      if (candidate === undefined) {
        const first = request.candidates[0] ?? "";
        const holder = holders.get(fold(first)) ?? holders.values().next().value;
        throw new NameCollisionError(
          kind,
          holder?.label() ?? "another object",
          request.label(),
          first,
        );
      }
      const key = fold(candidate);
      if (holders.has(key)) {
        next.push(request);
        continue;
      }
      const list = wanted.get(key);
      if (list) list.push(request);
      else wanted.set(key, [request]);
    }
    for (const [key, list] of wanted) {
      const winner =
        list.find((r) => r.exact !== undefined && fold(r.exact) === key) ??
        (list[0] as NameRequest<T>);
      holders.set(key, winner);
      result.set(winner.item, winner.candidates[round]!);
      for (const r of list) if (r !== winner) next.push(r);
    }
    // Losers keep their place in the given order, so the next round is decided the same way.
    pending = next.sort((a, b) => order.get(a)! - order.get(b)!);
  }
  return result;
}
