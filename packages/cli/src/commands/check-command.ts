import { relative } from "node:path";
import { type Command, flag, jsonOption } from "../command";
import { autogenerate, printChanges, warnUnexported } from "./autogenerate";

/** `retort check` */
export const checkCommand: Command = {
  name: "check",
  summary: "Exit 1 and list the differences when the models and the database differ (for CI).",
  args: [],
  options: [jsonOption],
  examples: ["retort check", "retort check --json"],
  async run(ctx, args) {
    const config = await ctx.config();
    const { result, unexported } = await autogenerate(ctx, "check");
    if (flag(args, "json")) {
      ctx.json({ isEmpty: result.isEmpty, changes: result.changes, unexported });
      return result.isEmpty ? 0 : 1;
    }
    warnUnexported(ctx, unexported, relative(config.root, config.models));
    if (result.isEmpty) {
      ctx.note("No differences: the models match the database.");
      return 0;
    }
    printChanges(ctx, result.changes);
    ctx.note(
      `${result.changes.length} difference${result.changes.length === 1 ? "" : "s"} between the models and the database; run \`retort revision --autogenerate -m "..."\`.`,
    );
    return 1;
  },
};
