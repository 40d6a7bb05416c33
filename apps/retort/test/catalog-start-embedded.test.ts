import { readFileSync } from "node:fs";
import { afterAll, describe, expect, it } from "vitest";
import { Project } from "./project";

// How `check` and autogenerate start: kysely comes from one bundled file with no loader thread
// (Node 20 would start one for module hooks), and the catalog is read while the models load,
// over the schemas the last run compared. A wrong guess must cost a second read, never a wrong
// result.
const project = new Project({ DATABASE_URL: undefined });
afterAll(() => project.remove());

const account = `export const account = table("account", { id: c.bigint().primaryKey() });\n`;
const invoice = (extra: string) =>
  `export const invoice = table("invoice", { id: c.bigint().primaryKey()${extra} }, { schema: "app" });\n`;
const models = (...tables: string[]) =>
  `import { column as c, table } from "retort";\n\n${tables.join("")}`;
const compared = () =>
  JSON.parse(readFileSync(project.path(".retort", "cache", "compared-schemas.json"), "utf8"));

describe("check on the embedded database", () => {
  it("loads kysely from one bundled file, without a loader thread", async () => {
    project.migration(
      "aaaa00000001",
      null,
      `op.createTable("account", { columns: { id: { type: "bigint", primaryKey: true } } });`,
      `op.dropTable("account");`,
    );
    project.write("models/index.ts", models(account));
    expect((await project.run("upgrade", "head")).code).toBe(0);
    const check = await project.start(["check"], { NODE_DEBUG: "esm" }).done;
    expect(check.code, check.stderr).toBe(0);
    expect(check.stdout + check.stderr).toContain("No differences");
    // NODE_DEBUG=esm names each module Node loads.
    expect(check.stderr).toMatch(/retort-\d+\/kysely-[0-9a-f]{12}-[0-9a-f]{12}\.mjs/);
    expect(check.stderr).not.toMatch(
      /kysely\/dist\/esm\/index\.js \(|Storing \S*kysely\/dist\/esm/,
    );
    expect(check.stderr).not.toContain("data:text/javascript");
    expect(compared()).toEqual({ schemas: ["public"] });
  });

  it("stays exact when the models move into a schema the last run did not compare", async () => {
    project.migration(
      "bbbb00000002",
      "aaaa00000001",
      `op.execute("create schema app; create table app.invoice (id bigint primary key)");`,
      `op.execute("drop schema app cascade");`,
    );
    expect((await project.run("upgrade", "head")).code).toBe(0);
    project.write("models/index.ts", models(account, invoice("")));
    // Read over `public` first, as the last run compared: that read is not used.
    const first = await project.run("check");
    expect(first.code, first.stderr).toBe(0);
    expect(compared()).toEqual({ schemas: ["app", "public"] });
    const second = await project.run("check");
    expect(second.code, second.stderr).toBe(0);

    project.write("models/index.ts", models(account, invoice(", paid: c.boolean()")));
    const drift = await project.run("check");
    expect(drift.code).toBe(1);
    expect(drift.stdout + drift.stderr).toContain("added column app.invoice.paid");
  });
});
