import type { DatabaseOf } from "retort";
import type * as models from "../models/index";

/** Kysely's `Database` type, from the same models the migrations are generated from. */
export type Database = DatabaseOf<typeof models>;
