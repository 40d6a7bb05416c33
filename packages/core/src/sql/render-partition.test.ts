import { beforeEach, describe, expect, it } from "vitest";
import { Operations } from "../ops/operations";
import { reverseOperation } from "../ops/reverse-operation";
import { one } from "./render.test-fixture";

let op: Operations;
beforeEach(() => {
  op = new Operations();
});

describe("partitions", () => {
  it("attaches and detaches with every name quoted", () => {
    const weird = 'Weird "name"; drop table x';
    expect(
      one(op.attachPartition(weird, `${weird}_1`, "FOR VALUES IN ('a')", { schema: "app" })),
    ).toBe(
      `ALTER TABLE "app"."Weird ""name""; drop table x" ATTACH PARTITION "app"."Weird ""name""; drop table x_1" FOR VALUES IN ('a')`,
    );
    expect(one(op.detachPartition("m", "m_old", { schema: "a", partitionSchema: "b" }))).toBe(
      'ALTER TABLE "a"."m" DETACH PARTITION "b"."m_old"',
    );
  });

  it("reverses an attach into a detach and back, keeping the bound", () => {
    const attach = op.attachPartition("m", "m_default", "DEFAULT");
    const detach = reverseOperation(attach);
    expect(detach).toEqual({
      kind: "detachPartition",
      schema: undefined,
      table: "m",
      partition: "m_default",
      partitionSchema: undefined,
      bound: "DEFAULT",
    });
    expect(one(reverseOperation(detach!)!)).toBe(
      'ALTER TABLE "m" ATTACH PARTITION "m_default" DEFAULT',
    );
  });

  it("refuses a bound that is not one and a detach it cannot undo", () => {
    expect(() => op.attachPartition("m", "p", "DEFAULT; drop table m")).toThrow(/bound must be/);
    expect(() => reverseOperation(op.detachPartition("m", "p"))).toThrow(/bound/);
  });
});
