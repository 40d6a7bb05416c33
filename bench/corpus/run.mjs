// The corpus round trip: `pnpm test:corpus [name...]`. For each real public schema under
// bench/corpus/<name>/ (schema.sql, its SOURCE.json, and a prelude.sql for what the schema expects
// its platform to provide), on the test server (PostgreSQL at 127.0.0.1:5432, as the db tests):
//
//   load      psql runs prelude.sql + schema.sql into a fresh source database
//   pull      `retort pull --baseline` into a fresh project (models + baseline; stamps the source)
//   check     `retort check` on the source finds no difference
//   upgrade   `retort upgrade head` on an empty database gives the source's `pg_dump --schema-only`
//   downgrade `retort downgrade base` leaves that database empty but for retort's version tables
//   autogen   one line added to one model (a nullable text column) makes `revision --autogenerate`
//             write exactly that addColumn (and its dropColumn), which applies, and `check` is
//             clean after it
//   fnchange  one line added to one function's body makes it write exactly one createFunction
//             (orReplace; the old body in down), which applies, and `check` is clean after it
//   check/pg_dump  `retort check` beside `pg_dump --schema-only` of the source, median of 3
//
// Dumps are compared as multisets of statements, after the normaliser below. Not part of
// `pnpm test`: it takes minutes. RETORT_CORPUS_KEEP=1 keeps the projects and dumps in
// bench/.work/corpus for a look at a failure.
import { spawnSync } from "node:child_process";
import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { basename, dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { createTestDatabase } from "@retort/test-harness";

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, "..", "..");
const bin = join(root, "apps", "retort", "bin", "retort.js");
const work = join(root, "bench", ".work", "corpus");
const keep = process.env.RETORT_CORPUS_KEEP === "1";
const only = process.argv.slice(2);
const versionTables = ["retort_version", "retort_history"];
/**
 * Other migration tools' version tables, which retort recognises and leaves alone (README,
 * `exclude`): the source keeps them, the database retort builds never has them.
 */
const otherToolsTables = [
  "schema_migrations",
  "_prisma_migrations",
  "alembic_version",
  "goose_db_version",
  "flyway_schema_history",
  "django_migrations",
  "knex_migrations",
  "kysely_migration",
];

/** Runs a command; the result with its time, never throws on a non-zero exit. */
function run(command, args, options = {}) {
  const started = process.hrtime.bigint();
  const result = spawnSync(command, args, {
    encoding: "utf8",
    maxBuffer: 1 << 30,
    ...options,
  });
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  return { ok: result.status === 0, ms, stdout: result.stdout ?? "", stderr: result.stderr ?? "" };
}

function retort(project, url, ...argv) {
  return run(process.execPath, [bin, ...argv], {
    cwd: project,
    env: { ...process.env, DATABASE_URL: url, NO_COLOR: "1" },
  });
}

function psql(url, ...args) {
  return run("psql", ["-X", "-q", "-v", "ON_ERROR_STOP=1", "-d", url, ...args]);
}

/**
 * The normaliser: pg_dump --schema-only --no-owner (objects belong to the role that runs the
 * migrations: retort carries no owner, and Pagila's `ALTER SCHEMA public OWNER TO postgres`
 * would be the one difference) and its text without comment lines, blank lines, session
 * settings (`SET ...`, `SELECT pg_catalog.set_config(...)`) and psql's `\restrict` guards, cut into
 * statements (lines up to one ending with `;`), so a statement over several lines is one item.
 * Nothing inside a statement is rewritten: the order of columns, the names of constraints and
 * indexes, every option must come back as the source has them. Only the order of statements is
 * free (compared as a multiset): pg_dump orders objects of one kind by name and OID, and OIDs
 * differ between the source and the database retort built. Statements about other migration
 * tools' version tables ({@link otherToolsTables}) are left out of both sides.
 */
function dumpStatements(url) {
  const dumped = run("pg_dump", ["--schema-only", "--no-owner", "-d", url]);
  if (!dumped.ok) throw new Error(`pg_dump failed: ${dumped.stderr}`);
  const statements = [];
  let current = [];
  for (const line of dumped.stdout.split("\n")) {
    if (line.trim() === "") continue;
    if (/^(--|\\restrict|\\unrestrict|SET |SELECT pg_catalog\.set_config)/.test(line)) continue;
    current.push(line);
    if (line.endsWith(";")) {
      const statement = current.join("\n");
      if (!mentionsAny(statement, otherToolsTables)) statements.push(statement);
      current = [];
    }
  }
  if (current.length > 0) statements.push(current.join("\n"));
  return statements;
}

/** Statements of `a` that `b` lacks, counting repeats. */
function missingFrom(a, b) {
  const left = new Map();
  for (const s of b) left.set(s, (left.get(s) ?? 0) + 1);
  const missing = [];
  for (const s of a) {
    const n = left.get(s) ?? 0;
    if (n > 0) left.set(s, n - 1);
    else missing.push(s);
  }
  return missing;
}

function mentionsAny(statement, tables) {
  return tables.some((t) => new RegExp(`\\.${t}\\b`).test(statement));
}

/** Whether a dumped statement is about retort's own version tables (or the schema `public`). */
function isBookkeeping(statement) {
  if (/^(CREATE SCHEMA public;|COMMENT ON SCHEMA public IS)/.test(statement)) return true;
  return mentionsAny(statement, versionTables);
}

const countsSql = `
with own as (select objid from pg_depend where deptype = 'e')
select
  (select count(*) from pg_class c join pg_namespace n on n.oid = c.relnamespace
    where c.relkind in ('r','p','f') and n.nspname not in ('pg_catalog','information_schema')
      and n.nspname !~ '^pg_toast' and c.oid not in (select objid from own)
      and c.relname not in ('retort_version','retort_history')) as tables,
  (select count(*) from pg_constraint k join pg_class c on c.oid = k.conrelid
    where k.contype = 'f' and k.conparentid = 0 and c.oid not in (select objid from own)) as fks,
  (select count(*) from pg_class c join pg_namespace n on n.oid = c.relnamespace
    where c.relkind in ('v','m') and n.nspname not in ('pg_catalog','information_schema')
      and c.oid not in (select objid from own)) as views,
  (select count(*) from pg_proc p join pg_namespace n on n.oid = p.pronamespace
    where n.nspname not in ('pg_catalog','information_schema')
      and p.oid not in (select objid from own)) as functions,
  (select count(*) from pg_trigger t join pg_class c on c.oid = t.tgrelid
    where not t.tgisinternal and t.tgparentid = 0 and c.oid not in (select objid from own)) as triggers`;

function counts(url) {
  const out = psql(url, "-A", "-t", "-F", " ", "-c", countsSql);
  if (!out.ok) throw new Error(out.stderr);
  const [tables, fks, views, functions, triggers] = out.stdout.trim().split(" ").map(Number);
  return { tables, fks, views, functions, triggers };
}

/** Every `.ts` file pull wrote under the project's `models/`, sorted. */
function modelFiles(project) {
  const files = [];
  const walk = (dir) => {
    for (const entry of readdirSync(dir)) {
      const path = join(dir, entry);
      if (statSync(path).isDirectory()) walk(path);
      else if (path.endsWith(".ts")) files.push(path);
    }
  };
  walk(join(project, "models"));
  return files.sort();
}

/** A plain table (no partitioning, no inheritance) to add the probe column to, with its model file. */
function probeTarget(url, project) {
  const out = psql(
    url,
    "-A",
    "-t",
    "-F",
    "\t",
    "-c",
    `select n.nspname, c.relname from pg_class c join pg_namespace n on n.oid = c.relnamespace
      where c.relkind = 'r' and not c.relispartition and not c.relhassubclass
        and n.nspname not in ('pg_catalog','information_schema')
        and c.relname not in ('retort_version','retort_history')
        and not exists (select from pg_inherits i where i.inhrelid = c.oid)
        and not exists (select from pg_depend d where d.objid = c.oid and d.deptype = 'e')
      order by n.nspname <> 'public', c.relname`,
  );
  if (!out.ok) throw new Error(out.stderr);
  const files = modelFiles(project);
  for (const line of out.stdout.trim().split("\n")) {
    const [schema, name] = line.split("\t");
    const opening = `table(\n  ${JSON.stringify(name)},\n  {\n`;
    const matches = files.filter((file) => {
      const text = readFileSync(file, "utf8");
      const inSchema =
        schema === "public"
          ? !/schema: "/.test(text)
          : text.includes(`schema: ${JSON.stringify(schema)}`);
      return text.includes(opening) && inSchema;
    });
    if (matches.length === 1) return { schema, name, file: matches[0], opening };
  }
  throw new Error("no plain table whose model file could take the probe column");
}

/**
 * A function model whose body can take one more line (a SQL comment at its top), with its file
 * and the edit; undefined when pull wrote no plpgsql or SQL function.
 */
function functionProbe(project) {
  for (const file of modelFiles(project).filter((path) => basename(path) === "functions.ts")) {
    const text = readFileSync(file, "utf8");
    for (const match of text.matchAll(
      /= fn\("([^"]+)", \{[\s\S]*?\n {2}language: "(plpgsql|sql)",[\s\S]*?\n {2}body: (["`])/g,
    )) {
      const at = match.index + match[0].length;
      return {
        name: match[1],
        file,
        edit: (source) =>
          source.slice(0, at) +
          (match[3] === "`" ? "-- corpus probe\n" : "-- corpus probe\\n") +
          source.slice(at),
      };
    }
  }
  return undefined;
}

/** The generated migration's `up` and `down` bodies. */
function migrationBodies(text) {
  const up = text.match(/\n {2}up\(op\) \{\n([\s\S]*?)\n {2}\},\n/)?.[1] ?? "";
  const down = text.match(/\n {2}down\(op\) \{\n([\s\S]*?)\n {2}\},\n/)?.[1] ?? "";
  return { up, down };
}

function opCalls(body) {
  return [...body.matchAll(/\bop\.(\w+)\(/g)].map((m) => m[1]);
}

function makeProject(name) {
  const project = join(work, name);
  rmSync(project, { recursive: true, force: true });
  mkdirSync(join(project, "migrations", "versions"), { recursive: true });
  mkdirSync(join(project, "node_modules"), { recursive: true });
  symlinkSync(join(root, "apps", "retort"), join(project, "node_modules", "retort"));
  writeFileSync(
    join(project, "retort.config.ts"),
    `export default { url: process.env.DATABASE_URL, migrations: "migrations", models: "models/index.ts" };\n`,
  );
  return project;
}

/** The first lines of a failed step's output, for the report under the table. */
function firstLines(text, count = 12) {
  const lines = text.trim().split("\n");
  return lines.slice(0, count).join("\n") + (lines.length > count ? "\n  ..." : "");
}

async function roundTrip(name) {
  const dir = join(here, name);
  const source = JSON.parse(readFileSync(join(dir, "SOURCE.json"), "utf8"));
  const row = {
    schema: name,
    kb: Math.round(statSync(join(dir, "schema.sql")).size / 1024),
    commit: source.commit.slice(0, 8),
    license: source.license,
  };
  const failures = [];
  const step = (label, result, detail) => {
    row[label] = `${result.ok ? "ok" : "FAIL"} ${(result.ms / 1000).toFixed(1)}s`;
    if (!result.ok)
      failures.push(`${name} ${label}: ${detail ?? firstLines(result.stderr || result.stdout)}`);
    return result.ok;
  };
  const src = await createTestDatabase(`corpus_${name}_src`);
  const tgt = await createTestDatabase(`corpus_${name}_tgt`);
  const project = makeProject(name);
  try {
    const files = ["prelude.sql", "schema.sql"].filter((f) => existsSync(join(dir, f)));
    const loaded = psql(src.url, ...files.flatMap((f) => ["-f", join(dir, f)]));
    if (!step("load", loaded)) return { row, failures };
    Object.assign(row, counts(src.url));

    if (!step("pull", retort(project, src.url, "pull", "--baseline", "-m", "baseline"))) {
      return { row, failures };
    }
    step("check", retort(project, src.url, "check"));

    const upgraded = retort(project, tgt.url, "upgrade", "head");
    if (upgraded.ok) {
      const started = process.hrtime.bigint();
      const want = dumpStatements(src.url);
      const got = dumpStatements(tgt.url);
      const lost = missingFrom(want, got);
      const extra = missingFrom(got, want);
      if (keep) {
        writeFileSync(join(project, "source.dump.sql"), want.join("\n"));
        writeFileSync(join(project, "target.dump.sql"), got.join("\n"));
      }
      const same = lost.length === 0 && extra.length === 0;
      const detail = [
        `${lost.length} statement(s) of the source missing, ${extra.length} not in the source`,
        ...lost.slice(0, 6).map((s) => `  - ${s.replaceAll("\n", "\n    ")}`),
        ...extra.slice(0, 6).map((s) => `  + ${s.replaceAll("\n", "\n    ")}`),
      ].join("\n");
      const ms = upgraded.ms + Number(process.hrtime.bigint() - started) / 1e6;
      step("upgrade", { ok: same, ms }, detail);
    } else {
      step("upgrade", upgraded);
    }

    if (upgraded.ok) {
      const downgraded = retort(project, tgt.url, "downgrade", "base");
      if (downgraded.ok) {
        const left = dumpStatements(tgt.url).filter((s) => !isBookkeeping(s));
        const detail = [
          `${left.length} statement(s) left after downgrade base`,
          ...left.slice(0, 8).map((s) => `  ${s.replaceAll("\n", "\n    ")}`),
        ].join("\n");
        step("downgrade", { ok: left.length === 0, ms: downgraded.ms }, detail);
      } else {
        step("downgrade", downgraded);
      }
    }

    // One line added to one model: autogenerate against the source (stamped at the baseline)
    // must write that column and nothing else.
    const probe = probeTarget(src.url, project);
    const model = readFileSync(probe.file, "utf8");
    writeFileSync(
      probe.file,
      model.replace(
        probe.opening,
        `${probe.opening}    corpusProbe: c.text().name("corpus_probe"),\n`,
      ),
    );
    const started = process.hrtime.bigint();
    const generated = retort(project, src.url, "revision", "--autogenerate", "-m", "probe");
    if (generated.ok) {
      const versions = join(project, "migrations", "versions");
      const file = readdirSync(versions).find((f) => f.endsWith("_probe.ts"));
      const { up, down } = migrationBodies(readFileSync(join(versions, file), "utf8"));
      const table = probe.schema === "public" ? probe.name : `${probe.schema}.${probe.name}`;
      const inSchema =
        probe.schema === "public" || up.includes(`schema: ${JSON.stringify(probe.schema)}`);
      const exact =
        opCalls(up).join() === "addColumn" &&
        up.includes(`addColumn(${JSON.stringify(probe.name)}, "corpus_probe"`) &&
        inSchema &&
        up.includes('"corpus_probe"') &&
        opCalls(down).join() === "dropColumn";
      const applied = exact && retort(project, src.url, "upgrade", "head").ok;
      const clean = applied && retort(project, src.url, "check").ok;
      const ms = Number(process.hrtime.bigint() - started) / 1e6;
      const detail = !exact
        ? `expected one addColumn of corpus_probe on ${table}, got:\n  up: ${up.trim()}\n  down: ${down.trim()}`
        : !applied
          ? "the generated migration does not apply"
          : "check is not clean after the generated migration";
      step("autogen", { ok: clean, ms }, detail);
    } else {
      step("autogen", generated);
    }

    // One line added to one function's body: autogenerate must replace that function alone
    // (CREATE OR REPLACE up, the old body back down).
    const fnProbe = functionProbe(project);
    if (fnProbe === undefined) {
      row.fnchange = "-";
    } else {
      const original = readFileSync(fnProbe.file, "utf8");
      writeFileSync(fnProbe.file, fnProbe.edit(original));
      const fnStarted = process.hrtime.bigint();
      const written = retort(project, src.url, "revision", "--autogenerate", "-m", "fnprobe");
      if (written.ok) {
        const versions = join(project, "migrations", "versions");
        const file = readdirSync(versions).find((f) => f.endsWith("_fnprobe.ts"));
        const { up, down } = migrationBodies(readFileSync(join(versions, file), "utf8"));
        const exact =
          opCalls(up).join() === "createFunction" &&
          up.includes("corpus probe") &&
          up.includes("orReplace: true") &&
          opCalls(down).join() === "createFunction" &&
          !down.includes("corpus probe");
        const applied = exact && retort(project, src.url, "upgrade", "head").ok;
        const clean = applied && retort(project, src.url, "check").ok;
        const ms = Number(process.hrtime.bigint() - fnStarted) / 1e6;
        const detail = !exact
          ? `expected one createFunction (orReplace) of ${fnProbe.name}, got:\n  up: ${up.trim().slice(0, 400)}\n  down: ${down.trim().slice(0, 400)}`
          : !applied
            ? "the generated migration does not apply"
            : "check is not clean after the generated migration";
        step("fnchange", { ok: clean, ms }, detail);
      } else {
        step("fnchange", written);
      }
    }

    // check beside pg_dump --schema-only of the same database (median of 3 each).
    const median = (fn) => {
      const times = [fn(), fn(), fn()].sort((a, b) => a - b);
      return times[1];
    };
    const dumpMs = median(
      () => run("pg_dump", ["--schema-only", "--no-owner", "-d", src.url, "-f", "/dev/null"]).ms,
    );
    const checkMs = median(() => retort(project, src.url, "check").ms);
    row["check/pg_dump"] = (checkMs / dumpMs).toFixed(2);
    return { row, failures };
  } finally {
    await src.drop();
    await tgt.drop();
    if (!keep) rmSync(project, { recursive: true, force: true });
  }
}

const names = readdirSync(here)
  .filter((entry) => existsSync(join(here, entry, "SOURCE.json")))
  .filter((entry) => only.length === 0 || only.includes(entry))
  .sort();
if (names.length === 0) {
  console.error(`No corpus schema named ${only.join(", ")} under ${here}.`);
  process.exit(2);
}
mkdirSync(work, { recursive: true });
const rows = [];
const failures = [];
for (const name of names) {
  process.stderr.write(`${name}...\n`);
  try {
    const result = await roundTrip(name);
    rows.push(result.row);
    failures.push(...result.failures);
  } catch (error) {
    rows.push({ schema: name, error: "FAIL" });
    failures.push(`${name}: ${error instanceof Error ? error.stack : String(error)}`);
  }
}
console.table(rows);
for (const failure of failures) console.log(`\n${failure}`);
console.log(
  failures.length === 0
    ? `\nAll ${names.length} schemas round-trip.`
    : `\n${failures.length} failure(s).`,
);
process.exitCode = failures.length === 0 ? 0 : 1;
