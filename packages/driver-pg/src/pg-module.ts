import { RetortError } from "@retort/core";
import type { PostgresPool, PostgresPoolClient } from "kysely";

/**
 * The subset of `pg`'s pool configuration this driver sets. Declared here rather than imported
 * from `@types/pg`, so that `pg` stays a peer dependency the user installs in any 8.x version.
 */
export interface PgPoolConfig {
  host?: string | undefined;
  port?: number | undefined;
  user?: string | undefined;
  password?: string | undefined;
  database?: string | undefined;
  ssl?: boolean | Record<string, unknown> | undefined;
  application_name?: string | undefined;
  options?: string | undefined;
  statement_timeout?: number | undefined;
  connectionTimeoutMillis?: number | undefined;
  idleTimeoutMillis?: number | undefined;
  max?: number | undefined;
}

/** The subset of `pg.PoolClient` this driver calls. */
export interface PgPoolClient extends PostgresPoolClient {
  on(event: "error", listener: (error: Error) => void): unknown;
  on(event: "end", listener: () => void): unknown;
}

/** The subset of `pg.Pool` this driver calls. */
export interface PgPool extends PostgresPool {
  connect(): Promise<PgPoolClient>;
  end(): Promise<void>;
  on(event: "error", listener: (error: Error) => void): unknown;
}

/** The subset of the `pg` module this driver uses. */
export interface PgModule {
  Pool: new (config: PgPoolConfig) => PgPool;
}

// Where the CLI's bin leaves a loader of `pg` bundled into one file; on globalThis under a
// registered symbol, as core's `loadKysely` finds kysely's.
const bundledPg = Symbol.for("retort.pg");

/**
 * Loads `pg` on first use, so that importing this package costs nothing until a database is
 * touched, and a missing `pg` is reported with what to install.
 */
export async function loadPg(): Promise<PgModule> {
  let loaded: { default?: PgModule } & Partial<PgModule>;
  // On load, `pg` asks whether it runs in a Cloudflare Worker. Without `navigator` (Node before
  // 21) it builds a `Response` to find out, which loads Node's whole fetch implementation:
  // 25-45 ms of start-up. For the length of the import, Node 20 answers as Node 21 would.
  const lacksNavigator = !("navigator" in globalThis);
  if (lacksNavigator) {
    Object.defineProperty(globalThis, "navigator", {
      value: { userAgent: `Node.js/${process.versions.node.split(".")[0]}` },
      configurable: true,
    });
  }
  try {
    // The CLI's bundle of `pg` in one file (apps/retort's package-bundles.ts), when it has one.
    const bundled = await (globalThis as { [bundledPg]?: () => Promise<unknown> })[bundledPg]?.();
    loaded = (bundled ?? (await import("pg"))) as { default?: PgModule } & Partial<PgModule>;
  } catch (error) {
    throw new RetortError(
      "DRIVER_NOT_FOUND",
      "@retort/driver-pg needs the `pg` package, which is not installed.",
      {
        hint: "install it next to retort: `pnpm add pg`.",
        cause: error,
      },
    );
  } finally {
    if (lacksNavigator) Reflect.deleteProperty(globalThis, "navigator");
  }
  // `pg` is CommonJS: its exports arrive as the default export, and as named ones when Node's
  // CommonJS analysis finds them.
  const pg = loaded.default ?? (loaded as PgModule);
  return pg;
}
