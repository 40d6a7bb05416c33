import { createDriver } from "./pg-driver";

// The URL reading moved to @retort/core, shared with @retort/driver-postgres-js; these names stay.
export {
  isLocalHost,
  type PostgresUrlSettings as PgConnectionSettings,
  parsePostgresUrl as parsePgUrl,
  type SslMode,
} from "@retort/core";
export {
  createDriver,
  DEFAULT_APPLICATION_NAME,
  DEFAULT_CONNECT_TIMEOUT_MS,
  PgDriver,
  type PgDriverConfig,
} from "./pg-driver";
export type { PgModule, PgPool, PgPoolClient, PgPoolConfig } from "./pg-module";

export default createDriver;
