import { makeObjectName } from "@retort/core";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { defaultConstraintName } from "./default-constraint-name";
import { jsonbText, normalizeDefault, serialDefault } from "./normalize-default";
import {
  castInsensitiveExpression,
  expressionIdentifiers,
  faithfulExpression,
  normalizeExpression,
} from "./normalize-expression";
import { normalizeType } from "./normalize-type";
import { quoteIdentAsNeeded } from "./quote-ident";

describe("normalizeType", () => {
  it.each([
    ["int4", "integer"],
    ["INT", "integer"],
    ["serial", "integer"],
    ["bigserial", "bigint"],
    ["int8", "bigint"],
    ["bool", "boolean"],
    ["varchar(20)", "character varying(20)"],
    ["VARCHAR", "character varying"],
    ["char", "character(1)"],
    ["char(3)", "character(3)"],
    ["bpchar", "bpchar"],
    ["timestamptz", "timestamp with time zone"],
    ["timestamptz(3)", "timestamp(3) with time zone"],
    ["timestamp", "timestamp without time zone"],
    ["timetz", "time with time zone"],
    ["float8", "double precision"],
    ["float(10)", "real"],
    ["float", "double precision"],
    ["decimal(10, 2)", "numeric(10,2)"],
    ["numeric(10)", "numeric(10,0)"],
    ["_int4", "integer[]"],
    ["integer[][]", "integer[]"],
    ["text array", "text[]"],
    ["int[3]", "integer[]"],
    ["App.Mood[]", "app.mood[]"],
    ['app."Mood"', 'app."Mood"'],
    ["pg_catalog.int4", "integer"],
    ['"char"', '"char"'],
    ["double precision", "double precision"],
    ["character varying(20)", "character varying(20)"],
    // A user type's modifier stays, as format_type prints it.
    ["public.geometry(Polygon, 4326)", "public.geometry(Polygon,4326)"],
    ["Public.Geometry( Point,4326 )[]", "public.geometry(Point,4326)[]"],
    ['app."Odd(name)"', 'app."Odd(name)"'],
    ['app."Odd(name)"(3)', 'app."Odd(name)"(3)'],
  ])("%s -> %s", (input, output) => {
    expect(normalizeType(input)).toBe(output);
  });
});

describe("normalizeDefault", () => {
  it.each([
    ["'x'::text", "text", "'x'"],
    ["'x'", "text", "'x'"],
    ["'x'::character varying", "varchar(10)", "'x'"],
    ["'ab'::bpchar", "char(3)", "'ab'"],
    ["'happy'::public.mood", "public.mood", "'happy'"],
    ["'{}'::text[]", "text[]", "'{}'"],
    ["0", "integer", "0"],
    ["'-1'::integer", "integer", "-1"],
    ["-1", "integer", "-1"],
    ["'-5'::integer", "bigint", "-5"],
    ["'5000000000'::bigint", "bigint", "5000000000"],
    ["'0'::numeric", "numeric", "0"],
    ["'-2.5'::numeric", "real", "-2.5"],
    ["'t'", "boolean", "true"],
    ["TRUE", "boolean", "true"],
    ["now()", "timestamptz", "now()"],
    ["NOW( )", "timestamptz", "now()"],
    ["CURRENT_TIMESTAMP", "timestamptz", "current_timestamp"],
    ["'2020-01-01'::date", "timestamptz", "'2020-01-01'::date"],
    ["nextval('public.t_id_seq'::regclass)", "integer", "nextval('public.t_id_seq'::regclass)"],
    // The catalog's spelling of a value with a backslash, and two a model may write.
    ["'it''s \\'::text", "text", "E'it''s \\\\'"],
    ["E'it\\'s \\\\'", "text", "E'it''s \\\\'"],
    ["$$it's$$", "text", "'it''s'"],
  ])("%s on %s -> %s", (input, type, output) => {
    expect(normalizeDefault(input, type)).toBe(output);
  });

  it("prints serial defaults and jsonb literals as PostgreSQL does", () => {
    expect(serialDefault("public", "account_id_seq")).toBe(
      "nextval('public.account_id_seq'::regclass)",
    );
    expect(serialDefault("App", "it's")).toBe(`nextval('"App"."it''s"'::regclass)`);
    expect(jsonbText({ bb: 1, a: [1, 2], c: { z: null } })).toBe(
      '{"a": [1, 2], "c": {"z": null}, "bb": 1}',
    );
  });
});

describe("normalizeExpression", () => {
  it.each([
    ["(deleted_at IS NULL)", "deleted_at is null"],
    ['lower( "email" )', "lower(email)"],
    ["((a + b))", "a + b"],
    ["price > (0)::numeric", "price > 0::numeric"],
    ["a>-1", "a > -1"],
    ["\"Weird\" = 'A  B'", "\"Weird\" = 'A  B'"],
    ["x -- comment\n + 1", "x + 1"],
    ["f(a, b)", "f(a, b)"],
  ])("%s -> %s", (input, output) => {
    expect(normalizeExpression(input)).toBe(output);
  });

  it("spells a string literal one way per value, as the catalog prints it or not", () => {
    // The catalog prints '\\'::text whatever the model wrote; each pair must compare equal.
    const same: [string, string][] = [
      ["'$1 -- /* ' || E'\\\\'", "('$1 -- /* '::text || '\\'::text)"],
      ["e'it''s \\' tail'", "'it''s '' tail'"],
      ["$$it's$$", "'it''s'"],
      ["$q$a$$b$q$", "'a$$b'"],
      ["E'\\n\\101\\x42\\u00e9'", "'\nABé'"],
    ];
    for (const [model, catalog] of same) {
      expect(castInsensitiveExpression(model)).toBe(castInsensitiveExpression(catalog));
    }
    expect(normalizeExpression("note = 'a\\b'")).toBe("note = E'a\\\\b'");
    // Not plain text: kept as written, never read as another value.
    expect(normalizeExpression("E'\\xe9'")).toBe("E'\\xe9'");
    expect(normalizeExpression("U&'d\\0061t'")).toBe("U&'d\\0061t'");
    expect(normalizeExpression("'unclosed")).toBe("'unclosed");
  });

  it("lists the identifiers an expression mentions, not function names", () => {
    expect(expressionIdentifiers("lower(email) <> '' and \"Age\" > 0::numeric")).toEqual([
      "email",
      "and",
      "Age",
    ]);
  });
});

describe("faithfulExpression", () => {
  // pg_get_expr(x, rel, true), pg_get_expr(x, rel), what to keep.
  it.each([
    ["a > 0 AND b > 0 AND c > 0", "((a > 0) AND (b > 0) AND (c > 0))", "pretty"],
    ["a > 0 AND b > 0 AND c > 0", "((a > 0) AND ((b > 0) AND (c > 0)))", "plain"],
    ["a > 0 OR b > 0 OR c > 0", "((a > 0) OR ((b > 0) OR (c > 0)))", "plain"],
    ["a > 0 OR b > 0 AND c > 0", "((a > 0) OR ((b > 0) AND (c > 0)))", "pretty"],
    ["f(a AND b) AND c", "(f(((a) AND (b))) AND (c))", "pretty"],
    ["a AND NOT (b AND c)", "((a) AND (NOT ((b) AND (c))))", "pretty"],
    ["x = 'a and (b and c)'", "(x = 'a and (b and c)'::text)", "pretty"],
  ])("keeps %s (plain %s) as the %s text", (pretty, plain, kept) => {
    expect(faithfulExpression(pretty, plain)).toBe(kept === "pretty" ? pretty : plain);
  });

  // The plain text as a tree: what "an AND directly under an AND" means, stated on the tree
  // rather than on tokens, for random texts shaped as pg_get_expr prints them.
  type Node = { op: "and" | "or"; operands: Node[] } | { leaf: string } | { call: Node };
  const text = (node: Node): string =>
    "leaf" in node
      ? node.leaf
      : "call" in node
        ? `f(${text(node.call)})`
        : `(${node.operands.map(text).join(` ${node.op.toUpperCase()} `)})`;
  const nested = (node: Node): boolean =>
    "leaf" in node
      ? false
      : "call" in node
        ? nested(node.call)
        : node.operands.some((o) => ("op" in o && o.op === node.op) || nested(o));
  const { tree } = fc.letrec<{ tree: Node }>((tie) => ({
    tree: fc.oneof(
      { depthSize: "small", withCrossShrink: true },
      fc.constantFrom<Node>({ leaf: "(a > 0)" }, { leaf: "b" }, { leaf: "'x and (y or z)'" }),
      fc.record({ call: tie("tree") }),
      fc.record({
        op: fc.constantFrom<"and" | "or">("and", "or"),
        operands: fc.array(tie("tree"), { minLength: 2, maxLength: 4 }),
      }) as fc.Arbitrary<Node>,
    ),
  }));

  it("keeps the plain text exactly when a boolean operation is nested in the same one", () => {
    fc.assert(
      fc.property(tree, (node) => {
        const plain = text(node);
        expect(faithfulExpression("pretty", plain)).toBe(nested(node) ? plain : "pretty");
      }),
      { numRuns: 500 },
    );
  });
});

describe("quoteIdent", () => {
  it("quotes like quote_ident", () => {
    expect(quoteIdentAsNeeded("account")).toBe("account");
    expect(quoteIdentAsNeeded("Account")).toBe('"Account"');
    expect(quoteIdentAsNeeded("user")).toBe('"user"');
    expect(quoteIdentAsNeeded("name")).toBe("name");
    expect(quoteIdentAsNeeded("1x")).toBe('"1x"');
    expect(quoteIdentAsNeeded('a"b')).toBe('"a""b"');
  });
});

describe("defaultConstraintName", () => {
  it("uses PostgreSQL's suffixes", () => {
    expect(defaultConstraintName({ kind: "primaryKey", table: "t", columns: ["a"] })).toBe(
      "t_pkey",
    );
    expect(defaultConstraintName({ kind: "unique", table: "t", columns: ["a", "c"] })).toBe(
      "t_a_c_key",
    );
    expect(
      defaultConstraintName({ kind: "foreignKey", table: "post", columns: ["author_id"] }),
    ).toBe("post_author_id_fkey");
    expect(defaultConstraintName({ kind: "check", table: "t", columns: [] })).toBe("t_check");
    expect(defaultConstraintName({ kind: "index", table: "t", columns: ["expr"] })).toBe(
      "t_expr_idx",
    );
    expect(defaultConstraintName({ kind: "exclusion", table: "b", columns: ["during"] })).toBe(
      "b_during_excl",
    );
    expect(defaultConstraintName({ kind: "sequence", table: "t", columns: ["id"] })).toBe(
      "t_id_seq",
    );
  });

  it("appends a number on collision", () => {
    const taken = new Set(["t_a_idx", "t_a_idx1"]);
    expect(
      defaultConstraintName({
        kind: "index",
        table: "t",
        columns: ["a"],
        isTaken: (n) => taken.has(n),
      }),
    ).toBe("t_a_idx2");
  });

  it("truncates to 63 bytes, shortening the longer part first and never splitting a character", () => {
    const long = "a".repeat(70);
    const name = makeObjectName(long, "b".repeat(10), "key");
    expect(name).toBe(`${"a".repeat(48)}_${"b".repeat(10)}_key`);
    expect(new TextEncoder().encode(name).length).toBe(63);
    const unicode = makeObjectName("é".repeat(40), null, "pkey");
    expect(unicode).toBe(`${"é".repeat(29)}_pkey`);
  });
});
