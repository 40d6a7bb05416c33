import { defineOperation, type Operation } from "@retort/core";
import type { SchemaDescription } from "../../schema/schema-description";
import { applyRenames } from "../renames/apply-renames";
import type { Renames } from "../renames/find-renames";
import { SerialSequences } from "../sequences/serial-sequences";
import type { Comparator } from "./comparator";
import { objectKey } from "./object-key";
import { Phase } from "./phase";
import type { TablePair } from "./table-pair";

/**
 * One direction of a comparison: `from` becomes `to`. It runs the comparators in list order,
 * gathers what they emit per {@link Phase}, and holds the facts one family learns for another
 * (an enum re-created, a key dropped, a table kept).
 */
export class Comparison {
  readonly #phases: Operation[][] = Array.from({ length: Phase.Count }, () => []);
  readonly #comparators: readonly Comparator[];
  /** Key constraints (and unique indexes) dropped: `schema, table, sorted columns`. */
  readonly #droppedKeys = new Set<string>();
  /** The current schema once the renames ran: every family compares it with `to`. */
  readonly from: SchemaDescription;
  /** Enums re-created beside the old type: by `objectKey`, the old type's temporary name. */
  readonly recreatedEnums = new Map<string, string>();
  /** Tables both sides have, in the target's order, once the tables comparator ran. */
  readonly keptTables: TablePair[] = [];
  /** Functions dropped (`schema, name`), maybe to be created again: their triggers go first. */
  readonly droppedFunctions = new Set<string>();
  /** Functions renamed: `schema, old name` -> new name, so their triggers follow. */
  readonly renamedFunctions = new Map<string, string>();
  /** Views and materialized views renamed: `objectKey(schema, old name)` -> new name. */
  readonly renamedViews = new Map<string, string>();
  /** Domains, composite and range types renamed: `objectKey(schema, old name)` -> new name. */
  readonly renamedTypes = new Map<string, string>();
  readonly serials: SerialSequences;

  constructor(
    from: SchemaDescription,
    readonly to: SchemaDescription,
    readonly renames: Renames,
    /** Schemas that hold objects retort does not manage: never dropped. */
    readonly keepSchemas: ReadonlySet<string>,
    comparators: readonly Comparator[],
    /**
     * Pairs found equal (`isEqualPair`), kept across the two directions of one `diffSchemas`:
     * the downgrade compares the very pairs the upgrade did, the other way round.
     */
    readonly equalPairs: WeakMap<object, object> = new WeakMap(),
  ) {
    // Serials are recognised by their names before the renames (the sequence keeps its name).
    this.serials = new SerialSequences(from, to);
    this.from = applyRenames(from, renames);
    this.#comparators = comparators;
  }

  #changedColumns: Set<string> | undefined;

  /**
   * Columns of kept tables that are dropped, re-created or retyped (`objectKey(schema, table)`,
   * NUL, column, under the names after the renames): PostgreSQL will do none of these while a
   * policy or a trigger reads them, so those go first and come back after. Call it once the
   * tables comparator ran.
   */
  changedColumns(): ReadonlySet<string> {
    if (this.#changedColumns !== undefined) return this.#changedColumns;
    const changed = new Set<string>();
    for (const { from, to, recreated } of this.keptTables) {
      // Most kept tables keep every column as it is: told apart without building a map.
      if (
        recreated.size === 0 &&
        from.columns.length === to.columns.length &&
        from.columns.every(
          (c, k) => c.name === to.columns[k]!.name && c.type === to.columns[k]!.type,
        )
      ) {
        continue;
      }
      const toColumns = new Map(to.columns.map((c) => [c.name, c]));
      for (const c of from.columns) {
        const t = toColumns.get(c.name);
        if (t === undefined || t.type !== c.type || recreated.has(c.name)) {
          changed.add(`${objectKey(from.schema, from.name)}\u0000${c.name}`);
        }
      }
    }
    this.#changedColumns = changed;
    return changed;
  }

  emit(phase: Phase, op: Operation): void {
    this.#phases[phase]!.push(defineOperation(op));
  }

  /** What the comparators that ran so far emitted, in phase order. */
  emitted(): readonly Operation[] {
    return this.#phases.flat();
  }

  /** Runs every comparator; the operations, in phase order. */
  plan(): Operation[] {
    for (const comparator of this.#comparators) comparator.compareSchema?.(this);
    return this.#phases.flat();
  }

  /** Runs the table-level comparators on a table both sides have and that differs. */
  compareTable(pair: TablePair): void {
    for (const comparator of this.#comparators) comparator.compareTable?.(this, pair);
  }

  /**
   * `isEqual(f, t)`, each pair compared once over both directions. `isEqual` must be symmetric,
   * and one kind of object (tables, a table's foreign keys, triggers) is always compared by the
   * same one.
   */
  isEqualPair<T extends object>(f: T, t: T, isEqual: (f: T, t: T) => boolean): boolean {
    if (this.equalPairs.get(f) === t || this.equalPairs.get(t) === f) return true;
    if (!isEqual(f, t)) return false;
    this.equalPairs.set(f, t);
    return true;
  }

  markKeyDropped(schema: string, table: string, columns: readonly string[]): void {
    this.#droppedKeys.add(keyColumns(schema, table, columns));
  }

  isKeyDropped(schema: string, table: string, columns: readonly string[]): boolean {
    // Asked for every foreign key of every kept table: no key to build when none was dropped.
    return this.#droppedKeys.size > 0 && this.#droppedKeys.has(keyColumns(schema, table, columns));
  }
}

const keyColumns = (schema: string, table: string, columns: readonly string[]) =>
  `${objectKey(schema, table)}\u0000${[...columns].sort().join("\u0000")}`;
