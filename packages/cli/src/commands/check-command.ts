import { relative } from "node:path";
import { isRetortError } from "@retort/core";
import { type Command, flag, jsonOption } from "../command";
import {
  autogenerate,
  printChanges,
  printUncomparedSchemas,
  printViewColumnMismatches,
  printViewRefusals,
  warnUnexported,
} from "./autogenerate";

/** `retort check` */
export const checkCommand: Command = {
  name: "check",
  summary: "Exit 1 and list the differences when the models and the database differ (for CI).",
  description:
    "Exit codes: 0 the models match the database; 1 differences found, the database is not at the head, or a models file defines a table the models entry does not export (so the comparison is incomplete); 2 an error (configuration, connection, database, bad usage).",
  // A database behind the migrations is a difference to act on (upgrade), as in Alembic.
  errorExitCode: (error) =>
    isRetortError(error) && error.code === "DATABASE_NOT_UP_TO_DATE" ? 1 : 2,
  args: [],
  options: [jsonOption],
  examples: ["retort check", "retort check --json"],
  async run(ctx, args) {
    const config = await ctx.config();
    const { result, unexported } = await autogenerate(ctx, "check");
    if (flag(args, "json")) {
      ctx.json({
        isEmpty: result.isEmpty,
        changes: result.changes,
        unexported,
        viewColumnMismatches: result.viewColumnMismatches,
        viewRefusals: result.viewRefusals,
        uncomparedSchemas: result.uncomparedSchemas,
      });
      return result.isEmpty && unexported.length === 0 ? 0 : 1;
    }
    await warnUnexported(ctx, unexported, relative(config.root, config.models));
    printViewColumnMismatches(ctx, result.viewColumnMismatches);
    printViewRefusals(ctx, result.viewRefusals);
    printUncomparedSchemas(ctx, result.uncomparedSchemas);
    if (result.isEmpty) {
      if (unexported.length > 0) {
        // A table the entry does not export is one the comparison never saw: CI must not pass.
        ctx.note(
          `No differences in what the models entry exports, but ${unexported.length} table${unexported.length === 1 ? " is" : "s are"} not exported (see the warning above), so the check fails.`,
        );
        return 1;
      }
      ctx.note("No differences: the models match the database.");
      return 0;
    }
    printChanges(ctx, result.changes);
    if (result.changes.length === 0) {
      ctx.note(
        "The models' view columns disagree with the database (see the warnings above), so the check fails.",
      );
      return 1;
    }
    ctx.note(
      `${result.changes.length} difference${result.changes.length === 1 ? "" : "s"} between the models and the database; run \`retort revision --autogenerate -m "..."\`.`,
    );
    return 1;
  },
};
