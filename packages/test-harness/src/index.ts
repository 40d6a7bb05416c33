export { type EmbeddedServer, startEmbeddedServer } from "./embedded-server";
export {
  type ConnectOptions,
  connectKysely,
  type OpenTestDatabase,
  openTestDatabase,
} from "./open-test-database";
export { pgDumpMatchesTestServer } from "./pg-dump-matches-test-server";
export { schemaDumpStatements, schemaDumpText } from "./schema-dump";
export { TempProject, type TempProjectConfig } from "./temp-project";
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
