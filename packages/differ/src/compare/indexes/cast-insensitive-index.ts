import { castInsensitiveExpression } from "../../schema/normalize-expression";

/** An index or exclusion constraint as the comparison sees it (see `castInsensitiveExpression`). */
export function castInsensitiveIndex<
  T extends { where: string | null; elements: readonly { expression: string | null }[] },
>(item: T): T {
  const cast = (expression: string | null) =>
    expression === null ? null : castInsensitiveExpression(expression);
  return {
    ...item,
    where: cast(item.where),
    elements: item.elements.map((element) => ({
      ...element,
      expression: cast(element.expression),
    })),
  };
}
