import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import { configFileNames, defaultRevisionTemplate, RetortError } from "@retort/core";
import { type Command, stringOption } from "../command";

interface ProjectTemplate {
  readonly name: string;
  readonly description: string;
  readonly config: string;
  readonly extraFiles?: Readonly<Record<string, string>>;
}

// `retort/config`, not `retort`: the main entry loads the models DSL, the differ and kysely,
// which every command (`retort heads` included) would pay for just to read the config.
const configHeader = `import { defineConfig } from "retort/config";

// See the README's config reference for every setting.
export default defineConfig({
`;

/** The project layouts `retort init --template` can write. */
export const projectTemplates: readonly ProjectTemplate[] = [
  {
    name: "generic",
    description: "DATABASE_URL when set, else the embedded database under .retort/ (the default)",
    config: `${configHeader}  url: process.env.DATABASE_URL,
  migrations: "app/migrations",
  models: "app/models/index.ts",
});
`,
  },
  {
    name: "postgres",
    description: "a PostgreSQL server from docker-compose.yml (DATABASE_URL overrides it)",
    config: `${configHeader}  url: process.env.DATABASE_URL ?? "postgres://retort:retort@localhost:5432/retort",
  migrations: "app/migrations",
  models: "app/models/index.ts",
});
`,
    extraFiles: {
      "docker-compose.yml": `services:
  postgres:
    image: postgres:17
    environment:
      POSTGRES_USER: retort
      POSTGRES_PASSWORD: retort
      POSTGRES_DB: retort
    ports:
      - "5432:5432"
    volumes:
      - postgres-data:/var/lib/postgresql/data
    healthcheck:
      test: ["CMD-SHELL", "pg_isready -U retort -d retort"]
      interval: 2s
      timeout: 5s
      retries: 30

volumes:
  postgres-data:
`,
    },
  },
];

const modelsIndex = `// Export every model here: \`retort revision --autogenerate\` compares what this file exports
// with the database.
export {};
`;

/** `retort init` */
export const initCommand: Command = {
  name: "init",
  summary: "Create retort.config.ts, the migrations folder and its file template.",
  args: [{ name: "directory", description: "the project folder (default: the working folder)" }],
  options: [
    {
      name: "template",
      flag: "--template",
      short: "-t",
      type: "string",
      placeholder: "name",
      description: "the layout to write (see `retort list-templates`; default generic)",
    },
  ],
  examples: ["retort init", "retort init --template postgres"],
  async run(ctx, args) {
    const root = resolve(ctx.io.cwd, args.positionals[0] ?? ".");
    const name = stringOption(args, "template") ?? "generic";
    const template = projectTemplates.find((t) => t.name === name);
    if (template === undefined) {
      throw new RetortError("TEMPLATE_NOT_FOUND", `There is no template "${name}".`, {
        hint: `choose one of: ${projectTemplates.map((t) => t.name).join(", ")}.`,
      });
    }
    const existing = configFileNames
      .map((file) => join(root, file))
      .find((file) => existsSync(file));
    if (existing !== undefined) {
      throw new RetortError(
        "FILE_EXISTS",
        `${relative(ctx.io.cwd, existing) || existing} already exists; init leaves it alone.`,
        {
          hint: "edit it, or remove it and run `retort init` again.",
        },
      );
    }
    // The config last: it is what makes a folder a project (and what a second init refuses to
    // touch), so a failure before it leaves nothing to clean up by hand.
    const files: Record<string, string> = {
      "app/migrations/script.ts.tmpl": defaultRevisionTemplate,
      "app/migrations/versions/.gitkeep": "",
      "app/models/index.ts": modelsIndex,
      ...template.extraFiles,
      "retort.config.ts": template.config,
    };
    const created: string[] = [];
    try {
      for (const [file, text] of Object.entries(files)) {
        const path = join(root, file);
        if (existsSync(path)) {
          ctx.note(`  Keeping ${relative(ctx.io.cwd, path)} (it exists)`);
          continue;
        }
        const folder = mkdirSync(join(path, ".."), { recursive: true });
        if (folder !== undefined) created.push(folder);
        writeFileSync(path, text, { flag: "wx" });
        created.push(path);
        ctx.out(`  Creating ${relative(ctx.io.cwd, path) || path} ... done`);
      }
    } catch (error) {
      // Nothing half-made: what this run created goes, newest first.
      for (const path of created.reverse()) rmSync(path, { recursive: true, force: true });
      if (created.length > 0) ctx.note("  Removed what this init had created.");
      throw error;
    }
    const gitignore = join(root, ".gitignore");
    const ignored = existsSync(gitignore) ? readFileSync(gitignore, "utf8") : "";
    if (
      !ignored.split("\n").some((line) => line.trim() === ".retort/" || line.trim() === ".retort")
    ) {
      writeFileSync(
        gitignore,
        `${ignored}${ignored === "" || ignored.endsWith("\n") ? "" : "\n"}.retort/\n`,
      );
      ctx.out(`  Adding .retort/ to ${relative(ctx.io.cwd, gitignore) || ".gitignore"} ... done`);
    }
    ctx.note(
      'Next: define your tables in app/models/, then `retort revision --autogenerate -m "initial"` and `retort upgrade head`.',
    );
    return 0;
  },
};

/** `retort list-templates` */
export const listTemplatesCommand: Command = {
  name: "list-templates",
  summary: "List the project templates `retort init --template` can use.",
  args: [],
  options: [],
  async run(ctx) {
    ctx.out("Available templates:\n");
    for (const template of projectTemplates)
      ctx.out(`${template.name.padEnd(10)} - ${template.description}`);
    ctx.out(
      "\nTemplates are used via the 'init' command, e.g.:\n\n  retort init --template postgres",
    );
    return 0;
  },
};
