import { describe, expect, it } from "vitest";
import { useE2eDatabase } from "./e2e-database";
import { Project } from "./project";

// Named environments (`--env`, RETORT_ENV) and `-x key=value`, through the built CLI.

const e2e = useE2eDatabase("e2e_environments");

function project(): Project {
  const p = new Project({ DATABASE_URL: undefined });
  e2e.projects.push(p);
  p.write(
    "retort.config.ts",
    `import { defineConfig } from "retort";

export default defineConfig(({ x }) => ({
  migrations: x.migrations ?? "migrations",
  url: "postgres://nobody@127.0.0.1:1/nowhere",
  connectTimeout: 2000,
  environments: {
    test: { url: ${JSON.stringify(e2e.db.url)} },
  },
}));
`,
  );
  p.migration(
    "aaaa00000001",
    null,
    `op.createTable("seed", { columns: { value: { type: "text" } } });
    op.run(async ({ db, x }) => { await db.insertInto("seed").values({ value: x.value ?? "none" }).execute(); });`,
    `op.dropTable("seed");`,
  );
  return p;
}

describe("environments and -x", () => {
  it("--env picks the environment's url, -x reaches op.run, both before the command too", async () => {
    const p = project();
    const r = await p.run("--env", "test", "upgrade", "head", "-x", "value=from the command line");
    expect(r.stderr).not.toContain("error");
    expect(r.code).toBe(0);
    const rows = await e2e.client.query("select value from seed");
    expect(rows.rows).toEqual([{ value: "from the command line" }]);
  });

  it("RETORT_ENV chooses the environment when --env is absent", async () => {
    const p = project();
    const r = await p.start(["current"], { RETORT_ENV: "test" }).done;
    expect(r.code).toBe(0);
    expect(r.stderr).toContain("The database is at base");
  });

  it("without an environment, the base url is used", async () => {
    const r = await project().run("current");
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("127.0.0.1:1");
  });

  it("an unknown environment is named with the known ones", async () => {
    const r = await project().run("current", "--env", "prod", "--json");
    expect(r.code).toBe(1);
    const body = JSON.parse(r.stdout) as { error: { code: string; hint: string } };
    expect(body.error.code).toBe("UNKNOWN_ENVIRONMENT");
    expect(body.error.hint).toBe("its environments: test.");
  });

  it("-x reaches a config written as a function", async () => {
    const p = project();
    const r = await p.run("heads", "-x", "migrations=elsewhere");
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("elsewhere/versions");
    expect((await p.run("heads", "-x", "novalue")).stderr).toContain(
      '-x takes key=value (got "novalue")',
    );
  });
});
