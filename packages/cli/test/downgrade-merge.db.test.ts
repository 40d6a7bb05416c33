import { type OpenTestDatabase, openTestDatabase } from "@retort/test-harness";
import { sql } from "kysely";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { CliProject } from "./cli-project";

// `retort downgrade` past a merge whose two sides start at the same branch point: the hint's
// arguments, typed as they are, each undo one side and leave the other applied.
//
//   base <- a1 <- a2 <- merge
//   base <- b1 ------- merge

const BASE = "854400000001";
const A1 = "bf1f00000002";
const A2 = "2e5f00000003";
const B1 = "63d200000004";
const MERGE = "7f5c00000005";

let open: OpenTestDatabase;
let project: CliProject;

beforeAll(async () => {
  open = await openTestDatabase("cli_downgrade_merge", { max: 1 });
  project = new CliProject(
    `export default { url: ${JSON.stringify(open.database.url)}, migrations: "migrations" };\n`,
    { drivers: { "@retort/driver-pg": () => import("@retort/driver-pg") } },
  );
  const table = (revision: string, down: string | string[], name: string) =>
    project.add(revision, down, {
      up: `create table ${name} (id integer)`,
      downSql: `drop table ${name}`,
    });
  project.add(BASE, null, { up: "create table base (id integer)", downSql: "drop table base" });
  table(A1, BASE, "a1");
  table(A2, A1, "a2");
  table(B1, BASE, "b1");
  project.add(MERGE, [A2, B1], { message: "merge" });
});

afterAll(async () => {
  project?.remove();
  await open?.close();
});

beforeEach(async () => {
  const up = await project.run("upgrade", "head");
  expect(up.code, up.stderr).toBe(0);
});

async function tables(): Promise<string[]> {
  const rows = await sql<{ name: string }>`
    select table_name as name from information_schema.tables
    where table_schema = 'public' and table_name in ('base', 'a1', 'a2', 'b1')
    order by 1`.execute(open.db);
  return rows.rows.map((row) => row.name);
}

describe("retort downgrade past a merge", () => {
  it("refuses -2 and names one argument per side", async () => {
    const r = await project.run("downgrade", "-2");
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(
      `Relative revision "-2" is ambiguous at ${MERGE}: it could continue to ${A2}, ${B1}.`,
    );
    expect(r.stderr).toContain(`hint: pick a side: "${A2}@-2" or "${B1}@-2"`);
    expect(await tables()).toEqual(["a1", "a2", "b1", "base"]);
  });

  it("the one-revision side's argument undoes that side alone, down to the branch point", async () => {
    const r = await project.run("downgrade", `${B1}@-2`);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toContain(`Running downgrade ${MERGE} -> ${A2}, ${B1}`);
    expect(r.stderr).toContain(`Running downgrade ${B1} -> ${BASE}`);
    expect(r.stderr).not.toContain(`Running downgrade ${A2}`);
    expect((await project.run("current")).stdout).toBe(`${A2}\n`);
    expect(await tables()).toEqual(["a1", "a2", "base"]);
  });

  it("the two-revision side's argument undoes two steps of that side alone", async () => {
    const r = await project.run("downgrade", `${A2}@-2`);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).not.toContain(`Running downgrade ${B1}`);
    expect((await project.run("current")).stdout).toBe(`${B1}\n${A1}\n`);
    expect(await tables()).toEqual(["a1", "b1", "base"]);
  });
});
