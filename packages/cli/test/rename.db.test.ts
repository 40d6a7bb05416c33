import { readdirSync } from "node:fs";
import { join } from "node:path";
import { type OpenTestDatabase, openTestDatabase } from "@retort/test-harness";
import { sql } from "kysely";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { PromptChoice } from "../src/index";
import { type CliProject, modelsProject } from "./cli-project";

// `revision --autogenerate` on a table that the models renamed without saying so: the CLI
// suggests the rename when no one can be asked, asks on a terminal, and takes --rename.

let open: OpenTestDatabase;
let project: CliProject;

beforeAll(async () => {
  open = await openTestDatabase("cli_rename", { max: 1 });
});

afterAll(async () => {
  await open?.close();
});

beforeEach(async () => {
  await sql
    .raw(
      "drop table if exists customer, client, retort_version, retort_history; create table customer (id integer, email text); insert into customer values (1, 'a@x')",
    )
    .execute(open.db);
  project = modelsProject(open.database.url);
  project.write(
    "models/index.ts",
    `import { column as c, table } from "@retort/differ";\nexport const client = table("client", { id: c.integer(), email: c.text() });\n`,
  );
});

afterEach(() => {
  project.remove();
});

function generated(): string {
  const files = readdirSync(join(project.root, "migrations/versions"));
  expect(files).toHaveLength(1);
  return project.read(join("migrations/versions", files[0]!));
}

describe("revision --autogenerate and look-alike tables", () => {
  it("without a terminal, suggests the rename beside the drop, in the file and in the changes", async () => {
    const check = await project.run("check");
    expect(check.code).toBe(1);
    expect(check.stderr).toContain("(or pass --rename customer=client)");
    const r = await project.run("revision", "--autogenerate", "-m", "rename");
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toContain(
      [
        "Detected dropped table public.customer (data will be lost)",
        '  if public.client is public.customer renamed, give table("client", ...) the option { renamedFrom: "customer" } (or pass --rename customer=client)',
      ].join("\n"),
    );
    expect(generated()).toContain(
      '// if public.client is public.customer renamed, give table("client", ...) the option { renamedFrom: "customer" }.\n',
    );
  });

  it("with --json, asks nothing and gives the suggestion in the changes", async () => {
    const asked: string[] = [];
    const r = await project.runWith(
      {
        isInteractive: true,
        select: async (question) => {
          asked.push(question);
          return "rename";
        },
      },
      "revision",
      "--autogenerate",
      "-m",
      "rename",
      "--json",
    );
    expect(r.code, r.stderr).toBe(0);
    expect(asked).toEqual([]);
    const out = JSON.parse(r.stdout) as { changes: { kind: string; renameArgument?: string }[] };
    expect(out.changes.find((change) => change.kind === "dropTable")?.renameArgument).toBe(
      "customer=client",
    );
  });

  it("on a terminal, asks whether the table is created or renamed, and renames it", async () => {
    const asked: [string, readonly PromptChoice[]][] = [];
    const r = await project.runWith(
      {
        isInteractive: true,
        select: async (question, choices) => {
          asked.push([question, choices]);
          return "rename";
        },
      },
      "revision",
      "--autogenerate",
      "-m",
      "rename",
    );
    expect(r.code, r.stderr).toBe(0);
    expect(asked.map(([question]) => question)).toEqual([
      "Is table public.client created, or renamed from public.customer?",
    ]);
    expect(asked[0]?.[1].map((choice) => choice.value)).toEqual(["create", "rename"]);
    expect(generated()).toContain('op.renameTable("customer", "client", { schema: "public" });');
    expect(generated()).not.toContain("dropTable");
  });

  it("on a terminal without a prompt library, asks on one line", async () => {
    const prompts: string[] = [];
    const r = await project.runWith(
      {
        isInteractive: true,
        readLine: async (prompt) => {
          prompts.push(prompt);
          return "c";
        },
      },
      "revision",
      "--autogenerate",
      "-m",
      "new",
    );
    expect(r.code, r.stderr).toBe(0);
    expect(prompts).toEqual([
      "Is table public.client created, or renamed from public.customer? [c]reated / [r]enamed: ",
    ]);
    expect(generated()).toContain('op.dropTable("customer"');
    // Answered: no suggestion is left beside the drop.
    expect(generated()).not.toContain("renamedFrom");
  });

  it("on a terminal, a cancelled question writes nothing", async () => {
    const r = await project.runWith(
      { isInteractive: true, select: async () => undefined },
      "revision",
      "--autogenerate",
      "-m",
      "rename",
    );
    expect(r.code).not.toBe(0);
    expect(r.stderr).toContain("a rename question was not answered");
    expect(readdirSync(join(project.root, "migrations/versions"))).toEqual([]);
  });

  it("renames as --rename says, and the data stays", async () => {
    const r = await project.run(
      "revision",
      "--autogenerate",
      "-m",
      "rename",
      "--rename",
      "customer=client",
    );
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toContain("Detected renamed table public.customer to client");
    expect(generated()).not.toContain("dropTable");
    const up = await project.run("upgrade", "head");
    expect(up.code, up.stderr).toBe(0);
    expect((await sql`select * from client`.execute(open.db)).rows).toEqual([
      { id: 1, email: "a@x" },
    ]);
    const check = await project.run("check");
    expect(check.code, check.stderr).toBe(0);
  });

  it("refuses a --rename that names no dropped and added pair, and one without --autogenerate", async () => {
    const r = await project.run(
      "revision",
      "--autogenerate",
      "-m",
      "rename",
      "--rename",
      "nobody=client",
    );
    expect(r.code).not.toBe(0);
    expect(r.stderr).toContain(
      "--rename nobody=client names no table or column that autogenerate drops while it adds the new name.",
    );
    const manual = await project.run("revision", "-m", "x", "--rename", "customer=client");
    expect(manual.code).not.toBe(0);
    expect(manual.stderr).toContain("--rename works only with --autogenerate.");
    expect(readdirSync(join(project.root, "migrations/versions"))).toEqual([]);
  });
});
