import { type RangeTypeDefinition, RetortError } from "@retort/core";
import type { RangeTypeDescription } from "../../schema/type-description";
import { isDeepEqual } from "../is-deep-equal";
import type { Comparator } from "../plan/comparator";
import type { Comparison } from "../plan/comparison";
import { Phase } from "../plan/phase";
import { columnType } from "../table-definition";
import { dropPhase, isTypeUsed, pairTypes, typeChangeRefused } from "./type-usage";

function rangeDefinition(r: RangeTypeDescription): RangeTypeDefinition {
  return {
    subtype: columnType({ type: r.subtype, userType: r.userType }),
    ...(r.subtypeOpclass !== null ? { subtypeOpclass: r.subtypeOpclass } : {}),
    ...(r.collation !== null ? { collation: r.collation } : {}),
    ...(r.canonical !== null ? { canonical: r.canonical } : {}),
    ...(r.subtypeDiff !== null ? { subtypeDiff: r.subtypeDiff } : {}),
    ...(r.multirangeName !== null ? { multirangeName: r.multirangeName } : {}),
    ...(r.comment !== null ? { comment: r.comment } : {}),
  };
}

/** A `subtype_diff` outside `pg_catalog` may be a function of the models: created once they are. */
function rangePhase(r: RangeTypeDescription): Phase {
  return r.subtypeDiff !== null && typeof r.subtypeDiff !== "string"
    ? Phase.LateTypes
    : Phase.CreateTypes;
}

function createRange(comparison: Comparison, r: RangeTypeDescription): void {
  if (r.canonical !== null) {
    // The canonical function takes and returns the range itself: PostgreSQL needs a shell type
    // first, then the function, then the range, which the plan cannot interleave.
    throw new RetortError(
      "BAD_MODEL",
      `Range type ${r.schema}.${r.name} has a canonical function, which retort cannot create in order.`,
      {
        details: { type: `${r.schema}.${r.name}` },
        hint: "Create it in a migration with op.execute (CREATE TYPE name; the function; CREATE TYPE name AS RANGE (...)), and leave canonical in the model for comparison.",
      },
    );
  }
  comparison.emit(rangePhase(r), {
    kind: "createRangeType",
    schema: r.schema,
    name: r.name,
    ...rangeDefinition(r),
  });
}

const definitionOf = ({ comment: _c, renamedFrom: _r, ...rest }: RangeTypeDescription) => rest;

/**
 * Creates, renames and drops range types. PostgreSQL cannot alter one: a changed definition is
 * dropped and created again when nothing uses it, and refused otherwise.
 */
export const compareRangeTypes: Comparator = {
  family: "range types",
  compareSchema(comparison) {
    const { from, to } = comparison;
    const { pairs, created, dropped } = pairTypes(
      comparison,
      from.rangeTypes,
      to.rangeTypes,
      false,
    );
    for (const t of created) createRange(comparison, t);
    for (const [f, t] of pairs) {
      if (!isDeepEqual(definitionOf({ ...f, name: t.name }), definitionOf(t))) {
        if (isTypeUsed(from, f) || isTypeUsed(to, t)) {
          throw typeChangeRefused("range type", t, "definition");
        }
        comparison.emit(rangePhase(t), {
          kind: "dropRangeType",
          schema: t.schema,
          name: t.name,
          definition: rangeDefinition({ ...f, name: t.name }),
        });
        createRange(comparison, t);
        continue;
      }
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
      comparison.emit(
        dropPhase(
          comparison,
          f,
          f.subtypeDiff !== null && typeof f.subtypeDiff !== "string",
          false,
        ),
        {
          kind: "dropRangeType",
          schema: f.schema,
          name: f.name,
          definition: rangeDefinition(f),
        },
      );
    }
  },
};
