import { describeDriverContract } from "@retort/core/testing";
import { createTestDatabase, type TestDatabase } from "@retort/test-harness";
import { afterAll, beforeAll } from "vitest";
import { createDriver } from "./index";

let database: TestDatabase;

beforeAll(async () => {
  database = await createTestDatabase("driver_pgjs");
});

afterAll(async () => {
  await database?.drop();
});

describeDriverContract("postgres-js", async () => ({
  driver: createDriver({ url: database.url, root: process.cwd() }),
}));
