import { describe, expect, it } from "vitest";
import { configRecord, triggerWhen } from "./catalog-functions";

describe("triggerWhen", () => {
  it("reads the condition of pg_get_triggerdef, past names and strings that say WHEN", () => {
    expect(
      triggerWhen(
        `CREATE TRIGGER "when (x)" BEFORE UPDATE OF "WHEN" ON app.post FOR EACH ROW WHEN ((new."WHEN" <> ') WHEN ('::text)) EXECUTE FUNCTION app.touch('WHEN (')`,
      ),
    ).toBe(`(new."WHEN" <> ') WHEN ('::text)`);
    expect(
      triggerWhen("CREATE TRIGGER t AFTER DELETE ON t FOR EACH STATEMENT EXECUTE FUNCTION f()"),
    ).toBeNull();
  });
});

describe("configRecord", () => {
  it("splits proconfig at the first equals sign", () => {
    expect(configRecord(['search_path="my schema", public', "app.x=a=b"])).toEqual({
      search_path: '"my schema", public',
      "app.x": "a=b",
    });
    expect(configRecord(null)).toEqual({});
  });
});
