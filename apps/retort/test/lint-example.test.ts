import { afterAll, describe, expect, it } from "vitest";
import { exampleDir, Project } from "./project";

// `retort lint` on the example, through the built binary: clean, and clean because of the one
// suppression it carries (a lint that found nothing anywhere would pass too).

const project = new Project({ DATABASE_URL: undefined }, { copyOf: exampleDir });
afterAll(() => project.remove());

const migration = "app/migrations/versions/1f16b97a4736_add_display_name.ts";

describe("retort lint on apps/example", () => {
  it("finds nothing", async () => {
    const r = await project.run("lint");
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toBe("");
    expect(r.stderr).toBe("No findings in 6 migrations.\n");
  });

  it("would warn without its justified suppression", async () => {
    const text = project.read(migration);
    const marker = "// retort-lint-ignore missing-lock-timeout:";
    expect(text).toContain(marker);
    project.write(
      migration,
      text
        .split("\n")
        .filter((line) => !line.includes(marker))
        .join("\n"),
    );
    const r = await project.run("lint", "--json");
    expect(r.code).toBe(0);
    const { findings } = JSON.parse(r.stdout) as { findings: { rule: string; revision: string }[] };
    expect(findings.map((f) => [f.rule, f.revision])).toEqual([
      ["missing-lock-timeout", "1f16b97a4736"],
    ]);
  });
});
