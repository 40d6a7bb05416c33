import { defineConfig } from "tsup";

export default defineConfig({
  // private-cache-dir: the one helper the CLI's start-up needs before loading core (bin.ts).
  entry: {
    index: "src/index.ts",
    testing: "src/testing.ts",
    "kysely-runtime": "src/kysely-runtime.ts",
    "private-cache-dir": "src/driver/private-cache-dir.ts",
  },
  format: ["esm"],
  dts: true,
  clean: true,
  sourcemap: true,
  target: "node20",
  // valibot is built to be tree-shaken: bundled, the config schema costs a few kilobytes instead
  // of loading the whole library on every command's start-up.
  // jsonc-parser (tsconfig files) likewise: its `main` is a UMD build of several files, which
  // Node loads as CommonJS, one file at a time, on every command; its ES build, bundled, is
  // only the parser.
  noExternal: ["valibot", "jsonc-parser"],
  esbuildOptions(options) {
    options.mainFields = ["module", "main"];
  },
});
