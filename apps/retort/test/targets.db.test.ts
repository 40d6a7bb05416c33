import { createTestDatabase, type TestDatabase } from "@retort/test-harness";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Project } from "./project";

// `--all-targets`: one history on fifty databases (a database per tenant), a line per target and
// a summary, failures kept to their target unless --fail-fast.

const TENANTS = 50;
let tenants: TestDatabase[] = [];
let project: Project;

async function headsOf(url: string): Promise<string[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const rows = await client.query("select version_num from retort_version order by 1");
    return rows.rows.map((row) => row.version_num as string);
  } finally {
    await client.end();
  }
}

function writeConfig(extra: string[] = [], first: string[] = []): void {
  const targets = [
    ...first,
    ...tenants.map((tenant, i) =>
      i === 0
        ? `{ name: "tenant-zero", url: ${JSON.stringify(tenant.url)} }`
        : JSON.stringify(tenant.url),
    ),
    ...extra,
  ];
  project.write(
    "retort.config.ts",
    `import { defineConfig } from "retort";\n\nexport default defineConfig({\n  migrations: "migrations",\n  connectTimeout: 3000,\n  targets: async () => [\n    ${targets.join(",\n    ")},\n  ],\n});\n`,
  );
}

beforeAll(async () => {
  // CREATE DATABASE copies template1 under a lock: a few at a time is as fast as it gets.
  for (let i = 0; i < TENANTS; i += 5) {
    tenants.push(
      ...(await Promise.all(
        Array.from({ length: Math.min(5, TENANTS - i) }, (_, j) =>
          createTestDatabase(`tenant_${i + j}`),
        ),
      )),
    );
  }
  project = new Project({ DATABASE_URL: undefined });
  project.migration(
    "aaaa00000001",
    null,
    `op.createTable("account", { columns: { id: { type: "bigint", primaryKey: true } } });`,
    `op.dropTable("account");`,
  );
  project.migration(
    "bbbb00000002",
    "aaaa00000001",
    `op.addColumn("account", "email", { type: "text" });`,
    `op.dropColumn("account", "email");`,
  );
  writeConfig();
}, 300_000);

afterAll(async () => {
  project?.remove();
  for (let i = 0; i < tenants.length; i += 10)
    await Promise.all(tenants.slice(i, i + 10).map((tenant) => tenant.drop()));
  tenants = [];
}, 300_000);

describe("upgrade --all-targets", () => {
  it("migrates fifty databases, a line each and a summary, exit 0", async () => {
    const r = await project.run("upgrade", "head", "--all-targets", "--concurrency", "8");
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toContain("Upgrading 50 targets, 8 at a time...");
    expect(r.stderr).toMatch(/ok {3}tenant-zero: 2 migrations, at bbbb00000002 \(\d+ ms\)/);
    expect(r.stderr.match(/^ok /gm)).toHaveLength(TENANTS);
    expect(r.stderr).toMatch(/50 of 50 targets succeeded \(\d+ ms\)\./);
    for (const tenant of tenants) expect(await headsOf(tenant.url)).toEqual(["bbbb00000002"]);
  }, 300_000);

  it("a failing target fails alone, and the exit code says so", async () => {
    const missing = tenants[0]!.url.replace(/\/[^/?]+(\?|$)/, "/retort_no_such_tenant$1");
    writeConfig([`{ name: "gone", url: ${JSON.stringify(missing)} }`]);
    const r = await project.run("downgrade", "-1", "--all-targets", "--json");
    expect(r.code).toBe(1);
    const body = JSON.parse(r.stdout) as {
      targets: {
        name: string;
        ok: boolean;
        to?: string[];
        error?: { code: string; message: string };
      }[];
      summary: { total: number; succeeded: number; failed: number };
    };
    expect(body.summary).toMatchObject({ total: 51, succeeded: 50, failed: 1 });
    const gone = body.targets.find((target) => target.name === "gone")!;
    expect(gone.ok).toBe(false);
    expect(gone.error!.code).toBe("CONNECTION_FAILED");
    expect(
      body.targets.filter((target) => target.ok).every((t) => t.to?.[0] === "aaaa00000001"),
    ).toBe(true);
    for (const tenant of tenants) expect(await headsOf(tenant.url)).toEqual(["aaaa00000001"]);
  }, 300_000);

  it("--fail-fast starts nothing after the first failure", async () => {
    const missing = tenants[0]!.url.replace(/\/[^/?]+(\?|$)/, "/retort_no_such_tenant$1");
    writeConfig([], [`{ name: "gone", url: ${JSON.stringify(missing)} }`]);
    const r = await project.run(
      "upgrade",
      "head",
      "--all-targets",
      "--concurrency",
      "1",
      "--fail-fast",
    );
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("FAIL gone:");
    expect(r.stderr).toContain("skip tenant-zero: not started (--fail-fast)");
    expect(r.stderr).toContain("0 of 51 targets succeeded, 1 failed, 50 not started");
    expect(await headsOf(tenants[0]!.url)).toEqual(["aaaa00000001"]);
  }, 300_000);

  it("without targets in the config, says how to add them", async () => {
    project.write("retort.config.ts", `export default { migrations: "migrations" };\n`);
    const r = await project.run("upgrade", "head", "--all-targets");
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("--all-targets needs `targets` in the config.");
    writeConfig();
  });
});
