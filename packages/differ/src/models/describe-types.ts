import type { ObjectName } from "@retort/core";
import { normalizeDefault } from "../schema/normalize-default";
import { normalizeExpression } from "../schema/normalize-expression";
import { normalizeType, splitTypeModifier } from "../schema/normalize-type";
import { quoteQualifiedAsNeeded } from "../schema/quote-ident";
import type { QualifiedName } from "../schema/schema-description";
import type {
  CompositeTypeDescription,
  DomainDescription,
  RangeTypeDescription,
} from "../schema/type-description";
import { badModel, checkIdentifier } from "./bad-model";
import { type CompositeType, isCompositeType } from "./composite-type";
import { type Domain, isDomain, type TypeReference } from "./domain";
import { type EnumType, isEnumType } from "./enum-type";
import { isRangeType, type RangeType } from "./range-type";
import { isSqlFragment } from "./sql-fragment";

/** A domain, composite or range type of the models. */
export type UserTypeModel = Domain | CompositeType | RangeType;

/** Whether `value` is a domain, composite or range type of the models. */
export function isUserTypeModel(value: unknown): value is UserTypeModel {
  return isDomain(value) || isCompositeType(value) || isRangeType(value);
}

const unquote = (s: string): string =>
  s.startsWith('"') ? s.slice(1, -1).replaceAll('""', '"') : s;

/** A type's normalized text and, for a type outside `pg_catalog`, its name. */
export function describeTypeReference(
  type: TypeReference,
  use: (model: EnumType | UserTypeModel) => void,
): { type: string; userType: QualifiedName | null } {
  if (typeof type !== "string") {
    use(type);
    return {
      type: quoteQualifiedAsNeeded(type.schema, type.name),
      userType: { schema: type.schema, name: type.name },
    };
  }
  const normalized = normalizeType(type);
  const dot = /^("(?:[^"]|"")*"|[^".]+)\.(.+)$/.exec(normalized);
  if (!dot) return { type: normalized, userType: null };
  const [name] = splitTypeModifier(dot[2]!.replace(/\[\]$/, ""));
  return { type: normalized, userType: { schema: unquote(dot[1]!), name: unquote(name) } };
}

/** `pg_catalog`'s functions and operator classes are named bare, as introspection does. */
function objectName(name: ObjectName | null): ObjectName | null {
  if (name === null || typeof name === "string") return name;
  return name.schema === "pg_catalog" || name.schema === undefined ? name.name : name;
}

const text = (value: { text: string } | string): string =>
  isSqlFragment(value) ? value.text : (value as string);

/**
 * The domains, composite and range types of the models: those exported, and those a column or
 * another type uses. `use` receives each enum they name (the caller describes enums).
 */
export class UserTypes {
  readonly #models = new Map<string, UserTypeModel>();

  constructor(private readonly useEnum: (e: EnumType) => void) {}

  add(model: EnumType | UserTypeModel): void {
    if (isEnumType(model)) {
      this.useEnum(model);
      return;
    }
    const key = `${model.schema}.${model.name}`;
    checkIdentifier("schema", model.schema, { type: key }, `type ${model.name}`);
    checkIdentifier("type", model.name, { type: key });
    const known = this.#models.get(key);
    if (known === model) return;
    if (known !== undefined) {
      throw badModel(
        `Two types are named ${key}.`,
        { type: key },
        "Domains, composite, range and enum types share one namespace: export each once.",
      );
    }
    this.#models.set(key, model);
    // What it is built on is part of the models too.
    if (isDomain(model)) this.#reference(model.type);
    else if (isRangeType(model)) this.#reference(model.subtype);
    else for (const a of Object.values(model.attributes)) this.#reference(attributeType(a));
  }

  #reference(type: TypeReference): void {
    if (typeof type !== "string") this.add(type);
  }

  describe(): {
    domains: DomainDescription[];
    compositeTypes: CompositeTypeDescription[];
    rangeTypes: RangeTypeDescription[];
  } {
    const models = [...this.#models.values()];
    const use = (m: EnumType | UserTypeModel) => this.add(m);
    return {
      domains: models.filter(isDomain).map((d) => {
        const { type, userType } = describeTypeReference(d.type, use);
        return {
          schema: d.schema,
          name: d.name,
          type,
          userType,
          notNull: d.notNull,
          default: d.default === null ? null : normalizeDefault(text(d.default), type),
          collation: d.collation,
          checks: Object.entries(d.checks).map(([name, check]) => {
            checkIdentifier("constraint", name, { domain: d.name });
            const { expression, notValid } =
              typeof check === "string" || isSqlFragment(check)
                ? { expression: check, notValid: false }
                : check;
            return {
              name,
              expression: normalizeExpression(text(expression)),
              ...(notValid === true ? { notValid: true as const } : {}),
            };
          }),
          comment: d.comment,
          renamedFrom: d.renamedFrom,
        };
      }),
      compositeTypes: models.filter(isCompositeType).map((t) => ({
        schema: t.schema,
        name: t.name,
        attributes: Object.entries(t.attributes).map(([name, a]) => {
          checkIdentifier("attribute", name, { type: t.name });
          return {
            name,
            ...describeTypeReference(attributeType(a), use),
            ...attributeOptions(a),
          };
        }),
        comment: t.comment,
        renamedFrom: t.renamedFrom,
      })),
      rangeTypes: models.filter(isRangeType).map((r) => {
        const { type, userType } = describeTypeReference(r.subtype, use);
        return {
          schema: r.schema,
          name: r.name,
          subtype: type,
          userType,
          subtypeOpclass: objectName(r.subtypeOpclass),
          collation: r.collation,
          canonical: objectName(r.canonical),
          subtypeDiff: objectName(r.subtypeDiff),
          multirangeName:
            r.multirangeName === null ? null : { schema: r.schema, name: r.multirangeName },
          comment: r.comment,
          renamedFrom: r.renamedFrom,
        };
      }),
    };
  }
}

type Attribute = CompositeType["attributes"][string];

function isAttributeObject(a: Attribute): a is Exclude<Attribute, TypeReference> {
  return typeof a === "object" && !isUserTypeModel(a) && !isEnumType(a);
}

/** An attribute's type, whether written alone or as `{ type, collation }`. */
export function attributeType(a: Attribute): TypeReference {
  return isAttributeObject(a) ? a.type : a;
}

function attributeOptions(a: Attribute): {
  collation: ObjectName | null;
  renamedFrom: string | null;
} {
  return isAttributeObject(a)
    ? { collation: a.collation ?? null, renamedFrom: a.renamedFrom ?? null }
    : { collation: null, renamedFrom: null };
}
