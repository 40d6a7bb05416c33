import { defineOperation, type Operation, type OperationKind, Operations } from "@retort/core";
import { describe, expect, it } from "vitest";
import { renderMigrationBody } from "./render-migration-body";

/** Runs rendered source against a real recorder, as a migration's `up(op)` would. */
function record(body: string): readonly Operation[] {
  const op = new Operations();
  new Function("op", body)(op);
  return op.operations;
}

function roundTrip(ops: Operation[]): string {
  const nodes = ops.map((op) => defineOperation(op));
  const body = renderMigrationBody(nodes);
  expect(record(body)).toEqual(nodes);
  return body;
}

const hostile = [
  'Weird "name"; drop table x',
  "ünïcødé 名前 🚀",
  "back`tick`",
  // biome-ignore lint/suspicious/noTemplateCurlyInString: a name that would run code inside a template literal
  "${process.exit(1)}",
  "it's",
  "line\nbreak",
  "sep\u2028arator",
  "__proto__",
  "constructor",
  "back\\slash",
];

function opsNaming(name: string, schema: string): Operation[] {
  const table = { schema, table: name };
  // Core's defineOperation copies data objects by assignment, so a `__proto__` key in a literal
  // value (execute params, bulkInsert rows) becomes the copy's prototype: reported to core.
  const dataKey = name === "__proto__" ? "proto" : name;
  return [
    { kind: "createSchema", name: schema },
    {
      kind: "createTable",
      ...table,
      columns: [
        { name: "id", type: "bigint", nullable: false, identity: { generation: "always" } },
        { name, type: "text", default: name, comment: name, collation: "C" },
        { name: `${name}2`, type: { schema, name, arrayDimensions: 1 }, default: { sql: "'{}'" } },
        { name: `${name}3`, type: "integer", generated: { expression: "id * 2" } },
        {
          name: `${name}4`,
          type: "integer",
          nullable: false,
          identity: {
            generation: "byDefault",
            start: 10,
            increment: 5,
            maxValue: 9223372036854775807n,
          },
        },
      ],
      primaryKey: { name: `${name}_pkey`, columns: ["id"] },
      uniques: [{ name: `${name}_key`, columns: [name], include: ["id"], nullsNotDistinct: true }],
      checks: [{ name: `${name}_check`, expression: "id > 0", noInherit: true }],
      exclusions: [
        {
          name: `${name}_excl`,
          method: "gist",
          elements: [{ column: "id", operator: "=" }],
          where: "id > 0",
        },
      ],
      comment: name,
    },
    { kind: "dropTable", ...table, cascade: true },
    { kind: "renameTable", ...table, newName: `${name}_new` },
    {
      kind: "addColumn",
      ...table,
      column: { name, type: "varchar(20)", nullable: false, default: "x" },
    },
    {
      kind: "dropColumn",
      ...table,
      column: name,
      definition: { name, type: "text", nullable: false },
    },
    { kind: "renameColumn", ...table, column: name, newName: `${name}!` },
    {
      kind: "alterColumn",
      ...table,
      column: name,
      type: "integer",
      using: `${JSON.stringify(name)}::integer`,
      existingType: "text",
      nullable: false,
      existingNullable: true,
      default: null,
      existingDefault: { sql: "'x'::text" },
      comment: name,
    },
    {
      kind: "alterColumn",
      ...table,
      column: name,
      identity: { generation: "always", increment: 2 },
      existingIdentity: { generation: "byDefault" },
    },
    {
      kind: "alterColumn",
      ...table,
      column: name,
      identity: null,
      existingIdentity: { generation: "always" },
    },
    {
      kind: "alterColumn",
      ...table,
      column: name,
      collation: name,
      existingType: { schema, name },
    },
    {
      kind: "createIndex",
      ...table,
      name: `${name}_idx`,
      elements: [
        { column: name },
        { column: "id", order: "desc", nulls: "last", opclass: "int8_ops", collation: "C" },
        { expression: `lower(${JSON.stringify(name)})` },
      ],
      unique: true,
      method: "btree",
      include: ["id"],
      where: "id > 0",
      nullsNotDistinct: true,
    },
    { kind: "dropIndex", schema, name: `${name}_idx`, concurrently: true, ifExists: true },
    { kind: "renameIndex", schema, name: `${name}_idx`, newName: `${name}_idx2` },
    { kind: "addPrimaryKey", ...table, name: `${name}_pkey`, columns: [name], deferrable: true },
    {
      kind: "addUnique",
      ...table,
      name: `${name}_key`,
      columns: [name, "id"],
      initiallyDeferred: true,
    },
    {
      kind: "addCheck",
      ...table,
      name: `${name}_check`,
      expression: `length(${JSON.stringify(name)}) > 0`,
      notValid: true,
    },
    {
      kind: "addForeignKey",
      ...table,
      name: `${name}_fkey`,
      columns: [name],
      references: { schema, table: name, columns: ["id"] },
      onDelete: "set null",
      onUpdate: "cascade",
      match: "full",
      deferrable: true,
      initiallyDeferred: true,
      notValid: true,
    },
    {
      kind: "addExclusion",
      ...table,
      name: `${name}_excl`,
      elements: [
        { column: name, operator: "&&" },
        { expression: "int4range(id, id)", operator: "=" },
      ],
      include: ["id"],
      deferrable: true,
    },
    {
      kind: "dropConstraint",
      ...table,
      name: `${name}_check`,
      definition: { kind: "addCheck", ...table, name: `${name}_check`, expression: "id > 0" },
    },
    { kind: "validateConstraint", ...table, name: `${name}_check` },
    { kind: "renameConstraint", ...table, name: `${name}_check`, newName: `${name}_check2` },
    { kind: "dropSchema", name: schema, cascade: true, authorization: name },
    { kind: "renameSchema", name: schema, newName: `${schema}2` },
    { kind: "createEnum", schema, name, values: [name, "b", " "] },
    { kind: "addEnumValue", schema, name, value: `${name}+`, after: name, ifNotExists: true },
    { kind: "addEnumValue", schema, name, value: `${name}-`, before: name },
    { kind: "renameEnumValue", schema, name, value: name, newValue: `${name}~` },
    { kind: "renameEnum", schema, name, newName: `${name}_old` },
    { kind: "dropEnum", schema, name, values: [name] },
    {
      kind: "createSequence",
      schema,
      name,
      as: "integer",
      start: 10,
      increment: -1,
      minValue: null,
      cycle: true,
    },
    {
      kind: "alterSequence",
      schema,
      name,
      maxValue: 9223372036854775807n,
      restart: true,
      ownedBy: { schema, table: name, column: name },
      existing: { as: "bigint", ownedBy: null },
    },
    { kind: "dropSequence", schema, name, ifExists: true },
    { kind: "createExtension", name, schema, version: "1.0", ifNotExists: true, cascade: true },
    { kind: "dropExtension", name, schema, ifExists: true },
    { kind: "setTableComment", ...table, comment: name, existingComment: null },
    { kind: "setTableComment", ...table, comment: null },
    { kind: "setColumnComment", ...table, column: name, comment: null, existingComment: name },
    { kind: "execute", sql: `COMMENT ON TABLE x IS '${name.replaceAll("'", "''")}'` },
    { kind: "execute", sql: "SELECT $1, $2, $3", params: [name, 5n, { [dataKey]: [1, null] }] },
    { kind: "execute", sql: "VACUUM", transactional: false },
    {
      kind: "bulkInsert",
      ...table,
      rows: [
        {
          [dataKey]: name,
          id: 1,
          big: 12345678901234567890n,
          when: new Date("2026-01-02T03:04:05.000Z"),
        },
        { bytes: new Uint8Array([0, 255]), doc: { nested: [true, -0, 1.5] } },
      ],
    },
  ];
}

const everyKind: OperationKind[] = [
  "createTable",
  "dropTable",
  "renameTable",
  "addColumn",
  "dropColumn",
  "renameColumn",
  "alterColumn",
  "createIndex",
  "dropIndex",
  "renameIndex",
  "addPrimaryKey",
  "addUnique",
  "addCheck",
  "addForeignKey",
  "addExclusion",
  "dropConstraint",
  "validateConstraint",
  "renameConstraint",
  "createSchema",
  "dropSchema",
  "renameSchema",
  "createEnum",
  "addEnumValue",
  "renameEnumValue",
  "renameEnum",
  "dropEnum",
  "createSequence",
  "alterSequence",
  "dropSequence",
  "createExtension",
  "dropExtension",
  "setTableComment",
  "setColumnComment",
  "execute",
  "bulkInsert",
];

describe("renderMigrationBody", () => {
  it("covers every operation kind but run", () => {
    const kinds = new Set(opsNaming("account", "app").map((op) => op.kind));
    expect([...kinds].sort()).toEqual([...everyKind].sort());
  });

  it("records the same operations when run, for every kind, with plain names", () => {
    const body = roundTrip(opsNaming("account", "app"));
    // Calls use the recorder's methods, not op.add, when names are plain.
    expect(body).not.toContain("op.add(");
  });

  for (const name of hostile) {
    it(`records the same operations when run, for every kind, with the name ${JSON.stringify(name)}`, () => {
      roundTrip(opsNaming(name, `${name} schema`));
    });
  }

  it("writes readable calls: one line when short, the last argument spread when long", () => {
    const body = roundTrip([
      { kind: "renameTable", schema: "public", table: "account", newName: "user_account" },
      {
        kind: "createTable",
        schema: "public",
        table: "account",
        columns: [
          { name: "id", type: "bigint", nullable: false, identity: { generation: "always" } },
          { name: "email", type: "text", nullable: false },
          {
            name: "created_at",
            type: "timestamp with time zone",
            nullable: false,
            default: { sql: "now()" },
          },
        ],
        primaryKey: { name: "account_pkey", columns: ["id"] },
      },
    ]);
    expect(body).toBe(
      [
        'op.renameTable("account", "user_account", { schema: "public" });',
        'op.createTable("account", {',
        '  schema: "public",',
        "  columns: {",
        '    id: { type: "bigint", nullable: false, identity: "always" },',
        '    email: { type: "text", nullable: false },',
        '    created_at: { type: "timestamp with time zone", nullable: false, default: { sql: "now()" } },',
        "  },",
        '  primaryKey: { name: "account_pkey", columns: ["id"] },',
        "});",
      ].join("\n"),
    );
  });

  it("puts a DESTRUCTIVE comment before operations that may lose data", () => {
    const body = roundTrip([
      { kind: "dropTable", schema: "public", table: "draft" },
      { kind: "dropColumn", schema: "public", table: "account", column: "name" },
      {
        kind: "dropColumn",
        schema: "public",
        table: "account",
        column: "total",
        definition: { name: "total", type: "integer", generated: { expression: "a + b" } },
      },
      {
        kind: "alterColumn",
        schema: "public",
        table: "t",
        column: "n",
        type: "integer",
        existingType: "bigint",
      },
      {
        kind: "alterColumn",
        schema: "public",
        table: "t",
        column: "m",
        type: "bigint",
        existingType: "integer",
      },
      {
        kind: "alterColumn",
        schema: "public",
        table: "t",
        column: "s",
        type: "varchar(50)",
        existingType: "character varying(100)",
      },
      {
        kind: "alterColumn",
        schema: "public",
        table: "t",
        column: "x",
        type: "integer",
        existingType: "text",
      },
    ]);
    const lines = body.split("\n");
    expect(lines[0]).toBe('// DESTRUCTIVE: drops table "public.draft"; its data will be lost.');
    expect(lines[2]).toBe(
      '// DESTRUCTIVE: drops column "public.account.name"; its data will be lost.',
    );
    expect(body.match(/DESTRUCTIVE/g)).toHaveLength(5);
    expect(body).not.toContain('"public.t.m"');
  });

  it("keeps hostile names inside the comment line", () => {
    const name = "x\nprocess.exit(1)\u2028y";
    const body = roundTrip([{ kind: "dropTable", schema: "public", table: name }]);
    expect(body.split("\n")).toHaveLength(2);
    expect(body.split(/[\n\u2028\u2029]/)).toHaveLength(2);
  });

  it("falls back to op.add when the recorder would reorder columns named like array indexes", () => {
    const body = roundTrip([
      {
        kind: "createTable",
        table: "t",
        columns: [
          { name: "b", type: "text" },
          { name: "1", type: "text" },
        ],
      },
    ]);
    expect(body).toContain("op.add(");
  });

  it("says so when there is nothing to do, and refuses op.run", () => {
    expect(renderMigrationBody([])).toBe("// No changes.");
    expect(() => renderMigrationBody([{ kind: "run", fn: () => undefined }])).toThrow(
      /cannot be written/,
    );
  });
});
