import type { Dialect } from "kysely";
import { RetortError } from "../errors/retort-error";
import { BaseDriver } from "./base-driver";

/**
 * The driver for a Kysely instance the caller already has (its application's): retort runs on
 * that instance and needs from a driver only what {@link BaseDriver} does with plain SQL (the
 * advisory lock, the server version). It never builds a dialect of its own.
 *
 * @example
 * ```ts
 * const migrator = new Migrator({ config, scripts, driver: new ExistingKyselyDriver(), db });
 * ```
 */
export class ExistingKyselyDriver extends BaseDriver {
  readonly name = "kysely";
  readonly displayTarget = "the database of the given Kysely instance";
  // Unknown, so `retort reset` through the API asks for force rather than assume.
  readonly isLocal = false;

  createDialect(): Dialect {
    throw new RetortError(
      "BAD_CONFIG",
      "ExistingKyselyDriver has no dialect: pass the Kysely instance as `db`.",
    );
  }
}
