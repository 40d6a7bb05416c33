import type { DriverRegistry } from "@retort/cli";

/**
 * The drivers the `retort` package ships, loaded only when a command connects; the CLI itself
 * never imports a concrete driver.
 */
export const shippedDrivers: DriverRegistry = {
  "@retort/driver-pg": () => import("@retort/driver-pg"),
  "@retort/driver-pglite": () => import("@retort/driver-pglite"),
};
