import { RetortError } from "@retort/core";
import {
  findRenameCandidates,
  type RenameCandidate,
} from "../compare/renames/find-rename-candidates";
import type { SchemaDescription } from "../schema/schema-description";
import type { ManagedScope } from "../scope/managed-scope";

/**
 * Asked for each dropped and added table (or column) that look alike: `true` when the added one
 * is the dropped one renamed. `retort revision --autogenerate` asks on a terminal.
 */
export type AskRename = (candidate: RenameCandidate) => Promise<boolean>;

interface RenameRequest {
  text: string;
  path: string[];
  to: string;
  isUsed: boolean;
}

const requestForms =
  "write it `old=new`: `customer=client` (a table), `app.customer=client` (a table of schema app), `customer.email=mail` (a column)";

function parseRequest(text: string): RenameRequest {
  const m = /^([^=]+)=([^=]+)$/.exec(text.trim());
  const path = m?.[1]?.trim().split(".") ?? [];
  const target = m?.[2]?.trim().split(".") ?? [];
  const to = target.at(-1) ?? "";
  // `a.b=a.c` is accepted as `a.b=c`: the new name lives where the old one did.
  const isSamePlace = target.slice(0, -1).every((part, i) => part === path[i]);
  if (!m || path.length > 3 || path.some((p) => p === "") || to === "" || !isSamePlace) {
    throw new RetortError("BAD_ARGUMENT", `--rename ${text} is not a rename.`, {
      hint: requestForms,
    });
  }
  return { text, path, to, isUsed: false };
}

function isSame(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((part, i) => part === b[i]);
}

function matches(request: RenameRequest, c: RenameCandidate): boolean {
  if (request.to !== c.to) return false;
  if (c.kind === "table") {
    return isSame(request.path, [c.from]) || isSame(request.path, [c.schema, c.from]);
  }
  return [c.table, c.fromTable].some(
    (table) =>
      table !== null &&
      (isSame(request.path, [table, c.from]) || isSame(request.path, [c.schema, table, c.from])),
  );
}

/** `target` with the rename stated on it, as if the models said `renamedFrom`. */
function withRename(target: SchemaDescription, c: RenameCandidate): SchemaDescription {
  return {
    ...target,
    tables: target.tables.map((t) => {
      if (t.schema !== c.schema) return t;
      if (c.kind === "table") return t.name === c.to ? { ...t, renamedFrom: c.from } : t;
      if (t.name !== c.table) return t;
      return {
        ...t,
        columns: t.columns.map((col) =>
          col.name === c.to ? { ...col, renamedFrom: c.from } : col,
        ),
      };
    }),
  };
}

/** What {@link settleRenames} decided. */
export interface SettledRenames {
  /** The target with the renames stated (`renamedFrom`). */
  target: SchemaDescription;
  /** Look-alike pairs no one decided: autogenerate writes them beside the drop. */
  suggestions: RenameCandidate[];
}

/**
 * Decides, for each dropped table (then column) that an added one may be the rename of, whether
 * it is: a `requests` entry (`customer=client`, `app.customer=client`, `customer.email=mail`)
 * says so for any drop/add pair; else, for a pair that looks alike, `ask` does; else the pair is
 * a suggestion. Tables first, so that a column of a renamed table is found in it. A request that
 * names no drop/add pair, or several, throws `BAD_ARGUMENT` naming it.
 */
export async function settleRenames(
  current: SchemaDescription,
  target: SchemaDescription,
  scope: ManagedScope,
  requests: readonly string[],
  ask: AskRename | undefined,
): Promise<SettledRenames> {
  const parsed = requests.map(parseRequest);
  let settled = target;
  const suggestions: RenameCandidate[] = [];
  // Found again only when a table rename changed the target (then its columns pair otherwise).
  let listed: { target: SchemaDescription; candidates: RenameCandidate[] } | undefined;
  for (const kind of ["table", "column"] as const) {
    if (listed?.target !== settled) {
      listed = { target: settled, candidates: findRenameCandidates(current, settled, scope) };
    }
    const candidates = listed.candidates.filter((c) => c.kind === kind);
    const taken = new Set<string>();
    const key = (c: RenameCandidate, name: string) =>
      `${c.schema}\u0000${c.table ?? ""}\u0000${name}`;
    const accept = (c: RenameCandidate) => {
      settled = withRename(settled, c);
      taken.add(key(c, `from:${c.from}`));
      taken.add(key(c, `to:${c.to}`));
    };
    const isOpen = (c: RenameCandidate) =>
      !taken.has(key(c, `from:${c.from}`)) && !taken.has(key(c, `to:${c.to}`));
    for (const request of parsed.filter((r) => !r.isUsed)) {
      const found = candidates.filter((c) => matches(request, c));
      if (found.length > 1) {
        throw new RetortError(
          "BAD_ARGUMENT",
          `--rename ${request.text} names more than one rename: ${found.map((c) => `${c.schema}.${c.table === null ? "" : `${c.table}.`}${c.from}`).join(", ")}.`,
          { hint: "qualify it with the schema: `--rename app.customer=client`." },
        );
      }
      const [c] = found;
      if (c !== undefined && isOpen(c)) {
        accept(c);
        request.isUsed = true;
      }
    }
    for (const c of candidates) {
      if (!c.isAlike || !isOpen(c)) continue;
      if (ask === undefined) suggestions.push(c);
      else if (await ask(c)) accept(c);
    }
  }
  const unused = parsed.find((r) => !r.isUsed);
  if (unused !== undefined) {
    throw new RetortError(
      "BAD_ARGUMENT",
      `--rename ${unused.text} names no table or column that autogenerate drops while it adds the new name.`,
      {
        hint: `check both names against the models and the database; ${requestForms}.`,
        details: { rename: unused.text },
      },
    );
  }
  return { target: settled, suggestions };
}

/**
 * The rename stated for the models, for the line beside a drop:
 * `.renamedFrom("email")` on a column, `{ renamedFrom: "customer" }` in a table's options.
 */
export function renameSuggestion(c: RenameCandidate): string {
  return c.kind === "table"
    ? `if ${c.schema}.${c.to} is ${c.schema}.${c.from} renamed, give table("${c.to}", ...) the option { renamedFrom: ${JSON.stringify(c.from)} }`
    : `if ${c.schema}.${c.table}.${c.to} is ${c.from} renamed, declare the column with .renamedFrom(${JSON.stringify(c.from)})`;
}

/** The `--rename` argument that states the rename: `customer=client`, `client.email=mail`. */
export function renameArgument(c: RenameCandidate): string {
  const schema = c.schema === "public" ? "" : `${c.schema}.`;
  return c.kind === "table"
    ? `${schema}${c.from}=${c.to}`
    : `${schema}${c.table}.${c.from}=${c.to}`;
}
