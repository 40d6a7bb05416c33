import type { ScriptDirectory } from "../script/script-directory";
import { inlineParams } from "../sql/index";
import { SESSION_STATEMENTS } from "./sql-emitter";
import type { VersionTable } from "./version-table";

/** Per-call input of {@link renderStampScript}. */
export interface RenderStampOptions {
  /** The revisions to stamp, as `stamp` takes them; `base` for none. */
  readonly targets: readonly string[];
  /** Replace every row, not only the targets' lines of descent. Default is `false`. */
  readonly purge?: boolean | undefined;
}

/**
 * Renders `retort stamp --sql`: the version tables, then the rows the graph's stamp plan
 * replaces and inserts, each stamped head with its history row, in one transaction. The
 * database's rows are unknown offline, so only the targets' own lineage is replaced (every
 * row with `purge` or `base` alone).
 *
 * @example
 * ```ts
 * process.stdout.write(renderStampScript(scripts, versionTable, { targets: ["head"] }));
 * ```
 */
export function renderStampScript(
  scripts: ScriptDirectory,
  versionTable: VersionTable,
  options: RenderStampOptions,
): string {
  const plan = scripts.graph.stampPlan(options.targets, { purge: options.purge });
  const lines = [
    ...versionTable.createStatements(),
    ...versionTable
      .stampStatements(plan, (revision) =>
        versionTable.historyStatementOffline({
          revision,
          direction: "stamp",
          checksum: scripts.checksum(revision),
        }),
      )
      .map((line) => (typeof line === "string" ? line : inlineParams(line.sql, line.params))),
  ];
  return `${SESSION_STATEMENTS.map((statement) => `${statement};\n`).join("")}\nBEGIN;\n\n${lines.map((line) => `${line};\n`).join("\n")}\nCOMMIT;\n`;
}
