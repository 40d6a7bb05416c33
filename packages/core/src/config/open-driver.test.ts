import { describe, expect, it } from "vitest";
import type { DriverFactory } from "../driver/driver";
import { resolveConfig } from "./config";
import { openDriver } from "./open-driver";

describe("openDriver", () => {
  it("refuses a blank URL instead of opening the embedded database", async () => {
    const driver: DriverFactory = () => {
      throw new Error("not called");
    };
    for (const url of ["", "  "]) {
      await expect(openDriver(resolveConfig({ url, driver }, "/app"))).rejects.toMatchObject({
        code: "BLANK_URL",
        message: "The database URL is empty.",
      });
    }
  });
});
