import type { MigrationTargetInput, ResolvedConfig } from "../config/config";
import { type DriverRegistry, openDriver } from "../config/open-driver";
import { maskUrl } from "../driver/mask-url";
import { RetortError } from "../errors/retort-error";
import type { ScriptDirectory } from "../script/script-directory";
import { type MigrateResult, Migrator } from "./migrator";

/** One database of the config's `targets`. */
export interface MigrationTarget {
  /** Its name in messages: the given one, or the URL's database and host. */
  readonly name: string;
  readonly url: string;
}

/** What happened on one target. */
export type TargetOutcome =
  | {
      readonly name: string;
      /** The URL with its password masked. */
      readonly target: string;
      readonly ok: true;
      readonly result: MigrateResult;
      readonly durationMs: number;
    }
  | {
      readonly name: string;
      readonly target: string;
      readonly ok: false;
      readonly error: unknown;
      readonly durationMs: number;
    }
  | {
      readonly name: string;
      readonly target: string;
      readonly ok: false;
      /** Not started: `failFast` stopped the run first. */
      readonly skipped: true;
      readonly durationMs: 0;
    };

/** Input of {@link migrateTargets}. */
export interface MigrateTargetsOptions {
  readonly config: ResolvedConfig;
  readonly scripts: ScriptDirectory;
  readonly targets: readonly MigrationTarget[];
  /** Targets migrated at once. Default 4. */
  readonly concurrency?: number | undefined;
  /** Start no new target after the first failure. Default false: a failure stops only its target. */
  readonly failFast?: boolean | undefined;
  readonly drivers?: DriverRegistry | undefined;
  /** What to do on each target, for example `(m) => m.upgrade("head")`. */
  readonly run: (migrator: Migrator) => Promise<MigrateResult>;
  /** Called as each target finishes, in the order they finish. */
  readonly onOutcome?: ((outcome: TargetOutcome) => void) | undefined;
}

function defaultName(url: string): string {
  try {
    const parsed = new URL(url);
    const database = decodeURIComponent(parsed.pathname.replace(/^\//, "")) || "postgres";
    return `${database}@${parsed.hostname}${parsed.port ? `:${parsed.port}` : ""}`;
  } catch {
    return maskUrl(url);
  }
}

/**
 * The config's `targets`, read (a function is called) and checked: each has a URL and a name,
 * and names are unique.
 *
 * @example
 * ```ts
 * await resolveTargets(config); // [{ name: "tenant_1@db:5432", url: "postgres://..." }]
 * ```
 */
export async function resolveTargets(config: ResolvedConfig): Promise<MigrationTarget[]> {
  const setting = config.targets;
  if (setting === undefined) {
    throw new RetortError("BAD_CONFIG", "--all-targets needs `targets` in the config.", {
      hint: 'list the databases: targets: ["postgres://.../tenant_1", ...], or a function returning them.',
    });
  }
  const inputs: readonly MigrationTargetInput[] =
    typeof setting === "function" ? await setting() : setting;
  if (!Array.isArray(inputs)) {
    throw new RetortError("BAD_CONFIG", "The `targets` function did not return a list.", {
      hint: "return an array of URLs or { name, url }.",
    });
  }
  const targets = inputs.map((input, i): MigrationTarget => {
    const url = typeof input === "string" ? input : input?.url;
    if (typeof url !== "string" || url.trim() === "") {
      throw new RetortError("BAD_CONFIG", `Target ${i + 1} of \`targets\` has no URL.`, {
        hint: "each target is a URL or { name, url }.",
      });
    }
    const name = typeof input === "string" ? undefined : input.name;
    return { name: name ?? defaultName(url), url };
  });
  const seen = new Set<string>();
  for (const target of targets) {
    if (seen.has(target.name)) {
      throw new RetortError("BAD_CONFIG", `Two targets are named "${target.name}".`, {
        hint: "give each target a unique name: { name, url }.",
      });
    }
    seen.add(target.name);
  }
  return targets;
}

/**
 * Runs the same migration on many databases, `concurrency` at a time, each under its own lock
 * and connection. A failure is that target's outcome; the others go on unless `failFast`.
 * Migration files are loaded once for all of them.
 *
 * @example
 * ```ts
 * const outcomes = await migrateTargets({
 *   config, scripts, targets: await resolveTargets(config), concurrency: 8,
 *   run: (migrator) => migrator.upgrade("head"),
 * });
 * const failed = outcomes.filter((o) => !o.ok);
 * ```
 */
export async function migrateTargets(options: MigrateTargetsOptions): Promise<TargetOutcome[]> {
  const { config, scripts, targets } = options;
  const concurrency = Math.max(1, Math.floor(options.concurrency ?? 4));
  const outcomes: TargetOutcome[] = new Array(targets.length);
  let next = 0;
  let stopped = false;
  const worker = async () => {
    for (;;) {
      const index = next++;
      const target = targets[index];
      if (target === undefined) return;
      const display = maskUrl(target.url);
      if (stopped) {
        outcomes[index] = {
          name: target.name,
          target: display,
          ok: false,
          skipped: true,
          durationMs: 0,
        };
        options.onOutcome?.(outcomes[index]!);
        continue;
      }
      const started = performance.now();
      let outcome: TargetOutcome;
      let migrator: Migrator | undefined;
      try {
        const targetConfig: ResolvedConfig = { ...config, url: target.url };
        const driver = await openDriver(targetConfig, options.drivers ?? {});
        migrator = new Migrator({ config: targetConfig, scripts, driver });
        const result = await options.run(migrator);
        outcome = {
          name: target.name,
          target: display,
          ok: true,
          result,
          durationMs: Math.round(performance.now() - started),
        };
      } catch (error) {
        if (options.failFast) stopped = true;
        outcome = {
          name: target.name,
          target: display,
          ok: false,
          error,
          durationMs: Math.round(performance.now() - started),
        };
      } finally {
        await migrator?.close().catch(() => {});
      }
      outcomes[index] = outcome;
      options.onOutcome?.(outcome);
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, targets.length) }, worker));
  return outcomes;
}
