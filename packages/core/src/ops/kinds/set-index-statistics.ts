import type { SetIndexStatisticsOperation } from "../operation";
import type { OperationKindSpec, OptionKeys } from "../operation-kind-spec";
import type { Operations } from "../operations";
import type { SchemaOptions } from "../schema-options";

/** Options of {@link Operations.setIndexStatistics}. */
export interface SetIndexStatisticsOptions extends SchemaOptions {
  /** The target before, so the change can be reversed; omitted is read as the default. */
  readonly existingStatistics?: number | null | undefined;
}

/** `op.setIndexStatistics(name, column, statistics, options?)`: `ALTER INDEX ... SET STATISTICS`. */
export const setIndexStatisticsKind = {
  positional: ["name", "column", "statistics"],
  named: 1,
  options: {
    schema: true,
    existingStatistics: true,
  } satisfies OptionKeys<SetIndexStatisticsOptions>,
  validate: (op, check) => {
    check.name(op.name, "index name");
    check.optionalName(op.schema, "schema");
    if (!(Number.isInteger(op.column) && op.column >= 1))
      check.fail("column must be the index column's number, a whole number from 1.");
    for (const [value, what] of [
      [op.statistics, "statistics"],
      [op.existingStatistics, "existingStatistics"],
    ] as const) {
      // PostgreSQL's range for a target (-1 is the default, written null here).
      if (
        value !== undefined &&
        value !== null &&
        !(Number.isInteger(value) && value >= 0 && value <= 10000)
      )
        check.fail(`${what} must be a whole number from 0 to 10000, or null for the default.`);
    }
  },
  reverse: (op) => ({
    ...op,
    statistics: op.existingStatistics ?? null,
    existingStatistics: op.statistics,
  }),
  target: (op) => ({ schema: op.schema, name: op.name }),
  change: (op, object) =>
    `changed index ${object}: statistics target of column ${op.column} ${op.existingStatistics ?? "default"} -> ${op.statistics ?? "default"}`,
} satisfies OperationKindSpec<SetIndexStatisticsOperation>;
