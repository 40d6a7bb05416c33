import type * as Vitest from "vitest";

/**
 * vitest, loaded from the project that runs the suite. The specifier is a variable on purpose:
 * tsup bundles every import that `package.json` does not list as a dependency, and a bundled copy
 * of vitest would register tests with a runner that never runs them. Listing `vitest` in core's
 * tsup `external` (or as an optional peer dependency) would let this become a plain
 * `import { describe } from "vitest"`.
 */
const specifier = "vitest";

export const { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } = (await import(
  specifier
)) as typeof Vitest;
