import { execFile } from "node:child_process";
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  realpathSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { createTestDatabase } from "@retort/test-harness";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { writeOfflineMetadata } from "./install/offline-metadata";
import { packAll, publicPackages } from "./install/pack";

// What the README's Install section promises, done as a user would in a folder outside this
// repository: every public package packed as it would be published, a fresh project depending on
// `retort` and `kysely`, `pnpm install` (offline: from the store the workspace's install filled,
// see offline-metadata.ts), then the daily routine with the installed `retort` bin and a strict
// type-check of Kysely queries typed by `DatabaseOf`. Once per supported kysely minor.

const workspaceRoot = resolve(dirname(fileURLToPath(import.meta.url)), "..", "..", "..");
const kyselyMinors = ["0.27", "0.28", "0.29"];

interface Run {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** The environment a user's shell would give: none of the npm/pnpm settings of this test run. */
const cleanEnv = Object.fromEntries(
  Object.entries(process.env).filter(
    ([key, value]) => value !== undefined && !/^npm_|^PNPM_SCRIPT_SRC_DIR$|^INIT_CWD$/i.test(key),
  ),
) as Record<string, string>;

async function run(
  command: string,
  args: readonly string[],
  cwd: string,
  env: Record<string, string> = {},
): Promise<Run> {
  try {
    const { stdout, stderr } = await promisify(execFile)(command, args, {
      cwd,
      env: { ...cleanEnv, NO_COLOR: "1", ...env },
      maxBuffer: 32 * 1024 * 1024,
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code?: unknown; stdout?: string; stderr?: string };
    return {
      code: typeof failed.code === "number" ? failed.code : -1,
      stdout: failed.stdout ?? "",
      stderr: failed.stderr ?? String(error),
    };
  }
}

/** Fails with the command's output when it did not exit 0. */
function expectSuccess(result: Run, what: string): void {
  expect(result.code, `${what}\n${result.stdout}\n${result.stderr}`).toBe(0);
}

const model = `import { column as c, table } from "retort";

export const account = table("account", {
  id: c.bigint().primaryKey().generatedAlwaysAsIdentity(),
  email: c.text().notNull().unique(),
  created_at: c.timestamptz().notNull().defaultSql("now()"),
});
`;

const queries = `import type { Kysely } from "kysely";
import { type DatabaseOf, openMigrator } from "retort";
import type * as models from "./app/models/index.js";

export type Database = DatabaseOf<typeof models>;

export async function addAccount(db: Kysely<Database>, email: string): Promise<string> {
  const row = await db.insertInto("account").values({ email }).returning("id").executeTakeFirstOrThrow();
  return row.id; // bigint reads as a string
}

export async function signups(db: Kysely<Database>): Promise<{ email: string; at: Date }[]> {
  const rows = await db
    .selectFrom("account")
    .select(["email", "created_at"])
    .where("email", "like", "%@example.com")
    .orderBy("created_at", "desc")
    .execute();
  return rows.map((row) => ({ email: row.email, at: row.created_at }));
}

export function identityIsReadOnly(db: Kysely<Database>) {
  // @ts-expect-error an identity column is generated always: not writable on insert
  return db.insertInto("account").values({ id: "1", email: "a@example.com" });
}

// The application's Kysely is retort's Kysely: with two copies of kysely this stops compiling.
export async function migrateOnStart(db: Kysely<Database>): Promise<void> {
  const migrator = await openMigrator({ db });
  try {
    await migrator.upgrade("head");
  } finally {
    await migrator.close();
  }
}

export function unknownColumn(db: Kysely<Database>) {
  // @ts-expect-error the model has no such column
  return db.selectFrom("account").select("nickname");
}
`;

interface Manifest {
  readonly name: string;
  readonly version: string;
  readonly dependencies?: Record<string, string>;
  readonly peerDependencies?: Record<string, string>;
  readonly optionalDependencies?: Record<string, string>;
}

/** The package.json of each of `names` installed under pnpm's `node_modules/.pnpm`. */
function installedManifests(store: string, names: readonly string[]): string[] {
  const found = new Set<string>();
  for (const entry of readdirSync(store)) {
    for (const name of names) {
      const manifestPath = join(store, entry, "node_modules", name, "package.json");
      if (existsSync(manifestPath)) found.add(realpathSync(manifestPath));
    }
  }
  expect(found.size, "one installed copy of each public package").toBe(names.length);
  return [...found];
}

let work: string;
let tarballs: Map<string, string>;
let locked: Map<string, string[]>;
let storeDir: string;

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), "retort-install-work-"));
  mkdirSync(join(work, "packs"));
  tarballs = await packAll(workspaceRoot, publicPackages(workspaceRoot), join(work, "packs"));
  locked = writeOfflineMetadata(join(workspaceRoot, "pnpm-lock.yaml"), join(work, "cache"));
  const store = await run("pnpm", ["store", "path"], workspaceRoot);
  expectSuccess(store, "pnpm store path");
  storeDir = store.stdout.trim();
});

afterAll(() => {
  if (work !== undefined) rmSync(work, { recursive: true, force: true });
});

describe.each(kyselyMinors)("installed from the packed tarballs, with kysely %s", (minor) => {
  it("runs the daily routine and type-checks Kysely queries, with one copy of kysely", {
    timeout: 300_000,
  }, async () => {
    const kyselyVersion = locked.get("kysely")?.findLast((v) => v.startsWith(`${minor}.`));
    // The root package.json's kysely-0-NN aliases put each minor into the lockfile and store.
    expect(kyselyVersion, `no kysely ${minor}.x in pnpm-lock.yaml`).toBeDefined();
    const typescriptVersion = locked.get("typescript")?.findLast((v) => !v.includes("-"));
    const project = mkdtempSync(join(tmpdir(), "retort-install-"));
    const database = await createTestDatabase(`install_${minor}`);
    try {
      const fileOf = (name: string) => `file:${tarballs.get(name)!}`;
      writeFileSync(
        join(project, "package.json"),
        `${JSON.stringify(
          {
            name: "retort-install-test",
            private: true,
            type: "module",
            dependencies: { kysely: kyselyVersion, retort: fileOf("retort") },
            devDependencies: { typescript: typescriptVersion },
            // Stands in for the registry: the @retort/* packages retort depends on are these
            // tarballs, not anything published.
            pnpm: {
              overrides: Object.fromEntries(
                [...tarballs.keys()].filter((n) => n !== "retort").map((n) => [n, fileOf(n)]),
              ),
            },
          },
          null,
          2,
        )}\n`,
      );
      const install = (...extra: string[]) =>
        run(
          "pnpm",
          [
            "install",
            "--offline",
            `--config.cache-dir=${join(work, "cache")}`,
            `--config.store-dir=${storeDir}`,
            "--config.update-notifier=false",
            ...extra,
          ],
          project,
        );
      expectSuccess(await install(), "pnpm install --offline");

      // One kysely: the project's, which every @retort package sees as its peer.
      const store = join(project, "node_modules", ".pnpm");
      expect(readdirSync(store).filter((entry) => entry.startsWith("kysely@"))).toEqual([
        `kysely@${kyselyVersion}`,
      ]);
      const seen = new Set(
        readdirSync(store)
          .map((entry) => join(store, entry, "node_modules", "kysely"))
          .filter((dir) => existsSync(dir))
          .map((dir) => realpathSync(dir)),
      );
      expect([...seen]).toEqual([realpathSync(join(project, "node_modules", "kysely"))]);

      // As published: real versions where the workspace says `workspace:*`, and a README each,
      // for retort and every @retort package it depends on.
      const retortManifest = JSON.parse(
        readFileSync(join(project, "node_modules", "retort", "package.json"), "utf8"),
      ) as Manifest;
      const ours = Object.keys(retortManifest.dependencies ?? {}).filter((n) =>
        n.startsWith("@retort/"),
      );
      expect(ours.length).toBeGreaterThanOrEqual(5);
      for (const manifestPath of installedManifests(store, ["retort", ...ours])) {
        const manifest = JSON.parse(readFileSync(manifestPath, "utf8")) as Manifest;
        for (const kind of ["dependencies", "peerDependencies", "optionalDependencies"] as const) {
          for (const [name, spec] of Object.entries(manifest[kind] ?? {})) {
            expect(spec, `${manifest.name} ${kind} ${name}`).not.toMatch(/^workspace:/);
            if (name.startsWith("@retort/")) expect(spec).toBe(manifest.version);
          }
        }
        expect(manifest.dependencies?.kysely, `${manifest.name} depends on kysely`).toBeUndefined();
        expect(
          existsSync(join(dirname(manifestPath), "README.md")),
          `${manifest.name} README`,
        ).toBe(true);
      }

      const retort = (...args: string[]) =>
        run(join(project, "node_modules", ".bin", "retort"), args, project, {
          DATABASE_URL: database.url,
        });
      expectSuccess(await retort("init"), "retort init");
      writeFileSync(join(project, "app", "models", "account.ts"), model);
      writeFileSync(
        join(project, "app", "models", "index.ts"),
        `export { account } from "./account.js";\n`,
      );

      const revision = await retort("revision", "--autogenerate", "-m", "add account");
      expectSuccess(revision, "retort revision --autogenerate");
      expect(revision.stdout + revision.stderr).toContain("public.account");
      const versions = join(project, "app", "migrations", "versions");
      const generated = readdirSync(versions).filter((f) => f.endsWith("_add_account.ts"));
      expect(generated).toHaveLength(1);
      // From the entry that leaves the differ and kysely unloaded while migrations run.
      expect(readFileSync(join(versions, generated[0]!), "utf8")).toMatch(
        /^import \{ defineMigration \} from "retort\/migration";\n/,
      );

      expectSuccess(await retort("upgrade", "head"), "retort upgrade head");
      expectSuccess(await retort("downgrade", "-1"), "retort downgrade -1");
      const drifted = await retort("check");
      expect(drifted.code, "check after downgrade: the table is missing").toBe(1);
      expectSuccess(await retort("upgrade", "head"), "retort upgrade head (again)");
      expectSuccess(await retort("check"), "retort check");

      writeFileSync(join(project, "queries.ts"), queries);
      const tsc = await run(
        join(project, "node_modules", ".bin", "tsc"),
        [
          "--strict",
          "--noEmit",
          "--module",
          "nodenext",
          "--target",
          "es2022",
          "queries.ts",
          join(versions, generated[0]!),
        ],
        project,
      );
      expectSuccess(tsc, "tsc --strict --noEmit queries.ts <migration>");

      // A production image: dependencies only (no typescript, no tsx), and no bundle cached by
      // the commands above. retort still loads the TypeScript config and migrations: esbuild,
      // which does that, is a dependency of retort, not a dev dependency.
      expectSuccess(await install("--prod"), "pnpm install --offline --prod");
      expect(existsSync(join(project, "node_modules", "typescript"))).toBe(false);
      rmSync(join(project, ".retort"), { recursive: true, force: true });
      expectSuccess(await retort("downgrade", "base"), "retort downgrade base (production)");
      expectSuccess(await retort("upgrade", "head"), "retort upgrade head (production)");
      expectSuccess(await retort("check"), "retort check (production)");
    } finally {
      await database.drop();
      rmSync(project, { recursive: true, force: true });
    }
  });
});
