import { describe, expect, it } from "vitest";
import type { Operation } from "../ops/operation";
import { Operations } from "../ops/operations";
import { quoteIdent, quoteQualified } from "./quote-ident";
import { quoteLiteral } from "./quote-literal";
import { renderOffline } from "./render-offline";

const hostileNames = [
  'Weird "name"; drop table x',
  "Ünïcödé 名前",
  "select",
  "MixedCase",
  "with space",
  "it's -- /* $1",
];

// Every operation kind that names something, with the name `n` in every slot.
function everyNamingOperation(n: string): Operation[] {
  const op = new Operations();
  op.createTable(n, {
    schema: n,
    comment: n,
    columns: {
      [n]: {
        type: { name: n, schema: n, arrayDimensions: 1 },
        comment: n,
        collation: n,
        default: n,
        references: { table: n, schema: n, column: n, name: n },
      },
    },
    primaryKey: { name: `${n} pk`, columns: [n], include: [n] },
    uniques: [{ name: `${n} u`, columns: [n] }],
    checks: [{ name: `${n} c`, expression: "true" }],
    foreignKeys: [
      { name: `${n} fk`, columns: [n], references: { schema: n, table: n, columns: [n] } },
    ],
    exclusions: [
      { name: `${n} ex`, method: n, elements: [{ column: n, operator: "=", opclass: n }] },
    ],
  });
  op.dropTable(n, { schema: n });
  op.renameTable(n, `${n} 2`, { schema: n });
  op.addColumn(n, n, { type: "text", default: n }, { schema: n });
  op.dropColumn(n, n, { schema: n });
  op.renameColumn(n, n, `${n} 2`, { schema: n });
  op.alterColumn(n, n, {
    schema: n,
    type: { name: n, schema: n },
    collation: { schema: n, name: n },
    default: n,
    comment: n,
    nullable: false,
  });
  op.createIndex(
    n,
    n,
    [
      n,
      { column: n, opclass: n, collation: n },
      {
        column: n,
        opclass: { schema: n, name: n },
        opclassOptions: { [n]: n },
        collation: { schema: n, name: n },
      },
    ],
    {
      schema: n,
      method: n,
      include: [`${n} 2`],
    },
  );
  op.dropIndex(n, { schema: n });
  op.renameIndex(n, `${n} 2`, { schema: n });
  op.renameSequence(n, `${n} 2`, { schema: n });
  op.addPrimaryKey(n, n, [n], { schema: n, include: [`${n} 2`] });
  op.addUnique(n, n, [n], { schema: n });
  op.addCheck(n, n, "true", { schema: n });
  op.addForeignKey(n, n, [n], n, [n], { schema: n, referencedSchema: n });
  op.addExclusion(n, n, [{ column: n, operator: "&&" }], { schema: n, method: n });
  op.dropConstraint(n, n, { schema: n });
  op.validateConstraint(n, n, { schema: n });
  op.renameConstraint(n, n, `${n} 2`, { schema: n });
  op.createSchema(n, { authorization: n });
  op.dropSchema(n);
  op.renameSchema(n, `${n} 2`);
  op.createEnum(n, [n, `${n} 2`], { schema: n });
  op.addEnumValue(n, `${n} 3`, { schema: n, before: n });
  op.renameEnumValue(n, n, `${n} 4`, { schema: n });
  op.renameEnum(n, `${n} 2`, { schema: n });
  op.dropEnum(n, { schema: n });
  op.createSequence(n, { schema: n, ownedBy: { schema: n, table: n, column: n } });
  op.alterSequence(n, { schema: n, ownedBy: { table: n, column: n } });
  op.dropSequence(n, { schema: n });
  op.createExtension(n, { schema: n, version: n });
  op.dropExtension(n);
  op.setTableComment(n, n, { schema: n });
  op.setColumnComment(n, n, n, { schema: n });
  op.alterTable(n, { schema: n, replicaIdentity: { index: n }, clusterOn: n });
  op.alterColumn(n, n, { schema: n, statistics: 500 });
  op.setIndexComment(n, n, { schema: n });
  op.setConstraintComment(n, n, n, { schema: n });
  op.setIndexStatistics(n, 2, 1000, { schema: n });
  const t = { schema: n, name: n };
  op.createDomain(n, t, {
    schema: n,
    collation: t,
    checks: [{ name: n, expression: "VALUE > 0" }],
  });
  op.alterDomain(n, { schema: n, notNull: true });
  op.addDomainCheck(n, n, "VALUE > 0", { schema: n });
  op.dropDomainConstraint(n, n, { schema: n });
  op.validateDomainConstraint(n, n, { schema: n });
  op.dropDomain(n, { schema: n });
  op.createCompositeType(n, [{ name: n, type: t, collation: t }], { schema: n, comment: n });
  op.addTypeAttribute(n, { name: `${n} 2`, type: t }, { schema: n });
  op.renameTypeAttribute(n, n, `${n} 3`, { schema: n });
  op.alterTypeAttribute(n, n, t, { schema: n, collation: t });
  op.dropTypeAttribute(n, n, { schema: n });
  op.dropCompositeType(n, { schema: n });
  op.createRangeType(n, t, {
    schema: n,
    subtypeOpclass: t,
    collation: t,
    canonical: t,
    subtypeDiff: t,
    multirangeName: t,
  });
  op.dropRangeType(n, { schema: n });
  op.renameType(n, `${n} 2`, { schema: n, domain: true });
  op.setTypeComment(n, n, { schema: n, domain: true });
  op.execute("SELECT $1", [n]);
  op.bulkInsert(n, [{ [n]: n }], { schema: n });
  return [...op.operations];
}

// Removes every quoted identifier and string literal, leaving what PostgreSQL reads as
// keywords, types and punctuation.
function outsideQuotes(sql: string): string {
  return sql.replace(/"(?:[^"]|"")*"|'(?:[^']|'')*'/g, " ");
}

describe.each(hostileNames)("the name %j", (name) => {
  const operations = everyNamingOperation(name);

  it("covers every operation kind that names an object", () => {
    expect(new Set(operations.map((operation) => operation.kind)).size).toBe(56);
  });

  it.each(operations.map((operation) => [operation.kind, operation] as const))(
    "stays inside quotes in %s",
    (_kind, operation) => {
      const statements = renderOffline(operation);
      expect(statements.length).toBeGreaterThan(0);
      for (const sql of statements) {
        const rest = outsideQuotes(sql);
        expect(rest).not.toContain(";");
        expect(rest).not.toContain("--");
        expect(rest).not.toContain("/*");
        expect(rest).not.toContain(name);
        expect(rest).not.toMatch(/drop table x|Ünïcödé|MixedCase|space|it's/);
        expect(sql.includes(quoteIdent(name)) || sql.includes(quoteLiteral(name))).toBe(true);
      }
    },
  );

  it("renders a qualified table exactly", () => {
    const op = new Operations();
    const [statement] = renderOffline(op.renameTable(name, "b", { schema: name }));
    expect(statement).toBe(`ALTER TABLE ${quoteQualified(name, name)} RENAME TO "b"`);
  });
});

describe("exact hostile renderings", () => {
  const weird = 'Weird "name"; drop table x';

  it("quotes a hostile table, column and comment", () => {
    const op = new Operations();
    expect(
      renderOffline(
        op.addColumn(
          weird,
          weird,
          { type: "text", comment: "it's; drop" },
          { schema: "MixedCase" },
        ),
      ),
    ).toEqual([
      'ALTER TABLE "MixedCase"."Weird ""name""; drop table x" ADD COLUMN "Weird ""name""; drop table x" text',
      `COMMENT ON COLUMN "MixedCase"."Weird ""name""; drop table x"."Weird ""name""; drop table x" IS 'it''s; drop'`,
    ]);
  });

  it("quotes enum values and unicode names", () => {
    const op = new Operations();
    expect(
      renderOffline(op.createEnum("Ünïcödé 名前", ["select", "it's"], { schema: "with space" })),
    ).toEqual([`CREATE TYPE "with space"."Ünïcödé 名前" AS ENUM ('select', 'it''s')`]);
  });
});
