import { describe, expect, it } from "vitest";
import { baselineEngine } from "./baseline-engine";

describe("baselineEngine", () => {
  it("compiles the installed PGlite's engine, once for every database of the process", async () => {
    // Undefined would mean PGlite compiles it itself, with the recompiles a command pays for.
    const engine = await baselineEngine();
    // TypeScript's ES libraries declare no global WebAssembly: the class is reached through Node's.
    const { Module } = (
      globalThis as unknown as { WebAssembly: { Module: new (...args: never) => unknown } }
    ).WebAssembly;
    expect(engine).toBeInstanceOf(Module);
    expect(await baselineEngine()).toBe(engine);
  });
});
