import { configDefaults, defineConfig } from "vitest/config";

// Test files that need a PostgreSQL server are named *.db.test.ts: only their project has the
// global setup that chooses (or starts) one, so `vitest run --project unit` needs no server.
export default defineConfig({
  test: {
    testTimeout: 60_000,
    hookTimeout: 120_000,
    projects: [
      {
        extends: true,
        test: {
          name: "unit",
          include: ["src/**/*.test.ts", "test/**/*.test.ts"],
          exclude: [...configDefaults.exclude, "**/*.db.test.ts"],
        },
      },
      {
        extends: true,
        test: {
          name: "db",
          include: ["src/**/*.db.test.ts", "test/**/*.db.test.ts"],
          globalSetup: ["./vitest.global-setup.ts"],
        },
      },
    ],
  },
});
