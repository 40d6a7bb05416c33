export { BadUrlError, type BadUrlErrorConfig } from "./bad-url-error";
export { BaseDriver } from "./base-driver";
export {
  ConnectionFailedError,
  type ConnectionFailedErrorConfig,
  type ConnectionFailureReason,
  connectionFailureReason,
} from "./connection-failed-error";
export type {
  AcquireLockOptions,
  Driver,
  DriverConfig,
  DriverFactory,
  ReleaseLock,
  ServerVersion,
} from "./driver";
export {
  DEFAULT_DRIVER_PACKAGE,
  DRIVER_PACKAGES_BY_SCHEME,
  driverPackageForUrl,
} from "./driver-package-for-url";
export { ExistingKyselyDriver } from "./existing-kysely-driver";
export { LockTimeoutError, type LockTimeoutErrorConfig } from "./lock-timeout-error";
export { MASK, maskUrl } from "./mask-url";
export {
  isLocalHost,
  type PostgresUrlSettings,
  parsePostgresUrl,
  type SslMode,
} from "./parse-postgres-url";
export { privateCacheDir } from "./private-cache-dir";
export { offerSideSessions, type SideSessions, sideSessionsOf } from "./side-sessions";
