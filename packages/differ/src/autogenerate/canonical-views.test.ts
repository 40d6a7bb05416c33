import { isRetortError } from "@retort/core";
import { describe, expect, it } from "vitest";
import { describeModels } from "../models/describe-models";
import { sql } from "../models/sql-fragment";
import { view } from "../models/view";
import { checkViewOptionsSupported } from "./canonical-views";

describe("checkViewOptionsSupported", () => {
  const { views } = describeModels({
    mine: view("my_posts", sql`select 1 as one`, { securityInvoker: true }),
    plain: view("all_posts", sql`select 1 as one`),
  });

  it("refuses securityInvoker before PostgreSQL 15, naming the views and the way out", () => {
    let error: unknown;
    try {
      checkViewOptionsSupported(views, 140011);
    } catch (caught) {
      error = caught;
    }
    expect(isRetortError(error) && error.code).toBe("BAD_MODEL");
    expect((error as Error).message).toBe(
      "View public.my_posts declares securityInvoker, which needs PostgreSQL 15 or later; this server is 14.",
    );
  });

  it("lets it through from PostgreSQL 15, and a view without it anywhere", () => {
    expect(() => checkViewOptionsSupported(views, 150004)).not.toThrow();
    expect(() =>
      checkViewOptionsSupported(
        views.filter((v) => !v.securityInvoker),
        120000,
      ),
    ).not.toThrow();
  });
});
