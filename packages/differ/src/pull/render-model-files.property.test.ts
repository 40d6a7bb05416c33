import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { noPrivileges } from "../schema/privilege-description";
import { quoteIdentAsNeeded, quoteQualifiedAsNeeded } from "../schema/quote-ident";
import type {
  ColumnDescription,
  EnumDescription,
  SchemaDescription,
  TableDescription,
} from "../schema/schema-description";
import { sortSchemaDescription } from "../schema/sort-schema-description";
import { describeRenderedModels, differEntry, temporaryModelsDir } from "./pull.test-fixture";
import { renderModelFiles } from "./render-model-files";

const schemaNames = ["public", "app", "Billing Dept"];
const tableNames = [
  "account",
  "user_account",
  "userAccount",
  "a-b",
  "a_b",
  'Weird "x"',
  "order",
  "table",
  "2fa",
];
const columnNames = [
  "id",
  "name",
  "created_at",
  "createdAt",
  "a-b",
  "select",
  "__proto__",
  "Mixed Case",
];
const enumValues = ["happy", "sad", "it's", 'say "hi"'];

/** Column types with the defaults `describeModels` would give them (already normalized). */
const typeDefaults: Record<string, string[]> = {
  integer: ["0", "-1", "42"],
  bigint: ["5000000000", "0"],
  text: ["'x'", "'it''s'", "''"],
  "character varying(20)": ["'draft'"],
  "numeric(10,2)": ["0", "1.50"],
  "timestamp(3) with time zone": ["now()"],
  boolean: ["true", "false"],
  jsonb: [`'{"a": 1}'`, "'[]'"],
  "text[]": ["'{}'"],
  uuid: ["gen_random_uuid()"],
  tsrange: [],
};

interface Draft {
  schema: string;
  name: string;
  columns: {
    name: string;
    type: string;
    nullable: boolean;
    defaultPick: number | null;
    comment: string | null;
  }[];
  pkSize: number;
  uniqueOn: number[];
  checkOn: number[];
  indexOn: { column: number; descending: boolean; expression: boolean; unique: boolean }[];
  fkTo: number | null;
  comment: string | null;
}

const draftArbitrary = fc.record({
  schema: fc.constantFrom(...schemaNames),
  name: fc.constantFrom(...tableNames),
  columns: fc.uniqueArray(
    fc.record({
      name: fc.constantFrom(...columnNames),
      type: fc.constantFrom(...Object.keys(typeDefaults), "enum"),
      nullable: fc.boolean(),
      defaultPick: fc.option(fc.nat(3), { nil: null }),
      comment: fc.option(fc.constantFrom("note", 'it\'s "quoted"\nsecond line'), { nil: null }),
    }),
    { minLength: 1, maxLength: 5, selector: (c) => c.name },
  ),
  pkSize: fc.nat(2),
  uniqueOn: fc.array(fc.nat(4), { maxLength: 2 }),
  checkOn: fc.array(fc.nat(4), { maxLength: 2 }),
  indexOn: fc.array(
    fc.record({
      column: fc.nat(4),
      descending: fc.boolean(),
      expression: fc.boolean(),
      unique: fc.boolean(),
    }),
    { maxLength: 3 },
  ),
  fkTo: fc.option(fc.nat(5), { nil: null }),
  comment: fc.option(fc.constant("a table"), { nil: null }),
});

/** Builds a description `describeModels` could produce: normalized values, unique names per schema. */
function buildSchema(drafts: Draft[]): SchemaDescription {
  const seen = new Set<string>();
  const unique = drafts.filter((d) => {
    const key = `${d.schema}.${d.name}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  const enumsUsed = new Map<string, EnumDescription>();
  const usedNames = new Map<string, Set<string>>();
  const claim = (schema: string, name: string): string => {
    const names =
      usedNames.get(schema) ??
      new Set(unique.filter((t) => t.schema === schema).map((t) => t.name));
    usedNames.set(schema, names);
    let candidate = name;
    for (let n = 1; names.has(candidate); n++) candidate = `${name}${n}`;
    names.add(candidate);
    return candidate;
  };
  const tables: TableDescription[] = unique.map((d) => {
    const columns: ColumnDescription[] = d.columns.map((c) => {
      let type = c.type;
      let userType: ColumnDescription["userType"] = null;
      let defaults = typeDefaults[type] ?? [];
      if (type === "enum") {
        const e = { schema: d.schema, name: "mood", values: enumValues, comment: null };
        enumsUsed.set(`${e.schema}.${e.name}`, e);
        type = quoteQualifiedAsNeeded(e.schema, e.name);
        userType = { schema: e.schema, name: e.name };
        defaults = ["'happy'", `'it''s'`];
      }
      const pick =
        c.defaultPick === null || defaults.length === 0
          ? null
          : defaults[c.defaultPick % defaults.length]!;
      return {
        name: c.name,
        type,
        userType,
        nullable: c.nullable,
        default: pick,
        identity: null,
        generated: null,
        collation: null,
        comment: c.comment,
        renamedFrom: null,
      };
    });
    const col = (k: number) => columns[k % columns.length]!;
    const pkColumns = [
      ...new Set(Array.from({ length: Math.min(d.pkSize, columns.length) }, (_, k) => col(k).name)),
    ];
    for (const c of columns) if (pkColumns.includes(c.name)) c.nullable = false;
    return {
      schema: d.schema,
      name: d.name,
      columns,
      primaryKey:
        pkColumns.length === 0
          ? null
          : {
              name: claim(d.schema, `${d.name}_pkey`),
              columns: pkColumns,
              deferrable: false,
              initiallyDeferred: false,
            },
      uniques: d.uniqueOn.map((k, n) => ({
        name: claim(d.schema, n === 0 ? `${d.name}_${col(k).name}_key` : `uq_${n}`),
        columns: [col(k).name],
        include: n === 1 ? [col(k + 1).name] : [],
        nullsNotDistinct: n === 1,
        deferrable: false,
        initiallyDeferred: false,
      })),
      checks: d.checkOn.map((k, n) => ({
        name: claim(d.schema, n === 0 ? `${d.name}_${col(k).name}_check` : `ck_${n}`),
        expression: `${quoteIdentAsNeeded(col(k).name)} is not null`,
        noInherit: n === 1,
      })),
      foreignKeys: [],
      indexes: d.indexOn.map((i, n) => ({
        name: claim(d.schema, n === 0 ? `${d.name}_${col(i.column).name}_idx` : `ix_${n}`),
        unique: i.unique,
        method: "btree",
        elements: [
          {
            column: i.expression ? null : col(i.column).name,
            expression: i.expression
              ? `lower(${quoteIdentAsNeeded(col(i.column).name)}::text)`
              : null,
            descending: i.descending,
            nullsFirst: i.descending,
            opclass: null,
            opclassOptions: null,
            collation: null,
          },
        ],
        include: [],
        where: n === 1 ? `${quoteIdentAsNeeded(col(i.column).name)} is not null` : null,
        nullsNotDistinct: false,
      })),
      exclusions: [],
      comment: d.comment,
      renamedFrom: null,
    };
  });
  // Foreign keys to the primary key of another drafted table, matching its key's column count.
  unique.forEach((d, k) => {
    if (d.fkTo === null) return;
    const source = tables[k]!;
    const target = tables[d.fkTo % tables.length]!;
    const key = target.primaryKey;
    if (!key || key.columns.length > source.columns.length) return;
    source.foreignKeys.push({
      name: claim(source.schema, `fk_${k}`),
      columns: source.columns.slice(0, key.columns.length).map((c) => c.name),
      refSchema: target.schema,
      refTable: target.name,
      refColumns: key.columns,
      onUpdate: "no action",
      onDelete: k % 2 === 0 ? "cascade" : "no action",
      match: "simple",
      deferrable: k % 3 === 0,
      initiallyDeferred: false,
    });
  });
  const enums = [...enumsUsed.values()];
  const schemas = [
    ...new Set([...tables.map((t) => t.schema), ...enums.map((e) => e.schema)]),
  ].filter((s) => s !== "public");
  return sortSchemaDescription({
    schemas,
    enums,
    tables,
    sequences: [],
    functions: [],
    triggers: [],
    views: [],
    policies: [],
    domains: [],
    compositeTypes: [],
    rangeTypes: [],
    unmanaged: [],
    extensions: [],
    schemaComments: [],
    privileges: noPrivileges,
  });
}

describe("renderModelFiles (property)", () => {
  it("writes models that describe back to any describable schema", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(draftArbitrary, { minLength: 1, maxLength: 5 }), async (drafts) => {
        const schema = buildSchema(drafts);
        const tmp = temporaryModelsDir();
        try {
          const { files, warnings } = renderModelFiles(schema, {
            modelsDir: tmp.dir,
            entryFile: "index.ts",
            importFrom: differEntry,
          });
          expect(warnings).toEqual([]);
          expect(await describeRenderedModels(files, `${tmp.dir}/index.ts`)).toStrictEqual(schema);
        } finally {
          tmp.remove();
        }
      }),
      { numRuns: 15 },
    );
  });
});
