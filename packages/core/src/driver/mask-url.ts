/** What a masked secret prints as. */
export const MASK = "***";

/** Query parameters and key=value settings whose value is a secret (libpq spells them so). */
const SECRET_SETTING =
  /((?:^|[?&\s;])(?:password|sslpassword|pass|pwd)\s*=\s*)('[^']*'|[^&#\s;]*)/gi;

function maskSettings(text: string): string {
  return text.replace(SECRET_SETTING, (_match, key: string, value: string) =>
    value === "" ? key : `${key}${MASK}`,
  );
}

/**
 * Masks a text the URL parser refused: everything between the first `:` of the user info and the
 * last `@` is treated as the password.
 */
function maskUnparsed(text: string): string {
  const at = text.lastIndexOf("@");
  if (at >= 0) {
    const schemeEnd = text.indexOf("://");
    const userStart = schemeEnd >= 0 && schemeEnd < at ? schemeEnd + 3 : 0;
    const colon = text.indexOf(":", userStart);
    if (colon >= 0 && colon < at) text = `${text.slice(0, colon + 1)}${MASK}${text.slice(at)}`;
  }
  return maskSettings(text);
}

/**
 * A database URL safe to print: the password in the user info and any `password=` query
 * parameter become `***`. Never throws; a text that is not a URL gets the same treatment as well
 * as it can be guessed (anything between `user:` and `@` is masked).
 *
 * @example
 * ```ts
 * maskUrl("postgres://app:s3cret@db.example.com/shop?sslmode=require&password=x");
 * // "postgres://app:***@db.example.com/shop?sslmode=require&password=***"
 * ```
 */
export function maskUrl(url: string): string {
  try {
    // Without `scheme://` the parser reads `user:pw@host` as scheme `user:` and path `pw@host`.
    if (!/^[a-z][a-z0-9+.-]*:\/\//i.test(url)) return maskUnparsed(url);
    const parsed = new URL(url);
    if (parsed.password !== "") {
      parsed.password = MASK;
    }
    // Mask the query by hand rather than through `searchParams`, which would re-encode it.
    parsed.search = maskSettings(parsed.search);
    return parsed.toString();
  } catch {
    try {
      return maskUnparsed(String(url));
    } catch {
      return "<database url>";
    }
  }
}
