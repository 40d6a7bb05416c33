const extensionBrand = Symbol.for("retort.extension");

/** Options of {@link extension}. */
export interface ExtensionModelOptions {
  /** The schema its objects go in. Default is `"public"`. */
  schema?: string;
  /**
   * Pins the version: autogenerate updates the extension to it (`ALTER EXTENSION ... UPDATE
   * TO`). Left out, any installed version matches and a new one installs the default version.
   */
  version?: string;
}

/** An extension declared in the models. */
export interface ExtensionModel<Name extends string = string> {
  readonly [extensionBrand]: true;
  readonly name: Name;
  readonly schema: string;
  readonly version: string | null;
}

/** Whether `value` is an {@link ExtensionModel}. */
export function isExtensionModel(value: unknown): value is ExtensionModel {
  return typeof value === "object" && value !== null && extensionBrand in value;
}

/**
 * Declares an extension the models need. Once the models declare one, the extensions of the
 * managed schemas are theirs: one the models leave out is dropped. Models that declare none
 * leave every installed extension alone.
 *
 * @example
 * ```ts
 * export const trigram = extension("pg_trgm", { schema: "public", version: "1.6" });
 * // CREATE EXTENSION "pg_trgm" WITH SCHEMA "public" VERSION '1.6'
 * ```
 */
export function extension<const Name extends string>(
  name: Name,
  options: ExtensionModelOptions = {},
): ExtensionModel<Name> {
  return Object.freeze({
    [extensionBrand]: true as const,
    name,
    schema: options.schema ?? "public",
    version: options.version ?? null,
  });
}
