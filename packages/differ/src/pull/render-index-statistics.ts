/**
 * The argument of an index's `.statistics(...)`: `{ 2: 1000 }`, column numbers in order.
 *
 * @example
 * ```ts
 * indexStatisticsLiteral({ 2: 1000 }); // "{ 2: 1000 }"
 * ```
 */
export function indexStatisticsLiteral(statistics: Readonly<Record<number, number>>): string {
  const entries = Object.entries(statistics)
    .map(([column, target]) => [Number(column), target] as const)
    .sort(([a], [b]) => a - b)
    .map(([column, target]) => `${column}: ${target}`);
  return `{ ${entries.join(", ")} }`;
}
