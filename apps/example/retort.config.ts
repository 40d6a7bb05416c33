import { defineConfig } from "retort/config";

export default defineConfig({
  // Unset: the embedded database under .retort/. With `docker compose up -d postgres`:
  //   DATABASE_URL=postgres://retort:retort@localhost:5432/retort
  url: process.env.DATABASE_URL,
  migrations: "app/migrations",
  models: "app/models/index.ts",
});
