import type { AddConstraintOperation } from "@retort/core";
import {
  castInsensitiveExpression,
  expressionIdentifiers,
} from "../../schema/normalize-expression";
import type { CheckDescription, TableDescription } from "../../schema/schema-description";
import { castInsensitiveIndex } from "../indexes/cast-insensitive-index";
import type { Comparator } from "../plan/comparator";
import type { Comparison } from "../plan/comparison";
import { pairNamed } from "../plan/pair-named";
import { Phase } from "../plan/phase";
import { readsRecreated } from "../plan/table-pair";
import {
  checkDefinition,
  exclusionDefinition,
  primaryKeyDefinition,
  uniqueDefinition,
} from "../table-definition";
import { constraintComments, uncommented } from "./constraint-comments";
import { validateDue } from "./validate-due";
import { validated } from "./validated";

function dropConstraint(
  comparison: Comparison,
  table: TableDescription,
  name: string,
  definition: AddConstraintOperation,
): void {
  comparison.emit(Phase.DropConstraints, {
    kind: "dropConstraint",
    schema: table.schema,
    table: table.name,
    name,
    definition,
  });
}

/**
 * Adds, drops and renames a table's primary key, unique, check and exclusion constraints (its
 * foreign keys come once every table is compared). A change is a drop and an add; the same
 * definition under a new name is a rename.
 */
export const compareConstraints: Comparator = {
  family: "constraints",
  compareTable(comparison, pair) {
    const { from: f, to: t } = pair;
    const target = { schema: t.schema, table: t.name };
    const fromColumns = new Map(f.columns.map((c) => [c.name, c]));
    // PostgreSQL rewrites a check over a column whose type changes (`c > 0` becomes
    // `c::numeric > 0::numeric`), so such a check is dropped before and added after the change.
    const retyped = new Set(
      t.columns
        .filter((tc) => {
          const fc = fromColumns.get(tc.name);
          return fc !== undefined && fc.type !== tc.type;
        })
        .map((tc) => tc.name),
    );
    const readsRetyped = (expression: string) =>
      retyped.size > 0 && expressionIdentifiers(expression).some((n) => retyped.has(n));
    const keyDropped = (columns: readonly string[]) =>
      comparison.markKeyDropped(t.schema, t.name, columns);
    const renameConstraint = (from: { name: string }, to: { name: string }) =>
      comparison.emit(Phase.RenameConstraints, {
        kind: "renameConstraint",
        ...target,
        name: from.name,
        newName: to.name,
      });

    const fromKeys = f.primaryKey ? [f.primaryKey] : [];
    const toKeys = t.primaryKey ? [t.primaryKey] : [];
    const keyComments = constraintComments(comparison, target, fromKeys, toKeys, {
      drop: (pk) => {
        keyDropped(pk.columns);
        dropConstraint(comparison, t, pk.name, {
          kind: "addPrimaryKey",
          ...target,
          ...primaryKeyDefinition(pk),
        });
      },
      add: (pk) =>
        comparison.emit(Phase.AddConstraints, {
          kind: "addPrimaryKey",
          ...target,
          ...primaryKeyDefinition(pk),
        }),
      rename: renameConstraint,
    });
    pairNamed(
      fromKeys,
      toKeys,
      (pk) => readsRecreated(pair, pk.columns),
      keyComments.on,
      uncommented,
    );
    keyComments.emit();
    const uniqueComments = constraintComments(comparison, target, f.uniques, t.uniques, {
      drop: (u) => {
        keyDropped(u.columns);
        dropConstraint(comparison, t, u.name, {
          kind: "addUnique",
          ...target,
          ...uniqueDefinition(u),
        });
      },
      add: (u) =>
        comparison.emit(Phase.AddConstraints, {
          kind: "addUnique",
          ...target,
          ...uniqueDefinition(u),
        }),
      rename: renameConstraint,
    });
    pairNamed(
      f.uniques,
      t.uniques,
      (u) => readsRecreated(pair, [...u.columns, ...u.include]),
      uniqueComments.on,
      uncommented,
    );
    uniqueComments.emit();
    const checks = validateDue<CheckDescription>(comparison, target, f.checks, t.checks, {
      // Dropped, a check added NOT VALID comes back NOT VALID: the rows it never checked stay.
      drop: (c) =>
        dropConstraint(comparison, t, c.name, {
          kind: "addCheck",
          ...target,
          ...checkDefinition(c),
          notValid: c.notValid,
        }),
      add: (c) =>
        comparison.emit(Phase.AddConstraints, {
          kind: "addCheck",
          ...target,
          ...checkDefinition(c),
          notValid: c.notValid,
        }),
      rename: renameConstraint,
    });
    const checkComments = constraintComments(comparison, target, f.checks, t.checks, checks.on);
    pairNamed(
      f.checks,
      t.checks,
      (c) => readsRecreated(pair, [], [c.expression]) || readsRetyped(c.expression),
      checkComments.on,
      (c) => ({
        ...validated(uncommented(c)),
        expression: castInsensitiveExpression(c.expression),
      }),
    );
    checks.emit();
    checkComments.emit();
    const exclusionComments = constraintComments(comparison, target, f.exclusions, t.exclusions, {
      drop: (x) =>
        dropConstraint(comparison, t, x.name, {
          kind: "addExclusion",
          ...target,
          ...exclusionDefinition(x),
        }),
      add: (x) =>
        comparison.emit(Phase.AddConstraints, {
          kind: "addExclusion",
          ...target,
          ...exclusionDefinition(x),
        }),
      rename: renameConstraint,
    });
    pairNamed(
      f.exclusions,
      t.exclusions,
      (x) =>
        readsRecreated(
          pair,
          [...x.elements.map((e) => e.column), ...x.include],
          [...x.elements.map((e) => e.expression), x.where],
        ),
      exclusionComments.on,
      (x) => castInsensitiveIndex(uncommented(x)),
    );
    exclusionComments.emit();
  },
};
