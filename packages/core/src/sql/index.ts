export { clipUtf8, makeObjectName, NAMEDATALEN, utf8Length } from "./default-constraint-name";
export { inlineParams } from "./inline-params";
export { lexSql, type SqlLexeme, type SqlLexemeKind } from "./lex-sql";
export { OfflineNotSupportedError } from "./offline-not-supported-error";
export { quoteIdent, quoteObjectName, quoteQualified } from "./quote-ident";
export { quoteLiteral, toParameter } from "./quote-literal";
export type { RenderColumnOptions } from "./render-column";
export {
  isSqlExpression,
  renderColumnDefinition,
  renderColumnType,
  renderDefault,
} from "./render-column";
export { renderOffline } from "./render-offline";
export { renderOperation } from "./render-operation";
export { renderPolicyRoles } from "./render-policy";
export { dollarQuote, splitListSetting } from "./render-routine";
export type { SqlStatement } from "./sql-statement";
