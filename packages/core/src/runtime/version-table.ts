import { createHash } from "node:crypto";
import { hostname, userInfo } from "node:os";
import type { Kysely } from "kysely";
import { RetortError } from "../errors/retort-error";
import type { StampPlan, VersionChange } from "../graph/index";
import { quoteLiteral, quoteQualified } from "../sql/index";
import { executeRaw } from "./execute-raw";

/** Construction input of {@link VersionTable}. */
export interface VersionTableConfig {
  readonly schema: string;
  readonly table: string;
  readonly historyTable: string;
}

/** One row of `retort_history`. */
export interface HistoryEntry {
  readonly id: number;
  readonly revision: string;
  readonly direction: HistoryDirection;
  readonly checksum: string | null;
  readonly startedAt: Date;
  readonly finishedAt: Date;
  readonly durationMs: number;
  readonly dbUser: string;
  readonly appliedBy: string;
  readonly note: string | null;
}

/**
 * What a history row records: a migration run up or down, a `stamp`, an accepted checksum
 * (`stamp --accept-checksum`), or a note about where the schema came from (`pull --baseline`).
 * A migration with `transactional: false` also leaves `up-started` / `down-started` before its
 * first statement (committed on its own, so it survives a killed process), `failed` when a
 * statement fails, and `resolved` once `stamp` records where the database really is.
 */
export type HistoryDirection =
  | "up"
  | "down"
  | "stamp"
  | "accept"
  | "provenance"
  | "up-started"
  | "down-started"
  | "failed"
  | "resolved";

/**
 * A `transactional: false` migration that started and never finished: its statements ran in
 * autocommit, so some of them may have taken effect.
 */
export interface InterruptedMigration {
  readonly revision: string;
  readonly direction: "up" | "down";
  readonly startedAt: Date;
  readonly appliedBy: string;
  /** The statements it was about to run, in order (`op.run(...)` for a code step). */
  readonly statements: readonly string[];
  /** How many statements ran before one failed; `undefined` when unknown (a killed process). */
  readonly ran: number | undefined;
  /** The failing statement's error, when the failure was caught. */
  readonly error: string | undefined;
}

/** The columns retort reads and writes in each table; a table missing one is not retort's. */
/**
 * `=` as the version table's statements spell it. An operator is found on the search path, and
 * one that matches the argument types exactly wins over `pg_catalog`'s `texteq` (which needs a
 * cast from varchar) wherever it sits in the path: `CREATE OPERATOR app.= (varchar, varchar)`
 * in a schema the migrating role searches would run its function at each upgrade. Function
 * calls are qualified for the same reason (a path that lists a schema before `pg_catalog`).
 */
const eq = "OPERATOR(pg_catalog.=)";

const versionColumns = ["version_num"];
const historyColumns = [
  "revision",
  "direction",
  "checksum",
  "started_at",
  "finished_at",
  "duration_ms",
  "applied_by",
  "note",
];

/** What is written into a history row. */
export interface HistoryRecord {
  readonly revision: string;
  readonly direction: HistoryDirection;
  readonly checksum?: string | null | undefined;
  readonly startedAt: Date;
  readonly finishedAt: Date;
  readonly note?: string | null | undefined;
}

/** A statement with bound parameters; offline, they are inlined as literals. */
export interface Statement {
  readonly sql: string;
  readonly params: readonly unknown[];
}

/**
 * The version table (`retort_version`: one row per applied head, Alembic's `alembic_version`)
 * and the append-only history table beside it. Builds the SQL both online and offline.
 *
 * @example
 * ```ts
 * const table = new VersionTable({ schema: "public", table: "retort_version", historyTable: "retort_history" });
 * await table.ensure(db);
 * await table.heads(db); // ["3f2a9c1b7d4e"]
 * ```
 */
export class VersionTable {
  readonly qualifiedName: string;
  readonly qualifiedHistoryName: string;

  constructor(readonly config: VersionTableConfig) {
    this.qualifiedName = quoteQualified(config.schema, config.table);
    this.qualifiedHistoryName = quoteQualified(config.schema, config.historyTable);
  }

  /** The advisory lock key every retort process on this database agrees on. */
  get lockKey(): bigint {
    const digest = createHash("sha256")
      .update(`retort:${this.config.schema}.${this.config.table}`)
      .digest();
    return digest.readBigInt64BE(0);
  }

  /** `CREATE TABLE IF NOT EXISTS` for both tables (and the schema, if not `public`). */
  createStatements(): string[] {
    const statements: string[] = [];
    if (this.config.schema !== "public") {
      statements.push(
        `CREATE SCHEMA IF NOT EXISTS ${quoteQualified(undefined, this.config.schema)}`,
      );
    }
    const pk = quoteQualified(undefined, `${this.config.table}_pkc`);
    statements.push(
      `CREATE TABLE IF NOT EXISTS ${this.qualifiedName} (\n    "version_num" varchar(32) NOT NULL,\n    CONSTRAINT ${pk} PRIMARY KEY ("version_num")\n)`,
      `CREATE TABLE IF NOT EXISTS ${this.qualifiedHistoryName} (\n    "id" bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,\n    "revision" varchar(32) NOT NULL,\n    "direction" varchar(16) NOT NULL,\n    "checksum" varchar(64),\n    "started_at" timestamp with time zone NOT NULL,\n    "finished_at" timestamp with time zone NOT NULL,\n    "duration_ms" integer NOT NULL,\n    "db_user" text NOT NULL DEFAULT current_user,\n    "applied_by" text NOT NULL,\n    "note" text\n)`,
    );
    return statements;
  }

  /** Creates the tables if they are missing (after {@link assertShape}, so nothing is created beside a user's table). */
  async ensure(db: Kysely<any>): Promise<void> {
    await this.assertShape(db);
    for (const sql of this.createStatements()) await executeRaw(db, sql);
  }

  /**
   * Fails with `VERSION_TABLE` when a table by the version or history table's name exists but
   * lacks a column retort uses: most likely one of the application's own tables, which
   * `CREATE TABLE IF NOT EXISTS` would silently adopt.
   */
  async assertShape(db: Kysely<any>): Promise<void> {
    const result = await executeRaw<{ which: string; attname: string | null }>(
      db,
      `SELECT t.which, a.attname::pg_catalog.text AS attname
         FROM (VALUES ('version', pg_catalog.to_regclass($1)), ('history', pg_catalog.to_regclass($2))) AS t(which, rel)
         LEFT JOIN pg_catalog.pg_attribute a ON a.attrelid OPERATOR(pg_catalog.=) t.rel AND a.attnum OPERATOR(pg_catalog.>) 0 AND NOT a.attisdropped
        WHERE t.rel IS NOT NULL`,
      [this.qualifiedName, this.qualifiedHistoryName],
    );
    const tables = [
      { which: "version", name: this.qualifiedName, key: "versionTable", expected: versionColumns },
      {
        which: "history",
        name: this.qualifiedHistoryName,
        key: "historyTable",
        expected: historyColumns,
      },
    ];
    for (const table of tables) {
      const rows = result.rows.filter((row) => row.which === table.which);
      if (rows.length === 0) continue;
      const columns = rows.flatMap((row) => (row.attname === null ? [] : [row.attname]));
      const missing = table.expected.filter((column) => !columns.includes(column));
      if (missing.length === 0) continue;
      throw new RetortError(
        "VERSION_TABLE",
        `${table.name} exists but is not retort's ${table.which} table: it has no column ${missing.map((c) => `"${c}"`).join(", ")} (its columns: ${columns.join(", ") || "none"}).`,
        {
          hint: `it is probably one of your own tables: give retort's ${table.which} table another name with \`${table.key}\` (or \`versionTableSchema\`) in retort.config.ts. Nothing was created.`,
          details: { table: table.name, columns, missing },
        },
      );
    }
  }

  /** Whether the version table exists. */
  async exists(db: Kysely<any>): Promise<boolean> {
    const result = await executeRaw<{ found: string | null }>(
      db,
      "SELECT pg_catalog.to_regclass($1)::pg_catalog.text AS found",
      [this.qualifiedName],
    );
    return result.rows[0]?.found != null;
  }

  /** The revisions in the version table (the database's current heads); none if it is missing. */
  async heads(db: Kysely<any>): Promise<string[]> {
    if (!(await this.exists(db))) return [];
    await this.assertShape(db);
    const result = await executeRaw<{ version_num: string }>(
      db,
      `SELECT "version_num" FROM ${this.qualifiedName} ORDER BY "version_num"`,
    );
    return result.rows.map((row) => row.version_num);
  }

  /** Adds `revision` as a head. */
  insertStatement(revision: string): Statement {
    return {
      sql: `INSERT INTO ${this.qualifiedName} ("version_num") VALUES ($1)`,
      params: [revision],
    };
  }

  /** Removes the head `revision`. */
  deleteStatement(revision: string): Statement {
    return {
      sql: `DELETE FROM ${this.qualifiedName} WHERE "version_num" ${eq} $1`,
      params: [revision],
    };
  }

  /** Statements that apply one step's change to the version table. */
  changeStatements(change: VersionChange): Statement[] {
    const update = (from: string, to: string): Statement => ({
      sql: `UPDATE ${this.qualifiedName} SET "version_num" = $1 WHERE "version_num" ${eq} $2`,
      params: [to, from],
    });
    const insert = (revision: string) => this.insertStatement(revision);
    const remove = (revision: string) => this.deleteStatement(revision);
    switch (change.kind) {
      case "insert":
        return [insert(change.revision)];
      case "delete":
        return [remove(change.revision)];
      case "update":
        return [update(change.from, change.to)];
      case "merge":
        return [...change.delete.map(remove), update(change.from, change.to)];
      case "unmerge":
        return [update(change.from, change.to), ...change.insert.map(insert)];
    }
  }

  /**
   * The statements of a stamp, online and offline alike: delete the rows it replaces, then
   * insert each stamped head followed by what `history` makes of it (its history row).
   */
  stampStatements<H>(plan: StampPlan, history: (revision: string) => H): (Statement | H)[] {
    const statements: (Statement | H)[] = [];
    if (plan.replaces === "all") {
      statements.push({ sql: `DELETE FROM ${this.qualifiedName}`, params: [] });
    } else if (plan.replaces.length > 0) {
      const placeholders = plan.replaces.map((_, i) => `$${i + 1}`).join(", ");
      statements.push({
        sql: `DELETE FROM ${this.qualifiedName} WHERE "version_num" ${eq} ANY (ARRAY[${placeholders}])`,
        params: plan.replaces,
      });
    }
    for (const head of plan.heads) {
      if (!plan.stamped.includes(head)) continue; // a kept row of another branch
      statements.push(this.insertStatement(head), history(head));
    }
    return statements;
  }

  /** A history row as a statement. */
  historyStatement(record: HistoryRecord): Statement {
    return {
      sql: `INSERT INTO ${this.qualifiedHistoryName} ("revision", "direction", "checksum", "started_at", "finished_at", "duration_ms", "applied_by", "note") VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
      params: [
        record.revision,
        record.direction,
        record.checksum ?? null,
        record.startedAt.toISOString(),
        record.finishedAt.toISOString(),
        Math.max(0, Math.round(record.finishedAt.getTime() - record.startedAt.getTime())),
        appliedBy(),
        record.note ?? null,
      ],
    };
  }

  /** Offline form of a history row: times come from the server when the script runs. */
  historyStatementOffline(
    record: Pick<HistoryRecord, "revision" | "direction" | "checksum" | "note">,
    startedAt?: Date,
  ): string {
    // Offline, the script's own clock times the step; online (batched with the migration's
    // statements) the start is known and the server measures the end.
    const started =
      startedAt === undefined
        ? "pg_catalog.now()"
        : `${quoteLiteral(startedAt.toISOString())}::timestamp with time zone`;
    const duration =
      startedAt === undefined
        ? "0"
        : `pg_catalog.round(extract(epoch from pg_catalog.clock_timestamp() OPERATOR(pg_catalog.-) ${started}) OPERATOR(pg_catalog.*) 1000)::int`;
    const who = startedAt === undefined ? `${appliedBy()} (offline script)` : appliedBy();
    return `INSERT INTO ${this.qualifiedHistoryName} ("revision", "direction", "checksum", "started_at", "finished_at", "duration_ms", "applied_by", "note") VALUES (${[
      quoteLiteral(record.revision),
      quoteLiteral(record.direction),
      quoteLiteral(record.checksum ?? null),
      started,
      "pg_catalog.clock_timestamp()",
      duration,
      quoteLiteral(who),
      quoteLiteral(record.note ?? null),
    ].join(", ")})`;
  }

  /** The history, oldest first; empty if the table is missing. */
  async history(db: Kysely<any>, options: { revision?: string } = {}): Promise<HistoryEntry[]> {
    const found = await executeRaw<{ found: string | null }>(
      db,
      "SELECT pg_catalog.to_regclass($1)::pg_catalog.text AS found",
      [this.qualifiedHistoryName],
    );
    if (found.rows[0]?.found == null) return [];
    const where = options.revision === undefined ? "" : ` WHERE "revision" ${eq} $1`;
    const result = await executeRaw(
      db,
      `SELECT "id", "revision", "direction", "checksum", "started_at", "finished_at", "duration_ms", "db_user", "applied_by", "note" FROM ${this.qualifiedHistoryName}${where} ORDER BY "id"`,
      options.revision === undefined ? [] : [options.revision],
    );
    return result.rows.map((row) => ({
      id: Number(row.id),
      revision: String(row.revision),
      direction: String(row.direction) as HistoryDirection,
      checksum: row.checksum == null ? null : String(row.checksum),
      startedAt: new Date(row.started_at as string),
      finishedAt: new Date(row.finished_at as string),
      durationMs: Number(row.duration_ms),
      dbUser: String(row.db_user),
      appliedBy: String(row.applied_by),
      note: row.note == null ? null : String(row.note),
    }));
  }

  /**
   * The `transactional: false` migrations that started and have no finishing row since (no
   * `up`, `down` or `stamp` row of that revision, and no `resolved` row), oldest first.
   */
  async interrupted(db: Kysely<any>): Promise<InterruptedMigration[]> {
    const open = new Map<string, InterruptedMigration>();
    for (const entry of await this.history(db)) {
      switch (entry.direction) {
        case "up-started":
        case "down-started":
          open.set(entry.revision, {
            revision: entry.revision,
            direction: entry.direction === "up-started" ? "up" : "down",
            startedAt: entry.startedAt,
            appliedBy: entry.appliedBy,
            statements: parseNote(entry.note).statements ?? [],
            ran: undefined,
            error: undefined,
          });
          break;
        case "failed": {
          const started = open.get(entry.revision);
          const note = parseNote(entry.note);
          if (started !== undefined) {
            open.set(entry.revision, { ...started, ran: note.ran, error: note.error });
          }
          break;
        }
        case "up":
        case "down":
        case "stamp":
        case "resolved":
          open.delete(entry.revision);
          break;
        case "accept":
        case "provenance":
          break;
      }
    }
    return [...open.values()];
  }

  /** The row a `transactional: false` step writes, and commits, before its first statement. */
  startedStatement(
    revision: string,
    direction: "up" | "down",
    statements: readonly string[],
    startedAt: Date,
  ): Statement {
    return this.historyStatement({
      revision,
      direction: direction === "up" ? "up-started" : "down-started",
      startedAt,
      finishedAt: startedAt,
      note: JSON.stringify({ statements }),
    });
  }

  /** The row a `transactional: false` step writes when statement `ran + 1` fails. */
  failedStatement(revision: string, ran: number, error: string, startedAt: Date): Statement {
    return this.historyStatement({
      revision,
      direction: "failed",
      startedAt,
      finishedAt: new Date(),
      note: JSON.stringify({ ran, error }),
    });
  }

  /**
   * The checksum each revision was last applied (or accepted) with: the newest `up`, `stamp`
   * or `accept` row of each revision that has a checksum.
   */
  async appliedChecksums(db: Kysely<any>): Promise<Map<string, string>> {
    const checksums = new Map<string, string>();
    for (const entry of await this.history(db)) {
      if (entry.direction === "down") checksums.delete(entry.revision);
      else if (entry.checksum !== null && entry.direction !== "provenance") {
        checksums.set(entry.revision, entry.checksum);
      }
    }
    return checksums;
  }
}

/** The JSON note of a `*-started` or `failed` row; fields that do not parse are left out. */
function parseNote(note: string | null): {
  statements?: string[];
  ran?: number;
  error?: string;
} {
  try {
    const value = JSON.parse(note ?? "{}") as Record<string, unknown>;
    return {
      ...(Array.isArray(value.statements) ? { statements: value.statements.map(String) } : {}),
      ...(typeof value.ran === "number" ? { ran: value.ran } : {}),
      ...(typeof value.error === "string" ? { error: value.error } : {}),
    };
  } catch {
    return {};
  }
}

let who: string | undefined;

/** Who ran retort, for the history: OS user and host (looked up once; it is not cheap). */
function appliedBy(): string {
  if (who !== undefined) return who;
  let user = "unknown";
  try {
    user = userInfo().username;
  } catch {
    // No passwd entry (some containers): the database user is still recorded.
  }
  who = `${user}@${hostname()}`;
  return who;
}
