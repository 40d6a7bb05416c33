import { isRetortError } from "@retort/core";
import { describe, expect, it } from "vitest";
import { diffSchemas } from "../compare/diff-schemas";
import { findRenameCandidates } from "../compare/renames/find-rename-candidates";
import { column as c } from "../models/column-builder";
import { describeModels } from "../models/describe-models";
import { table } from "../models/table";
import { renameArgument, renameSuggestion, settleRenames } from "./settle-renames";

const customer = table("customer", { id: c.integer(), email: c.text() });
const current = describeModels({ customer });

function kinds(target: ReturnType<typeof describeModels>) {
  return diffSchemas(current, target).upgrade.map((op) => op.kind);
}

async function rejection(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => expect.fail("expected a rejection"),
    (error: unknown) => error,
  );
}

describe("findRenameCandidates", () => {
  it("pairs a dropped and an added table, alike when their columns and types are the same", () => {
    const client = table("client", { email: c.text(), id: c.integer() });
    const other = table("other", { id: c.bigint(), email: c.text() });
    expect(findRenameCandidates(current, describeModels({ client, other }))).toEqual([
      {
        kind: "table",
        schema: "public",
        table: null,
        fromTable: null,
        from: "customer",
        to: "client",
        isAlike: true,
      },
      {
        kind: "table",
        schema: "public",
        table: null,
        fromTable: null,
        from: "customer",
        to: "other",
        isAlike: false,
      },
    ]);
  });

  it("pairs a dropped and an added column of one table, alike when their types are the same", () => {
    const next = table("customer", { id: c.integer(), mail: c.text(), code: c.varchar(3) });
    expect(
      findRenameCandidates(current, describeModels({ customer: next })).map((x) => [
        x.kind,
        x.table,
        x.from,
        x.to,
        x.isAlike,
      ]),
    ).toEqual([
      ["column", "customer", "email", "mail", true],
      ["column", "customer", "email", "code", false],
    ]);
  });

  it("finds nothing the models' renamedFrom already settles", () => {
    const client = table(
      "client",
      { id: c.integer(), email: c.text() },
      { renamedFrom: "customer" },
    );
    expect(findRenameCandidates(current, describeModels({ client }))).toEqual([]);
  });
});

describe("settleRenames", () => {
  const client = table("client", { id: c.integer(), mail: c.text() });
  const target = describeModels({ client });

  it("renames a table, then a column of it, as --rename says", async () => {
    const settled = await settleRenames(
      current,
      target,
      {},
      ["customer=client", "client.email=mail"],
      undefined,
    );
    expect(settled.suggestions).toEqual([]);
    expect(kinds(settled.target)).toEqual(["renameTable", "renameColumn"]);
  });

  it("accepts the schema and the old table name in a request", async () => {
    const settled = await settleRenames(
      current,
      target,
      {},
      ["public.customer=client", "public.customer.email=mail"],
      undefined,
    );
    expect(kinds(settled.target)).toEqual(["renameTable", "renameColumn"]);
  });

  it("asks about look-alike pairs only, tables first, and renames what the answer says", async () => {
    const asked: string[] = [];
    const settled = await settleRenames(current, target, {}, [], async (candidate) => {
      asked.push(renameArgument(candidate));
      return true;
    });
    // customer (id, email) and client (id, mail) differ: no question, a drop and a create.
    expect(asked).toEqual([]);
    expect(kinds(settled.target)).toEqual(["dropTable", "createTable"]);
    const alike = describeModels({ client: table("client", { id: c.integer(), email: c.text() }) });
    const answers: string[] = [];
    const renamed = await settleRenames(current, alike, {}, [], async (candidate) => {
      answers.push(renameArgument(candidate));
      return true;
    });
    expect(answers).toEqual(["customer=client"]);
    expect(kinds(renamed.target)).toEqual(["renameTable"]);
    // Once a table is renamed, its columns are asked about.
    const both: string[] = [];
    const renamedMail = describeModels({
      client: table("client", { id: c.integer(), mail: c.text() }, { renamedFrom: "customer" }),
    });
    const columns = await settleRenames(current, renamedMail, {}, [], async (candidate) => {
      both.push(renameArgument(candidate));
      return true;
    });
    expect(both).toEqual(["client.email=mail"]);
    expect(kinds(columns.target)).toEqual(["renameTable", "renameColumn"]);
  });

  it("keeps the drop and the add when the answer is no, and suggests nothing then", async () => {
    const alike = describeModels({ client: table("client", { id: c.integer(), email: c.text() }) });
    const settled = await settleRenames(current, alike, {}, [], async () => false);
    expect(settled.suggestions).toEqual([]);
    expect(kinds(settled.target)).toEqual(["dropTable", "createTable"]);
  });

  it("suggests the look-alike pairs when no one is asked", async () => {
    const alike = describeModels({ client: table("client", { id: c.integer(), email: c.text() }) });
    const settled = await settleRenames(current, alike, {}, [], undefined);
    expect(settled.suggestions.map(renameSuggestion)).toEqual([
      'if public.client is public.customer renamed, give table("client", ...) the option { renamedFrom: "customer" }',
    ]);
    const column = describeModels({
      customer: table("customer", { id: c.integer(), mail: c.text() }),
    });
    const columns = await settleRenames(current, column, {}, [], undefined);
    expect(columns.suggestions.map(renameSuggestion)).toEqual([
      'if public.customer.mail is email renamed, declare the column with .renamedFrom("email")',
    ]);
  });

  it("refuses a request that names no dropped and added pair, naming it", async () => {
    for (const request of ["customer=nobody", "client.nothing=mail", "nobody=client"]) {
      const error = await rejection(settleRenames(current, target, {}, [request], undefined));
      expect(isRetortError(error) && error.code).toBe("BAD_ARGUMENT");
      expect((error as Error).message).toContain(`--rename ${request} names no table or column`);
    }
  });

  it("refuses a request that is not old=new", async () => {
    for (const request of ["customer", "a.b.c.d=e", "customer=other.client", "=client"]) {
      const error = await rejection(settleRenames(current, target, {}, [request], undefined));
      expect((error as Error).message).toBe(`--rename ${request} is not a rename.`);
    }
  });

  it("refuses a request that matches tables of two schemas", async () => {
    const twice = describeModels({
      a: table("customer", { id: c.integer() }, { schema: "a" }),
      b: table("customer", { id: c.integer() }, { schema: "b" }),
    });
    const next = describeModels({
      a: table("client", { id: c.integer() }, { schema: "a" }),
      b: table("client", { id: c.integer() }, { schema: "b" }),
    });
    const error = await rejection(settleRenames(twice, next, {}, ["customer=client"], undefined));
    expect((error as Error).message).toBe(
      "--rename customer=client names more than one rename: a.customer, b.customer.",
    );
    const settled = await settleRenames(twice, next, {}, ["b.customer=client"], undefined);
    expect(diffSchemas(twice, settled.target).upgrade.map((op) => op.kind)).toContain(
      "renameTable",
    );
  });
});
