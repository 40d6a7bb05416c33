import type { CreateDomainOperation, DomainDefinition } from "@retort/core";
import type { DomainDescription } from "../../schema/type-description";
import { isDeepEqual } from "../is-deep-equal";
import type { Comparator } from "../plan/comparator";
import type { Comparison } from "../plan/comparison";
import { Phase } from "../plan/phase";
import { columnType } from "../table-definition";
import { dropPhase, isTypeUsed, pairTypes, typeChangeRefused } from "./type-usage";

/** What `CREATE DOMAIN` needs to make `d` again. */
export function domainDefinition(d: DomainDescription): DomainDefinition {
  return {
    type: columnType(d),
    ...(d.notNull ? { notNull: true } : {}),
    ...(d.default !== null ? { default: d.default } : {}),
    ...(d.collation !== null ? { collation: d.collation } : {}),
    ...(d.checks.length > 0
      ? {
          checks: d.checks.map((c) => ({
            name: c.name,
            expression: c.expression,
            ...(c.notValid ? { notValid: true } : {}),
          })),
        }
      : {}),
    ...(d.comment !== null ? { comment: d.comment } : {}),
  };
}

/**
 * Domains whose checks or default call a function of the models are created once the functions
 * are (after `CreateFunctions`); the others with the types, before the functions whose
 * signatures may name them. The catalog cannot say yet what a domain still to be created will
 * call, so the function's name followed by `(` in the expression decides.
 */
export function domainPhase(comparison: Comparison, d: DomainDescription): Phase {
  return callsFunction(comparison, d) ? Phase.LateTypes : Phase.CreateTypes;
}

/** Whether a check or the default of `d` calls a function either side declares. */
export function callsFunction(comparison: Comparison, d: DomainDescription): boolean {
  const texts = [...d.checks.map((c) => c.expression), ...(d.default === null ? [] : [d.default])];
  const names = new Set(
    [...comparison.from.functions, ...comparison.to.functions].map((f) => f.name.toLowerCase()),
  );
  return [...names].some((name) =>
    texts.some((text) => {
      const lower = text.toLowerCase();
      for (let at = lower.indexOf(name); at >= 0; at = lower.indexOf(name, at + 1)) {
        const before = lower[at - 1];
        const after = lower.slice(at + name.length).trimStart();
        if ((before === undefined || !/[a-z0-9_$]/.test(before)) && after.startsWith("(")) {
          return true;
        }
      }
      return false;
    }),
  );
}

function createDomain(comparison: Comparison, d: DomainDescription): void {
  const op: CreateDomainOperation = {
    kind: "createDomain",
    schema: d.schema,
    name: d.name,
    ...domainDefinition(d),
  };
  comparison.emit(domainPhase(comparison, d), op);
}

function dropDomain(comparison: Comparison, d: DomainDescription, phase: Phase): void {
  comparison.emit(phase, {
    kind: "dropDomain",
    schema: d.schema,
    name: d.name,
    definition: domainDefinition(d),
  });
}

/** The default, NOT NULL, checks and comment of a domain both sides have. */
function alterDomain(comparison: Comparison, f: DomainDescription, t: DomainDescription): void {
  const phase = domainPhase(comparison, t);
  const target = { schema: t.schema, name: t.name };
  const defaultChanged = f.default !== t.default;
  if (defaultChanged || f.notNull !== t.notNull) {
    comparison.emit(phase, {
      kind: "alterDomain",
      ...target,
      ...(defaultChanged ? { default: t.default, existingDefault: f.default } : {}),
      ...(f.notNull !== t.notNull ? { notNull: t.notNull } : {}),
    });
  }
  const toChecks = new Map(t.checks.map((c) => [c.name, c]));
  const fromChecks = new Map(f.checks.map((c) => [c.name, c]));
  for (const c of f.checks) {
    if (toChecks.get(c.name)?.expression === c.expression) continue;
    comparison.emit(phase, {
      kind: "dropDomainConstraint",
      ...target,
      constraint: c.name,
      expression: c.expression,
      ...(c.notValid ? { notValid: true } : {}),
    });
  }
  for (const c of t.checks) {
    const kept = fromChecks.get(c.name);
    if (kept?.expression === c.expression) {
      // As for tables: a valid check satisfies a NOT VALID model, and one NOT VALID in the
      // database that the models want valid is validated where it stands.
      if (kept.notValid && !c.notValid) {
        comparison.emit(Phase.AddForeignKeys, {
          kind: "validateDomainConstraint",
          ...target,
          constraint: c.name,
        });
      }
      continue;
    }
    // Existing values are checked as the constraint is added (unless the model says NOT
    // VALID): a value that breaks it stops the migration, as a table's new CHECK does.
    comparison.emit(phase, {
      kind: "addDomainCheck",
      ...target,
      constraint: c.name,
      expression: c.expression,
      ...(c.notValid ? { notValid: true } : {}),
    });
  }
  if (f.comment !== t.comment) {
    comparison.emit(Phase.Comments, {
      kind: "setTypeComment",
      ...target,
      domain: true,
      comment: t.comment,
      existingComment: f.comment,
    });
  }
}

/**
 * Creates, renames, changes and drops domains. A domain's base type or collation cannot change
 * in place: it is created again when nothing uses it, and refused otherwise.
 */
export const compareDomains: Comparator = {
  family: "domains",
  compareSchema(comparison) {
    const { from, to } = comparison;
    // Domains built on other domains are created after them, and dropped before them.
    const order = (a: DomainDescription, b: DomainDescription) =>
      Number(a.userType !== null) - Number(b.userType !== null);
    const { pairs, created, dropped } = pairTypes(comparison, from.domains, to.domains, true);
    for (const t of [...created].sort(order)) createDomain(comparison, t);
    for (const [f, t] of pairs) {
      if (
        f.type !== t.type ||
        !isDeepEqual(f.userType, t.userType) ||
        !isDeepEqual(f.collation, t.collation)
      ) {
        if (isTypeUsed(from, f) || isTypeUsed(to, t)) {
          throw typeChangeRefused("domain", t, "base type or collation");
        }
        // Unused, so it can go right before its new self.
        dropDomain(comparison, { ...f, name: t.name }, domainPhase(comparison, t));
        createDomain(comparison, t);
        continue;
      }
      alterDomain(comparison, f, t);
    }
    for (const f of [...dropped].sort(order).reverse())
      dropDomain(comparison, f, dropPhase(comparison, f, callsFunction(comparison, f), true));
  },
};
