import { afterAll, describe, expect, it } from "vitest";
import { Project } from "./project";

// Domains, composite and range types on the embedded database (PGlite, PostgreSQL 18): the
// generated migration applies, `check` finds nothing, and the downgrade to base runs.
const project = new Project({ DATABASE_URL: undefined });
afterAll(() => project.remove());

const models = (
  check: string,
) => `import { column as c, compositeType, domain, enumType, rangeType, sql, table } from "retort";

export const mood = enumType("mood", ["ok", "meh"]);
export const positive = domain<"positive", number>("positive", {
  type: "int",
  notNull: true,
  default: sql\`1\`,
  checks: { positive: sql\`${check}\`, small: sql\`value < 1000 or value in (5000, 6000)\` },
  comment: "positive",
});
export const code = domain("code", { type: "varchar(10)", collation: "C", checks: [sql\`value ~ '^[A-Z]+$'\`] });
export const moody = domain("moody", { type: mood, default: sql\`'ok'\` });
export const address = compositeType("address", {
  attributes: { street: "text", zip: code, city: { type: "varchar(40)", collation: "C" } },
});
export const floatRange = rangeType("float_range", { subtype: "float8", subtypeDiff: "float8mi" });
export const customer = table("customer", {
  id: c.integer().primaryKey(),
  n: c.domain(positive),
  home: c.composite(address),
  span: c.range(floatRange),
  m: c.domain(moody),
});
`;

describe("domains, composite and range types on the embedded database", () => {
  it("are generated, checked clean, changed and stepped back", async () => {
    project.write("models/index.ts", models("value > 0"));
    const first = await project.run("revision", "--autogenerate", "-m", "types");
    expect(first.code, first.stderr).toBe(0);
    expect(first.stderr).toContain("added domain public.positive");
    expect(first.stderr).toContain("added composite type public.address");
    expect(first.stderr).toContain("added range type public.float_range");
    const up = await project.run("upgrade", "head");
    expect(up.code, up.stderr).toBe(0);
    const clean = await project.run("check");
    expect(clean.code, clean.stderr).toBe(0);

    project.write("models/index.ts", models("value >= 2"));
    const second = await project.run("revision", "--autogenerate", "-m", "stricter");
    expect(second.code, second.stderr).toBe(0);
    expect(second.stderr).toContain("added check positive on domain public.positive");
    expect((await project.run("upgrade", "head")).code).toBe(0);
    expect((await project.run("check")).code).toBe(0);

    // Every down ran (DROP TYPE/DOMAIN would fail on a type left in use); up again is clean.
    const base = await project.run("downgrade", "base");
    expect(base.code, base.stderr).toBe(0);
    expect((await project.run("upgrade", "head")).code).toBe(0);
    const again = await project.run("check");
    expect(again.code, again.stderr).toBe(0);
  }, 240_000);

  it("pulled from the database, are models that check finds equal to it", async () => {
    const pulled = new Project({ DATABASE_URL: undefined });
    try {
      const ddl = `create type mood as enum ('ok', 'meh');
        create function is_even(n int) returns boolean language plpgsql immutable as 'begin return n % 2 = 0; end';
        create domain even as int not null default 2 constraint even check (is_even(value)) check (value between -10 and 10);
        create domain code as varchar(10) collate "C" check (value ~ '^[A-Z]+$');
        create domain moody as mood default 'ok';
        create type address as (street text, zip code, m mood);
        create type float_range as range (subtype = float8, subtype_diff = float8mi);
        create table customer (id int primary key, n even, home address, span float_range, m moody);`;
      pulled.migration("aaaa00000001", null, `op.execute(${JSON.stringify(ddl)});`);
      expect((await pulled.run("upgrade", "head")).code).toBe(0);
      // pull adopts a database retort does not manage yet: stamped at base for it, then back.
      expect((await pulled.run("stamp", "base")).code).toBe(0);
      const pull = await pulled.run("pull");
      expect(pull.code, pull.stderr).toBe(0);
      expect((await pulled.run("stamp", "head")).code).toBe(0);
      const check = await pulled.run("check");
      expect(check.code, check.stderr).toBe(0);
    } finally {
      pulled.remove();
    }
  }, 240_000);
});
