import { defineConfig } from "vitest/config";

// Every test file here needs a PostgreSQL server (they are all *.db.test.ts).
export default defineConfig({
  test: {
    include: ["src/**/*.test.ts", "test/**/*.test.ts"],
    globalSetup: ["./vitest.global-setup.ts"],
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
