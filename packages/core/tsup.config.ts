import { defineConfig } from "tsup";

export default defineConfig({
  entry: ["src/index.ts", "src/testing.ts", "src/kysely-runtime.ts"],
  format: ["esm"],
  dts: true,
  clean: true,
  sourcemap: true,
  target: "node20",
  // valibot is built to be tree-shaken: bundled, the config schema costs a few kilobytes instead
  // of loading the whole library on every command's start-up.
  noExternal: ["valibot"],
});
