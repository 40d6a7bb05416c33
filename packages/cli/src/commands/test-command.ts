import { existsSync, readFileSync } from "node:fs";
import { relative, resolve } from "node:path";
import { isRetortError, RetortError, type RevisionRange } from "@retort/core";
import type { MigrationTestEvent, RevisionTestResult } from "@retort/differ";
import { type Command, flag, jsonOption, stringOption } from "../command";
import { loadModels, printChanges, warnUnexported } from "./autogenerate";

const statusWord: Record<RevisionTestResult["status"], string> = {
  passed: "ok  ",
  failed: "FAIL",
  "not run": "skip",
};

/** `--rev-range a:b`, or `--from` / `--to`; not both. */
function rangeOf(args: Parameters<Command["run"]>[1]): RevisionRange | undefined {
  const rangeArg = stringOption(args, "rev");
  const from = stringOption(args, "from");
  const to = stringOption(args, "to");
  if (rangeArg !== undefined && (from !== undefined || to !== undefined)) {
    throw new RetortError("BAD_ARGUMENT", "Give either -r <from:to> or --from/--to, not both.", {
      hint: "for example `retort test -r 1975ea83b712:head` or `retort test --from 1975ea83b712`.",
    });
  }
  if (rangeArg !== undefined) {
    const colon = rangeArg.indexOf(":");
    if (colon < 0) {
      throw new RetortError("BAD_ARGUMENT", `"${rangeArg}" is not a range.`, {
        hint: "write from:to, either side optional (`-r 1975ea83b712:`, `-r :head`).",
      });
    }
    const start = rangeArg.slice(0, colon);
    const end = rangeArg.slice(colon + 1);
    return { from: start || undefined, to: end || undefined };
  }
  return from === undefined && to === undefined ? undefined : { from, to };
}

/** `retort test` */
export const testCommand: Command = {
  name: "test",
  summary:
    "Test every migration on a throwaway database: up, down, up, and the schema after down() compared with before up().",
  description: [
    "The stairway test (pytest-alembic's): on a new database made for the run (CREATE DATABASE on the configured server, or a temporary embedded one), each revision in topological order (parents first; branches and merges too) is upgraded, downgraded alone and upgraded again. A down() that does not undo its up() fails, naming the revision and what it left behind, removed or changed. At the heads, `check` compares the models with the database (when the project has a models entry). The database is dropped afterwards, even on failure, unless --keep.",
    "Exit codes: 0 every revision passed and the models match; 1 a revision failed, or check found differences; 2 the test could not run (configuration, connection, no permission to create a database, bad usage); 130 stopped by Ctrl-C (the running statement is cancelled, nothing runs after it; the database is dropped all the same).",
  ].join("\n\n"),
  // 1 is for what the test found; anything that stops it from running is 2, but Ctrl-C (130).
  errorExitCode: (error) => (isRetortError(error) && error.code === "CANCELLED" ? 130 : 2),
  args: [],
  options: [
    {
      name: "rev",
      flag: "--rev-range",
      short: "-r",
      type: "string",
      placeholder: "from:to",
      description:
        "only the revisions of this range (`history -r` semantics); those below are applied untested",
    },
    {
      name: "from",
      flag: "--from",
      type: "string",
      placeholder: "rev",
      description: "start at this revision (included)",
    },
    {
      name: "to",
      flag: "--to",
      type: "string",
      placeholder: "rev",
      description: "stop at this revision (its ancestors only); check runs only at the heads",
    },
    {
      name: "keep",
      flag: "--keep",
      type: "boolean",
      description: "keep the throwaway database for inspection, and print where it is",
    },
    {
      name: "setup",
      flag: "--setup",
      type: "string",
      placeholder: "file.sql",
      description:
        "SQL to run on the throwaway database before the first migration (default: testSetup in the config)",
    },
    jsonOption,
  ],
  examples: [
    "retort test",
    "retort test --from 1975ea83b712",
    "retort test --keep",
    "retort test --json",
  ],
  async run(ctx, args) {
    const json = flag(args, "json");
    const keep = flag(args, "keep");
    const range = rangeOf(args);
    const config = await ctx.config();
    const scripts = await ctx.scripts();
    // Resolve the range before a database is made: a bad revision is a usage error.
    if (range !== undefined) scripts.graph.walk(range);
    // --setup wins over the config's testSetup, which runMigrationTest reads itself.
    const setupOption = stringOption(args, "setup");
    let setup: { sql: string; file: string } | undefined;
    if (setupOption !== undefined) {
      try {
        setup = { sql: readFileSync(resolve(ctx.io.cwd, setupOption), "utf8"), file: setupOption };
      } catch {
        throw new RetortError(
          "BAD_ARGUMENT",
          `The test setup file ${setupOption} cannot be read.`,
          {
            hint: "give --setup a SQL file (relative to the working folder).",
          },
        );
      }
    }
    let models: Record<string, unknown> | undefined;
    let unexported: { file: string; table: string }[] = [];
    const hasModels = existsSync(config.models);
    if (hasModels) {
      ({ models, unexported } = await loadModels(ctx));
      if (!json) await warnUnexported(ctx, unexported, relative(config.root, config.models));
    }
    const { runMigrationTest } = await import("@retort/differ");
    const onEvent = (event: MigrationTestEvent) => {
      if (json) return;
      switch (event.kind) {
        case "database":
          ctx.note(
            `Testing ${event.revisions} revision${event.revisions === 1 ? "" : "s"} on ${event.target} (${keep ? "kept" : "dropped"} afterwards).`,
          );
          break;
        case "revision": {
          const { result } = event;
          ctx.out(`${statusWord[result.status]}  ${result.revision}  ${result.message}`);
          if (result.problem !== undefined) ctx.out(`      ${result.problem}`);
          if (result.error?.hint !== undefined) ctx.out(`      hint: ${result.error.hint}`);
          break;
        }
        case "check":
          if (event.result.isEmpty)
            ctx.out("ok    check: the models match the database at the heads");
          else {
            ctx.out("FAIL  check: the models and the database at the heads differ");
            printChanges(ctx, event.result.changes);
          }
          break;
      }
    };
    const result = await runMigrationTest({
      config,
      scripts,
      drivers: ctx.drivers,
      models,
      range,
      keep,
      setup,
      onEvent,
      signal: ctx.interruptSignal(),
    });
    const ok = result.ok && unexported.length === 0;
    if (json) {
      ctx.json({ ...result, ok, unexported, checked: result.check !== null });
      return ok ? 0 : 1;
    }
    for (const r of result.revisions) {
      if (r.status === "not run") ctx.out(`skip  ${r.revision}  ${r.message}`);
    }
    const failed = result.revisions.find((r) => r.status === "failed");
    const passed = result.revisions.filter((r) => r.status === "passed").length;
    if (!hasModels) {
      ctx.note(`No models entry at ${relative(config.root, config.models)}: check did not run.`);
    } else if (unexported.length > 0) {
      ctx.note(
        `${unexported.length} model table${unexported.length === 1 ? " is" : "s are"} not exported (see the warning above), so the test fails.`,
      );
    }
    if (result.kept) ctx.note(`Kept the database: ${result.database}`);
    if (failed !== undefined) {
      ctx.note(
        `${passed} of ${result.revisions.length} revisions passed; ${failed.revision} (${failed.file}) failed.`,
      );
    } else if (result.check !== null && !result.check.isEmpty) {
      ctx.note(
        `All ${passed} revisions passed, but the models differ from the database at the heads; run \`retort revision --autogenerate -m "..."\`.`,
      );
    } else {
      ctx.note(`All ${passed} revision${passed === 1 ? "" : "s"} passed.`);
    }
    return ok ? 0 : 1;
  },
};
