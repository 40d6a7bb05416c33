/** An object to order: its key, and its phase, which decides between objects that are both free. */
export interface DependencyNode {
  key: string;
  /** Lower phases go first when nothing forces otherwise (pg_dump's priority by object type). */
  phase: number;
}

/** `from` needs `to` to exist first (a `pg_depend` row: `objid` depends on `refobjid`). */
export interface DependencyEdge {
  from: string;
  to: string;
  /**
   * The part of `from` that needs `to` and can be split off into an object of its own, keyed
   * `part`, when the edge closes a cycle: a column default, which pg_dump then sets with
   * `ALTER TABLE ... SET DEFAULT` once what it calls exists. Every edge of `from` with the same
   * part moves to the split object.
   */
  part?: string | undefined;
}

/** What {@link orderByDependencies} decides. */
export interface DependencyOrderResult {
  /** Every node key (and every split part), each after everything it depends on. */
  order: string[];
  /** Parts split off their object to break a cycle; each is in `order`, after its object. */
  splits: { part: string; from: string }[];
  /** Edges of cycles that no split could break, left out of the ordering (pg_dump warns alike). */
  broken: DependencyEdge[];
}

/** A binary min-heap of node indexes, ordered by (phase, index). */
class ReadyQueue {
  readonly #items: number[] = [];
  constructor(private readonly phaseOf: (index: number) => number) {}

  get size(): number {
    return this.#items.length;
  }

  #less(a: number, b: number): boolean {
    const pa = this.phaseOf(a);
    const pb = this.phaseOf(b);
    return pa < pb || (pa === pb && a < b);
  }

  push(index: number): void {
    const items = this.#items;
    items.push(index);
    let at = items.length - 1;
    while (at > 0) {
      const parent = (at - 1) >> 1;
      if (!this.#less(items[at]!, items[parent]!)) break;
      [items[at], items[parent]] = [items[parent]!, items[at]!];
      at = parent;
    }
  }

  pop(): number {
    const items = this.#items;
    const top = items[0]!;
    const last = items.pop()!;
    if (items.length > 0) {
      items[0] = last;
      let at = 0;
      for (;;) {
        const left = at * 2 + 1;
        const right = left + 1;
        let least = at;
        if (left < items.length && this.#less(items[left]!, items[least]!)) least = left;
        if (right < items.length && this.#less(items[right]!, items[least]!)) least = right;
        if (least === at) break;
        [items[at], items[least]] = [items[least]!, items[at]!];
        at = least;
      }
    }
    return top;
  }
}

/**
 * Orders objects so each comes after everything it depends on, as pg_dump does
 * (`pg_dump_sort.c`): a topological sort that, among the objects free to go, takes the lowest
 * phase, then the first given. A cycle is broken by splitting an object: an edge that carries a
 * `part` (a column default) moves to a new object keyed by the part, which goes after both ends;
 * a cycle without one loses one edge, reported in `broken`. Reversed, the order drops everything
 * before what it depends on.
 *
 * Edges naming an unknown key, and edges from a node to itself, are ignored: what the order does
 * not hold already exists (the built-in types) or comes with its owner.
 *
 * @example
 * ```ts
 * orderByDependencies(
 *   [{ key: "view", phase: 0 }, { key: "table", phase: 1 }],
 *   [{ from: "view", to: "table" }],
 * ).order; // ["table", "view"]
 * ```
 */
export function orderByDependencies(
  nodes: readonly DependencyNode[],
  edges: readonly DependencyEdge[],
): DependencyOrderResult {
  const keys: string[] = [];
  const phases: number[] = [];
  const indexOf = new Map<string, number>();
  const add = (key: string, phase: number): number => {
    const index = keys.length;
    keys.push(key);
    phases.push(phase);
    indexOf.set(key, index);
    pending.push(new Map());
    dependents.push(new Set());
    return index;
  };
  /** Per node: the nodes it still waits for, each with the edges that say so. */
  const pending: Map<number, DependencyEdge[]>[] = [];
  /** Per node: the nodes that wait for it. */
  const dependents: Set<number>[] = [];
  for (const node of nodes) if (!indexOf.has(node.key)) add(node.key, node.phase);

  const link = (from: number, to: number, edge: DependencyEdge): void => {
    const waits = pending[from]!;
    const list = waits.get(to);
    if (list) list.push(edge);
    else waits.set(to, [edge]);
    dependents[to]!.add(from);
  };
  for (const edge of edges) {
    const from = indexOf.get(edge.from);
    const to = indexOf.get(edge.to);
    if (from === undefined || to === undefined || from === to) continue;
    link(from, to, edge);
  }

  const queue = new ReadyQueue((index) => phases[index]!);
  const done: boolean[] = [];
  for (let index = 0; index < keys.length; index++) {
    if (pending[index]!.size === 0) queue.push(index);
  }
  const order: string[] = [];
  const splits: { part: string; from: string }[] = [];
  const broken: DependencyEdge[] = [];
  const release = (index: number): void => {
    for (const dependent of dependents[index]!) {
      const waits = pending[dependent]!;
      if (waits.delete(index) && waits.size === 0) queue.push(dependent);
    }
  };
  while (order.length < keys.length) {
    if (queue.size === 0) {
      breakCycle();
      continue;
    }
    const index = queue.pop();
    done[index] = true;
    order.push(keys[index]!);
    release(index);
  }
  return { order, splits, broken };

  /** Finds a cycle among the nodes left, and splits an object of it or drops one edge. */
  function breakCycle(): void {
    // Every node left waits for another node left: walking first dependencies from the first of
    // them must come back to a node already seen, which closes a cycle.
    let start = -1;
    for (let index = 0; index < keys.length; index++) {
      if (!done[index] && (start < 0 || phases[index]! < phases[start]!)) start = index;
    }
    const path: number[] = [];
    const seenAt = new Map<number, number>();
    let at = start;
    while (!seenAt.has(at)) {
      seenAt.set(at, path.length);
      path.push(at);
      at = Math.min(...pending[at]!.keys());
    }
    const cycle = path.slice(seenAt.get(at));
    const steps = cycle.map((from, k) => ({ from, to: cycle[(k + 1) % cycle.length]! }));
    const splittable = steps.find(({ from, to }) =>
      pending[from]!.get(to)!.some((e) => e.part !== undefined && !indexOf.has(e.part)),
    );
    if (splittable !== undefined) {
      const { from, to } = splittable;
      const part = pending[from]!.get(to)!.find((e) => e.part !== undefined)!.part!;
      const split = add(part, phases[from]!);
      splits.push({ part, from: keys[from]! });
      // Everything `from` needed for that part, the part now needs instead.
      for (const [dependency, list] of [...pending[from]!]) {
        const moved = list.filter((e) => e.part === part);
        if (moved.length === 0) continue;
        const kept = list.filter((e) => e.part !== part);
        for (const e of moved) if (!done[dependency]) link(split, dependency, e);
        if (kept.length > 0) pending[from]!.set(dependency, kept);
        else {
          pending[from]!.delete(dependency);
          dependents[dependency]!.delete(from);
        }
      }
      link(split, from, { from: part, to: keys[from]! });
      if (pending[from]!.size === 0) queue.push(from);
      return;
    }
    const last = steps[steps.length - 1]!;
    broken.push(...pending[last.from]!.get(last.to)!);
    pending[last.from]!.delete(last.to);
    dependents[last.to]!.delete(last.from);
    if (pending[last.from]!.size === 0) queue.push(last.from);
  }
}
