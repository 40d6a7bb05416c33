import { describe, expect, it } from "vitest";
import { isRetortError } from "../errors/retort-error";
import { defineOperation } from "./define-operation";
import type { Operation, OperationKind } from "./operation";
import { operationCallArguments } from "./operation-call-arguments";
import { operationKinds } from "./operation-kinds";
import { Operations } from "./operations";

// One node per kind with its options set, so each kind's `record` and `callArguments` are
// held to being each other's inverse where both live.
const samples: readonly Operation[] = [
  {
    kind: "createTable",
    schema: "app",
    table: "account",
    columns: [
      { name: "id", type: "bigint", nullable: false, identity: { generation: "always" } },
      { name: "n", type: "integer", generated: { expression: "id * 2" } },
    ],
    primaryKey: { columns: ["id"] },
    uniques: [{ columns: ["n"] }],
    checks: [{ expression: "id > 0" }],
    comment: "people",
  },
  { kind: "dropTable", schema: "app", table: "account", cascade: true },
  { kind: "renameTable", table: "account", newName: "person" },
  {
    kind: "addColumn",
    schema: "app",
    table: "account",
    column: { name: "email", type: "text", nullable: false, default: "" },
    ifNotExists: true,
  },
  {
    kind: "dropColumn",
    table: "account",
    column: "email",
    definition: { name: "email", type: "text", identity: { generation: "byDefault", start: 5 } },
  },
  { kind: "renameColumn", table: "account", column: "email", newName: "mail" },
  {
    kind: "alterColumn",
    table: "account",
    column: "id",
    identity: { generation: "byDefault" },
    existingIdentity: { generation: "always" },
  },
  {
    kind: "createIndex",
    table: "account",
    name: "account_email_idx",
    elements: [{ column: "email" }, { expression: "lower(email)", order: "desc" }],
    unique: true,
    where: "email <> ''",
  },
  { kind: "dropIndex", schema: "app", name: "account_email_idx", ifExists: true },
  { kind: "renameIndex", name: "a_idx", newName: "b_idx" },
  { kind: "renameSequence", schema: "app", name: "a_seq", newName: "b_seq" },
  { kind: "addPrimaryKey", table: "account", name: "account_pkey", columns: ["id"] },
  {
    kind: "addUnique",
    table: "account",
    name: "account_key",
    columns: ["email"],
    deferrable: true,
  },
  { kind: "addCheck", table: "account", name: "positive", expression: "id > 0", notValid: true },
  {
    kind: "addForeignKey",
    table: "post",
    name: "post_author_fk",
    columns: ["author_id"],
    references: { schema: "app", table: "account", columns: ["id"] },
    onDelete: "cascade",
  },
  {
    kind: "addExclusion",
    table: "booking",
    name: "no_overlap",
    elements: [{ column: "during", operator: "&&" }],
    method: "gist",
  },
  { kind: "dropConstraint", table: "account", name: "positive", cascade: true },
  { kind: "validateConstraint", table: "account", name: "positive" },
  { kind: "renameConstraint", table: "account", name: "positive", newName: "pos" },
  { kind: "createSchema", name: "app", authorization: "owner" },
  { kind: "dropSchema", name: "app", cascade: true },
  { kind: "renameSchema", name: "app", newName: "core" },
  { kind: "createEnum", schema: "app", name: "mood", values: ["happy", "sad"] },
  { kind: "addEnumValue", name: "mood", value: "meh", after: "happy" },
  { kind: "renameEnumValue", name: "mood", value: "sad", newValue: "blue" },
  { kind: "renameEnum", name: "mood", newName: "feeling" },
  { kind: "dropEnum", name: "mood", values: ["happy"] },
  { kind: "createSequence", name: "invoice", as: "bigint", start: 1000 },
  { kind: "alterSequence", name: "invoice", restart: true },
  { kind: "dropSequence", name: "invoice", ifExists: true },
  { kind: "createExtension", name: "pgcrypto", schema: "ext", ifNotExists: true },
  { kind: "dropExtension", name: "pgcrypto", version: "1.3" },
  { kind: "setTableComment", table: "account", comment: null, existingComment: "people" },
  { kind: "setColumnComment", table: "account", column: "email", comment: "where to write" },
  { kind: "setIndexComment", schema: "app", name: "event_at_idx", comment: "by time" },
  { kind: "setConstraintComment", table: "account", name: "account_email_key", comment: null },
  {
    kind: "setConstraintComment",
    schema: "app",
    table: "event",
    name: "event_pkey",
    comment: "by id",
    existingComment: "before",
  },
  {
    kind: "setIndexStatistics",
    schema: "app",
    name: "event_lower_idx",
    column: 2,
    statistics: 1000,
    existingStatistics: null,
  },
  {
    kind: "alterTable",
    schema: "app",
    table: "event",
    with: { fillfactor: 70 },
    replicaIdentity: { index: "event_pkey" },
    clusterOn: null,
    existingWith: {},
    existingClusterOn: "event_at_idx",
  },
  {
    kind: "createView",
    schema: "app",
    name: "v",
    query: "select 1",
    orReplace: true,
    replaces: { query: "select 0", checkOption: "local" },
    comment: "one",
  },
  { kind: "dropView", name: "v", definition: { query: "select 1", securityBarrier: true } },
  { kind: "createMaterializedView", name: "m", query: "select 1", withData: false },
  { kind: "dropMaterializedView", name: "m", cascade: true },
  { kind: "refreshMaterializedView", name: "m", concurrently: true },
  { kind: "renameView", name: "m", newName: "n", materialized: true },
  { kind: "setViewComment", name: "v", comment: "c", existingComment: null },
  { kind: "setSequenceComment", schema: "app", name: "n", comment: "c", existingComment: "b" },
  { kind: "setSchemaComment", name: "app", comment: null, existingComment: "c" },
  {
    kind: "alterExtension",
    name: "hstore",
    version: "1.8",
    existing: { version: "1.7" },
  },
  { kind: "execute", sql: "SELECT $1", params: [1], transactional: false },
  { kind: "bulkInsert", schema: "app", table: "account", rows: [{ email: "a@x" }, {}] },
  {
    kind: "createFunction",
    schema: "app",
    name: "add",
    arguments: "a integer, b integer DEFAULT 1",
    identityArguments: "a integer, b integer",
    returns: "integer",
    language: "sql",
    body: "select a + b",
    volatility: "immutable",
    set: { search_path: "pg_catalog" },
  },
  { kind: "dropFunction", name: "add", arguments: "integer", procedure: true, cascade: true },
  { kind: "renameFunction", schema: "app", name: "add", arguments: "integer", newName: "plus" },
  { kind: "setFunctionComment", name: "add", arguments: "", comment: "adds" },
  {
    kind: "createTrigger",
    table: "post",
    name: "post_touch",
    timing: "before",
    events: ["update"],
    updateOf: ["title"],
    forEach: "row",
    function: { schema: "app", name: "touch" },
    args: ["x"],
  },
  { kind: "dropTrigger", schema: "app", table: "post", name: "post_touch", ifExists: true },
  { kind: "setTriggerComment", table: "post", name: "post_touch", comment: null },
  {
    kind: "createPolicy",
    schema: "app",
    table: "post",
    name: "own",
    as: "restrictive",
    for: "update",
    to: ["authenticated"],
    using: "true",
    withCheck: "true",
    comment: "c",
  },
  {
    kind: "dropPolicy",
    table: "post",
    name: "own",
    definition: { table: "post", name: "own", using: "true" },
  },
  {
    kind: "alterPolicy",
    table: "post",
    name: "own",
    to: ["a", "b"],
    using: "x",
    existingTo: ["public"],
    existingUsing: null,
  },
  { kind: "renamePolicy", table: "post", name: "own", newName: "mine" },
  { kind: "setPolicyComment", table: "post", name: "own", comment: "c", existingComment: null },
  { kind: "enableRowSecurity", schema: "app", table: "post" },
  { kind: "disableRowSecurity", table: "post" },
  { kind: "forceRowSecurity", table: "post" },
  { kind: "noForceRowSecurity", table: "post" },
  {
    kind: "grant",
    on: { type: "table", schema: "app", name: "account", columns: ["id"] },
    privileges: ["select"],
    roles: ["reader"],
    withGrantOption: true,
  },
  {
    kind: "revoke",
    on: { type: "function", name: "f", arguments: "integer" },
    privileges: ["execute"],
    roles: ["public"],
  },
  {
    kind: "grantDefaultPrivileges",
    forRole: "owner",
    inSchema: "app",
    on: "tables",
    privileges: ["select"],
    roles: ["reader"],
  },
  { kind: "revokeDefaultPrivileges", on: "sequences", privileges: ["usage"], roles: ["reader"] },
  {
    kind: "attachPartition",
    schema: "app",
    table: "m",
    partition: "m_2025",
    partitionSchema: "old",
    bound: "FOR VALUES FROM (1) TO (10)",
  },
  { kind: "detachPartition", table: "m", partition: "m_2025", bound: "DEFAULT" },
  {
    kind: "createDomain",
    schema: "app",
    name: "code",
    type: "text",
    notNull: true,
    default: "'a'::text",
    collation: "C",
    checks: [{ name: "short", expression: "length(VALUE) < 9" }],
    comment: "codes",
  },
  { kind: "dropDomain", name: "code", cascade: true, definition: { type: "text" } },
  { kind: "alterDomain", name: "code", default: null, existingDefault: "'a'", notNull: false },
  {
    kind: "addDomainCheck",
    name: "code",
    constraint: "c",
    expression: "VALUE <> ''",
    notValid: true,
  },
  { kind: "dropDomainConstraint", name: "code", constraint: "c", expression: "VALUE <> ''" },
  { kind: "validateDomainConstraint", schema: "app", name: "code", constraint: "c" },
  {
    kind: "createCompositeType",
    name: "address",
    attributes: [{ name: "zip", type: { schema: "app", name: "code" }, collation: "C" }],
    comment: "where",
  },
  { kind: "dropCompositeType", name: "address", attributes: [{ name: "zip", type: "text" }] },
  { kind: "addTypeAttribute", name: "address", attribute: { name: "city", type: "text" } },
  {
    kind: "dropTypeAttribute",
    name: "address",
    attribute: "city",
    existing: { name: "city", type: "text" },
  },
  { kind: "renameTypeAttribute", name: "address", attribute: "zip", newName: "postcode" },
  {
    kind: "alterTypeAttribute",
    name: "address",
    attribute: "zip",
    type: "integer",
    existingType: "text",
  },
  {
    kind: "createRangeType",
    name: "float_range",
    subtype: "double precision",
    subtypeDiff: { schema: "pg_catalog", name: "float8mi" },
    multirangeName: "float_multirange",
  },
  { kind: "dropRangeType", name: "float_range", definition: { subtype: "double precision" } },
  { kind: "renameType", name: "code", newName: "tag", domain: true },
  { kind: "setTypeComment", name: "code", comment: "x", domain: true, existingComment: null },
];

function recordWith(kind: OperationKind, args: readonly unknown[]): Operation {
  const op = new Operations();
  (op[kind] as (...a: unknown[]) => unknown).apply(op, [...args]);
  expect(op.operations).toHaveLength(1);
  return op.operations[0]!;
}

describe("operationCallArguments", () => {
  it("has a sample for every kind that can be written as source", () => {
    const sampled = new Set(samples.map((sample) => sample.kind));
    const kinds = Object.keys(operationKinds).filter((kind) => kind !== "run");
    expect(kinds.filter((kind) => !sampled.has(kind as OperationKind))).toEqual([]);
  });

  it.each(samples.map((sample) => [sample.kind, sample] as const))(
    "gives the arguments that record %s again",
    (kind, sample) => {
      const node = defineOperation(sample);
      expect(recordWith(kind, operationCallArguments(node))).toEqual(node);
    },
  );

  it("writes the recorder's shorthands and leaves out empty options", () => {
    expect(
      operationCallArguments({
        kind: "addColumn",
        table: "t",
        column: { name: "id", type: "bigint", identity: { generation: "always" } },
      }),
    ).toEqual(["t", "id", { type: "bigint", identity: "always", generated: undefined }]);
    expect(
      operationCallArguments({
        kind: "createIndex",
        table: "t",
        name: "i",
        elements: [{ column: "a" }],
      }),
    ).toEqual(["i", "t", ["a"]]);
    expect(operationCallArguments({ kind: "execute", sql: "VACUUM" })).toEqual(["VACUUM"]);
  });

  it("refuses op.run, which has no source", () => {
    let code: string | undefined;
    try {
      operationCallArguments({ kind: "run", fn: () => {} });
    } catch (error) {
      code = isRetortError(error) ? error.code : undefined;
    }
    expect(code).toBe("BAD_OPERATION");
  });
});
