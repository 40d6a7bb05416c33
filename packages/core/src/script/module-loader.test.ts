import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { importModules } from "./module-loader";

let dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  dirs = [];
});

function folder(): string {
  const dir = mkdtempSync(join(tmpdir(), "retort-loader-"));
  dirs.push(dir);
  return dir;
}

describe("importModules errors", () => {
  it("name the user's file and line, through the source map, cached or not", async () => {
    const dir = folder();
    writeFileSync(join(dir, "ok.ts"), `export const fine: number = 1;\n`);
    writeFileSync(
      join(dir, "broken.ts"),
      `const label: string = "x";\n\nexport const value = (undefined as unknown as { a: { b: number } }).a.b + label.length;\n`,
    );
    const files = [join(dir, "ok.ts"), join(dir, "broken.ts")];
    for (const cacheDir of [
      undefined,
      join(dir, ".retort", "cache"),
      join(dir, ".retort", "cache"),
    ]) {
      const error = await importModules(files, { cacheDir, tempDir: join(dir, ".retort") }).then(
        () => undefined,
        (e: unknown) => e as Error,
      );
      expect(error?.message).toMatch(
        new RegExp(
          `^${join(dir, "broken.ts").replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}:3:\\d+: Cannot read properties of undefined`,
        ),
      );
    }
  });
});
