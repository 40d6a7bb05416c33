import type { Node, ParseResult } from "libpg-query";

type LibPgQuery = typeof import("libpg-query");

let loading: Promise<LibPgQuery> | undefined;

/**
 * PostgreSQL's own parser (libpg_query compiled to WebAssembly), loaded on first use: only
 * `retort lint` and the lint before `upgrade` pay for compiling it (tens of milliseconds), never
 * `heads` or `history`. The WebAssembly build needs no native binary and nothing from the network.
 */
async function libPgQuery(): Promise<LibPgQuery> {
  loading ??= import("libpg-query").then(async (module) => {
    await module.loadModule();
    return module;
  });
  return loading;
}

/** A parser ready for synchronous use, so the rules' preparation stays a plain loop. */
export interface PgParser {
  /** The statements of a SQL text; throws the parser's error (with its position) on bad SQL. */
  parse(sql: string): ParseResult;
  /** One expression (a default, a check), parsed as `SELECT (<expression>)`. */
  parseExpression(expression: string): Node | undefined;
  /** A type's text (`varchar(80)`, `timestamp with time zone`), parsed as `NULL::<type>`. */
  parseType(type: string): Node | undefined;
}

/**
 * Loads the parser.
 *
 * @example
 * ```ts
 * const parser = await loadPgParser();
 * parser.parse("CREATE INDEX i ON t (a)").stmts?.[0]?.stmt; // { IndexStmt: { ... } }
 * ```
 */
export async function loadPgParser(): Promise<PgParser> {
  const module = await libPgQuery();
  const parse = (sql: string) => module.parseSync(sql) as ParseResult;
  const target = (sql: string): Node | undefined => {
    const select = parse(sql).stmts?.[0]?.stmt;
    if (select === undefined || !("SelectStmt" in select)) return undefined;
    const first = select.SelectStmt.targetList?.[0];
    return first !== undefined && "ResTarget" in first ? first.ResTarget.val : undefined;
  };
  return {
    parse,
    parseExpression: (expression) => target(`SELECT (${expression})`),
    parseType: (type) => {
      const cast = target(`SELECT NULL::${type}`);
      return cast !== undefined && "TypeCast" in cast && cast.TypeCast.typeName !== undefined
        ? { TypeName: cast.TypeCast.typeName }
        : undefined;
    },
  };
}

/** What the methods of {@link unloadedPgParser} throw: callers catch it, load, and try again. */
export const pgParserNotLoaded = new Error("The PostgreSQL parser is not loaded.");

const notLoaded = (): never => {
  throw pgParserNotLoaded;
};

/**
 * A parser that throws {@link pgParserNotLoaded} when it is used: lint starts with it, so that
 * migrations whose statements need no parsing (most generated ones) never load the WebAssembly.
 */
export const unloadedPgParser: PgParser = {
  parse: notLoaded,
  parseExpression: notLoaded,
  parseType: notLoaded,
};
