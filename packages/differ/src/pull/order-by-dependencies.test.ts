import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type DependencyEdge, orderByDependencies } from "./order-by-dependencies";

const node = (key: string, phase = 0) => ({ key, phase });
const edge = (from: string, to: string, part?: string): DependencyEdge => ({ from, to, part });

describe("orderByDependencies", () => {
  it("puts each object after what it depends on, whatever its phase", () => {
    const { order } = orderByDependencies(
      [node("view", 0), node("function", 1), node("table", 2)],
      [edge("view", "function"), edge("function", "table")],
    );
    expect(order).toEqual(["table", "function", "view"]);
  });

  it("breaks ties by phase, then by the order given", () => {
    const { order } = orderByDependencies(
      [node("b", 1), node("a", 1), node("c", 0), node("d", 2)],
      [],
    );
    expect(order).toEqual(["c", "b", "a", "d"]);
  });

  it("lets an early object go as soon as what it needs exists, before later phases", () => {
    // A function on a table's row type goes right after the table, before the indexes.
    const { order } = orderByDependencies(
      [node("fn", 0), node("t", 1), node("u", 1), node("idx", 2)],
      [edge("fn", "t"), edge("idx", "u")],
    );
    expect(order).toEqual(["t", "fn", "u", "idx"]);
  });

  it("ignores edges to unknown objects and to itself", () => {
    const { order, broken } = orderByDependencies(
      [node("a"), node("b")],
      [edge("a", "int4"), edge("b", "b"), edge("a", "b")],
    );
    expect(order).toEqual(["b", "a"]);
    expect(broken).toEqual([]);
  });

  it("breaks a cycle by splitting a default off its table, after what it calls", () => {
    // A table whose default calls a function that reads the table (pg_dump's attrdef loop).
    const { order, splits, broken } = orderByDependencies(
      [node("fn", 0), node("t", 1), node("other", 1)],
      [edge("t", "fn", "default:t.n"), edge("fn", "t")],
    );
    expect(splits).toEqual([{ part: "default:t.n", from: "t" }]);
    expect(broken).toEqual([]);
    // A free object goes before any cycle is broken, as in pg_dump.
    expect(order).toEqual(["other", "t", "fn", "default:t.n"]);
  });

  it("moves every edge of the split part, and keeps the table's other edges", () => {
    const { order } = orderByDependencies(
      [node("type", 0), node("fn", 0), node("g", 0), node("t", 1)],
      [
        edge("t", "type"),
        edge("t", "fn", "default:t.n"),
        edge("t", "g", "default:t.n"),
        edge("fn", "t"),
      ],
    );
    expect(order).toEqual(["type", "g", "t", "fn", "default:t.n"]);
  });

  it("drops one edge of a cycle nothing can split, and says which", () => {
    const { order, broken } = orderByDependencies(
      [node("a"), node("b"), node("c")],
      [edge("a", "b"), edge("b", "a"), edge("c", "a")],
    );
    expect(broken).toEqual([edge("b", "a")]);
    expect(order).toEqual(["b", "a", "c"]);
  });

  it("orders every random graph so that, reversed, each object goes before what it needs", () => {
    const graph = fc.integer({ min: 1, max: 30 }).chain((n) =>
      fc.record({
        phases: fc.array(fc.integer({ min: 0, max: 4 }), { minLength: n, maxLength: n }),
        edges: fc.array(
          fc.record({
            from: fc.integer({ min: 0, max: n - 1 }),
            to: fc.integer({ min: 0, max: n - 1 }),
            part: fc.boolean(),
          }),
          { maxLength: 60 },
        ),
      }),
    );
    fc.assert(
      fc.property(graph, ({ phases, edges }) => {
        const nodes = phases.map((phase, k) => node(`n${k}`, phase));
        const list = edges.map((e) =>
          edge(`n${e.from}`, `n${e.to}`, e.part ? `p${e.from}` : undefined),
        );
        const first = orderByDependencies(nodes, list);
        // Deterministic: the same input gives the same order.
        expect(orderByDependencies(nodes, list)).toEqual(first);
        const at = new Map(first.order.map((key, k) => [key, k]));
        expect(at.size).toBe(first.order.length);
        for (const n of nodes) expect(at.has(n.key)).toBe(true);
        const split = new Map(first.splits.map((s) => [`${s.from}\u0000${s.part}`, s.part]));
        const down = [...first.order].reverse();
        const downAt = new Map(down.map((key, k) => [key, k]));
        for (const e of list) {
          if (e.from === e.to || first.broken.includes(e)) continue;
          const from = (e.part && split.get(`${e.from}\u0000${e.part}`)) || e.from;
          if (from === e.to) continue;
          // Up: what it needs comes first; down (reversed): it is dropped first.
          expect(at.get(from)!).toBeGreaterThan(at.get(e.to)!);
          expect(downAt.get(from)!).toBeLessThan(downAt.get(e.to)!);
        }
      }),
    );
  });
});
