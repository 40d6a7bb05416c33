import { existsSync, readdirSync, rmSync } from "node:fs";
import { join } from "node:path";
import { createTestDatabase, type TestDatabase } from "@retort/test-harness";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { exampleDir, Project } from "./project";

// The seed's routine, command for command, through the built `retort` binary on a copy of
// apps/example: against the test server's PostgreSQL and against the embedded database.

const versionsDir = "app/migrations/versions";

function versionFiles(project: Project): string[] {
  return readdirSync(join(project.root, versionsDir)).filter((file) => file.endsWith(".ts"));
}

describe("the routine on PostgreSQL", () => {
  let db: TestDatabase;
  let client: pg.Client;
  let project: Project;

  beforeAll(async () => {
    db = await createTestDatabase("e2e_workflow");
    client = new pg.Client({ connectionString: db.url });
    await client.connect();
    project = new Project({ DATABASE_URL: db.url }, { copyOf: exampleDir });
  });
  afterAll(async () => {
    project.remove();
    await client.end();
    await db.drop();
  });

  async function columns(table: string): Promise<string[]> {
    const result = await client.query<{ name: string }>(
      "SELECT column_name AS name FROM information_schema.columns WHERE table_schema = 'public' AND table_name = $1 ORDER BY ordinal_position",
      [table],
    );
    return result.rows.map((row) => row.name);
  }

  it("applies the example's history, branch and merge included, and the models match", async () => {
    const up = await project.run("upgrade", "head");
    expect(up.code, up.stderr).toBe(0);
    expect(up.stderr).toContain(
      "Running upgrade 1f16b97a4736, 7ab12eeeb503 -> 319f45d4389b, merge comments and profile",
    );
    expect((await project.run("current")).stdout).toBe("319f45d4389b (head)\n");
    const check = await project.run("check");
    expect(check.code, check.stderr).toBe(0);
    expect(check.stderr).toContain("No differences");
  });

  it("downgrade -1 from the merge head undoes the merge alone; -2 suggests what works", async () => {
    const down = await project.run("downgrade", "-1");
    expect(down.code, down.stderr).toBe(0);
    expect(down.stderr).toContain("Running downgrade 319f45d4389b -> 1f16b97a4736, 7ab12eeeb503");
    expect((await project.run("current")).stdout).toBe("1f16b97a4736\n7ab12eeeb503\n");
    expect((await project.run("upgrade", "head")).code).toBe(0);

    const ambiguous = await project.run("downgrade", "-2");
    expect(ambiguous.code).toBe(2);
    expect(ambiguous.stderr).toContain('pick a side: "1f16b97a4736@-2" or "7ab12eeeb503@-2"');
    // 1f16b97a4736 is the branch point's child: its side goes, and the other side stays.
    const suggested = await project.run("downgrade", "1f16b97a4736@-2");
    expect(suggested.code, suggested.stderr).toBe(0);
    expect((await project.run("current")).stdout).toBe("7ab12eeeb503\n");
    expect(await columns("post")).toContain("updated_at");
    expect(await columns("account")).not.toContain("display_name");
    expect((await project.run("upgrade", "head")).code).toBe(0);
    expect((await project.run("current")).stdout).toBe("319f45d4389b (head)\n");
  });

  it("1. change a model, autogenerate, review the file", async () => {
    const account = project.read("app/models/account.ts");
    project.write(
      "app/models/account.ts",
      account.replace(
        "    email: c.text().notNull().unique(),\n",
        "    email: c.text().notNull().unique(),\n    bio: c.text(),\n",
      ),
    );
    const before = versionFiles(project);
    const check = await project.run("check");
    expect(check.code).toBe(1);
    expect(check.stderr).toContain("Detected added column public.account.bio (text)");

    const generated = await project.run("revision", "--autogenerate", "-m", "add bio");
    expect(generated.code, generated.stderr).toBe(0);
    expect(generated.stdout).toMatch(
      /^Generating app\/migrations\/versions\/[0-9a-f]{12}_add_bio\.ts \.\.\. done\n$/,
    );
    expect(generated.stderr).toContain("Detected added column public.account.bio (text)");
    const added = versionFiles(project).filter((file) => !before.includes(file));
    expect(added).toHaveLength(1);
    const text = project.read(join(versionsDir, added[0]!));
    expect(text).toContain('downRevision: "319f45d4389b"');
    expect(text).toContain('op.addColumn("account", "bio", { type: "text" }');
    expect(text).toContain('op.dropColumn("account", "bio"');
    expect(text).toContain("DESTRUCTIVE");
  });

  it("2. upgrade head applies it; 3. downgrade -1 steps back", async () => {
    expect((await project.run("upgrade", "head")).code).toBe(0);
    expect(await columns("account")).toContain("bio");
    expect((await project.run("check")).code).toBe(0);
    const down = await project.run("downgrade", "-1");
    expect(down.code, down.stderr).toBe(0);
    expect(await columns("account")).not.toContain("bio");
    expect((await project.run("current")).stdout).toContain("319f45d4389b");
    expect((await project.run("upgrade", "head")).code).toBe(0);
  });

  it("nothing to autogenerate says so and writes nothing", async () => {
    const before = versionFiles(project);
    const r = await project.run("revision", "--autogenerate", "-m", "nothing");
    expect(r.code).toBe(0);
    expect(r.stderr).toContain("No changes detected");
    expect(versionFiles(project)).toEqual(before);
  });

  it("5. a model file the entry does not export is reported", async () => {
    project.write(
      "app/models/draft.ts",
      `import { column as c, table } from "retort";\n\nexport const draft = table("draft", { id: c.bigint().primaryKey() });\n`,
    );
    const r = await project.run("check");
    expect(r.stderr).toContain(
      'warning: app/models/draft.ts defines table public.draft, but app/models/index.ts does not export it, so autogenerate does not see it (add `export * from "./draft";` to app/models/index.ts).',
    );
    // The comparison never saw that table: CI must not pass.
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("1 table is not exported");
    rmSync(join(project.root, "app/models/draft.ts"));
    // The line to add is written as the project imports: its sub-folder, and `.js` under nodenext.
    const tsconfig = project.read("tsconfig.json");
    project.write("tsconfig.json", `{ "compilerOptions": { "module": "nodenext" } }\n`);
    project.write(
      "app/models/drafts/draft.ts",
      `import { column as c, table } from "retort";\n\nexport const draft = table("draft", { id: c.bigint().primaryKey() });\n`,
    );
    const nested = await project.run("check");
    expect(nested.stderr).toContain(
      '(add `export * from "./drafts/draft.js";` to app/models/index.ts)',
    );
    rmSync(join(project.root, "app/models/drafts"), { recursive: true });
    project.write("tsconfig.json", tsconfig);
  });

  it("4. reset drops everything and upgrades again; squash folds the history", async () => {
    await client.query("INSERT INTO account (email) VALUES ('kept@example.com')");
    const reset = await project.run("reset", "--yes");
    expect(reset.code, reset.stderr).toBe(0);
    expect((await client.query("SELECT count(*)::int AS n FROM account")).rows[0].n).toBe(0);
    expect(await columns("account")).toContain("bio");

    const heads = (await project.run("heads")).stdout.split(" ")[0]!;
    // Models ahead of the history: the squash would stand for a schema the head has not.
    const account = project.read("app/models/account.ts");
    project.write(
      "app/models/account.ts",
      account.replace("    bio: c.text(),\n", "    bio: c.text(),\n    motto: c.text(),\n"),
    );
    const refused = await project.run("squash", "-m", "initial", "--json");
    expect(refused.code).toBe(1);
    expect(JSON.parse(refused.stdout).error).toMatchObject({
      code: "SQUASH_REFUSED",
      message: expect.stringContaining(
        "the models differ from the database at the head (1 difference)",
      ),
    });
    const told = await project.run("squash", "-m", "initial");
    expect(told.stderr).toContain("Detected added column public.account.motto (text)");
    expect(versionFiles(project)).toHaveLength(7);
    project.write("app/models/account.ts", account);

    const squash = await project.run("squash", "-m", "initial", "--rev-id", "aaaaaaaaaaaa");
    expect(squash.code, squash.stderr).toBe(0);
    expect(versionFiles(project)).toEqual(["aaaaaaaaaaaa_initial.ts"]);
    const archived = readdirSync(join(project.root, "app/migrations/archive/aaaaaaaaaaaa"));
    expect(archived).toHaveLength(7);
    const text = project.read(join(versionsDir, "aaaaaaaaaaaa_initial.ts"));
    expect(text).toContain("replaces: [");
    expect(text).toContain(heads);

    // The database was at the old head: recognised, nothing re-runs.
    const up = await project.run("upgrade", "head");
    expect(up.code, up.stderr).toBe(0);
    expect(up.stderr).not.toContain("Running upgrade");
    expect((await project.run("current")).stdout).toBe("aaaaaaaaaaaa (head)\n");
    expect((await project.run("check")).code).toBe(0);

    // A fresh database builds from the squashed migration alone.
    const reset2 = await project.run("reset", "--yes");
    expect(reset2.code, reset2.stderr).toBe(0);
    expect(reset2.stderr).toContain("Running upgrade  -> aaaaaaaaaaaa, initial");
    expect((await project.run("check")).code).toBe(0);
  });
});

describe("the routine on the embedded database", () => {
  const project = new Project({ DATABASE_URL: undefined }, { copyOf: exampleDir });
  afterAll(() => project.remove());

  it("upgrades, autogenerates, downgrades and checks with no server at all", async () => {
    const up = await project.run("upgrade", "head");
    expect(up.code, up.stderr).toBe(0);
    expect(up.stderr).toContain("Using the embedded database at .retort/pglite");
    expect(existsSync(join(project.root, ".retort", "pglite"))).toBe(true);
    expect((await project.run("check")).code).toBe(0);

    const post = project.read("app/models/post.ts");
    project.write(
      "app/models/post.ts",
      post.replace(
        "    publishedAt:",
        "    views: c.integer().notNull().default(0),\n    publishedAt:",
      ),
    );
    const generated = await project.run("revision", "--autogenerate", "-m", "count views");
    expect(generated.code, generated.stderr).toBe(0);
    expect(generated.stderr).toContain("Detected added column public.post.views");
    expect((await project.run("upgrade", "head")).code).toBe(0);
    expect((await project.run("check")).code).toBe(0);
    expect((await project.run("downgrade", "-1")).code).toBe(0);
    const behind = await project.run("check");
    expect(behind.code).toBe(1);
    expect(behind.stderr).toContain("The database is not up to date");
  });
});
