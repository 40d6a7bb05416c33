import type { Dialect, Kysely } from "kysely";

/** The PostgreSQL server a driver is connected to, from `server_version_num`. */
export interface ServerVersion {
  /** For example `150020` for 15.20 or `180001` for 18.1. */
  readonly num: number;
  /** The major version, for example `15`. */
  readonly major: number;
  /** As the server spells it, for example `"15.20 (Debian 15.20-0+deb12u1)"`. */
  readonly text: string;
}

/** Per-call input of {@link Driver.acquireLock}. */
export interface AcquireLockOptions {
  /** The key of the advisory lock; retort derives it from the version table's name. */
  readonly key: bigint;
  /** Called once if the lock is held by someone else and the call is about to wait. */
  readonly onWait?: (() => void) | undefined;
  /** Give up after this many milliseconds of waiting. Default is to wait forever. */
  readonly timeoutMs?: number | undefined;
}

/** Releases a lock taken by {@link Driver.acquireLock}; calling it twice is harmless. */
export type ReleaseLock = () => Promise<void>;

/**
 * What a database engine must give retort: a Kysely {@link Dialect} plus the few things Kysely
 * lacks. The runner talks to the database only through a `Kysely` built on `createDialect()`,
 * so any Kysely PostgreSQL dialect is one small adapter away from being a driver.
 *
 * A driver is made from a connection setting by a {@link DriverFactory}. Extend
 * {@link BaseDriver} to get defaults that work on any real PostgreSQL server.
 *
 * @example
 * ```ts
 * import { BaseDriver, type DriverFactory, maskUrl } from "@retort/core";
 * import { NeonDialect } from "kysely-neon";
 *
 * class NeonDriver extends BaseDriver {
 *   readonly name = "neon";
 *   readonly isLocal = false;
 *   constructor(private readonly url: string) { super(); }
 *   get displayTarget() { return maskUrl(this.url); }
 *   createDialect() { return new NeonDialect({ connectionString: this.url }); }
 * }
 * export const createDriver: DriverFactory = ({ url }) => new NeonDriver(url!);
 * ```
 */
export interface Driver {
  /** A short name, for example `"pg"` or `"pglite"`. */
  readonly name: string;
  /**
   * Where this driver connects, safe to print: a URL with its password masked, or for an
   * embedded engine the folder it keeps its data in.
   */
  readonly displayTarget: string;
  /**
   * Whether the target is on this machine (localhost, a socket, an embedded folder).
   * `retort reset` refuses a remote target unless forced.
   */
  readonly isLocal: boolean;
  /**
   * A Kysely dialect whose pool holds **one** session: the runner keeps its advisory lock,
   * `SET` commands and transactions on that session.
   */
  createDialect(): Dialect;
  /**
   * Whether each `createDialect()` connects a session of its own to the same database, so a read
   * may run on more sessions beside the first (retort reads the catalog that way, in one
   * snapshot). Default is `false`: an embedded engine has one session.
   */
  readonly hasIndependentSessions?: boolean;
  /**
   * Takes a session-level exclusive lock that every retort process on this database agrees
   * on, waiting for it if another holds it. The lock is held until released or until the
   * session ends, so a killed process never leaves it behind.
   */
  acquireLock(db: Kysely<any>, options: AcquireLockOptions): Promise<ReleaseLock>;
  /** The server's version. */
  serverVersion(db: Kysely<any>): Promise<ServerVersion>;
  /**
   * Runs one statement outside any transaction block (for `CREATE INDEX CONCURRENTLY`,
   * `ALTER TYPE ... ADD VALUE` on old servers, `VACUUM` and friends).
   */
  executeOutsideTransaction(db: Kysely<any>, sql: string): Promise<void>;
  /** Frees whatever the driver holds beyond the Kysely instance (files, servers). */
  close?(): Promise<void>;
}

/** Construction input of a {@link DriverFactory}: the connection settings from the config. */
export interface DriverConfig {
  /** The database URL; `undefined` for an embedded engine's default location. */
  readonly url?: string | undefined;
  /** The project root, against which relative paths (an embedded data folder) resolve. */
  readonly root: string;
  /**
   * Milliseconds to wait for a connection, including the wait for another process to close an
   * embedded database. Default is the driver's (10 s for a server, forever for an embedded one).
   */
  readonly connectTimeoutMs?: number | undefined;
  /** Milliseconds a statement may run (`statement_timeout`); unset means no limit. */
  readonly statementTimeoutMs?: number | undefined;
  /**
   * Called once, with a message to show, when connecting must wait for another process (one that
   * has an embedded database open). The CLI prints it; a library caller may log it.
   */
  readonly onWait?: ((message: string) => void) | undefined;
  /** Anything else the config's `driverOptions` holds, passed through untouched. */
  readonly options?: Readonly<Record<string, unknown>> | undefined;
}

/** Makes a {@link Driver}. A driver package's default export, or its `createDriver` export. */
export type DriverFactory = (config: DriverConfig) => Driver | Promise<Driver>;
