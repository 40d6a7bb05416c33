/** Options of every operation on an object that lives in a schema. */
export interface SchemaOptions {
  /** Omitted: unqualified, resolved by `search_path`. */
  readonly schema?: string | undefined;
}
