import { describe, expect, it } from "vitest";
import { isRetortError, RetortError } from "./retort-error";
import { wrapError } from "./wrap-error";

describe("wrapError", () => {
  it("keeps code and hint, prefixes the message, extends the details and keeps the cause", () => {
    const original = new RetortError("BAD_OPERATION", "createTable needs a column.", {
      hint: "add one",
      details: { operation: "createTable", file: "old.ts" },
    });
    const wrapped = wrapError(original, {
      at: "versions/a_x.ts (up)",
      details: { file: "versions/a_x.ts", revision: "a" },
    });
    expect(isRetortError(wrapped)).toBe(true);
    expect(wrapped.code).toBe("BAD_OPERATION");
    expect(wrapped.message).toBe("versions/a_x.ts (up): createTable needs a column.");
    expect(wrapped.hint).toBe("add one");
    expect(wrapped.details).toEqual({
      operation: "createTable",
      file: "versions/a_x.ts",
      revision: "a",
    });
    expect(wrapped.cause).toBe(original);
  });
});
