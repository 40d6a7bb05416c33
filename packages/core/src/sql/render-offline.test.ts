import { describe, expect, it } from "vitest";
import { isRetortError } from "../errors/retort-error";
import { Operations } from "../ops/operations";
import { OfflineNotSupportedError } from "./offline-not-supported-error";
import { renderOffline } from "./render-offline";

describe("renderOffline", () => {
  it("renders DDL exactly as online", () => {
    const op = new Operations();
    expect(renderOffline(op.createIndex("i", "t", ["a"], { concurrently: true }))).toEqual([
      'CREATE INDEX CONCURRENTLY "i" ON "t" ("a")',
    ]);
  });

  it("inlines execute params", () => {
    const op = new Operations();
    expect(
      renderOffline(op.execute("update account set name = $1 where name is null", ["anonymous"])),
    ).toEqual(["update account set name = 'anonymous' where name is null"]);
    expect(renderOffline(op.execute("select '$1'"))).toEqual(["select '$1'"]);
  });

  it("renders a bulk insert as one INSERT with literals", () => {
    const op = new Operations();
    const node = op.bulkInsert("account", [
      { email: "a@example.com", born: new Date("2000-01-01T00:00:00.000Z") },
      {
        email: "o'hara@example.com",
        avatar: Buffer.from([1, 2]),
        meta: { tags: ["x"] },
        score: 10n,
      },
    ]);
    expect(renderOffline(node)).toEqual([
      [
        'INSERT INTO "account" ("email", "born", "avatar", "meta", "score") VALUES',
        "    ('a@example.com', '2000-01-01T00:00:00.000Z', DEFAULT, DEFAULT, DEFAULT),",
        `    ('o''hara@example.com', DEFAULT, E'\\\\x0102'::bytea, '{"tags":["x"]}', 10)`,
      ].join("\n"),
    ]);
  });

  it("refuses op.run with OFFLINE_NOT_SUPPORTED and a hint", () => {
    const op = new Operations();
    const node = op.run(async () => {});
    let caught: unknown;
    try {
      renderOffline(node);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(OfflineNotSupportedError);
    expect(isRetortError(caught) && caught.code).toBe("OFFLINE_NOT_SUPPORTED");
    expect((caught as OfflineNotSupportedError).message).toBe(
      "op.run cannot be rendered as SQL: it runs TypeScript against a live database.",
    );
    expect((caught as OfflineNotSupportedError).hint).toMatch(/op\.execute/);
  });
});
