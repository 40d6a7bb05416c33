/** Something that happened while migrating, for progress output. */
export type MigratorEvent =
  | { readonly kind: "lock-wait" }
  | { readonly kind: "lock-acquired"; readonly waitedMs: number }
  | { readonly kind: "step-start"; readonly step: StepSummary }
  | { readonly kind: "step-end"; readonly step: StepSummary; readonly durationMs: number }
  | {
      /** A lock was not granted within `lock_timeout`: the step is tried again after `delayMs`. */
      readonly kind: "step-retry";
      readonly step: StepSummary;
      /** The retry about to happen, 1-based, out of `retries`. */
      readonly attempt: number;
      readonly retries: number;
      readonly delayMs: number;
      /** The tables the step may have waited for, `schema.table`. */
      readonly tables: readonly string[];
    }
  | { readonly kind: "stamp"; readonly heads: readonly string[] }
  | { readonly kind: "squash-recognized"; readonly heads: readonly string[] };

/** One migration step as reported to the caller. */
export interface StepSummary {
  readonly direction: "up" | "down";
  readonly revision: string;
  readonly fromRevisions: readonly string[];
  readonly toRevisions: readonly string[];
  readonly message: string;
  /** The migration file, relative to the project root. */
  readonly file: string;
}
