import { createTestDatabase, type TestDatabase } from "@retort/test-harness";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Project } from "./project";

// Names that break SQL built by string pasting: quotes and a statement separator, unicode,
// reserved words, upper case, spaces.
const names = [`Weird "name"; drop table x`, "Ünïcödé 名前", "select", "MixedCase", "with space"];

let db: TestDatabase;
let client: pg.Client;
let project: Project;

beforeAll(async () => {
  db = await createTestDatabase("e2e_hostile");
  client = new pg.Client({ connectionString: db.url });
  await client.connect();
  project = new Project({ DATABASE_URL: db.url });
});
afterAll(async () => {
  project.remove();
  await client.end();
  await db.drop();
});

/** A migration that uses every kind of name slot with `name`. */
function migrationFor(name: string, i: number): string {
  const n = JSON.stringify(name);
  const s = `{ schema: ${n} }`;
  // A table is also a type, so the enum needs a name of its own.
  const e = JSON.stringify(`${name} e`);
  return `
    op.createSchema(${n});
    op.createEnum(${e}, ["plain", ${n}], ${s});
    op.addEnumValue(${e}, ${JSON.stringify(`${name} 2`)}, { schema: ${n}, after: ${n} });
    op.createSequence(${JSON.stringify(`${name} seq`)}, ${s});
    op.createTable(${n}, {
      schema: ${n},
      columns: {
        id: { type: "integer", primaryKey: true },
        ${n}: { type: "text", nullable: false, default: ${n}, comment: ${n} },
        kind: { type: { name: ${e}, schema: ${n} }, nullable: true },
        parent: { type: "integer" },
      },
      checks: [{ name: ${JSON.stringify(`${name}_chk`)}, expression: "id > 0" }],
      comment: ${n},
    });
    op.addColumn(${n}, "old", { type: "integer" }, ${s});
    op.renameColumn(${n}, "old", ${JSON.stringify(`${name} renamed`)}, ${s});
    op.alterColumn(${n}, ${JSON.stringify(`${name} renamed`)}, { type: "bigint", using: ${JSON.stringify(`"${name.replaceAll('"', '""')} renamed"::bigint`)}, existingType: "integer", schema: ${n} });
    op.createIndex(${JSON.stringify(`${name}_idx`)}, ${n}, [${n}], { schema: ${n}, where: "id > 0" });
    op.addUnique(${JSON.stringify(`${name}_uq`)}, ${n}, [${n}, "id"], ${s});
    op.addForeignKey(${JSON.stringify(`${name}_fk`)}, ${n}, ["parent"], ${n}, ["id"], { schema: ${n}, referencedSchema: ${n}, onDelete: "cascade" });
    op.setTableComment(${n}, ${JSON.stringify(`${name} table`)}, ${s});
    op.bulkInsert(${n}, [{ id: ${i + 1}, ${n}: ${n}, kind: "plain" }], ${s});
    op.execute(${JSON.stringify(`update "${name.replaceAll('"', '""')}"."${name.replaceAll('"', '""')}" set kind = $1 where id = $2`)}, [${n}, ${i + 1}]);
    op.renameTable(${n}, ${JSON.stringify(`${name} t`)}, ${s});
  `;
}

describe("identifiers round-trip through every operation", () => {
  it("creates, fills, renames and drops objects with hostile names", async () => {
    names.forEach((name, i) => {
      const revision = `aaaa0000000${i + 1}`;
      const parent = i === 0 ? null : `aaaa0000000${i}`;
      project.migration(
        revision,
        parent,
        migrationFor(name, i),
        `op.dropSchema(${JSON.stringify(name)}, { cascade: true });`,
      );
    });
    const up = await project.run("upgrade", "head");
    expect(up.code, up.stderr).toBe(0);

    for (const [i, name] of names.entries()) {
      const table = await client.query<{ relname: string; description: string | null }>(
        "SELECT c.relname, obj_description(c.oid, 'pg_class') AS description FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = $1 AND c.relkind = 'r'",
        [name],
      );
      expect(table.rows).toEqual([{ relname: `${name} t`, description: `${name} table` }]);
      const rows = await client.query(`SELECT * FROM ${ident(name)}.${ident(`${name} t`)}`);
      expect(rows.rows).toEqual([
        { id: i + 1, [name]: name, kind: name, parent: null, [`${name} renamed`]: null },
      ]);
      const objects = await client.query<{ name: string }>(
        "SELECT conname AS name FROM pg_constraint c JOIN pg_namespace n ON n.oid = c.connamespace WHERE n.nspname = $1 UNION ALL SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = $1 AND c.relkind IN ('i', 'S') ORDER BY 1",
        [name],
      );
      expect(objects.rows.map((row) => row.name)).toEqual(
        expect.arrayContaining([
          `${name} seq`,
          `${name}_chk`,
          `${name}_fk`,
          `${name}_idx`,
          `${name}_uq`,
        ]),
      );
      const enumValues = await client.query<{ v: string }>(
        "SELECT e.enumlabel AS v FROM pg_enum e JOIN pg_type t ON t.oid = e.enumtypid JOIN pg_namespace n ON n.oid = t.typnamespace WHERE n.nspname = $1 ORDER BY e.enumsortorder",
        [name],
      );
      expect(enumValues.rows.map((row) => row.v)).toEqual(["plain", name, `${name} 2`]);
    }

    const down = await project.run("downgrade", "base");
    expect(down.code, down.stderr).toBe(0);
    const left = await client.query("SELECT nspname FROM pg_namespace WHERE nspname = ANY($1)", [
      names,
    ]);
    expect(left.rows).toEqual([]);
  });

  it("renders the same migrations offline with every name quoted", async () => {
    const offline = await project.run("upgrade", "head", "--sql");
    expect(offline.code, offline.stderr).toBe(0);
    expect(offline.stdout).toContain(`CREATE SCHEMA "Weird ""name""; drop table x"`);
    expect(offline.stdout).not.toMatch(/[^"]; drop table x/);
    expect(offline.stdout).toContain(`set kind = 'Weird "name"; drop table x' where id = 1;`);
  });
});

function ident(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}
