/**
 * `retort/config`: what `retort.config.ts` needs, and nothing else. The main `retort` entry
 * brings the models DSL, the differ and kysely (some 800 modules' worth of start-up on Node 20);
 * a config importing it would make every command pay for them, `retort heads` included.
 *
 * @example
 * ```ts
 * import { defineConfig } from "retort/config";
 *
 * export default defineConfig({ url: process.env.DATABASE_URL, models: "app/models/index.ts" });
 * ```
 */

export type {
  ConfigContext,
  LintConfig,
  MigrationTargetInput,
  RetortConfig,
  RetortEnvironmentConfig,
  TargetsSetting,
} from "@retort/core";
export { defineConfig } from "@retort/core";
