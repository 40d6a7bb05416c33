import { RetortError } from "../errors/retort-error";

/**
 * Why a connection failed, as far as the driver could tell:
 *
 * - `refused`: nothing listens on the host and port.
 * - `unknown-host`: the host name does not resolve.
 * - `auth-failed`: the server rejected the password (SQLSTATE 28P01).
 * - `not-authorized`: the server refused the user or client (SQLSTATE 28000, `pg_hba.conf`).
 * - `missing-database`: the database does not exist (SQLSTATE 3D000).
 * - `timeout`: no answer within the connect timeout.
 * - `busy`: another process has the (embedded) database open and kept it past the timeout.
 * - `ssl`: the client and the server disagree about SSL (`sslmode=require` against a server
 *   without SSL, or a certificate the client does not trust).
 * - `other`: anything else; the message carries the underlying one.
 */
export type ConnectionFailureReason =
  | "refused"
  | "reset"
  | "unknown-host"
  | "auth-failed"
  | "not-authorized"
  | "missing-database"
  | "timeout"
  | "busy"
  | "ssl"
  | "other";

/** Construction input of a {@link ConnectionFailedError}. */
export interface ConnectionFailedErrorConfig {
  readonly reason: ConnectionFailureReason;
  /** The target as it may be printed: a masked URL (see `maskUrl`) or a folder. */
  readonly target: string;
  readonly host?: string | undefined;
  readonly port?: number | string | undefined;
  readonly user?: string | undefined;
  readonly database?: string | undefined;
  /** For `busy`: the process that holds the database, when known. */
  readonly holderPid?: number | undefined;
  /** For `busy`: the host the holder ran on, when it is not this one (a container since gone). */
  readonly holderHost?: string | undefined;
  /** For `busy`: the lock file, which may be deleted once its holder is known to be gone. */
  readonly lockFile?: string | undefined;
  /** For `busy`: the URL the holder serves the database at (`retort db serve`). */
  readonly servedAt?: string | undefined;
  /** For `timeout` and `busy`: how long the driver waited. */
  readonly timeoutMs?: number | undefined;
  readonly cause?: unknown;
}

// The URL may be DATABASE_URL, --url, the config's `url`, an environment's or one of `targets`.
const theUrl = "the database URL (DATABASE_URL, --url or the config)";

function describe(config: ConnectionFailedErrorConfig): { problem: string; hint: string } {
  const where =
    config.host === undefined
      ? "the server"
      : `${config.host}${config.port === undefined ? "" : `:${config.port}`}`;
  switch (config.reason) {
    case "refused":
      return {
        problem: `connection refused (nothing listens on ${where})`,
        hint: `is PostgreSQL running? Start it (\`docker compose up -d postgres\`) or fix the host and port in ${theUrl}.`,
      };
    case "reset":
      return {
        problem: `${where} accepted the connection and closed it`,
        hint: `the server may be at its connection limit or restarting (\`retort db serve\` serves one client at a time unless --max-connections says more); try again, or check the server's log and ${theUrl}.`,
      };
    case "unknown-host":
      return {
        problem: `unknown host ${JSON.stringify(config.host ?? "")}`,
        hint: `check the host name in ${theUrl}.`,
      };
    case "auth-failed":
      return {
        problem: `password authentication failed${config.user === undefined ? "" : ` for user ${JSON.stringify(config.user)}`}`,
        hint: `check the user and password in ${theUrl}.`,
      };
    case "not-authorized":
      return {
        problem: `the server refused the connection${config.user === undefined ? "" : ` for user ${JSON.stringify(config.user)}`}: ${causeMessage(config.cause)}`,
        hint: `check the user in ${theUrl}, and that pg_hba.conf admits this client.`,
      };
    case "missing-database": {
      const name = config.database ?? "";
      return {
        problem: `database ${JSON.stringify(name)} does not exist`,
        hint: `create it with \`createdb ${name}\`, or fix the database name in ${theUrl}.`,
      };
    }
    case "timeout":
      return {
        problem: `no answer from ${where}${config.timeoutMs === undefined ? "" : ` within ${config.timeoutMs} ms`}`,
        hint: "check the host, the port and any firewall in between; raise connectTimeoutMs for a slow server.",
      };
    case "busy":
      if (config.servedAt !== undefined) {
        return {
          problem: `\`retort db serve\` (process ${config.holderPid ?? "?"}) serves it at ${config.servedAt}`,
          hint: `reach it there while it runs: DATABASE_URL="${config.servedAt}" retort <command> (or --url); or stop the server first.`,
        };
      }
      if (config.holderHost !== undefined) {
        return {
          problem: `it is locked by process ${config.holderPid ?? "?"} on host ${JSON.stringify(config.holderHost)}${config.lockFile === undefined ? "" : ` (${config.lockFile})`}`,
          hint: `if that host is gone (a container stopped or replaced), delete the lock file${config.lockFile === undefined ? "" : ` ${config.lockFile}`}; otherwise stop the process there first.`,
        };
      }
      return {
        problem: `it is in use by ${config.holderPid === undefined ? "another process" : `process ${config.holderPid}`}${config.timeoutMs === undefined ? "" : ` and stayed so for ${config.timeoutMs} ms`}`,
        hint: `an embedded database admits one process at a time: stop the other one (a dev server, another retort command), or use a PostgreSQL server through DATABASE_URL.${config.lockFile === undefined ? "" : ` The lock file is ${config.lockFile}.`}`,
      };
    case "ssl":
      return {
        problem: causeMessage(config.cause),
        hint: "for a server without SSL, remove `sslmode=require` from the database URL (or set `sslmode=disable`); otherwise enable SSL on the server, and for an untrusted certificate set `sslrootcert=<file>` in the URL.",
      };
    case "other":
      return {
        problem: causeMessage(config.cause),
        hint: `check ${theUrl} and that the server is reachable.`,
      };
  }
}

function causeMessage(cause: unknown): string {
  if (cause instanceof Error && cause.message !== "") return cause.message;
  if (typeof cause === "string" && cause !== "") return cause;
  return "unknown error";
}

/**
 * The database could not be reached. `reason` says which of the usual suspects it was; the
 * message names the target with its password masked and the hint says what to try.
 *
 * @example
 * ```ts
 * throw new ConnectionFailedError({
 *   reason: "missing-database",
 *   target: maskUrl(url),
 *   database: "shop",
 * });
 * // Could not connect to postgres://app:***@localhost:5432/shop: database "shop" does not exist.
 * // hint: create it with `createdb shop`, or fix the database name in the database URL (DATABASE_URL, --url or the config).
 * ```
 */
export class ConnectionFailedError extends RetortError {
  readonly reason: ConnectionFailureReason;

  constructor(config: ConnectionFailedErrorConfig) {
    const { problem, hint } = describe(config);
    super("CONNECTION_FAILED", `Could not connect to ${config.target}: ${problem}.`, {
      hint,
      cause: config.cause,
      details: {
        reason: config.reason,
        target: config.target,
        ...(config.host === undefined ? {} : { host: config.host }),
        ...(config.port === undefined ? {} : { port: config.port }),
        ...(config.user === undefined ? {} : { user: config.user }),
        ...(config.database === undefined ? {} : { database: config.database }),
        ...(config.holderPid === undefined ? {} : { holderPid: config.holderPid }),
      },
    });
    this.name = "ConnectionFailedError";
    this.reason = config.reason;
  }
}

/**
 * Which {@link ConnectionFailureReason} an error thrown while connecting stands for. Reads the
 * Node.js error code (`ECONNREFUSED`, `ENOTFOUND`, ...) and the PostgreSQL SQLSTATE (`28P01`,
 * `3D000`, `28000`), which every PostgreSQL client library exposes as `code`. `undefined` when
 * the error is not a connection failure (for example a syntax error in a query).
 *
 * @example
 * ```ts
 * connectionFailureReason(Object.assign(new Error("x"), { code: "3D000" })); // "missing-database"
 * ```
 */
export function connectionFailureReason(error: unknown): ConnectionFailureReason | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  switch (code) {
    case "ECONNRESET":
      return "reset";
    case "ECONNREFUSED":
    case "EHOSTUNREACH":
    case "ENETUNREACH":
      return "refused";
    case "ENOTFOUND":
    case "EAI_AGAIN":
      return "unknown-host";
    case "ETIMEDOUT":
      return "timeout";
    case "28P01":
      return "auth-failed";
    case "28000":
      return "not-authorized";
    case "3D000":
      return "missing-database";
  }
  // AggregateError: Node tries every address of a host (::1 then 127.0.0.1) and reports them all.
  const nested = (error as { errors?: unknown } | null)?.errors;
  if (Array.isArray(nested)) {
    for (const inner of nested) {
      const reason = connectionFailureReason(inner);
      if (reason !== undefined) return reason;
    }
  }
  const message = error instanceof Error ? error.message : "";
  if (/\bSSL\b|certificate/i.test(message)) return "ssl";
  if (/timeout|timed out/i.test(message)) return "timeout";
  return undefined;
}
