import { describe, expect, it } from "vitest";
import { maskUrl } from "./mask-url";

describe("maskUrl", () => {
  it("masks the password in the user info and in query parameters", () => {
    expect(maskUrl("postgres://user:secret@host/db?sslmode=require&password=x")).toBe(
      "postgres://user:***@host/db?sslmode=require&password=***",
    );
  });

  it("leaves URLs without secrets alone", () => {
    expect(maskUrl("postgres://user@localhost:5432/db")).toBe("postgres://user@localhost:5432/db");
    expect(maskUrl("pglite://.retort/pglite")).toBe("pglite://.retort/pglite");
  });

  it("masks the password of a pglite:// URL", () => {
    expect(maskUrl("pglite://user:s3cret@.retort/pglite")).toBe("pglite://user:***@.retort/pglite");
  });

  it("masks encoded passwords and sslpassword", () => {
    expect(maskUrl("postgresql://u:p%40ss%3Aw@h:1/d?sslpassword=k&application_name=a")).toBe(
      "postgresql://u:***@h:1/d?sslpassword=***&application_name=a",
    );
  });

  it("masks what it can of a text the URL parser refuses, and never throws", () => {
    const masked = maskUrl("postgres://us er:s3cr@t@ho st/db");
    expect(masked).not.toContain("s3cr");
    expect(masked).toBe("postgres://us er:***@ho st/db");
    expect(maskUrl("host=db password=hunter2 user=app")).toBe("host=db password=*** user=app");
    expect(maskUrl("user:pw@host")).toBe("user:***@host");
    expect(maskUrl("")).toBe("");
    expect(maskUrl(undefined as unknown as string)).not.toContain("pw");
  });
});
