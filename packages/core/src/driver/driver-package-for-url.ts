import { BadUrlError } from "./bad-url-error";

/** The URL schemes retort knows, and the driver package each one loads. */
export const DRIVER_PACKAGES_BY_SCHEME: Readonly<Record<string, string>> = Object.freeze({
  "postgres:": "@retort/driver-pg",
  "postgresql:": "@retort/driver-pg",
  "pglite:": "@retort/driver-pglite",
  "memory:": "@retort/driver-pglite",
});

/** The driver used when the config has no URL: the embedded database under `.retort/`. */
export const DEFAULT_DRIVER_PACKAGE = "@retort/driver-pglite";

/**
 * The driver package that serves a database URL, picked by its scheme: `postgres://` and
 * `postgresql://` go to `@retort/driver-pg`; `pglite://<path>`, `memory://` and no URL at all go
 * to `@retort/driver-pglite`. Throws a {@link BadUrlError} (code `BAD_URL`) for anything else.
 * Only the default is picked here: another driver for the same URLs (`@retort/driver-postgres-js`)
 * is chosen by naming it in the config's `driver`.
 *
 * @example
 * ```ts
 * driverPackageForUrl("postgres://localhost/shop"); // "@retort/driver-pg"
 * driverPackageForUrl(undefined); // "@retort/driver-pglite"
 * driverPackageForUrl("mysql://localhost/shop"); // throws BAD_URL
 * ```
 */
export function driverPackageForUrl(url: string | undefined): string {
  if (url === undefined || url.trim() === "") return DEFAULT_DRIVER_PACKAGE;
  const supported = Object.keys(DRIVER_PACKAGES_BY_SCHEME)
    .map((scheme) => `${scheme}//`)
    .join(", ");
  const scheme = /^([a-z][a-z0-9+.-]*:)/i.exec(url.trim())?.[1]?.toLowerCase();
  const driver = scheme === undefined ? undefined : DRIVER_PACKAGES_BY_SCHEME[scheme];
  if (driver !== undefined) return driver;
  // A bare `host:port/db` parses as a scheme too; only a scheme followed by `//` counts as one.
  if (scheme === undefined || !url.trim().slice(scheme.length).startsWith("//")) {
    throw new BadUrlError({
      url,
      problem: "it has no scheme",
      hint: `start it with one of ${supported}; for example postgres://user@localhost:5432/mydb.`,
    });
  }
  throw new BadUrlError({
    url,
    problem: `unsupported scheme ${JSON.stringify(scheme)}`,
    hint: `supported schemes are ${supported}; or name a driver package in the config's \`driver\`.`,
  });
}
