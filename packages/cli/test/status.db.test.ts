import { readdirSync } from "node:fs";
import { join } from "node:path";
import { type OpenTestDatabase, openTestDatabase } from "@retort/test-harness";
import { sql } from "kysely";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { type CliProject, modelsProject } from "./cli-project";

// `retort status` and `history --applied` against a real database.

let open: OpenTestDatabase;
let project: CliProject;

beforeAll(async () => {
  open = await openTestDatabase("cli_status", { max: 1 });
});

afterAll(async () => {
  await open?.close();
});

beforeEach(async () => {
  await sql.raw("drop table if exists note, retort_version, retort_history").execute(open.db);
  project = modelsProject(open.database.url);
  project.add("aaaa00000001", null, {
    message: "create note",
    up: "create table note (id integer primary key)",
    downSql: "drop table note",
  });
  project.add("bbbb00000002", "aaaa00000001", {
    message: "add body",
    up: "alter table note add column body text",
    downSql: "alter table note drop column body",
  });
  project.write(
    "models/index.ts",
    `import { column as c, table } from "@retort/differ";\nexport const note = table("note", { id: c.integer().primaryKey(), body: c.text(), title: c.text() });\n`,
  );
});

afterEach(() => {
  project.remove();
});

describe("retort status", () => {
  it("at base: nothing current, every migration pending, drift not compared", async () => {
    const r = await project.run("status");
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("Current:\n  <base> (no migration applied)");
    expect(r.stdout).toContain(
      "Pending (2), in order:\n  aaaa00000001, create note\n  bbbb00000002 (head), add body",
    );
    expect(r.stdout).toContain("Drift: not compared (2 migrations are pending)");
  });

  it("at the head: lists the drift the models have over the database", async () => {
    expect((await project.run("upgrade", "head")).code).toBe(0);
    const r = await project.run("status");
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("Current:\n  bbbb00000002 (head), add body");
    expect(r.stdout).toContain("Pending: none");
    expect(r.stdout).toContain("Drift: 1 difference");
    expect(r.stdout).toMatch(/title/);
    const json = JSON.parse((await project.run("status", "--json")).stdout) as {
      current: { revision: string }[];
      pending: unknown[];
      drift: { checked: boolean; changes: unknown[] };
    };
    expect(json.current.map((c) => c.revision)).toEqual(["bbbb00000002"]);
    expect(json.pending).toEqual([]);
    expect(json.drift.checked).toBe(true);
    expect(json.drift.changes).toHaveLength(1);
  });

  it("at the head with a models file that throws: says so, and still says where the database is", async () => {
    expect((await project.run("upgrade", "head")).code).toBe(0);
    project.write("models/index.ts", `throw new Error("models boom");\nexport {};\n`);
    const r = await project.run("status");
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain("Current:\n  bbbb00000002 (head), add body");
    expect(r.stdout).toMatch(/Drift: not compared \(the models failed to load: .*models boom/);
  });

  it("one step behind: names the pending migration", async () => {
    expect((await project.run("upgrade", "aaaa00000001")).code).toBe(0);
    const r = await project.run("status", "--no-drift");
    expect(r.stdout).toContain("Current:\n  aaaa00000001, create note");
    expect(r.stdout).toContain("Pending (1), in order:\n  bbbb00000002 (head), add body");
    expect(r.stdout).toContain("Drift: not compared (--no-drift)");
  });
});

describe("retort history --applied", () => {
  it("lists what ran, newest first, with direction, time and checksum", async () => {
    expect((await project.run("upgrade", "head")).code).toBe(0);
    expect((await project.run("downgrade", "-1")).code).toBe(0);
    const r = await project.run("history", "--applied");
    expect(r.code).toBe(0);
    const lines = r.stdout.trimEnd().split("\n");
    expect(lines).toHaveLength(3);
    expect(lines[0]).toMatch(/^\d{4}-\d\d-\d\dT\S+Z {2}down +bbbb00000002 {2}\d+ ms {2}by /);
    expect(lines[1]).toMatch(/ up +bbbb00000002 .* checksum v2:\S{9}/);
    expect(lines[2]).toMatch(/ up +aaaa00000001 /);
    const json = JSON.parse((await project.run("history", "--applied", "--json")).stdout) as {
      entries: { revision: string; direction: string }[];
    };
    expect(json.entries.map((e) => `${e.direction} ${e.revision}`)).toEqual([
      "down bbbb00000002",
      "up bbbb00000002",
      "up aaaa00000001",
    ]);
  });
});

describe("revision --autogenerate --dry-run", () => {
  it("prints the detected changes and the file, and writes nothing", async () => {
    expect((await project.run("upgrade", "head")).code).toBe(0);
    const r = await project.run("revision", "--autogenerate", "-m", "add title", "--dry-run");
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/Detected .*title/);
    expect(r.stderr).toContain("(--dry-run: nothing written)");
    expect(r.stdout).toContain('op.addColumn("note", "title"');
    expect(readdirSync(join(project.root, "migrations/versions")).sort()).toEqual([
      "aaaa00000001_m.ts",
      "bbbb00000002_m.ts",
    ]);
  });
});
