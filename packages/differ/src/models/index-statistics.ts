import type { IndexElementDescription } from "../schema/schema-description";
import { badModel } from "./bad-model";

/**
 * An index's `statistics` field as the description holds it: the targets of its expression
 * columns, absent when none (so an index without targets describes as it always did). A number
 * that names no expression column is refused here rather than by `ALTER INDEX` at upgrade.
 */
export function indexStatisticsField(
  index: string,
  elements: readonly IndexElementDescription[],
  targets: Readonly<Record<number, number>> | undefined,
  where: { table: string },
): { statistics?: Record<number, number> } {
  if (targets === undefined || Object.keys(targets).length === 0) return {};
  const statistics: Record<number, number> = {};
  for (const [key, target] of Object.entries(targets)) {
    const column = Number(key);
    const details = { ...where, index, column: key };
    if (!Number.isInteger(column) || (elements[column - 1]?.expression ?? null) === null)
      throw badModel(
        `Index ${index} on ${where.table} has a statistics target for column ${key}, which is not one of its expression columns.`,
        details,
        "number the index's columns from 1 in .on(...) order; PostgreSQL takes a target on expression columns only",
      );
    if (!(Number.isInteger(target) && target >= 0 && target <= 10000))
      throw badModel(
        `Index ${index} on ${where.table} has statistics target ${target} for column ${key}.`,
        details,
        "give a whole number from 0 to 10000; leave the column out for the default",
      );
    statistics[column] = target;
  }
  return { statistics };
}
