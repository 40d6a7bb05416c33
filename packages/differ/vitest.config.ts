import { configDefaults, defineConfig } from "vitest/config";

// Test files that need a PostgreSQL server are named *.db.test.ts: only their project has the
// global setup that chooses (or starts) one, so `vitest run --project unit` needs no server.
// The others below need one too and await their rename to *.db.test.ts; until then they are
// listed here by name, so they run with the server the global setup chose.
const needServerUntilRenamed = [
  "src/**/*.database.test.ts",
  "src/autogenerate/autogenerate.test.ts",
  "src/compare/diff-schemas.property.test.ts",
];

export default defineConfig({
  test: {
    // The property and large-schema tests take 40-50 s alone; with every package's tests running
    // at once on a small machine, 60 s was not always enough.
    testTimeout: 120_000,
    hookTimeout: 120_000,
    projects: [
      {
        extends: true,
        test: {
          name: "unit",
          include: ["src/**/*.test.ts", "test/**/*.test.ts"],
          exclude: [...configDefaults.exclude, "**/*.db.test.ts", ...needServerUntilRenamed],
        },
      },
      {
        extends: true,
        test: {
          name: "db",
          include: ["src/**/*.db.test.ts", "test/**/*.db.test.ts", ...needServerUntilRenamed],
          globalSetup: ["./vitest.global-setup.ts"],
        },
      },
    ],
  },
});
