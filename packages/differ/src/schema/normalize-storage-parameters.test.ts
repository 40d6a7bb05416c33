import { describe, expect, it } from "vitest";
import {
  normalizeStorageParameters,
  parseReloptions,
  storageParameterValues,
} from "./normalize-storage-parameters";

describe("storage parameters", () => {
  it("compare equal however PostgreSQL and the models spell the same setting", () => {
    expect(normalizeStorageParameters({ fillfactor: "70", fastupdate: "off" })).toEqual(
      normalizeStorageParameters({ fillfactor: "70.0", fastupdate: "false" }),
    );
    expect(normalizeStorageParameters({ autosummarize: "ON" })).toEqual({ autosummarize: "true" });
    expect(normalizeStorageParameters({ fillfactor: "70" })).not.toEqual(
      normalizeStorageParameters({ fillfactor: "90" }),
    );
    expect(normalizeStorageParameters({})).toBeUndefined();
  });

  it("become numbers and booleans where that is exact, and keep on/off as text for buffering", () => {
    expect(
      storageParameterValues({ fillfactor: "70", deduplicate_items: "false", buffering: "off" }),
    ).toEqual({ fillfactor: 70, deduplicate_items: false, buffering: "off" });
    expect(storageParameterValues(undefined)).toBeUndefined();
  });

  it("are read from reloptions split at the first =", () => {
    expect(parseReloptions(["fillfactor=70", "x=a=b"])).toEqual({ fillfactor: "70", x: "a=b" });
    expect(parseReloptions(null)).toBeUndefined();
  });
});
