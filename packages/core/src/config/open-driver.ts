import type { Driver, DriverFactory } from "../driver/driver";
import { driverPackageForUrl } from "../driver/driver-package-for-url";
import { RetortError } from "../errors/retort-error";
import { importPackage } from "../script/module-loader";
import type { ResolvedConfig } from "./config";

/** A driver package as imported: it exports `createDriver` (or a default factory). */
export interface DriverModule {
  readonly createDriver?: DriverFactory;
  readonly default?: unknown;
}

/**
 * Driver packages a host already has at hand, by package name (the `retort` package passes the
 * two it ships). Anything else is imported from the project's `node_modules`.
 */
export type DriverRegistry = Readonly<Record<string, () => Promise<DriverModule>>>;

/**
 * Makes the driver a config names: its `driver` setting, or the package the URL's scheme
 * picks (`postgres://` -> `@retort/driver-pg`; none or `pglite://` -> `@retort/driver-pglite`).
 * A URL that is set but blank (`--url ""`, `DATABASE_URL=`) is refused with `BLANK_URL`.
 *
 * @example
 * ```ts
 * const driver = await openDriver(config, { "@retort/driver-pg": () => import("@retort/driver-pg") });
 * ```
 */
export async function openDriver(
  config: ResolvedConfig,
  registry: DriverRegistry = {},
  onWait?: (message: string) => void,
): Promise<Driver> {
  if (config.url !== undefined && config.url.trim() === "") {
    // A blank DATABASE_URL is a deployment mistake; the embedded database is never what it meant.
    throw new RetortError("BLANK_URL", "The database URL is empty.", {
      hint: "set DATABASE_URL (or --url) to a postgres:// or pglite:// URL; leave url unset for the embedded database under .retort/.",
    });
  }
  let factory: DriverFactory;
  if (typeof config.driver === "function") {
    factory = config.driver;
  } else {
    const name = config.driver ?? driverPackageForUrl(config.url);
    let module: DriverModule;
    try {
      const shipped = registry[name];
      module = shipped
        ? await shipped()
        : ((await importPackage(name, config.root)) as DriverModule);
    } catch (error) {
      throw new RetortError("DRIVER_NOT_FOUND", `The driver ${name} could not be loaded.`, {
        cause: error,
        hint: `install it in the project (\`pnpm add ${name}\`), or fix \`driver\` in retort.config.ts.`,
        details: { driver: name },
      });
    }
    const candidate = module.createDriver ?? module.default;
    if (typeof candidate !== "function") {
      throw new RetortError("DRIVER_NOT_FOUND", `${name} does not export createDriver.`, {
        hint: "a driver package exports `createDriver(config)`; see the core README.",
        details: { driver: name },
      });
    }
    factory = candidate as DriverFactory;
  }
  return factory({
    url: config.url,
    root: config.root,
    connectTimeoutMs: config.connectTimeout,
    statementTimeoutMs: config.statementTimeout,
    options: config.driverOptions,
    onWait,
  });
}
