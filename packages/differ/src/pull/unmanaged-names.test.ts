import { describe, expect, it } from "vitest";
import type { UnmanagedObject } from "../schema/schema-description";
import { describeUnmanaged } from "./unmanaged-names";

function object(
  kind: UnmanagedObject["kind"],
  name: string,
  patch: Partial<UnmanagedObject> = {},
): UnmanagedObject {
  return { kind, schema: "app", name, table: null, definition: null, ...patch };
}

describe("describeUnmanaged", () => {
  it("names each object as a person would look for it", () => {
    expect(
      [
        object("trigger", "touch", { table: "Post" }),
        object("partition check", "positive", { table: "event_2020" }),
        object("partition", "event_2020", { table: "event_2020" }),
        object("function", "touch(a integer)"),
        object("operator", "===(integer, integer)"),
        object("operator class", "abs_ops USING btree"),
        object("grant", "TABLE app.post GRANT reader", {
          table: "post",
          definition: "GRANT SELECT ON TABLE app.post TO reader",
        }),
        object("comment", "INDEX app.post_title_idx"),
        object("storage parameters", "post_title_idx", { table: "post" }),
        object("storage parameters", "post", { table: "post" }),
        object("publication", "changes", { schema: "public" }),
        object("cast", "(numeric AS app.money2)"),
        object("other object", "text search parser app.words"),
        object("view", "Weird view"),
      ].map(describeUnmanaged),
    ).toEqual([
      'trigger touch on app."Post"',
      "partition check positive on app.event_2020",
      "partition app.event_2020",
      "function app.touch(a integer)",
      "operator app.=== (integer, integer)",
      "operator class app.abs_ops USING btree",
      "GRANT SELECT ON TABLE app.post TO reader",
      "comment on INDEX app.post_title_idx",
      "storage parameters of index app.post_title_idx",
      "storage parameters app.post",
      "publication changes",
      "cast (numeric AS app.money2)",
      "text search parser app.words",
      'view app."Weird view"',
    ]);
  });
});
