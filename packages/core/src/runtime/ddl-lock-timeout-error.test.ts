import { describe, expect, it } from "vitest";
import { DdlLockTimeoutError } from "./ddl-lock-timeout-error";
import type { StepSummary } from "./migrator-event";

const step = {
  revision: "3f2a9c1b7d4e",
  direction: "up",
  file: "migrations/versions/3f2a9c1b7d4e_m.ts",
  message: "m",
  fromRevisions: [],
  toRevisions: ["3f2a9c1b7d4e"],
} satisfies StepSummary;

const hintFor = (tables: string[]) =>
  new DdlLockTimeoutError({
    step,
    attempts: 2,
    lockTimeoutMs: 1000,
    tables,
    transactional: true,
    cause: new Error("canceling statement due to lock timeout"),
  }).hint ?? "";

describe("DdlLockTimeoutError", () => {
  it("gives a query that runs as it is: the sessions holding the table, or the oldest transactions", () => {
    expect(hintFor(["public.account"])).toContain(
      "where pid in (select pid from pg_locks where relation = 'public.account'::regclass)",
    );
    // Raw SQL names no table: nothing to fill in by hand.
    for (const tables of [[], ['public."Weird"'], ["public.a", "public.b"]]) {
      const hint = hintFor(tables);
      expect(hint).not.toContain("<table>");
      expect(hint).toContain(
        "select pid, state, xact_start, query from pg_stat_activity where xact_start is not null order by xact_start;",
      );
    }
  });
});
