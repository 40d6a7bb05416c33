import { describe, expect, it } from "vitest";
import { bytesChecksum, isBytesChecksum } from "./migration-checksum";
import { readMigrationSource } from "./migration-header";

const original = `import { defineMigration } from "retort";

export default defineMigration({
  revision: "aaaa00000001",
  downRevision: null,
  message: "add account",
  up(op) {
    op.createTable("account", { columns: { id: { type: "bigint", primaryKey: true } } });
    op.execute("update account set id = 1 where false");
  },
  down(op) {
    op.dropTable("account");
  },
});
`;

const checksumOf = (text: string) => readMigrationSource(text, "m.ts").checksum;

describe("migration checksums", () => {
  it("are format 2, short enough for the history table's varchar(64)", () => {
    const checksum = checksumOf(original);
    expect(checksum).toMatch(/^v2:[A-Za-z0-9_-]{43}$/);
    expect(isBytesChecksum(checksum)).toBe(false);
  });

  it("do not change when only comments change", () => {
    const commented = original
      .replace("  up(op) {", "  // Accounts, at last.\n  up(op) {")
      .replace('op.dropTable("account");', 'op.dropTable("account"); /* all of it */')
      .replace("export default", "/**\n * A header comment.\n */\nexport default");
    expect(commented).not.toBe(original);
    expect(checksumOf(commented)).toBe(checksumOf(original));
  });

  it("do not change when only the formatting changes", () => {
    const reformatted = original
      .replace(
        'op.createTable("account", { columns: { id: { type: "bigint", primaryKey: true } } });',
        `op.createTable('account', {
      columns: {
        id: { type: 'bigint', primaryKey: true, },
      },
    })`,
      )
      .replaceAll("  ", "    ")
      .replace('op.dropTable("account");', '(op.dropTable("account"))');
    expect(reformatted).not.toBe(original);
    expect(checksumOf(reformatted)).toBe(checksumOf(original));
  });

  it("change when a string literal changes, even inside SQL", () => {
    expect(checksumOf(original.replace("where false", "where  false"))).not.toBe(
      checksumOf(original),
    );
    expect(checksumOf(original.replace('"bigint"', '"integer"'))).not.toBe(checksumOf(original));
  });

  it("change when an operation changes", () => {
    expect(checksumOf(original.replace("op.dropTable", "op.dropIndex"))).not.toBe(
      checksumOf(original),
    );
    expect(checksumOf(original.replace('    op.dropTable("account");\n', ""))).not.toBe(
      checksumOf(original),
    );
    expect(checksumOf(original.replace("primaryKey: true", "primaryKey: false"))).not.toBe(
      checksumOf(original),
    );
  });

  it("stay the same from one release to the next", () => {
    // Recorded in every database this file was applied to: a parser upgrade or a change here
    // that moves it turns every applied migration into a mismatch. Change it only with a new
    // format prefix (and keep verifying this one).
    expect(checksumOf(original)).toBe("v2:ojA63xqn-C36O7c8UWwCis-yk8eZvu3jFco6Pc7YHdY");
  });

  it("format 1 is the SHA-256 of the bytes, in hex", () => {
    const checksum = bytesChecksum(Buffer.from(original));
    expect(isBytesChecksum(checksum)).toBe(true);
    expect(checksum).toHaveLength(64);
  });
});
