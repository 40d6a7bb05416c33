import { createTestDatabase, type TestDatabase } from "@retort/test-harness";
import pg from "pg";
import { afterAll, afterEach, beforeAll } from "vitest";
import type { Project } from "./project";

/** One test file's database, a client on it, and the projects to remove after each test. */
export interface E2eDatabase {
  readonly db: TestDatabase;
  readonly client: pg.Client;
  readonly projects: Project[];
}

/**
 * Creates the file's database before its tests and drops it after; after each test, removes the
 * projects pushed on `projects`, runs `resets` and empties `public`, so each test starts from an
 * empty database.
 */
export function useE2eDatabase(label: string, resets: readonly string[] = []): E2eDatabase {
  const e2e = { projects: [] as Project[] } as {
    db: TestDatabase;
    client: pg.Client;
    projects: Project[];
  };
  beforeAll(async () => {
    e2e.db = await createTestDatabase(label);
    e2e.client = new pg.Client({ connectionString: e2e.db.url });
    await e2e.client.connect();
  });
  afterAll(async () => {
    await e2e.client.end();
    await e2e.db.drop();
  });
  afterEach(async () => {
    for (const p of e2e.projects.splice(0)) p.remove();
    for (const statement of resets) await e2e.client.query(statement);
    await e2e.client.query("DROP SCHEMA public CASCADE");
    await e2e.client.query("CREATE SCHEMA public");
  });
  return e2e;
}
