// Chooses the PostgreSQL server once per run (an embedded one starts once, not per test file)
// and hands it to the test workers as TEST_DATABASE_URL.
export { setup, teardown } from "@retort/test-harness";
