import { describe, expect, it } from "vitest";
import { emptySchema } from "../schema/schema-description";
import { isExcludedTable, managedScope, withManagedSchemas } from "./managed-scope";

describe("managedScope", () => {
  const scope = managedScope({
    schemas: ["public", "app"],
    exclude: ["audit_log", /^tmp_/],
    versionTableSchema: "app",
    versionTable: "my_version",
    historyTable: "my_history",
  });

  it("states the config's schemas, exclusions and retort's own tables", () => {
    expect(scope).toEqual({
      schemas: ["public", "app"],
      exclude: ["audit_log", /^tmp_/],
      versionTable: { schema: "app", name: "my_version" },
      historyTable: { schema: "app", name: "my_history" },
    });
  });

  it("excludes retort's tables where the config puts them, and the excluded ones anywhere", () => {
    expect(isExcludedTable(scope, "app", "my_version")).toBe(true);
    expect(isExcludedTable(scope, "public", "my_version")).toBe(false);
    expect(isExcludedTable(scope, "app", "my_history")).toBe(true);
    expect(isExcludedTable(scope, "public", "retort_version")).toBe(false);
    expect(isExcludedTable(scope, "app", "audit_log")).toBe(true);
    expect(isExcludedTable(scope, "public", "tmp_load")).toBe(true);
    expect(isExcludedTable(scope, "public", "account")).toBe(false);
  });

  it("without retort's tables named, excludes any table named as retort's defaults", () => {
    expect(isExcludedTable({}, "other", "retort_version")).toBe(true);
    expect(isExcludedTable({}, "other", "retort_history")).toBe(true);
    expect(isExcludedTable({}, "other", "account")).toBe(false);
  });

  it("defaults the managed schemas to public and those the target uses", () => {
    const target = {
      ...emptySchema,
      schemas: ["billing"],
      enums: [{ schema: "types", name: "mood", values: ["ok"], comment: null }],
    };
    expect(withManagedSchemas({}, target).schemas).toEqual(["public", "billing", "types"]);
    expect(withManagedSchemas(scope, target).schemas).toEqual(["public", "app"]);
  });
});
