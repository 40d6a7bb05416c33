import { describe, expect, it } from "vitest";
import { column as c } from "../../models/column-builder";
import { describeModels } from "../../models/describe-models";
import { table } from "../../models/table";
import { diffSchemas } from "../diff-schemas";

const customer = table("customer", { id: c.serial(), code: c.integer() });
const current = describeModels({ customer });

describe("renames and the names PostgreSQL gave", () => {
  it("renames a serial's sequence with its table and column, and back", () => {
    const client = table(
      "client",
      { key: c.serial().renamedFrom("id"), code: c.integer() },
      { renamedFrom: "customer" },
    );
    const diff = diffSchemas(current, describeModels({ client }));
    expect(diff.changes.map((change) => change.description)).toEqual([
      "renamed table public.customer to client",
      "renamed column public.client.id to key",
      "renamed sequence public.customer_id_seq to client_key_seq",
    ]);
    expect(diff.downgrade).toEqual([
      { kind: "renameTable", schema: "public", table: "client", newName: "customer" },
      { kind: "renameColumn", schema: "public", table: "customer", column: "key", newName: "id" },
      {
        kind: "renameSequence",
        schema: "public",
        name: "client_key_seq",
        newName: "customer_id_seq",
      },
    ]);
  });

  it("leaves a sequence alone that the default rule did not name", () => {
    const named = describeModels({
      customer: table("customer", {
        id: c.integer().defaultSql("nextval('public.shared_seq'::regclass)"),
        code: c.integer(),
      }),
    });
    const client = table(
      "client",
      {
        id: c.integer().defaultSql("nextval('public.shared_seq'::regclass)"),
        code: c.integer(),
      },
      { renamedFrom: "customer" },
    );
    expect(diffSchemas(named, describeModels({ client })).upgrade.map((op) => op.kind)).toEqual([
      "renameTable",
    ]);
  });
});
