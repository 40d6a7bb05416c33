import { RetortError } from "@retort/core";
import { type Command, flag, jsonOption, listOption } from "../command";
import { progress, summarize } from "./migrate-commands";

/** `retort reset` */
export const resetCommand: Command = {
  name: "reset",
  summary: "Clean slate: drop everything retort manages, then upgrade to head again.",
  description:
    "Drops the managed schemas (the config's `schemas`, default `public`, and the version table's) with everything in them, recreates them empty and runs every migration. ALL DATA IN THEM IS LOST. Asks for confirmation naming the database; refuses a database that is not on this machine unless --force.",
  args: [],
  options: [
    {
      name: "yes",
      flag: "--yes",
      short: "-y",
      type: "boolean",
      description: "do not ask for confirmation (for scripts)",
    },
    {
      name: "force",
      flag: "--force",
      type: "boolean",
      description: "allow a database that is not on this machine",
    },
    {
      name: "schema",
      flag: "--schema",
      type: "list",
      placeholder: "name",
      description: "a schema to reset (default: the config's `schemas`, or public)",
    },
    jsonOption,
  ],
  examples: ["retort reset", "retort reset --yes"],
  async run(ctx, args) {
    const config = await ctx.config();
    const json = flag(args, "json");
    const migrator = await ctx.migrator();
    const target = migrator.displayTarget;
    if (!migrator.isLocal && !flag(args, "force")) {
      throw new RetortError("ABORTED", `Refusing to reset ${target}: it is not on this machine.`, {
        hint: "a reset drops all data; if you really mean that database, add --force.",
      });
    }
    const requested = listOption(args, "schema");
    const schemas = requested.length > 0 ? requested : [...(config.schemas ?? ["public"])];
    if (!flag(args, "yes")) {
      if (!ctx.io.isInteractive) {
        throw new RetortError("ABORTED", `Not resetting ${target}: confirmation needed.`, {
          hint: "run it in a terminal to confirm, or pass --yes.",
        });
      }
      const answer = await ctx.io.readLine(
        `This drops schema${schemas.length === 1 ? "" : "s"} ${schemas.join(", ")} of ${target} with all their data, then runs every migration. Continue? [y/N] `,
      );
      if (!/^y(es)?$/i.test((answer ?? "").trim())) {
        ctx.note("Nothing was changed.");
        return 1;
      }
    }
    const result = await migrator.reset({ schemas, onEvent: progress(ctx, json) });
    if (!json)
      ctx.note(
        `Dropped and recreated ${result.droppedSchemas.join(", ") || "nothing"} in ${target}.`,
      );
    summarize(ctx, result, json, "Applied");
    return 0;
  },
};
