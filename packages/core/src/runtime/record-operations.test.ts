import { describe, expect, it } from "vitest";
import type { MigrationDefinition } from "../script/define-migration";
import { recordOperations } from "./record-operations";

function migration(up: MigrationDefinition["up"]): MigrationDefinition {
  return { revision: "aaaa00000001", downRevision: null, up, down: () => {} };
}

describe("recordOperations", () => {
  it("gives a plain function's operations at once, and an async one's through a promise", async () => {
    const plain = recordOperations(
      migration((op) => void op.execute("select 1")),
      "up",
      "v/a.ts",
    );
    expect(plain).not.toBeInstanceOf(Promise);
    expect(plain).toMatchObject([{ kind: "execute", sql: "select 1" }]);
    const later = recordOperations(
      migration(async (op) => {
        await Promise.resolve();
        op.execute("select 2");
      }),
      "up",
      "v/a.ts",
    );
    expect(later).toBeInstanceOf(Promise);
    expect(await later).toMatchObject([{ kind: "execute", sql: "select 2" }]);
  });

  it("names the file when up throws, at once or later", async () => {
    const thrown = () =>
      recordOperations(
        migration(() => {
          throw new Error("nope");
        }),
        "up",
        "v/a.ts",
      );
    expect(thrown).toThrow("v/a.ts: up() threw while recording operations: nope");
    await expect(
      recordOperations(
        migration(async () => {
          throw new Error("later");
        }),
        "up",
        "v/a.ts",
      ),
    ).rejects.toMatchObject({
      code: "BAD_MIGRATION_MODULE",
      message: "v/a.ts: up() threw while recording operations: later",
    });
    // retort's own error (a bad operation) keeps its code and says where.
    await expect(
      Promise.resolve().then(() =>
        recordOperations(
          migration((op) => void op.createIndex("i", "t", ["a"], { uniq: true } as never)),
          "up",
          "v/a.ts",
        ),
      ),
    ).rejects.toMatchObject({ message: expect.stringMatching(/^v\/a\.ts \(up\): /) });
  });
});
