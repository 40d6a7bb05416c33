export { type EmbeddedServer, startEmbeddedServer } from "./embedded-server";
export { createTestDatabase, type TestDatabase } from "./test-database";
export {
  getTestServer,
  isServerAnswering,
  LOCAL_SERVER_URL,
  setup,
  stopTestServer,
  type TestServer,
  teardown,
} from "./test-server";
