import { rmSync } from "node:fs";
import { type OpenTestDatabase, openTestDatabase } from "@retort/test-harness";
import { sql } from "kysely";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { CliProject, migration } from "./cli-project";

// `retort current` against a real database whose version table the files may not account for.

let open: OpenTestDatabase;
let project: CliProject;

beforeAll(async () => {
  open = await openTestDatabase("cli_current", { max: 1 });
});

afterAll(async () => {
  await open?.close();
});

beforeEach(async () => {
  await sql.raw("drop table if exists retort_version, retort_history").execute(open.db);
  project = new CliProject(
    `export default { url: ${JSON.stringify(open.database.url)}, migrations: "migrations" };\n`,
    { drivers: { "@retort/driver-pg": () => import("@retort/driver-pg") } },
  );
  project.add("aaaa00000001", null);
  project.add("bbbb00000002", "aaaa00000001");
});

afterEach(() => {
  project.remove();
});

async function setVersion(revision: string): Promise<void> {
  await sql`update retort_version set version_num = ${revision}`.execute(open.db);
}

describe("retort current", () => {
  it("prints the revision the database is at", async () => {
    expect((await project.run("upgrade", "head")).code).toBe(0);
    const r = await project.run("current");
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toBe("bbbb00000002 (head)\n");
  });

  it("refuses a revision no file has (a mismatched checkout), naming it and the folders read", async () => {
    expect((await project.run("upgrade", "head")).code).toBe(0);
    await setVersion("deadbeef0000");
    const r = await project.run("current");
    expect(r.code).toBe(1);
    expect(r.stdout).toBe("");
    expect(r.stderr).toContain(
      "error: The database is at revision deadbeef0000, which no migration file has (read migrations/versions).",
    );
    expect(r.stderr).toContain(
      "hint: check out the branch that has that migration, or, if it is gone for good, `retort stamp <revision> --purge`",
    );

    const json = await project.run("current", "--json");
    expect(json.code).toBe(1);
    expect(JSON.parse(json.stdout)).toEqual({
      error: {
        code: "DATABASE_AT_UNKNOWN_REVISION",
        message: expect.stringContaining("deadbeef0000"),
        hint: expect.stringContaining("retort stamp <revision> --purge"),
      },
    });
  });

  it("shows a revision a squash replaced, which upgrade moves to the squash, without an error", async () => {
    expect((await project.run("upgrade", "head")).code).toBe(0);
    project.write(
      "migrations/versions/cccc00000003_m.ts",
      migration("cccc00000003", null).replace(
        "  dependsOn: [],",
        '  dependsOn: [],\n  replaces: ["aaaa00000001", "bbbb00000002"],',
      ),
    );
    rmSync(project.path("migrations/versions/aaaa00000001_m.ts"));
    rmSync(project.path("migrations/versions/bbbb00000002_m.ts"));
    const r = await project.run("current");
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toBe(
      "bbbb00000002 (replaced by cccc00000003; `retort upgrade` records the database at it)\n",
    );
    const json = JSON.parse((await project.run("current", "--json")).stdout) as {
      heads: string[];
      unknown: string[];
    };
    expect(json).toMatchObject({ heads: ["bbbb00000002"], unknown: ["bbbb00000002"] });
  });
});
