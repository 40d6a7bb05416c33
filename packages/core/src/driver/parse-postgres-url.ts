import { readFileSync } from "node:fs";
import { BadUrlError } from "./bad-url-error";

/** The `sslmode` values of libpq, plus `no-verify` from node-postgres. */
export type SslMode =
  | "disable"
  | "allow"
  | "prefer"
  | "require"
  | "verify-ca"
  | "verify-full"
  | "no-verify";

const SSL_MODES: ReadonlySet<string> = new Set<SslMode>([
  "disable",
  "allow",
  "prefer",
  "require",
  "verify-ca",
  "verify-full",
  "no-verify",
]);

/**
 * What a `postgres://` URL says, in the terms Node's PostgreSQL clients share (node-postgres and
 * postgres.js take the same TLS options).
 */
export interface PostgresUrlSettings {
  /** A host name, an IP address, or a Unix socket folder (starting with `/`). */
  readonly host: string | undefined;
  readonly port: number | undefined;
  readonly user: string | undefined;
  readonly password: string | undefined;
  readonly database: string | undefined;
  readonly sslMode: SslMode | undefined;
  /**
   * The client's `ssl` option derived from `sslmode`, `sslrootcert`, `sslcert`, `sslkey`: `false`,
   * or Node's `tls.connect` options, which node-postgres and postgres.js both accept.
   */
  readonly ssl: false | Record<string, unknown>;
  readonly applicationName: string | undefined;
  /** libpq's `options` (for example `-c search_path=app`). */
  readonly options: string | undefined;
  /** libpq's `connect_timeout`, converted to milliseconds. */
  readonly connectTimeoutMs: number | undefined;
}

function readPem(url: string, parameter: string, path: string): string {
  try {
    return readFileSync(path, "utf8");
  } catch (error) {
    throw new BadUrlError({
      url,
      problem: `cannot read ${parameter}=${path}`,
      hint: "check the path, which is relative to the current directory.",
      cause: error,
    });
  }
}

/**
 * The `ssl` option (Node's `tls.connect` options) for a libpq `sslmode`. retort's drivers do not
 * fall back from TLS to plain text, so `allow` and `prefer` (libpq's default) connect without TLS; `require`
 * encrypts without checking the certificate (unless `sslrootcert` is given, as in libpq);
 * `verify-ca` checks the chain, `verify-full` the chain and the host name.
 */
function sslOption(
  url: string,
  mode: SslMode | undefined,
  params: URLSearchParams,
): false | Record<string, unknown> {
  if (mode === undefined || mode === "disable" || mode === "allow" || mode === "prefer")
    return false;
  const ssl: Record<string, unknown> = {};
  const rootCert = params.get("sslrootcert");
  const cert = params.get("sslcert");
  const key = params.get("sslkey");
  // libpq's sslrootcert=system means "the operating system's CAs", which is Node's default.
  if (rootCert !== null && rootCert !== "system") ssl.ca = readPem(url, "sslrootcert", rootCert);
  if (cert !== null) ssl.cert = readPem(url, "sslcert", cert);
  if (key !== null) ssl.key = readPem(url, "sslkey", key);
  switch (mode) {
    case "require":
      if (ssl.ca === undefined) ssl.rejectUnauthorized = false;
      else ssl.checkServerIdentity = () => undefined;
      break;
    case "verify-ca":
      ssl.checkServerIdentity = () => undefined;
      break;
    case "verify-full":
      break;
    case "no-verify":
      ssl.rejectUnauthorized = false;
      break;
  }
  return ssl;
}

function optionalNumber(url: string, name: string, text: string | null): number | undefined {
  if (text === null || text === "") return undefined;
  const value = Number(text);
  if (!Number.isInteger(value) || value < 0) {
    throw new BadUrlError({
      url,
      problem: `${name} must be a whole number, not ${JSON.stringify(text)}`,
    });
  }
  return value;
}

/**
 * Reads a `postgres://` or `postgresql://` URL the way libpq does: user, password, host
 * (a `%2F`-encoded host or a `host=` parameter names a Unix socket folder), port, database, and
 * the `sslmode`, `sslrootcert`, `sslcert`, `sslkey`, `application_name`, `options` and
 * `connect_timeout` parameters. Other parameters are ignored. Throws `BAD_URL` for a text that is
 * not such a URL.
 *
 * @example
 * ```ts
 * parsePostgresUrl("postgres://app:pw@db.internal:6432/shop?sslmode=require").ssl;
 * // { rejectUnauthorized: false }
 * ```
 */
export function parsePostgresUrl(url: string): PostgresUrlSettings {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch (error) {
    throw new BadUrlError({
      url,
      problem: "it is not a valid URL",
      hint: "the form is postgres://user:password@host:port/database; percent-encode special characters in the password.",
      cause: error,
    });
  }
  if (parsed.protocol !== "postgres:" && parsed.protocol !== "postgresql:") {
    throw new BadUrlError({
      url,
      problem: `a PostgreSQL URL starts with postgres:// or postgresql://, not ${parsed.protocol}//`,
    });
  }
  const params = parsed.searchParams;
  const decode = (text: string) => {
    try {
      return decodeURIComponent(text);
    } catch {
      return text;
    }
  };
  const hostParam = params.get("host");
  const hostname = decode(parsed.hostname.replace(/^\[(.+)\]$/, "$1"));
  const host =
    hostParam !== null && hostParam !== "" ? hostParam : hostname === "" ? undefined : hostname;
  const sslModeText = params.get("sslmode") ?? undefined;
  if (sslModeText !== undefined && !SSL_MODES.has(sslModeText)) {
    throw new BadUrlError({
      url,
      problem: `unknown sslmode ${JSON.stringify(sslModeText)}`,
      hint: `use one of ${[...SSL_MODES].join(", ")}.`,
    });
  }
  const sslMode = sslModeText as SslMode | undefined;
  const database = decode(parsed.pathname.replace(/^\//, ""));
  const connectTimeoutSeconds = optionalNumber(
    url,
    "connect_timeout",
    params.get("connect_timeout"),
  );
  return {
    host,
    port: optionalNumber(url, "port", parsed.port === "" ? params.get("port") : parsed.port),
    user: parsed.username === "" ? (params.get("user") ?? undefined) : decode(parsed.username),
    password:
      parsed.password === "" ? (params.get("password") ?? undefined) : decode(parsed.password),
    database: database === "" ? (params.get("dbname") ?? undefined) : database,
    sslMode,
    ssl: sslOption(url, sslMode, params),
    applicationName: params.get("application_name") ?? undefined,
    options: params.get("options") ?? undefined,
    connectTimeoutMs:
      connectTimeoutSeconds === undefined ? undefined : connectTimeoutSeconds * 1000,
  };
}

/** Whether `host` is this machine: a Unix socket, `localhost`, a loopback address, or unset. */
export function isLocalHost(host: string | undefined): boolean {
  if (host === undefined || host === "" || host.startsWith("/")) return true;
  const name = host.toLowerCase();
  return (
    name === "localhost" ||
    name.endsWith(".localhost") ||
    name === "::1" ||
    name === "0:0:0:0:0:0:0:1" ||
    /^127(\.\d{1,3}){3}$/.test(name) ||
    /^::ffff:127(\.\d{1,3}){3}$/.test(name)
  );
}
