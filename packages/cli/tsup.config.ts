import { defineConfig } from "tsup";

export default defineConfig({
  entry: ["src/index.ts"],
  format: ["esm"],
  dts: true,
  clean: true,
  sourcemap: true,
  target: "node20",
  // picocolors is CommonJS: importing it from ES modules costs Node the CommonJS loader's set-up
  // and a lexer pass (some 5 ms) on every command, more than its few functions are worth apart.
  // It stays a dependency for the declaration files, which name its types.
  noExternal: ["picocolors"],
});
