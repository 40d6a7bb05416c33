import { createDriver } from "./pglite-driver";

export {
  acquireDataDirLock,
  type DataDirLockOptions,
  type DataDirLockOwner,
  DataDirLockTimeoutError,
} from "./data-dir-lock";
export {
  PGliteDialect,
  type PGliteDialectConfig,
  type PGliteLike,
  type PGliteResults,
} from "./pglite-dialect";
export {
  createDriver,
  type OpenedPGlite,
  type PGliteCreateOptions,
  PGliteDriver,
  type PGliteDriverConfig,
  type PGliteModule,
} from "./pglite-driver";
export { DEFAULT_DATA_DIR, type PGliteTarget, resolvePGliteTarget } from "./resolve-pglite-target";

export default createDriver;
export {
  type EmbeddedServer,
  type ServeEmbeddedOptions,
  servedUrl,
  serveEmbedded,
} from "./serve-embedded";
