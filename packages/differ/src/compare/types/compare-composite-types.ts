import type { TypeAttribute } from "@retort/core";
import type {
  CompositeTypeDescription,
  TypeAttributeDescription,
} from "../../schema/type-description";
import { isDeepEqual } from "../is-deep-equal";
import type { Comparator } from "../plan/comparator";
import type { Comparison } from "../plan/comparison";
import { Phase } from "../plan/phase";
import { columnType } from "../table-definition";
import { domainPhase } from "./compare-domains";
import { dropPhase, isTypeStored, pairTypes, typeChangeRefused } from "./type-usage";

function attribute(a: TypeAttributeDescription): TypeAttribute {
  return {
    name: a.name,
    type: columnType(a),
    ...(a.collation !== null ? { collation: a.collation } : {}),
  };
}

/** Composite types whose attributes are domains created late wait for those domains. */
function compositePhase(comparison: Comparison, t: CompositeTypeDescription): Phase {
  const late = comparison.to.domains.filter((d) => domainPhase(comparison, d) === Phase.LateTypes);
  return t.attributes.some((a) =>
    late.some((d) => a.userType?.schema === d.schema && a.userType.name === d.name),
  )
    ? Phase.LateTypes
    : Phase.CreateTypes;
}

/** Attributes both sides have (following `renamedFrom`), added, dropped. */
function compareAttributes(
  comparison: Comparison,
  f: CompositeTypeDescription,
  t: CompositeTypeDescription,
  phase: Phase,
): void {
  const target = { schema: t.schema, name: t.name };
  const fromByName = new Map(f.attributes.map((a) => [a.name, a]));
  const toByName = new Map(t.attributes.map((a) => [a.name, a]));
  const matched = new Set<TypeAttributeDescription>();
  const renamed = (a: TypeAttributeDescription, names: Map<string, TypeAttributeDescription>) =>
    a.renamedFrom !== null && !names.has(a.name) ? a.renamedFrom : null;
  const pairs: [TypeAttributeDescription, TypeAttributeDescription][] = [];
  for (const ta of t.attributes) {
    let fa = fromByName.get(ta.name);
    const old = renamed(ta, fromByName);
    if (fa === undefined && old !== null && fromByName.has(old) && !toByName.has(old)) {
      fa = fromByName.get(old)!;
      comparison.emit(phase, {
        kind: "renameTypeAttribute",
        ...target,
        attribute: old,
        newName: ta.name,
      });
    }
    if (fa !== undefined) {
      matched.add(fa);
      pairs.push([fa, ta]);
    }
  }
  // A downgrade: the models' side is `from`, and its renamedFrom names the database's attribute.
  for (const fa of f.attributes) {
    if (matched.has(fa)) continue;
    const old = renamed(fa, toByName);
    const ta = old === null ? undefined : toByName.get(old);
    if (ta === undefined || fromByName.has(ta.name) || pairs.some(([, x]) => x === ta)) continue;
    comparison.emit(phase, {
      kind: "renameTypeAttribute",
      ...target,
      attribute: fa.name,
      newName: ta.name,
    });
    matched.add(fa);
    pairs.push([fa, ta]);
  }
  for (const fa of f.attributes) {
    if (matched.has(fa)) continue;
    // DESTRUCTIVE: a value of the type stored outside a table column (PostgreSQL refuses the
    // drop while a table column has the type) loses the field; the operation says so.
    comparison.emit(phase, {
      kind: "dropTypeAttribute",
      ...target,
      attribute: fa.name,
      existing: attribute(fa),
    });
  }
  const paired = new Set(pairs.map(([, ta]) => ta));
  for (const ta of t.attributes) {
    if (paired.has(ta)) continue;
    comparison.emit(phase, { kind: "addTypeAttribute", ...target, attribute: attribute(ta) });
  }
  for (const [fa, ta] of pairs) {
    if (fa.type === ta.type && isDeepEqual(fa.collation, ta.collation)) continue;
    // ALTER TYPE ... ALTER ATTRIBUTE is refused while a column (or another type) holds the type.
    if (isTypeStored(comparison.from, f)) {
      throw typeChangeRefused("composite type", f, `type of attribute ${ta.name}`);
    }
    comparison.emit(phase, {
      kind: "alterTypeAttribute",
      ...target,
      attribute: ta.name,
      type: columnType(ta),
      ...(ta.collation !== null ? { collation: ta.collation } : {}),
      existingType: columnType(fa),
      ...(fa.collation !== null ? { existingCollation: fa.collation } : {}),
    });
  }
}

/** Creates, renames, changes (attribute by attribute) and drops composite types. */
export const compareCompositeTypes: Comparator = {
  family: "composite types",
  compareSchema(comparison) {
    const { from, to } = comparison;
    const { pairs, created, dropped } = pairTypes(
      comparison,
      from.compositeTypes,
      to.compositeTypes,
      false,
    );
    for (const t of created) {
      comparison.emit(compositePhase(comparison, t), {
        kind: "createCompositeType",
        schema: t.schema,
        name: t.name,
        attributes: t.attributes.map(attribute),
        ...(t.comment !== null ? { comment: t.comment } : {}),
      });
    }
    for (const [f, t] of pairs) {
      compareAttributes(comparison, f, t, compositePhase(comparison, t));
      if (f.comment !== t.comment) {
        comparison.emit(Phase.Comments, {
          kind: "setTypeComment",
          schema: t.schema,
          name: t.name,
          comment: t.comment,
          existingComment: f.comment,
        });
      }
    }
    for (const f of dropped) {
      comparison.emit(dropPhase(comparison, f, false, false), {
        kind: "dropCompositeType",
        schema: f.schema,
        name: f.name,
        attributes: f.attributes.map(attribute),
        ...(f.comment !== null ? { comment: f.comment } : {}),
      });
    }
  },
};
