import { isDeepEqual, isDeepEqualAs } from "../is-deep-equal";

/** Pairs two named lists: equal ones are kept, same-named different ones replaced, equal-but-renamed ones renamed. */
export function pairNamed<T extends { name: string }>(
  from: readonly T[],
  to: readonly T[],
  mustRecreate: (item: NoInfer<T>) => boolean,
  on: {
    drop(item: NoInfer<T>): void;
    add(item: NoInfer<T>): void;
    rename(from: NoInfer<T>, to: NoInfer<T>): void;
  },
  comparable: (item: NoInfer<T>) => unknown = (item) => item,
): void {
  const toByName = new Map(to.map((item) => [item.name, item]));
  const fromByName = new Map(from.map((item) => [item.name, item]));
  const lostFrom: T[] = [];
  const newTo: T[] = [];
  for (const f of from) {
    const t = toByName.get(f.name);
    if (t === undefined) lostFrom.push(f);
    else if (!isDeepEqualAs(f, t, comparable) || mustRecreate(f)) {
      on.drop(f);
      on.add(t);
    }
  }
  for (const t of to) if (!fromByName.has(t.name)) newTo.push(t);
  for (const t of newTo) {
    // PostgreSQL keeps constraint and index names when a table or column is renamed, so the
    // same definition under a new name is a rename, not a rebuild.
    const index = lostFrom.findIndex(
      (f) =>
        !mustRecreate(f) &&
        isDeepEqual(comparable({ ...f, name: "" }), comparable({ ...t, name: "" })),
    );
    if (index >= 0) {
      on.rename(lostFrom[index]!, t);
      lostFrom.splice(index, 1);
    } else on.add(t);
  }
  for (const f of lostFrom) on.drop(f);
}
