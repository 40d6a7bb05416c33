import { RetortError } from "@retort/core";
import { type Command, flag, jsonOption, stringOption } from "../command";

// What @retort/driver-pglite's `serveEmbedded` takes and gives; the CLI never imports a driver.
interface EmbeddedServer {
  readonly url: string;
  readonly display: string;
  stop(): Promise<void>;
}
type ServeEmbedded = (options: {
  root: string;
  url: string | undefined;
  host: string | undefined;
  port: number | undefined;
  maxConnections: number | undefined;
  connectTimeoutMs: number;
  onWait: (message: string) => void;
}) => Promise<EmbeddedServer>;

function portOption(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const port = Number(value);
  if (!Number.isInteger(port) || port < 0 || port > 65_535) {
    throw new RetortError("BAD_ARGUMENT", `--port takes a port number (got "${value}").`, {
      hint: "for example --port 5433, or --port 0 for a free one.",
    });
  }
  return port;
}

function countOption(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const count = Number(value);
  if (!Number.isInteger(count) || count < 1) {
    throw new RetortError(
      "BAD_ARGUMENT",
      `--max-connections takes a whole number above 0 (got "${value}").`,
    );
  }
  return count;
}

/** Resolves on the first SIGINT or SIGTERM (Ctrl-C, `kill`, a container stopping). */
function untilStopped(): Promise<NodeJS.Signals> {
  return new Promise((resolveSignal) => {
    const stop = (signal: NodeJS.Signals) => {
      process.off("SIGINT", stop);
      process.off("SIGTERM", stop);
      resolveSignal(signal);
    };
    process.on("SIGINT", stop);
    process.on("SIGTERM", stop);
  });
}

/** `retort db serve` */
export const dbCommand: Command = {
  name: "db",
  summary: "Serve the embedded database on a PostgreSQL port, for the app and psql (`db serve`).",
  description:
    "`retort db serve` puts the embedded database (the config's pglite:// url, or .retort/pglite) behind a PostgreSQL socket until Ctrl-C, and prints its URL on stdout. While it runs the folder is locked, and the project's other retort commands connect through the printed URL by themselves. PGlite is one session, so by default one client is served at a time (--max-connections lets several share it; their statements interleave).",
  args: [{ name: "action", required: true, description: "`serve`" }],
  options: [
    {
      name: "port",
      flag: "--port",
      short: "-p",
      type: "string",
      placeholder: "n",
      description: "the port (default 5433; 0 picks a free one)",
    },
    {
      name: "host",
      flag: "--host",
      type: "string",
      placeholder: "address",
      description: "the address to listen on (default 127.0.0.1)",
    },
    {
      name: "maxConnections",
      flag: "--max-connections",
      type: "string",
      placeholder: "n",
      description: "clients served at once (default 1)",
    },
    jsonOption,
  ],
  examples: ["retort db serve", "retort db serve --port 6543", 'psql "$(retort db serve)"'],
  async run(ctx, args) {
    const action = args.positionals[0];
    if (action !== "serve") {
      throw new RetortError("BAD_ARGUMENT", `Unknown action "${action}" for retort db.`, {
        hint: "the action is `serve`: retort db serve.",
      });
    }
    const config = await ctx.config();
    if (config.url !== undefined && !/^(pglite|memory):\/\//i.test(config.url.trim())) {
      throw new RetortError(
        "BAD_URL",
        "retort db serve serves the embedded database, but this project's url is a server.",
        { hint: "connect to that server directly; or pass --url pglite://<folder> to serve one." },
      );
    }
    const maxConnections = countOption(stringOption(args, "maxConnections"));
    const module = await ctx.driverPackage("@retort/driver-pglite");
    const serve = module.serveEmbedded as ServeEmbedded;
    const server = await serve({
      root: config.root,
      url: config.url,
      host: stringOption(args, "host"),
      port: portOption(stringOption(args, "port")),
      maxConnections,
      connectTimeoutMs: config.connectTimeout,
      onWait: (message) => ctx.note(message),
    });
    let stopped = false;
    const stop = async () => {
      if (stopped) return;
      stopped = true;
      await server.stop();
    };
    ctx.onClose(stop);
    const stopping = untilStopped();
    if (flag(args, "json")) ctx.json({ url: server.url, database: server.display });
    else {
      ctx.out(server.url);
      ctx.note(`Serving the ${server.display}; Ctrl-C stops it.`);
      ctx.note(`  psql "${server.url}"`);
      ctx.note(
        "  while it runs, this project's other retort commands reach it there by themselves.",
      );
    }
    const signal = await stopping;
    ctx.note(`Stopping (${signal})...`);
    await stop();
    return 0;
  },
};
