import { createDriver } from "./postgres-js-driver";

export {
  PostgresJsSessionDialect,
  type PostgresJsSessionDialectConfig,
} from "./postgres-js-dialect";
export {
  createDriver,
  DEFAULT_APPLICATION_NAME,
  DEFAULT_CONNECT_TIMEOUT_MS,
  PostgresJsDriver,
  type PostgresJsDriverConfig,
  type PostgresJsOptions,
} from "./postgres-js-driver";

export default createDriver;
