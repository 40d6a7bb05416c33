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
    // The line of the file's own frame, when the stack has one (the CLI maps it to the source).
    const located = Object.assign(new Error("boom"), {
      stack:
        "TypeError: boom\n    at Object.up (/app/v/a.ts:9:7)\n    at recordOperations (/x/core.js:1:1)",
    });
    let withLine: { message: string; hint: string } | undefined;
    try {
      void recordOperations(
        migration(() => {
          throw located;
        }),
        "up",
        "v/a.ts",
      );
    } catch (error) {
      withLine = error as { message: string; hint: string };
    }
    expect(withLine?.message).toBe("v/a.ts:9:7: up() threw while recording operations: boom");
    expect(withLine?.hint).toContain("fix up() there");
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
