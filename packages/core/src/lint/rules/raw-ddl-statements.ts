import type { LintContext, LintStatement } from "../lint-rule";

/** The statements of one raw-SQL kind written the blocking way, with their index. */
export function blockingRawDdl(
  context: LintContext,
  kind: NonNullable<LintStatement["rawDdl"]>["kind"],
): { readonly index: number; readonly target: string }[] {
  return context.migration.statements.flatMap((statement, index) => {
    const ddl = statement.rawDdl;
    return ddl !== undefined && ddl.kind === kind && !ddl.isOnline
      ? [{ index, target: ddl.target }]
      : [];
  });
}
