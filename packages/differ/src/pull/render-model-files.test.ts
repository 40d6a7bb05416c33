import { describe, expect, it } from "vitest";
import { column, index, schema, table } from "../schema/description.test-fixture";
import { camelName, kebabName } from "./assign-names";
import { renderModelFiles } from "./render-model-files";

const options = { modelsDir: "/repo/app/models", entryFile: "index.ts" };

function fileText(result: ReturnType<typeof renderModelFiles>, path: string): string {
  const file = result.files.find((f) => f.path === path);
  if (!file) throw new Error(`no ${path} in ${result.files.map((f) => f.path).join(", ")}`);
  return file.text;
}

describe("camelName and kebabName", () => {
  it("turn database names into readable identifiers and file names", () => {
    expect(camelName("created_at")).toBe("createdAt");
    expect(camelName("UserAccount")).toBe("userAccount");
    expect(camelName("HTTP_LOG")).toBe("httpLog");
    expect(camelName('Weird "name"')).toBe("weirdName");
    expect(camelName("2fa_codes")).toBe("_2faCodes");
    expect(camelName("!!!")).toBe("");
    expect(kebabName("user_account")).toBe("user-account");
    expect(kebabName("UserAccount")).toBe("user-account");
  });
});

describe("renderModelFiles", () => {
  it("writes one file per table, the entry re-exporting them, with the seed's layout", () => {
    const result = renderModelFiles(schema([table("account"), table("blog_post")]), options);
    expect(result.files.map((f) => f.path)).toEqual([
      "/repo/app/models/account.ts",
      "/repo/app/models/blog-post.ts",
      "/repo/app/models/index.ts",
    ]);
    expect(fileText(result, "/repo/app/models/index.ts")).toContain(
      'export * from "./account";\nexport * from "./blog-post";\n',
    );
    expect(fileText(result, "/repo/app/models/blog-post.ts")).toBe(
      [
        'import { column as c, table } from "retort";',
        "",
        "export const blogPost = table(",
        '  "blog_post",',
        "  {",
        "    id: c.integer().notNull(),",
        "  },",
        ");",
        "",
      ].join("\n"),
    );
  });

  it("names the return type of a reference that closes a cycle, so TypeScript can type the models", () => {
    const fk = (name: string, columns: string[], refTable: string) => ({
      name,
      columns,
      refSchema: "public",
      refTable,
      refColumns: ["id"],
      onUpdate: "no action" as const,
      onDelete: "no action" as const,
      match: "simple" as const,
      deferrable: false,
      initiallyDeferred: false,
    });
    const ids = (...names: string[]) => [
      column("id"),
      ...names.map((n) => column(n, { nullable: true })),
    ];
    const result = renderModelFiles(
      schema([
        // A self-reference, a cycle of two, and a plain reference into the cycle.
        table("category", {
          columns: ids("parent_id"),
          foreignKeys: [fk("category_parent_id_fkey", ["parent_id"], "category")],
        }),
        table("a", {
          columns: ids("b_id", "c_id"),
          foreignKeys: [fk("a_b_id_fkey", ["b_id"], "b"), fk("a_pair_fkey", ["c_id", "id"], "c")],
        }),
        table("b", { columns: ids("a_id"), foreignKeys: [fk("b_a_id_fkey", ["a_id"], "a")] }),
        table("c", { columns: ids() }),
        table("d", { columns: ids("a_id"), foreignKeys: [fk("d_a_id_fkey", ["a_id"], "a")] }),
      ]),
      options,
    );
    const text = (name: string) => fileText(result, `/repo/app/models/${name}.ts`);
    expect(text("category")).toContain(".references((): ColumnRef => category.columns.id)");
    expect(text("category")).toContain(
      'import { type ColumnRef, column as c, table } from "retort";',
    );
    expect(text("a")).toContain(".references((): ColumnRef => b.columns.id)");
    expect(text("b")).toContain(".references((): ColumnRef => a.columns.id)");
    // Out of the cycle: inferred as usual.
    expect(text("a")).toContain("references: () => [cTable.columns.id]");
    expect(text("d")).toContain(".references(() => a.columns.id)");
    expect(text("d")).not.toContain("ColumnRef");

    // Under Node's own module resolution, relative imports name the file they import.
    const node = renderModelFiles(schema([table("a"), table("b", { foreignKeys: [] })]), {
      ...options,
      importExtension: ".js",
    });
    expect(fileText(node, "/repo/app/models/index.ts")).toContain(
      'export * from "./a.js";\nexport * from "./b.js";\n',
    );
    expect(text("d")).toContain('import { a } from "./a";');
    expect(
      fileText(
        renderModelFiles(
          schema([
            table("category"),
            table("d", {
              columns: ids("category_id"),
              foreignKeys: [fk("d_category_id_fkey", ["category_id"], "category")],
            }),
          ]),
          {
            ...options,
            importExtension: ".js",
          },
        ),
        "/repo/app/models/d.ts",
      ),
    ).toContain('import { category } from "./category.js";');
  });

  it("uses a folder per schema when there are several, with enums in their own file", () => {
    const result = renderModelFiles(
      schema(
        [
          table("invoice", {
            schema: "billing",
            columns: [
              column("status", {
                type: "billing.status",
                userType: { schema: "billing", name: "status" },
              }),
            ],
          }),
          table("account"),
        ],
        {
          schemas: ["billing"],
          enums: [{ schema: "billing", name: "status", values: ["draft", "sent"], comment: null }],
        },
      ),
      options,
    );
    expect(result.files.map((f) => f.path)).toEqual([
      "/repo/app/models/billing/enums.ts",
      "/repo/app/models/billing/invoice.ts",
      "/repo/app/models/index.ts",
      "/repo/app/models/public/account.ts",
    ]);
    const invoice = fileText(result, "/repo/app/models/billing/invoice.ts");
    expect(invoice).toContain('import { status } from "./enums";');
    expect(invoice).toContain("status: c.enum(status),");
    expect(invoice).toContain('{ schema: "billing" },');
  });

  it("gives colliding names distinct identifiers and files, the same way whatever the input order", () => {
    const tables = [
      table("user_account"),
      table("userAccount"),
      table("a-b"),
      table("a_b"),
      table("table"),
    ];
    const first = renderModelFiles(schema(tables), options);
    const second = renderModelFiles(schema([...tables].reverse()), options);
    expect(second).toEqual(first);
    const exports = first.files
      .flatMap((f) => [...f.text.matchAll(/export const (\S+) = table\(\n {2}(.+),/g)])
      .map((m) => `${m[1]} <- ${m[2]}`)
      .sort();
    expect(exports).toEqual([
      'aB <- "a-b"',
      'a_b <- "a_b"',
      'tableTable <- "table"',
      'userAccount <- "userAccount"',
      'user_account <- "user_account"',
    ]);
    expect(first.files.map((f) => f.path.replace("/repo/app/models/", ""))).toEqual([
      "a-b.ts",
      "a_b.ts",
      "index.ts",
      "table.ts",
      "user-account.ts",
      "user_account.ts",
    ]);
  });

  it("numbers the names, in name order, once every readable one is taken", () => {
    const exportsOf = (result: ReturnType<typeof renderModelFiles>) =>
      result.files
        .flatMap((f) => [...f.text.matchAll(/export const (\S+) = table\(\n {2}(.+),/g)])
        .map((m) => `${m[1]} <- ${m[2]}`)
        .sort();
    // Each gets aB, aBTable, publicAB or publicABTable: the fifth (in name order) is numbered.
    const five = [table("a-b"), table("a b"), table("a.b"), table("a/b"), table("a+b")];
    const result = renderModelFiles(schema(five), options);
    expect(renderModelFiles(schema([...five].reverse()), options)).toEqual(result);
    expect(exportsOf(result)).toEqual([
      'aB <- "a b"',
      'aBTable <- "a+b"',
      'publicAB <- "a-b"',
      'publicABTable <- "a.b"',
      'publicABTable2 <- "a/b"',
    ]);
    // Punctuation alone leaves one readable name, publicTable, for all of them.
    const marks = [table("#"), table("%"), table("."), table("..")];
    const punctuation = renderModelFiles(schema(marks), options);
    expect(renderModelFiles(schema([...marks].reverse()), options)).toEqual(punctuation);
    expect(exportsOf(punctuation)).toEqual([
      'publicTable <- "#"',
      'publicTable2 <- "%"',
      'publicTable3 <- "."',
      'publicTable4 <- ".."',
    ]);
    expect(punctuation.files.map((f) => f.path.replace("/repo/app/models/", ""))).toEqual([
      "index.ts",
      "public-table.ts",
      "public-table2.ts",
      "public-table3.ts",
      "public-table4.ts",
    ]);
  });

  it("leaves out the names PostgreSQL would generate, and keeps the others", () => {
    const result = renderModelFiles(
      schema([
        table("post", {
          columns: [
            column("id", { nullable: false }),
            column("slug", { type: "text" }),
            column("n"),
          ],
          primaryKey: {
            name: "post_pkey",
            columns: ["id"],
            deferrable: false,
            initiallyDeferred: false,
          },
          uniques: [
            {
              name: "post_slug_key",
              columns: ["slug"],
              include: [],
              nullsNotDistinct: false,
              deferrable: false,
              initiallyDeferred: false,
            },
            {
              name: "post_slug_n_unique",
              columns: ["slug", "n"],
              include: [],
              nullsNotDistinct: false,
              deferrable: false,
              initiallyDeferred: false,
            },
          ],
          checks: [{ name: "n_positive", expression: "n > 0", noInherit: false }],
          indexes: [index("post_n_idx", "n")],
        }),
      ]),
      options,
    );
    const text = fileText(result, "/repo/app/models/post.ts");
    expect(text).toContain("id: c.integer().primaryKey(),");
    expect(text).toContain("slug: c.text().unique(),");
    expect(text).toContain('n: c.integer().check("n > 0", { name: "n_positive" }),');
    expect(text).toContain(
      'uniques: [unique({ name: "post_slug_n_unique", columns: [t.slug, t.n] })],',
    );
    expect(text).toContain("indexes: [index().on(t.n)],");
  });

  it("warns about what the models cannot declare, and returns unmanaged objects as skipped", () => {
    const view = {
      kind: "view" as const,
      schema: "public",
      name: "v",
      table: null,
      definition: " SELECT 1;",
    };
    const result = renderModelFiles(
      schema(
        [
          table("post", {
            primaryKey: {
              name: "post_pkey",
              columns: ["id"],
              deferrable: true,
              initiallyDeferred: false,
            },
            foreignKeys: [
              {
                name: "post_owner_fkey",
                columns: ["id"],
                refSchema: "other",
                refTable: "owner",
                refColumns: ["id"],
                onUpdate: "no action",
                onDelete: "no action",
                match: "simple",
                deferrable: false,
                initiallyDeferred: false,
              },
            ],
          }),
        ],
        {
          schemas: ["empty_one"],
          sequences: [
            {
              schema: "public",
              name: "ticket_seq",
              dataType: "bigint",
              start: "1",
              increment: "1",
              min: "1",
              max: "9223372036854775807",
              cache: "1",
              cycle: false,
              ownedBy: null,
              comment: null,
              renamedFrom: null,
            },
          ],
          unmanaged: [view],
        },
      ),
      options,
    );
    expect(result.skipped).toEqual([view]);
    expect(result.warnings).toEqual([
      "public.post: the primary key post_pkey is deferrable, which the models cannot declare.",
      "public.post: the foreign key post_owner_fkey references other.owner, which is not pulled; it is left out of the models.",
    ]);
    // An empty schema and a free-standing sequence are models now.
    const texts = result.files.map((f) => f.text).join("\n");
    expect(texts).toContain('export const emptyOneSchema = schema("empty_one");');
    expect(texts).toContain('export const ticketSeq = sequence("ticket_seq");');
  });

  it("writes an entry that exports nothing for an empty schema", () => {
    const result = renderModelFiles(schema([]), { ...options, importFrom: "@acme/retort" });
    expect(result.files).toEqual([
      { path: "/repo/app/models/index.ts", text: expect.stringContaining("export {};\n") },
    ]);
  });

  it("escapes SQL in tagged templates and keeps hostile keys as own properties", () => {
    const expressionIndex = index("t_expr_idx", "a b");
    const result = renderModelFiles(
      schema([
        table("t", {
          columns: [column("__proto__", { type: "text" }), column("a b", { type: "text" })],
          indexes: [
            {
              ...expressionIndex,
              elements: [
                {
                  ...expressionIndex.elements[0]!,
                  column: null,
                  // biome-ignore lint/suspicious/noTemplateCurlyInString: a literal ${ is the hostile text under test
                  expression: "(\"a b\" || '`${x}\\')",
                },
              ],
            },
          ],
        }),
      ]),
      options,
    );
    const text = fileText(result, "/repo/app/models/t.ts");
    expect(text).toContain('proto: c.text().name("__proto__"),');
    expect(text).toContain('aB: c.text().name("a b"),');
    // biome-ignore lint/suspicious/noTemplateCurlyInString: a literal ${ is the hostile text under test
    expect(text).toContain("index().on(sql`(\"a b\" || '\\`\\${x}\\\\')`)");
  });
});
