// retort's benchmarks: `pnpm bench`. Each figure is printed beside a baseline measured in the
// same run (a bare `node -e 0`, or psql / pg_dump on the same database), as a ratio: the
// machine's speed cancels out. Not part of the test run.
import { spawnSync } from "node:child_process";
import { mkdirSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const work = join(here, ".work");
const bin = join(here, "..", "apps", "retort", "bin", "retort.js");
const only = process.argv.slice(2);

function time(command, args, options = {}) {
  const started = process.hrtime.bigint();
  const result = spawnSync(command, args, { encoding: "utf8", maxBuffer: 1 << 30, ...options });
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  if (result.status !== 0) {
    throw new Error(`${command} ${args.join(" ")} failed (${result.status}): ${result.stderr}`);
  }
  return ms;
}

/** Median of `runs` timings, after one warm-up. */
function median(runs, fn) {
  fn();
  const times = Array.from({ length: runs }, fn).sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)];
}

function revisionId(i) {
  return i.toString(16).padStart(12, "0");
}

function migrationText(revision, down, body = "") {
  return `import { defineMigration } from "retort";

export default defineMigration({
  revision: ${JSON.stringify(revision)},
  downRevision: ${JSON.stringify(down)},
  branchLabels: [],
  dependsOn: [],
  message: "migration ${revision}",
  createdAt: "2026-11-24T10:00:00.000Z",
  up(op) {
    ${body || `op.execute("select 1");`}
  },
  down(op) {
    op.execute("select 1");
  },
});
`;
}

/** A project folder whose `node_modules/retort` is this checkout's. */
export function makeProject(name, files) {
  const root = join(work, name);
  rmSync(root, { recursive: true, force: true });
  mkdirSync(join(root, "migrations", "versions"), { recursive: true });
  mkdirSync(join(root, "node_modules"), { recursive: true });
  symlinkSync(join(here, "..", "apps", "retort"), join(root, "node_modules", "retort"));
  writeFileSync(join(root, "retort.config.ts"), `export default { migrations: "migrations" };\n`);
  for (const [file, text] of files) writeFileSync(join(root, "migrations", "versions", file), text);
  return root;
}

function linear(count) {
  const files = [];
  for (let i = 1; i <= count; i++) {
    const rev = revisionId(i);
    files.push([`${rev}_m.ts`, migrationText(rev, i === 1 ? null : revisionId(i - 1))]);
  }
  return files;
}

/** 1,000 revisions in 10 branches of 100 that merge back every 100 revisions. */
function branchy() {
  const files = [];
  let next = 1;
  let trunk = null;
  for (let round = 0; round < 10; round++) {
    const ends = [];
    for (let b = 0; b < 3; b++) {
      let parent = trunk;
      for (let i = 0; i < 30; i++) {
        const rev = revisionId(next++);
        files.push([`${rev}_m.ts`, migrationText(rev, parent)]);
        parent = rev;
      }
      ends.push(parent);
    }
    const merge = revisionId(next++);
    files.push([`${merge}_m.ts`, migrationText(merge, ends)]);
    trunk = merge;
  }
  return files;
}

function graphBench() {
  const rows = [];
  const baseline = median(5, () => time(process.execPath, ["-e", "0"]));
  const projects = [
    ["linear-1000", linear(1000)],
    ["linear-10000", linear(10000)],
    ["branches-merges", branchy()],
  ];
  for (const [name, files] of projects) {
    const root = makeProject(name, files);
    for (const argv of [["heads"], ["history"], ["upgrade", "heads", "--sql"]]) {
      const ms = median(5, () => time(process.execPath, [bin, ...argv], { cwd: root }));
      rows.push({
        project: name,
        command: `retort ${argv.join(" ")}`,
        ms: Math.round(ms),
        baselineMs: Math.round(baseline),
        ratio: (ms / baseline).toFixed(1),
      });
    }
  }
  console.log("\nrevision graph (median of 5; baseline: node -e 0)");
  console.table(rows);
}

/** 1,000 migrations, each a table with five columns and an index, against psql on the same SQL. */
async function applyBench() {
  const { createTestDatabase } = await import("@retort/test-harness");
  const count = 1000;
  const files = [];
  for (let i = 1; i <= count; i++) {
    const rev = revisionId(i);
    const body = `op.createTable("t${i}", { columns: { id: { type: "bigint", identity: "always", primaryKey: true }, name: { type: "text", nullable: false }, amount: { type: "numeric(12, 2)" }, created_at: { type: "timestamp with time zone", default: { sql: "now()" } }, flag: { type: "boolean", default: false } } });
    op.createIndex("t${i}_name_idx", "t${i}", ["name"]);`;
    files.push([`${rev}_m.ts`, migrationText(rev, i === 1 ? null : revisionId(i - 1), body)]);
  }
  const root = makeProject("apply-1000", files);
  const sqlFile = join(root, "deploy.sql");
  const offline = spawnSync(process.execPath, [bin, "upgrade", "head", "--sql"], {
    cwd: root,
    encoding: "utf8",
    maxBuffer: 1 << 30,
  });
  writeFileSync(sqlFile, offline.stdout);
  const rows = [];
  for (let round = 0; round < 3; round++) {
    const forRetort = await createTestDatabase("bench_retort");
    const forPsql = await createTestDatabase("bench_psql");
    try {
      const retortMs = time(process.execPath, [bin, "upgrade", "head"], {
        cwd: root,
        env: { ...process.env, DATABASE_URL: forRetort.url },
      });
      const psqlMs = time("psql", [
        "-q",
        "-X",
        "-v",
        "ON_ERROR_STOP=1",
        "-d",
        forPsql.url,
        "-f",
        sqlFile,
      ]);
      rows.push({
        round: round + 1,
        retortMs: Math.round(retortMs),
        psqlMs: Math.round(psqlMs),
        ratio: (retortMs / psqlMs).toFixed(2),
      });
    } finally {
      await forRetort.drop();
      await forPsql.drop();
    }
  }
  console.log(
    `\napply ${count} migrations (table + 5 columns + index each), one transaction per migration`,
  );
  console.table(rows);
}

const benches = { graph: graphBench, apply: applyBench };
mkdirSync(work, { recursive: true });
for (const [name, run] of Object.entries(benches)) {
  if (only.length === 0 || only.includes(name)) await run();
}
