import { performance } from "node:perf_hooks";
const t0 = performance.now();
const lap = (l) => console.error(`${l}: ${(performance.now() - t0).toFixed(0)} ms`);
const { PGlite } = await import("@electric-sql/pglite");
const pg = await PGlite.create(process.argv[2]);
lap("created");
await pg.close();
lap("closed");
console.error(process.getActiveResourcesInfo());
process.on("exit", () => lap("exit event"));
if (process.argv[3] === "exit") { process.reallyExit(0); }
