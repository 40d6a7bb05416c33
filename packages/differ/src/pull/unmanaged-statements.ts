import { quoteIdentAsNeeded, quoteQualifiedAsNeeded } from "../schema/quote-ident";
import type { UnmanagedObject } from "../schema/schema-description";
import { accessMethodQualified, routineSignature, userMapping } from "./unmanaged-names";

// The SQL the baseline runs for an unmanaged object: what creates it, and what drops it.

/**
 * The trailing `COMMENT ON ... IS '...';` introspection appends to a definition. The literal is
 * `quote_literal` output: quotes doubled, `E` prefix when it holds a backslash.
 */
const trailingComment = /\nCOMMENT ON [^\n]*? IS E?'(?:[^']|'')*';$/;

/**
 * The SQL statements that create an unmanaged object that has a definition: the object, then
 * what its definition appends (an event trigger's `ALTER EVENT TRIGGER ... DISABLE`, a
 * `COMMENT ON`), one statement each so every driver can run them.
 */
export function createStatements(u: UnmanagedObject): string[] {
  let definition = (u.definition ?? "").trim();
  const after: string[] = [];
  const comment = trailingComment.exec(definition);
  if (comment) {
    after.push(comment[0].slice(1, -1));
    definition = definition.slice(0, comment.index).trimEnd();
  }
  // Introspection prints these as a CREATE followed by ALTERs of the same object.
  const alter =
    u.kind === "event trigger"
      ? "ALTER EVENT TRIGGER "
      : u.kind === "text search configuration"
        ? "ALTER TEXT SEARCH CONFIGURATION "
        : u.kind === "operator family"
          ? "ALTER OPERATOR FAMILY "
          : u.kind === "trigger"
            ? "ALTER TABLE "
            : u.kind === "statistics"
              ? "ALTER STATISTICS "
              : null;
  if (alter !== null) {
    const [create = "", ...alters] = definition.split(`;\n${alter}`);
    definition = create;
    after.unshift(...alters.map((a) => `${alter}${a}`));
  }
  switch (u.kind) {
    case "view":
      // pg_get_viewdef prints only the query, ending with a semicolon.
      definition = `CREATE VIEW ${quoteQualifiedAsNeeded(u.schema, u.name)} AS\n${definition.replace(/;$/, "")}`;
      break;
    case "materialized view":
      definition = `CREATE MATERIALIZED VIEW ${quoteQualifiedAsNeeded(u.schema, u.name)} AS\n${definition.replace(/;$/, "")}`;
      break;
    default:
      break;
  }
  return [definition, ...after];
}

/** The SQL that drops an unmanaged object created by {@link createStatements}. */
export function dropStatement(u: UnmanagedObject): string {
  const onTable = `${quoteIdentAsNeeded(u.name)} ON ${quoteQualifiedAsNeeded(u.schema, u.table ?? "")}`;
  switch (u.kind) {
    case "view":
      return `DROP VIEW ${quoteQualifiedAsNeeded(u.schema, u.name)}`;
    case "materialized view":
      return `DROP MATERIALIZED VIEW ${quoteQualifiedAsNeeded(u.schema, u.name)}`;
    case "function":
      return `DROP FUNCTION ${routineSignature(u)}`;
    case "procedure":
      return `DROP PROCEDURE ${routineSignature(u)}`;
    case "aggregate":
      return `DROP AGGREGATE ${routineSignature(u)}`;
    case "trigger":
      return `DROP TRIGGER ${onTable}`;
    case "policy":
      return `DROP POLICY ${onTable}`;
    case "domain":
      return `DROP DOMAIN ${quoteQualifiedAsNeeded(u.schema, u.name)}`;
    case "composite type":
    case "range type":
      return `DROP TYPE ${quoteQualifiedAsNeeded(u.schema, u.name)}`;
    case "extension":
      return `DROP EXTENSION ${quoteIdentAsNeeded(u.name)}`;
    case "foreign table":
      return `DROP FOREIGN TABLE ${quoteQualifiedAsNeeded(u.schema, u.name)}`;
    case "foreign server":
      return `DROP SERVER ${quoteIdentAsNeeded(u.name)}`;
    case "foreign data wrapper":
      return `DROP FOREIGN DATA WRAPPER ${quoteIdentAsNeeded(u.name)}`;
    case "user mapping":
      return `DROP USER MAPPING FOR ${userMapping(u).target}`;
    case "collation":
      return `DROP COLLATION ${quoteQualifiedAsNeeded(u.schema, u.name)}`;
    case "rule":
      return `DROP RULE ${onTable}`;
    case "statistics":
      return `DROP STATISTICS ${quoteQualifiedAsNeeded(u.schema, u.name)}`;
    case "index":
      return `DROP INDEX ${quoteQualifiedAsNeeded(u.schema, u.name)}`;
    case "event trigger":
      return `DROP EVENT TRIGGER ${quoteIdentAsNeeded(u.name)}`;
    case "operator":
      return `DROP OPERATOR ${routineSignature(u)}`;
    case "text search configuration":
      return `DROP TEXT SEARCH CONFIGURATION ${quoteQualifiedAsNeeded(u.schema, u.name)}`;
    case "text search dictionary":
      return `DROP TEXT SEARCH DICTIONARY ${quoteQualifiedAsNeeded(u.schema, u.name)}`;
    case "text search parser":
      return `DROP TEXT SEARCH PARSER ${quoteQualifiedAsNeeded(u.schema, u.name)}`;
    case "text search template":
      return `DROP TEXT SEARCH TEMPLATE ${quoteQualifiedAsNeeded(u.schema, u.name)}`;
    case "operator class":
    case "operator family":
      // Dropping a family drops its classes; the class goes first all the same.
      return `DROP ${u.kind.toUpperCase()} ${accessMethodQualified(u)}`;
    case "unlogged table":
      return `ALTER TABLE ${quoteQualifiedAsNeeded(u.schema, u.name)} SET LOGGED`;
    case "inheritance":
      // The reverse of ALTER TABLE child INHERIT parent.
      return (u.definition ?? "").replace(/ INHERIT /, " NO INHERIT ");
    case "typed table":
      return `ALTER TABLE ${quoteQualifiedAsNeeded(u.schema, u.name)} NOT OF`;
    case "partition":
      return (u.definition ?? "")
        .replace(/ ATTACH PARTITION /, " DETACH PARTITION ")
        .replace(/ (?:FOR VALUES|DEFAULT)\b[\s\S]*$/, "");
    case "partitioned table":
      // A clause of CREATE TABLE, undone by dropping the table.
      return "";
    case "partition index":
    case "partition check":
      // Detached with the partition, they become the table's own and go with it.
      return "";
    case "row security":
      return `ALTER TABLE ${quoteQualifiedAsNeeded(u.schema, u.name)} DISABLE ROW LEVEL SECURITY, NO FORCE ROW LEVEL SECURITY`;
    case "replica identity":
      return `ALTER TABLE ${quoteQualifiedAsNeeded(u.schema, u.name)} REPLICA IDENTITY DEFAULT`;
    case "column settings":
    case "view default":
    case "owned sequence":
    case "sequence persistence":
    case "cluster":
    case "index statistics":
    case "storage parameters":
    case "comment":
      // Settings and comments of objects the downgrade drops go with them.
      return "";
    case "grant":
      // Privileges go with the objects the downgrade drops; the schema public stays.
      return reverseSchemaPublicPrivilege(u.definition ?? "");
    case "default privileges":
      return reverseDefaultPrivileges(u.definition ?? "");
    case "publication":
      return `DROP PUBLICATION ${quoteIdentAsNeeded(u.name)}`;
    case "cast":
      return `DROP CAST ${u.name}`;
    case "conversion":
      return `DROP CONVERSION ${quoteQualifiedAsNeeded(u.schema, u.name)}`;
    case "base type":
    case "other object":
      // Never created: nothing to drop.
      return "";
  }
}

// What introspection prints for the schema public: GRANT|REVOKE <privileges> ON SCHEMA public
// TO|FROM <grantee>[ WITH GRANT OPTION].
const schemaPublicPrivilege =
  /^(GRANT|REVOKE) ([A-Z]+(?:, [A-Z]+)*) ON SCHEMA public (?:TO|FROM) (.*?)(?: WITH GRANT OPTION)?$/s;

/**
 * The statement that undoes a privilege of the schema public, which no downgrade drops (Pagila
 * grants CREATE on it to PUBLIC); `""` for any other object's, which goes with its object.
 */
function reverseSchemaPublicPrivilege(definition: string): string {
  const m = schemaPublicPrivilege.exec(definition);
  if (m === null) return "";
  const [, action, privileges, grantee] = m;
  return action === "GRANT"
    ? `REVOKE ${privileges} ON SCHEMA public FROM ${grantee}`
    : `GRANT ${privileges} ON SCHEMA public TO ${grantee}`;
}

// What introspection prints: ALTER DEFAULT PRIVILEGES FOR ROLE <role>[ IN SCHEMA <schema>]
// GRANT|REVOKE <privileges> ON <TABLES...> TO|FROM <grantee>[ WITH GRANT OPTION]. Privileges and
// object kinds are keywords, so the grantee is what follows the last of them.
const defaultPrivileges =
  /^(.*) (GRANT|REVOKE) ([A-Z]+(?:, [A-Z]+)*) ON (TABLES|SEQUENCES|FUNCTIONS|TYPES|SCHEMAS) (?:TO|FROM) (.*?)(?: WITH GRANT OPTION)?$/s;

/** `ALTER DEFAULT PRIVILEGES` that undoes one introspection printed (they outlive the tables). */
function reverseDefaultPrivileges(definition: string): string {
  const m = defaultPrivileges.exec(definition);
  if (m === null) return "";
  const [, prefix, action, privileges, objects, grantee] = m;
  return action === "GRANT"
    ? `${prefix} REVOKE ${privileges} ON ${objects} FROM ${grantee}`
    : `${prefix} GRANT ${privileges} ON ${objects} TO ${grantee}`;
}
