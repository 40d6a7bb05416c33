import * as v from "valibot";
import type { DriverFactory } from "../driver/driver";
import { RetortError } from "../errors/retort-error";
import { lintRuleIds } from "../lint/lint-rule-ids";
import type { MigrationTargetInput } from "./config";
import {
  isLockRetries,
  LOCK_RETRIES_RULE,
  LOCK_TIMEOUT_RULE,
  parseLockTimeout,
} from "./lock-timeout";

// Each setting's schema carries the sentence a user reads when it is wrong; `validateConfig`
// puts the config file's name in front of it.
const nonEmptyString = (key: string) => {
  const problem = `"${key}" must be a non-empty string.`;
  return v.optional(v.pipe(v.string(problem), v.minLength(1, problem)));
};
const milliseconds = (key: string) => {
  const problem = `"${key}" must be a number of milliseconds.`;
  return v.optional(v.pipe(v.number(problem), v.finite(problem), v.minValue(0, problem)));
};
const flag = (key: string) => v.optional(v.boolean(`"${key}" must be true or false.`));
const excludeProblem = '"exclude" must be an array of names or regular expressions.';
const names = (key: string) => {
  const problem = `"${key}" must be an array of non-empty strings.`;
  return v.optional(v.array(v.pipe(v.string(problem), v.minLength(1, problem)), problem));
};

const lintSettingProblem = '"lint.rules" values must be "off", "warn" or "error".';
const lintSchema = v.strictObject(
  {
    rules: v.optional(
      v.record(
        v.picklist(
          lintRuleIds,
          `"lint.rules" names an unknown rule; the rules are: ${lintRuleIds.join(", ")}.`,
        ),
        v.picklist(["off", "warn", "error"], lintSettingProblem),
        '"lint.rules" must be an object of rule ids to "off", "warn" or "error".',
      ),
    ),
    onUpgrade: v.optional(
      v.picklist(["off", "warn", "error"], '"lint.onUpgrade" must be "off", "warn" or "error".'),
    ),
  },
  '"lint" must be an object with `rules` and `onUpgrade` (no other keys).',
);

// Every setting but `environments`, which names sets of them.
const settings = {
  // An empty `url` (a variable set to "") is kept, so opening a driver can refuse it rather
  // than quietly migrate the embedded database.
  url: v.optional(v.string('"url" must be a non-empty string.')),
  driver: v.optional(
    v.union(
      [v.string(), v.custom<DriverFactory>((value) => typeof value === "function")],
      '"driver" must be a package name or a driver factory.',
    ),
  ),
  driverOptions: v.optional(
    v.record(v.string(), v.unknown(), '"driverOptions" must be an object.'),
  ),
  migrations: nonEmptyString("migrations"),
  versionLocations: v.optional(
    v.pipe(v.unwrap(names("versionLocations")), v.minLength(1, '"versionLocations" is empty.')),
  ),
  recursiveVersionLocations: flag("recursiveVersionLocations"),
  models: nonEmptyString("models"),
  versionTable: nonEmptyString("versionTable"),
  versionTableSchema: nonEmptyString("versionTableSchema"),
  historyTable: nonEmptyString("historyTable"),
  transactionPerMigration: flag("transactionPerMigration"),
  lockTimeout: v.optional(
    v.pipe(
      v.union([v.number(), v.string()], `"lockTimeout" must be ${LOCK_TIMEOUT_RULE}.`),
      v.check(
        (value) => parseLockTimeout(value) !== undefined,
        `"lockTimeout" must be ${LOCK_TIMEOUT_RULE}.`,
      ),
      v.transform((value) => parseLockTimeout(value)!),
    ),
  ),
  lockRetries: v.optional(
    v.custom<number>(isLockRetries, `"lockRetries" must be ${LOCK_RETRIES_RULE}.`),
  ),
  safety: v.optional(v.picklist(["plain", "online"], '"safety" must be "plain" or "online".')),
  statementTimeout: milliseconds("statementTimeout"),
  connectTimeout: milliseconds("connectTimeout"),
  schemas: names("schemas"),
  exclude: v.optional(
    v.array(
      v.union(
        [v.pipe(v.string(), v.minLength(1, excludeProblem)), v.instance(RegExp)],
        excludeProblem,
      ),
      excludeProblem,
    ),
  ),
  lint: v.optional(lintSchema),
  testSetup: nonEmptyString("testSetup"),
  postWrite: v.optional(
    v.union(
      [v.string(), v.array(v.string())],
      '"postWrite" must be a shell command or an array of them.',
    ),
  ),
  targets: v.optional(
    v.union(
      [
        v.array(
          v.union([
            v.pipe(v.string(), v.minLength(1)),
            v.strictObject({
              name: v.optional(v.pipe(v.string(), v.minLength(1))),
              url: v.pipe(v.string(), v.minLength(1)),
            }),
          ]),
        ),
        v.custom<() => readonly MigrationTargetInput[] | Promise<readonly MigrationTargetInput[]>>(
          (value) => typeof value === "function",
        ),
      ],
      '"targets" must be a list of URLs or { name, url }, or a function returning one.',
    ),
  ),
};

/** What one of `environments` may set: any setting but `environments`. */
export const environmentSchema = v.strictObject(settings);

/**
 * The settings `retort.config.ts` may export, with what each must be. `RetortConfig` is checked
 * against it at compile time, so the two cannot drift apart.
 */
export const configSchema = v.strictObject({
  ...settings,
  environments: v.optional(
    v.record(
      v.pipe(v.string(), v.minLength(1)),
      environmentSchema,
      '"environments" must map names to settings.',
    ),
  ),
});

/**
 * Checks a config object against {@link configSchema}: the first wrong setting fails with
 * `BAD_CONFIG`, naming the file, the setting and what it must be. An unknown setting comes
 * first, with the known ones as the hint.
 */
export function validateConfig(config: unknown, where: string): v.InferOutput<typeof configSchema> {
  const result = v.safeParse(configSchema, config);
  if (result.success) return result.output;
  const unknownKey = result.issues.find((issue) => issue.type === "strict_object");
  if (unknownKey !== undefined) {
    const path = unknownKey.path ?? [];
    const key = String(path[path.length - 1]?.key);
    const inside = path.length > 1 ? ` in environments.${String(path[1]?.key)}` : "";
    throw new RetortError("BAD_CONFIG", `${where}: unknown setting "${key}"${inside}.`, {
      hint: `known settings: ${Object.keys(configSchema.entries).join(", ")}.`,
    });
  }
  throw new RetortError("BAD_CONFIG", `${where}: ${result.issues[0].message}`, {
    hint: "fix that setting; the README's Configuration section lists each one with what it takes.",
  });
}
