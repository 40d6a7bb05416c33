// retort's benchmarks: `pnpm bench`. Each figure is printed beside a baseline measured in the
// same run (a bare `node -e 0`, or psql / pg_dump on the same database), as a ratio: the
// machine's speed cancels out. Not part of the test run. One file past 500 lines on purpose:
// each bench is a function here sharing the project makers and timers, and `pnpm bench <name>`
// picks them from the one table at the end.
import { spawnSync } from "node:child_process";
import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
// RETORT_BENCH_DIR puts the projects elsewhere, such as a tmpfs (/dev/shm): creating a
// thousand files costs what the disk makes it cost, from 40 ms to a second on the same machine.
const work = process.env.RETORT_BENCH_DIR ?? join(here, ".work");
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

// Projects hold the template `retort init` writes, and migrations import what it imports
// (`retort/migration` since that entry exists, `retort` before), so an older checkout's build is
// timed on the files it would write itself.
const { defaultRevisionTemplate } = await import(
  pathToFileURL(join(here, "..", "packages", "core", "dist", "index.js")).href
);
const migrationEntry = /from "([^"]+)"/.exec(defaultRevisionTemplate)[1];

function migrationText(revision, down, body = "") {
  return `import { defineMigration } from "${migrationEntry}";

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
  writeFileSync(
    join(root, "retort.config.ts"),
    `export default { url: process.env.DATABASE_URL, migrations: "migrations" };\n`,
  );
  writeFileSync(join(root, "migrations", "script.ts.tmpl"), defaultRevisionTemplate);
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

/**
 * 1,000 migrations, each a table with five columns and an index, applied online to an empty
 * database: retort with its caches kept (warm) and cleared (cold, what CI sees), psql running
 * the SQL `upgrade head --sql` prints, and, when python3 has Alembic and psycopg2, Alembic
 * running the same statements (one transaction per revision, as retort does).
 */
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
  const python = findAlembicPython(["import alembic", "import psycopg2"]);
  const alembicRoot =
    python &&
    makeAlembicProject(
      "apply-1000-alembic",
      count,
      (i) =>
        `CREATE TABLE t${i} (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, name text NOT NULL, amount numeric(12, 2), created_at timestamp with time zone DEFAULT now(), flag boolean DEFAULT false); CREATE INDEX t${i}_name_idx ON t${i} (name)`,
    );
  const runners = {
    retortWarm: (url) =>
      time(process.execPath, [bin, "upgrade", "head"], {
        cwd: root,
        env: { ...process.env, DATABASE_URL: url },
      }),
    retortCold: (url) => {
      rmSync(join(root, ".retort"), { recursive: true, force: true });
      return time(process.execPath, [bin, "upgrade", "head"], {
        cwd: root,
        env: { ...process.env, DATABASE_URL: url },
      });
    },
    psql: (url) => time("psql", ["-q", "-X", "-v", "ON_ERROR_STOP=1", "-d", url, "-f", sqlFile]),
    ...(alembicRoot && {
      alembic: (url) =>
        time(python, ["-m", "alembic", "-c", join(alembicRoot, "alembic.ini"), "upgrade", "head"], {
          cwd: alembicRoot,
          env: { ...process.env, DATABASE_URL: url },
        }),
    }),
  };
  const names = Object.keys(runners);
  const rows = [];
  for (let round = 0; round < 4; round++) {
    const dbs = [];
    for (const name of names) dbs.push(await createTestDatabase(`bench_${name.toLowerCase()}`));
    try {
      // Every database gets the same warm-up (a throwaway table), and every run a checkpoint
      // first, so no run pays for another's writes or for the server's first touch of a
      // database. The order rotates each round: dropping the previous round's databases keeps
      // the server busy for a while, and no side should always pay for it.
      for (const db of dbs) {
        spawnSync("psql", [
          "-q",
          "-X",
          "-d",
          db.url,
          "-c",
          "create table warm_up (id int); drop table warm_up;",
        ]);
      }
      const row = { round: round + 1 };
      for (let k = 0; k < names.length; k++) {
        const at = (k + round) % names.length;
        spawnSync("psql", ["-q", "-X", "-d", dbs[at].url, "-c", "CHECKPOINT"]);
        row[`${names[at]}Ms`] = Math.round(runners[names[at]](dbs[at].url));
      }
      row["cold / psql"] = (row.retortColdMs / row.psqlMs).toFixed(2);
      row["warm / psql"] = (row.retortWarmMs / row.psqlMs).toFixed(2);
      if (row.alembicMs) row["cold / alembic"] = (row.retortColdMs / row.alembicMs).toFixed(2);
      rows.push(row);
    } finally {
      for (const db of dbs) await db.drop();
    }
  }
  console.log(
    `\nupgrade head of ${count} migrations (table + 5 columns + index each) on an empty database, one transaction per migration`,
  );
  if (!alembicRoot) console.log("(Alembic left out: no python3 with alembic and psycopg2.)");
  console.table(rows);
  // The median of the four rounds' ratios.
  const middle = (key) => {
    const sorted = rows.map((row) => Number(row[key])).sort((a, b) => a - b);
    return ((sorted[1] + sorted[2]) / 2).toFixed(2);
  };
  console.log(
    `median ratios: cold / psql ${middle("cold / psql")}, warm / psql ${middle("warm / psql")}${alembicRoot ? `, cold / alembic ${middle("cold / alembic")}` : ""}`,
  );
}

/** A database of 1,000 tables (10 columns, 2 indexes and a foreign key each). */
async function catalogDatabase(pg, url) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const statements = [];
  for (let i = 1; i <= 1000; i++) {
    const ref = i === 1 ? "" : `, parent_id bigint references t${i - 1}(id)`;
    statements.push(
      `create table t${i} (id bigint generated always as identity primary key, name text not null, code varchar(20) unique, amount numeric(12,2) default 0, flag boolean not null default false, created_at timestamptz not null default now(), note text, qty integer check (qty >= 0), data jsonb${ref}${i === 1 ? ", parent_id bigint" : ""});`,
      `create index t${i}_name_idx on t${i} (name);`,
      `create index t${i}_created_idx on t${i} (created_at desc) where flag;`,
    );
  }
  await client.query(statements.join("\n"));
  await client.end();
}

/** The first model file pull wrote for a plain table, and the line that opens its columns. */
function probeModel(models) {
  const walk = (dir) =>
    readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
      entry.isDirectory() ? walk(join(dir, entry.name)) : [join(dir, entry.name)],
    );
  for (const file of walk(models).sort()) {
    const text = readFileSync(file, "utf8");
    const opening = /= table\(\n {2}"[^"]+",\n {2}\{\n/.exec(text);
    if (opening) return { file, text, at: opening.index + opening[0].length };
  }
  throw new Error(`no table model under ${models}`);
}

/**
 * On one database, beside `pg_dump --schema-only` of it: `pull --dry-run --baseline`, `pull`
 * (writing the models), then, with the models pull wrote and the database stamped at its
 * baseline, `check` (clean; and on a fresh checkout) and `revision --autogenerate` after a
 * one-line change to one model (with the models' bundle kept, and with the file just saved).
 * `retort heads` in the same project is the CLI's start-up (no database, no models), and
 * `introspectSchema` in this process the catalog reading alone.
 */
async function catalogRows(name, url) {
  const { default: pg } = await import("pg");
  const root = makeProject(name, []);
  writeFileSync(
    join(root, "retort.config.ts"),
    `export default { url: process.env.DATABASE_URL, migrations: "migrations", models: "models/index.ts" };\n`,
  );
  const env = { ...process.env, DATABASE_URL: url };
  const retort = (...argv) => time(process.execPath, [bin, ...argv], { cwd: root, env });
  const dump = () => time("pg_dump", ["--schema-only", "-d", url, "-f", join(root, "dump.sql")]);
  // Each run is timed right after a pg_dump of the same database, and its ratio is to that
  // pg_dump: on a shared machine whose speed drifts by tens of percent over a minute, a pair
  // taken together keeps the drift out of the ratio. The figures are medians of 5 such pairs.
  const paired = (fn) => {
    fn();
    const pairs = Array.from({ length: 5 }, () => {
      const base = dump();
      return { ms: fn(), base };
    });
    const ms = pairs.map((p) => p.ms).sort((a, b) => a - b)[2];
    const ratios = pairs.map((p) => p.ms / p.base).sort((a, b) => a - b);
    return { ms, ratio: ratios[2], low: ratios[0], high: ratios[4] };
  };
  const pgDump = median(5, dump);
  const startUp = paired(() => retort("heads"));
  const pullDryRun = paired(() => retort("pull", "--dry-run", "--baseline"));
  // Each run writes a new models folder: the previous run's is moved aside, and deleted only
  // once every run is timed. Deleting 1,000 files just before a run would time the file system
  // instead: ext4 without a journal checks every recently freed inode it passes over when it
  // allocates one, so creating 1,000 files right after deleting 1,000 takes several times longer.
  const models = join(root, "models");
  const aside = [];
  const pull = paired(() => {
    if (existsSync(models)) {
      aside.push(join(root, `models-${aside.length}`));
      renameSync(models, aside.at(-1));
    }
    return retort("pull", "--force");
  });
  for (const dir of aside) rmSync(dir, { recursive: true, force: true });
  // The models and a baseline, the database stamped at it: what a team has after adopting it.
  retort("pull", "--baseline", "--force", "-m", "baseline");
  const check = paired(() => retort("check"));
  // A fresh checkout, as CI runs it: no .retort folder, so no bundle of the models, no compiled
  // code and no record of the schemas the last run compared.
  const coldCheck = paired(() => {
    rmSync(join(root, ".retort"), { recursive: true, force: true });
    return retort("check");
  });
  const probe = probeModel(models);
  writeFileSync(
    probe.file,
    `${probe.text.slice(0, probe.at)}    benchProbe: c.text().name("bench_probe"),\n${probe.text.slice(probe.at)}`,
  );
  const versions = join(root, "migrations", "versions");
  const before = new Set(readdirSync(versions));
  const autogenerateOnce = () => {
    const ms = retort("revision", "--autogenerate", "-m", "probe");
    for (const file of readdirSync(versions)) {
      if (!before.has(file)) rmSync(join(versions, file));
    }
    return ms;
  };
  const autogenerate = paired(autogenerateOnce);
  // What a developer runs: the model file saved just before, so the models' kept bundle is
  // stale and made again (the same text written again is a new modification time).
  const edited = readFileSync(probe.file, "utf8");
  const autogenerateAfterEdit = paired(() => {
    writeFileSync(probe.file, edited);
    return autogenerateOnce();
  });
  writeFileSync(probe.file, probe.text);
  // The library call autogenerate, check and pull share, in this process (no start-up cost).
  const { introspectSchema } = await import("retort");
  const { Kysely, PostgresDialect } = await import("kysely");
  const kdb = new Kysely({
    dialect: new PostgresDialect({ pool: new pg.Pool({ connectionString: url, max: 4 }) }),
  });
  let tables = 0;
  const introspect = await (async () => {
    const times = [];
    for (let i = 0; i < 4; i++) {
      const started = process.hrtime.bigint();
      tables = (await introspectSchema(kdb, {})).tables.length;
      times.push(Number(process.hrtime.bigint() - started) / 1e6);
    }
    return times.slice(1).sort((a, b) => a - b)[1];
  })();
  await kdb.destroy();
  const row = (task, timed) => {
    const { ms, ratio, low, high } =
      typeof timed === "number" ? { ms: timed, ratio: timed / pgDump } : timed;
    return {
      task,
      ms: Math.round(ms),
      ratio: ratio.toFixed(2),
      // The lowest and highest of the five pairs: on a shared machine the spread says how far
      // one median can be trusted.
      "ratio range": low === undefined ? "" : `${low.toFixed(2)}-${high.toFixed(2)}`,
      "ratio without start-up": task.startsWith("retort")
        ? ((ms - startUp.ms) / pgDump).toFixed(2)
        : "",
    };
  };
  return [
    row("pg_dump --schema-only", pgDump),
    row("retort heads (CLI start-up)", startUp),
    row(`introspectSchema (${tables} tables, in process)`, introspect),
    row("retort pull --dry-run --baseline", pullDryRun),
    row("retort pull (writes the models)", pull),
    row("retort check (clean)", check),
    row("retort check (clean, fresh checkout)", coldCheck),
    row("retort revision --autogenerate (one column)", autogenerate),
    row(
      "retort revision --autogenerate (one column, model file just saved)",
      autogenerateAfterEdit,
    ),
  ];
}

/**
 * `retort check`, `revision --autogenerate` and `pull` beside `pg_dump --schema-only`, on
 * 1,000 generated tables and on a 517-table schema shaped like a real one (catalog-schema.mjs).
 */
async function catalogBench() {
  const { createTestDatabase } = await import("@retort/test-harness");
  const { default: pg } = await import("pg");
  const { realisticCatalogSql } = await import("./catalog-schema.mjs");
  const cases = [
    [
      "catalog-1000",
      "1,000 tables, 10 columns, 2 indexes and a foreign key each",
      (url) => catalogDatabase(pg, url),
    ],
    [
      "catalog-musicbrainz",
      "MusicBrainz (bench/corpus/service-musicbrainz): 516 tables, 889 foreign keys, 139 functions, 452 triggers, 12 views",
      (url) =>
        time("psql", [
          "-X",
          "-q",
          "-v",
          "ON_ERROR_STOP=1",
          "-d",
          url,
          "-f",
          join(here, "corpus", "service-musicbrainz", "schema.sql"),
        ]),
    ],
    [
      "catalog-517",
      "517 tables in 11 schemas, 845 foreign keys, 847 triggers, 55 views (catalog-schema.mjs)",
      async (url) => {
        const client = new pg.Client({ connectionString: url });
        await client.connect();
        await client.query(realisticCatalogSql());
        await client.end();
      },
    ],
  ];
  for (const [name, title, load] of cases) {
    if (only.length > 1 && !only.includes(name)) continue;
    const db = await createTestDatabase("bench_catalog");
    try {
      await load(db.url);
      const rows = await catalogRows(name, db.url);
      console.log(
        `\n${title} (medians of 5; ratio: to a pg_dump run just before each, median of the 5)`,
      );
      console.table(rows);
    } finally {
      await db.drop();
    }
  }
}

/**
 * `upgrade head --all-targets` on 20 databases (10 migrations each), fanned out 8 at a time,
 * beside the same upgrade run once per database, one after another (what a shell loop does).
 */
async function targetsBench() {
  const { createTestDatabase } = await import("@retort/test-harness");
  const count = 20;
  const files = [];
  for (let i = 1; i <= 10; i++) {
    const rev = revisionId(i);
    const body = `op.createTable("t${i}", { columns: { id: { type: "bigint", primaryKey: true }, name: { type: "text" } } });
    op.createIndex("t${i}_name_idx", "t${i}", ["name"]);`;
    files.push([`${rev}_m.ts`, migrationText(rev, i === 1 ? null : revisionId(i - 1), body)]);
  }
  const root = makeProject("targets", files);
  const rows = [];
  for (let round = 0; round < 3; round++) {
    const fanned = [];
    const looped = [];
    for (let i = 0; i < count; i++) fanned.push(await createTestDatabase("bench_fan"));
    for (let i = 0; i < count; i++) looped.push(await createTestDatabase("bench_loop"));
    try {
      writeFileSync(
        join(root, "retort.config.ts"),
        `export default { migrations: "migrations", targets: ${JSON.stringify(fanned.map((db) => db.url))} };\n`,
      );
      const fan = time(
        process.execPath,
        [bin, "upgrade", "head", "--all-targets", "--concurrency", "8"],
        {
          cwd: root,
        },
      );
      writeFileSync(
        join(root, "retort.config.ts"),
        `export default { url: process.env.DATABASE_URL, migrations: "migrations" };\n`,
      );
      const started = process.hrtime.bigint();
      for (const db of looped) {
        time(process.execPath, [bin, "upgrade", "head"], {
          cwd: root,
          env: { ...process.env, DATABASE_URL: db.url },
        });
      }
      const loop = Number(process.hrtime.bigint() - started) / 1e6;
      rows.push({
        round: round + 1,
        allTargetsMs: Math.round(fan),
        oneByOneMs: Math.round(loop),
        ratio: (fan / loop).toFixed(2),
      });
    } finally {
      for (const db of [...fanned, ...looped]) await db.drop();
    }
  }
  console.log(
    `\nupgrade head on ${count} databases: --all-targets --concurrency 8 vs one process per database`,
  );
  console.table(rows);
}

/** Milliseconds and peak resident memory (MB) of one run, through GNU time when it is installed. */
function timeAndMemory(command, args, options) {
  if (!existsSync("/usr/bin/time")) return { ms: time(command, args, options), mb: undefined };
  const report = join(work, "time.txt");
  const ms = time("/usr/bin/time", ["-o", report, "-f", "%M", command, ...args], options);
  return { ms, mb: Math.round(Number(readFileSync(report, "utf8").trim()) / 1024) };
}

/**
 * The embedded database (PGlite under `.retort/pglite`, the default with no URL): what the first
 * command on a fresh folder costs (it creates the database), and what later ones cost, beside
 * `node -e 0`.
 */
function embeddedBench() {
  const files = [];
  for (let i = 1; i <= 10; i++) {
    const rev = revisionId(i);
    const body = `op.createTable("t${i}", { columns: { id: { type: "bigint", primaryKey: true }, name: { type: "text" } } });`;
    files.push([`${rev}_m.ts`, migrationText(rev, i === 1 ? null : revisionId(i - 1), body)]);
  }
  const root = makeProject("embedded", files);
  const env = { ...process.env };
  delete env.DATABASE_URL;
  const options = { cwd: root, env };
  const baseline = median(5, () => time(process.execPath, ["-e", "0"]));
  // The first new database on a machine runs initdb and keeps a template of its files in
  // retort's private temp folder (a folder, or a tar for pglite://memory); later new databases
  // copy that.
  const templates = join(tmpdir(), `retort-${process.getuid?.() ?? 0}`);
  const newDatabase = (withTemplate) => {
    const runs = [];
    for (let i = 0; i < 3; i++) {
      rmSync(join(root, ".retort"), { recursive: true, force: true });
      if (!withTemplate && existsSync(templates)) {
        for (const file of readdirSync(templates)) {
          if (file.startsWith("pglite-"))
            rmSync(join(templates, file), { recursive: true, force: true });
        }
      }
      runs.push(timeAndMemory(process.execPath, [bin, "upgrade", "head"], options));
    }
    return runs.sort((a, b) => a.ms - b.ms)[1];
  };
  const first = newDatabase(false);
  const fromTemplate = newDatabase(true);
  const later = (argv) => {
    const runs = [];
    timeAndMemory(process.execPath, [bin, ...argv], options);
    for (let i = 0; i < 5; i++) runs.push(timeAndMemory(process.execPath, [bin, ...argv], options));
    return runs.sort((a, b) => a.ms - b.ms)[2];
  };
  const row = (task, { ms, mb }) => ({
    task,
    ms: Math.round(ms),
    "peak MB": mb,
    "ratio to node -e 0": (ms / baseline).toFixed(1),
  });
  const rows = [
    row("node -e 0", { ms: baseline, mb: undefined }),
    row("retort upgrade head, the machine's first new database (initdb)", first),
    row("retort upgrade head, a new database (from the template)", fromTemplate),
    row("retort current, later", later(["current"])),
    row("retort upgrade head, later (nothing to do)", later(["upgrade", "head"])),
    row("retort heads (never opens it)", later(["heads"])),
  ];
  console.log("\nthe embedded database (PGlite), 10 migrations (median)");
  console.table(rows);
}

/** A Python that has Alembic (Debian's python3-alembic) and runs `imports`, or undefined. */
function findAlembicPython(imports = ["import alembic"]) {
  for (const python of ["python3", "/usr/bin/python3"]) {
    const probe = spawnSync(python, ["-c", imports.join("; ")], { encoding: "utf8" });
    if (probe.status === 0) return python;
  }
  return undefined;
}

/**
 * The same linear history as an Alembic project: alembic.ini, env.py, one file per revision.
 * `upgradeSql(i)` is revision i's upgrade (default `select 1`). Online, env.py connects to
 * DATABASE_URL when it is set, and runs each revision in its own transaction, as retort does.
 */
function makeAlembicProject(name, count, upgradeSql = () => "select 1") {
  const root = join(work, name);
  rmSync(root, { recursive: true, force: true });
  mkdirSync(join(root, "versions"), { recursive: true });
  writeFileSync(
    join(root, "alembic.ini"),
    "[alembic]\nscript_location = %(here)s\nsqlalchemy.url = postgresql://postgres@127.0.0.1/postgres\n",
  );
  writeFileSync(
    join(root, "env.py"),
    `import os
from alembic import context
from sqlalchemy import engine_from_config, pool

config = context.config
if os.environ.get("DATABASE_URL"):
    config.set_main_option("sqlalchemy.url", os.environ["DATABASE_URL"].replace("postgres://", "postgresql://", 1))
if context.is_offline_mode():
    context.configure(url=config.get_main_option("sqlalchemy.url"), literal_binds=True)
    with context.begin_transaction():
        context.run_migrations()
else:
    engine = engine_from_config(config.get_section(config.config_ini_section), prefix="sqlalchemy.", poolclass=pool.NullPool)
    with engine.connect() as connection:
        context.configure(connection=connection, transaction_per_migration=True)
        with context.begin_transaction():
            context.run_migrations()
`,
  );
  writeFileSync(join(root, "script.py.mako"), "");
  for (let i = 1; i <= count; i++) {
    const rev = revisionId(i);
    const down = i === 1 ? "None" : JSON.stringify(revisionId(i - 1));
    writeFileSync(
      join(root, "versions", `${rev}_m.py`),
      `"""migration ${rev}"""\nfrom alembic import op\n\nrevision = ${JSON.stringify(rev)}\ndown_revision = ${down}\nbranch_labels = None\ndepends_on = None\n\n\ndef upgrade():\n    op.execute(${JSON.stringify(upgradeSql(i))})\n\n\ndef downgrade():\n    op.execute("select 1")\n`,
    );
  }
  return root;
}

/**
 * retort against Alembic 1.8 on the same linear histories: `heads`, `history` and
 * `upgrade head --sql`, warm (caches kept) and cold (retort's .retort cache and Python's
 * __pycache__ removed before each run); ratios below 1 mean retort is faster.
 */
function alembicBench() {
  const python = findAlembicPython();
  if (python === undefined) {
    console.log(
      "\nAlembic comparison skipped: no python3 with alembic (apt-get install python3-alembic).",
    );
    return;
  }
  const rows = [];
  for (const count of [1000, 10000]) {
    const retortRoot = makeProject(`alembic-retort-${count}`, linear(count));
    const alembicRoot = makeAlembicProject(`alembic-alembic-${count}`, count);
    const alembic =
      (...argv) =>
      () =>
        time(python, ["-m", "alembic", "-c", join(alembicRoot, "alembic.ini"), ...argv], {
          cwd: alembicRoot,
        });
    const retort =
      (...argv) =>
      () =>
        time(process.execPath, [bin, ...argv], { cwd: retortRoot });
    const coldRetort = (run) => () => {
      rmSync(join(retortRoot, ".retort"), { recursive: true, force: true });
      return run();
    };
    const coldAlembic = (run) => () => {
      rmSync(join(alembicRoot, "versions", "__pycache__"), { recursive: true, force: true });
      rmSync(join(alembicRoot, "__pycache__"), { recursive: true, force: true });
      return run();
    };
    const runs = count >= 10000 ? 3 : 5;
    const cases = [
      ["heads, warm", retort("heads"), alembic("heads")],
      ["history, warm", retort("history"), alembic("history")],
      [
        "upgrade head --sql, warm",
        retort("upgrade", "head", "--sql"),
        alembic("upgrade", "head", "--sql"),
      ],
      ["heads, cold", coldRetort(retort("heads")), coldAlembic(alembic("heads"))],
      [
        "upgrade head --sql, cold",
        coldRetort(retort("upgrade", "head", "--sql")),
        coldAlembic(alembic("upgrade", "head", "--sql")),
      ],
    ];
    for (const [work, runRetort, runAlembic] of cases) {
      const retortMs = median(runs, runRetort);
      const alembicMs = median(runs, runAlembic);
      rows.push({
        revisions: count,
        work,
        retortMs: Math.round(retortMs),
        alembicMs: Math.round(alembicMs),
        ratio: (retortMs / alembicMs).toFixed(2),
      });
    }
  }
  console.log(
    "\nretort against Alembic on the same linear history (median; ratio retort / Alembic)",
  );
  console.table(rows);
}

const benches = {
  graph: graphBench,
  apply: applyBench,
  catalog: catalogBench,
  targets: targetsBench,
  alembic: alembicBench,
  embedded: embeddedBench,
};
mkdirSync(work, { recursive: true });
for (const [name, run] of Object.entries(benches)) {
  if (only.length === 0 || only.includes(name)) await run();
}
