import { createDriver } from "./pg-driver";

export { isLocalHost, type PgConnectionSettings, parsePgUrl, type SslMode } from "./parse-pg-url";
export {
  createDriver,
  DEFAULT_APPLICATION_NAME,
  DEFAULT_CONNECT_TIMEOUT_MS,
  PgDriver,
  type PgDriverConfig,
} from "./pg-driver";
export type { PgModule, PgPool, PgPoolClient, PgPoolConfig } from "./pg-module";

export default createDriver;
