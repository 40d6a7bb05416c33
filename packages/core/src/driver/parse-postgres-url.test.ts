import { describe, expect, it } from "vitest";
import { isLocalHost, parsePostgresUrl } from "./parse-postgres-url";

describe("parsePostgresUrl", () => {
  it("reads user, password, host, port and database, decoding them", () => {
    const s = parsePostgresUrl("postgresql://app%40corp:p%40ss%3Aword@db.internal:6432/my%20shop");
    expect(s).toMatchObject({
      user: "app@corp",
      password: "p@ss:word",
      host: "db.internal",
      port: 6432,
      database: "my shop",
      ssl: false,
    });
  });

  it("leaves unset parts undefined so the client's and libpq's defaults apply", () => {
    expect(parsePostgresUrl("postgres://")).toMatchObject({
      host: undefined,
      port: undefined,
      user: undefined,
      password: undefined,
      database: undefined,
    });
  });

  it("reads Unix socket folders from host= or a %2F-encoded host", () => {
    expect(parsePostgresUrl("postgres:///shop?host=/var/run/postgresql").host).toBe(
      "/var/run/postgresql",
    );
    expect(parsePostgresUrl("postgres://%2Fvar%2Frun%2Fpostgresql/shop").host).toBe(
      "/var/run/postgresql",
    );
  });

  it("reads IPv6 hosts without brackets", () => {
    expect(parsePostgresUrl("postgres://[::1]:5433/shop")).toMatchObject({
      host: "::1",
      port: 5433,
    });
  });

  it("maps sslmode to the clients' ssl option (Node's TLS options)", () => {
    expect(parsePostgresUrl("postgres://h/d?sslmode=disable").ssl).toBe(false);
    expect(parsePostgresUrl("postgres://h/d?sslmode=prefer").ssl).toBe(false);
    expect(parsePostgresUrl("postgres://h/d?sslmode=require").ssl).toEqual({
      rejectUnauthorized: false,
    });
    expect(parsePostgresUrl("postgres://h/d?sslmode=no-verify").ssl).toEqual({
      rejectUnauthorized: false,
    });
    expect(parsePostgresUrl("postgres://h/d?sslmode=verify-full").ssl).toEqual({});
    const verifyCa = parsePostgresUrl("postgres://h/d?sslmode=verify-ca").ssl;
    expect(verifyCa).toMatchObject({ checkServerIdentity: expect.any(Function) });
    expect(verifyCa).not.toHaveProperty("rejectUnauthorized");
  });

  it("reads application_name, options and connect_timeout", () => {
    expect(
      parsePostgresUrl(
        "postgres://h/d?application_name=ci&options=-c%20search_path%3Dapp&connect_timeout=3",
      ),
    ).toMatchObject({
      applicationName: "ci",
      options: "-c search_path=app",
      connectTimeoutMs: 3000,
    });
  });

  it("throws BAD_URL for other schemes, bad sslmodes, bad numbers and unreadable certificates", () => {
    for (const url of [
      "mysql://h/d",
      "postgres://h/d?sslmode=maybe",
      "postgres://h/d?connect_timeout=soon",
      "postgres://h/d?sslmode=require&sslrootcert=/no/such/file.pem",
      "not a url",
    ]) {
      expect(() => parsePostgresUrl(url), url).toThrow(
        expect.objectContaining({ code: "BAD_URL" }),
      );
    }
  });
});

describe("isLocalHost", () => {
  it("knows this machine", () => {
    for (const host of [
      undefined,
      "",
      "localhost",
      "127.0.0.1",
      "127.1.2.3",
      "::1",
      "/var/run/postgresql",
    ]) {
      expect(isLocalHost(host), String(host)).toBe(true);
    }
    for (const host of ["db.internal", "10.0.0.5", "128.0.0.1", "example.com"]) {
      expect(isLocalHost(host), host).toBe(false);
    }
  });
});
