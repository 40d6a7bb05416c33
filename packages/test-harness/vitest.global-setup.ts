// Every test here needs a server: choose it once per run, as the other packages do. From the
// source, so the harness's own tests do not run on its previous build.
export { setup, teardown } from "./src/test-server";
