import { existsSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { Project } from "./project";

// No DATABASE_URL: retort uses the embedded PostgreSQL (PGlite) under .retort/.
const project = new Project({ DATABASE_URL: undefined });
afterAll(() => project.remove());

describe("the embedded database", () => {
  it("is used when no url is configured, and every command says so", async () => {
    project.migration(
      "aaaa00000001",
      null,
      `op.createTable("account", { columns: { id: { type: "bigint", identity: "always", primaryKey: true }, email: { type: "text", nullable: false } } });`,
      `op.dropTable("account");`,
    );
    project.migration(
      "bbbb00000002",
      "aaaa00000001",
      `op.bulkInsert("account", [{ email: "a@example.com" }]);`,
      `op.execute("delete from account");`,
    );
    const up = await project.run("upgrade", "head");
    expect(up.code, up.stderr).toBe(0);
    expect(up.stderr).toContain(
      "Using the embedded database at .retort/pglite (no url configured).",
    );
    expect(existsSync(join(project.root, ".retort", "pglite"))).toBe(true);

    const current = await project.run("current");
    expect(current.stdout).toBe("bbbb00000002 (head)\n");
    expect(current.stderr).toContain("embedded database");

    const down = await project.run("downgrade", "-1", "--json");
    expect(down.code, down.stderr).toBe(0);
    expect((JSON.parse(down.stdout) as { to: string[] }).to).toEqual(["aaaa00000001"]);
    const base = await project.run("downgrade", "base");
    expect(base.code).toBe(0);
    expect((await project.run("current")).stderr).toContain("at base");
  });

  it("the first start says it creates the database; later new ones start from a template", async () => {
    // A temp folder of its own, so that no template is there yet.
    const tmp = mkdtempSync(join(tmpdir(), "retort-embedded-tmp-"));
    const fresh = new Project({ DATABASE_URL: undefined, TMPDIR: tmp });
    const another = new Project({ DATABASE_URL: undefined, TMPDIR: tmp });
    try {
      const first = await fresh.run("current");
      expect(first.code, first.stderr).toBe(0);
      expect(first.stderr).toContain(
        "Creating the embedded database at .retort/pglite (the first start takes a few seconds)...",
      );
      expect((await fresh.run("current")).stderr).not.toContain("Creating");
      const second = await another.run("current");
      expect(second.code, second.stderr).toBe(0);
      expect(second.stderr).toContain("Creating the embedded database at .retort/pglite...\n");
      expect(second.stdout).toBe("");
      expect(second.stderr).toContain("at base");
    } finally {
      fresh.remove();
      another.remove();
      rmSync(tmp, { recursive: true, force: true });
    }
  });

  it("a start killed while it creates the database leaves a project the next command opens", async () => {
    const tmp = mkdtempSync(join(tmpdir(), "retort-embedded-tmp-"));
    const first = new Project({ DATABASE_URL: undefined, TMPDIR: tmp });
    const second = new Project({ DATABASE_URL: undefined, TMPDIR: tmp });
    /** Starts `current` and kills it once it says it creates the database. */
    const killWhileCreating = async (project: Project) => {
      const { child, done } = project.start(["current"]);
      child.stderr!.on("data", (chunk: Buffer) => {
        if (chunk.toString().includes("Creating the embedded database")) child.kill("SIGKILL");
      });
      expect((await done).signal).toBe("SIGKILL");
    };
    try {
      // Killed while the machine's first database is made (initdb for the template)...
      await killWhileCreating(first);
      const after = await first.run("current");
      expect(after.code, after.stderr).toBe(0);
      expect(after.stderr).toContain("at base");
      // ...and while a new one is copied from the template and opened.
      await killWhileCreating(second);
      const again = await second.run("current");
      expect(again.code, again.stderr).toBe(0);
      expect(again.stderr).toContain("at base");
      // Nothing half-made is left beside the data folders, or beside the template.
      for (const folder of [join(first.root, ".retort"), join(second.root, ".retort"), tmp]) {
        expect(readdirSync(folder, { recursive: true }).join("\n")).not.toContain(".partial-");
      }
    } finally {
      first.remove();
      second.remove();
      rmSync(tmp, { recursive: true, force: true });
    }
  });

  it("a command killed halfway keeps what it committed, and the next one opens the database", async () => {
    const killed = new Project({ DATABASE_URL: undefined });
    try {
      killed.migration(
        "cccc00000001",
        null,
        `op.createTable("kept", { columns: { id: { type: "bigint", primaryKey: true } } }); op.bulkInsert("kept", [{ id: 1 }]);`,
      );
      // Still running when it is killed: the first revision is committed by then.
      killed.migration("dddd00000002", "cccc00000001", `op.execute("select pg_sleep(60)");`);
      const { child, done } = killed.start(["upgrade", "head"]);
      child.stderr!.on("data", (chunk: Buffer) => {
        if (chunk.toString().includes("Running upgrade cccc00000001 -> dddd00000002")) {
          child.kill("SIGKILL");
        }
      });
      expect((await done).signal).toBe("SIGKILL");
      const current = await killed.run("current");
      expect(current.code, current.stderr).toBe(0);
      expect(current.stdout).toBe("cccc00000001\n");
      // The committed rows survived the kill: the table is there, with its row.
      killed.migration(
        "dddd00000002",
        "cccc00000001",
        `op.execute("do $$ begin if (select count(*) from kept) <> 1 then raise 'lost'; end if; end $$");`,
      );
      const rest = await killed.run("upgrade", "head");
      expect(rest.code, rest.stderr).toBe(0);
    } finally {
      killed.remove();
    }
  });

  it("db serve puts it on a PostgreSQL port: psql-style clients and retort reach it", async () => {
    expect((await project.run("upgrade", "head")).code).toBe(0);
    const { child, done } = project.start(["db", "serve", "--port", "0", "--json"]);
    try {
      // The URL is the first thing printed on stdout; wait for it, bounded by the test timeout.
      const url = await new Promise<string>((resolveUrl, reject) => {
        let text = "";
        child.stdout!.on("data", (chunk) => {
          text += chunk;
          const match = /"url": "([^"]+)"/.exec(text);
          if (match) resolveUrl(match[1]!);
        });
        child.once("close", () => reject(new Error(`db serve ended: ${text}`)));
      });
      expect(url).toMatch(/^postgres:\/\/postgres@127\.0\.0\.1:\d+\/postgres\?sslmode=disable$/);
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      try {
        const rows = await client.query("select email from account");
        expect(rows.rows).toEqual([{ email: "a@example.com" }]);
      } finally {
        await client.end();
      }
      // While served, retort migrates through the socket.
      const down = await project.run("downgrade", "-1", "--url", url);
      expect(down.code, down.stderr).toBe(0);
      expect((await project.run("current", "--url", url)).stdout).toBe("aaaa00000001\n");
      // Without the URL too: the locked folder says where it is served.
      const found = await project.run("current");
      expect(found.code, found.stderr).toBe(0);
      expect(found.stdout).toBe("aaaa00000001\n");
      expect(found.stderr).toContain(`through \`retort db serve\` at ${url}`);
    } finally {
      child.kill("SIGINT");
    }
    const result = await done;
    expect(result.code, result.stderr).toBe(0);
    expect(result.stderr).toContain("Stopping (SIGINT)");
    // Stopped: the folder is free again for the embedded driver.
    const after = await project.run("current");
    expect(after.code, after.stderr).toBe(0);
    expect(after.stdout).toBe("aaaa00000001\n");
  });

  it("db serve refuses a project whose url is a server, and an unknown action", async () => {
    const r = await project.run("db", "serve", "--url", "postgres://x@127.0.0.1:1/y");
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("serves the embedded database");
    const bad = await project.run("db", "start");
    expect(bad.code).toBe(2);
  });
});

describe("a command that fails on its arguments", () => {
  it("creates no embedded database", async () => {
    const p = new Project({ DATABASE_URL: undefined });
    try {
      p.migration("aaaa00000001", null, `op.execute("create table t1 (id int)");`);
      for (const args of [
        ["upgrade", "nonexist"],
        ["upgrade", "aaaa00000001+5"],
        ["downgrade", "nolabel@-1"],
        ["stamp", "nonexist"],
      ]) {
        const r = await p.run(...args);
        expect(r.code, r.stderr).toBe(2);
        expect(r.stderr).not.toContain("embedded database");
      }
      expect(existsSync(join(p.root, ".retort", "pglite"))).toBe(false);
    } finally {
      p.remove();
    }
  });
});

describe("views on the embedded database", () => {
  const views = new Project({ DATABASE_URL: undefined });
  afterAll(() => views.remove());

  const models = (
    query: string,
    columns: string,
  ) => `import { column as c, sql, table, view } from "retort";

export const post = table("post", { id: c.bigint().primaryKey(), title: c.text().notNull(), score: c.integer() });
export const postTitles = view("post_titles", sql\`${query}\`, { columns: { ${columns} } });
`;

  it("are generated, checked clean, replaced and stepped back", async () => {
    views.write(
      "models/index.ts",
      models("select id, title from post", "id: c.bigint(), title: c.text()"),
    );
    const first = await views.run("revision", "--autogenerate", "-m", "post titles");
    expect(first.code, first.stderr).toBe(0);
    expect(first.stderr).toContain("added view public.post_titles");
    expect((await views.run("upgrade", "head")).code).toBe(0);
    const clean = await views.run("check");
    expect(clean.code, clean.stderr).toBe(0);

    views.write(
      "models/index.ts",
      models(
        "SELECT id, title, score FROM post WHERE score > 0",
        "id: c.bigint(), title: c.text(), score: c.integer()",
      ),
    );
    const second = await views.run("revision", "--autogenerate", "-m", "with score");
    expect(second.code, second.stderr).toBe(0);
    expect(second.stderr).toContain("replaced view public.post_titles");
    expect((await views.run("upgrade", "head")).code).toBe(0);
    expect((await views.run("check")).code).toBe(0);

    views.write(
      "models/index.ts",
      models(
        "SELECT id, title, score FROM post WHERE score > 0",
        "id: c.bigint(), title: c.text(), score: c.text()",
      ),
    );
    const wrong = await views.run("check");
    expect(wrong.code).toBe(1);
    expect(wrong.stderr).toContain(
      "view public.post_titles: column score is declared text but the server infers integer",
    );
    expect((await views.run("downgrade", "-1")).code).toBe(0);
  });
});
