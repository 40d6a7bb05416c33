/** PostgreSQL's NAMEDATALEN: identifiers hold at most NAMEDATALEN - 1 = 63 bytes. */
export const NAMEDATALEN = 64;

const encoder = new TextEncoder();
const decoder = new TextDecoder();

/** The first `limit` bytes of `bytes`, never cutting a UTF-8 character (`pg_mbcliplen`). */
function clip(bytes: Uint8Array, limit: number): Uint8Array {
  let end = Math.min(limit, bytes.length);
  // A continuation byte (10xxxxxx) at the cut means a character would be split: back off.
  while (end > 0 && end < bytes.length && (bytes[end]! & 0xc0) === 0x80) end--;
  return bytes.subarray(0, end);
}

/**
 * PostgreSQL's `makeObjectName(name1, name2, label)`: `name1_name2_label`, truncated to 63 bytes
 * by shortening the longer of name1 and name2 first (one byte at a time), never the label. It is
 * how PostgreSQL names the constraints and indexes it names itself (`account_pkey`).
 *
 * @example
 * ```ts
 * makeObjectName("account", "email", "key"); // account_email_key
 * makeObjectName("account", null, "pkey"); // account_pkey
 * ```
 */
export function makeObjectName(name1: string, name2: string | null, label: string | null): string {
  // Most names are ASCII and short: one byte per character, nothing to clip.
  const joined = `${name1}${name2 === null ? "" : `_${name2}`}${label === null ? "" : `_${label}`}`;
  if (joined.length < NAMEDATALEN && isAscii(joined)) return joined;
  const b1 = encoder.encode(name1);
  const b2 = name2 === null ? null : encoder.encode(name2);
  let overhead = 0;
  if (b2) overhead++;
  if (label !== null) overhead += encoder.encode(label).length + 1;
  const available = NAMEDATALEN - 1 - overhead;
  let n1 = b1.length;
  let n2 = b2 ? b2.length : 0;
  while (n1 + n2 > available) {
    if (n1 > n2) n1--;
    else n2--;
  }
  let name = decoder.decode(clip(b1, n1));
  if (b2) name += `_${decoder.decode(clip(b2, n2))}`;
  if (label !== null) name += `_${label}`;
  return name;
}

/**
 * The first `limit` bytes of `text` as a string, never cutting a UTF-8 character.
 *
 * @example
 * ```ts
 * clipUtf8("Ünïcödé", 3); // "Ün"
 * ```
 */
export function clipUtf8(text: string, limit: number): string {
  if (isAscii(text)) return text.length <= limit ? text : text.slice(0, limit);
  return decoder.decode(clip(encoder.encode(text), limit));
}

/**
 * The length of `text` in UTF-8 bytes.
 *
 * @example
 * ```ts
 * utf8Length("Ün"); // 3
 * ```
 */
export function utf8Length(text: string): number {
  return isAscii(text) ? text.length : encoder.encode(text).length;
}

function isAscii(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) > 0x7f) return false;
  return true;
}
