import type { Insertable, Selectable, Updateable } from "kysely";
import { describe, expectTypeOf, it } from "vitest";
import type { DatabaseOf, RowOf, SnakeToCamel } from "./database-of";
import type * as models from "./models.test-fixture";

type Database = DatabaseOf<typeof models>;

describe("DatabaseOf", () => {
  it("keys tables by name, schema-qualified outside public, and ignores other exports", () => {
    expectTypeOf<keyof Database>().toEqualTypeOf<"app.account" | "post" | "membership">();
  });

  it("maps column types for select, insert and update", () => {
    type Account = Database["app.account"];
    expectTypeOf<Selectable<Account>>().branded.toEqualTypeOf<{
      id: string;
      email: string;
      mood: "happy" | "sad";
      created_at: Date;
      deleted_at: Date | null;
      tags: string[];
      balance: string;
      settings: { theme: string } | null;
      nick: string | null;
      code: string | null;
      flag: boolean;
      small: number | null;
      score: number | null;
      uid: string;
    }>();
    expectTypeOf<Insertable<Account>>().branded.toEqualTypeOf<{
      email: string;
      mood?: "happy" | "sad";
      created_at?: Date | string;
      deleted_at?: Date | string | null;
      tags?: string[];
      balance?: string | number | bigint;
      settings?: { theme: string } | null;
      nick?: string | null;
      code?: string | null;
      flag?: boolean;
      small?: number | null;
      uid?: string;
    }>();
    expectTypeOf<Updateable<Account>>().not.toHaveProperty("id");
    expectTypeOf<Updateable<Account>>().not.toHaveProperty("score");
    type Post = Database["post"];
    expectTypeOf<Insertable<Post>>().branded.toEqualTypeOf<{
      id?: number;
      account_id: string | number | bigint;
      title: string;
      body?: string | null;
      views?: string | number | bigint;
    }>();
  });
});

describe("RowOf", () => {
  it("is the row a select of the table returns", () => {
    expectTypeOf<RowOf<typeof models.post>>().branded.toEqualTypeOf<{
      id: number;
      account_id: string;
      title: string;
      body: string | null;
      views: string;
    }>();
    expectTypeOf<RowOf<typeof models.post, { camelCase: true }>>().toHaveProperty("accountId");
  });
});

describe("DatabaseOf with { camelCase: true }, for Kysely's CamelCasePlugin", () => {
  type Camel = DatabaseOf<typeof models, { camelCase: true }>;

  it("camelCases column and table keys as the plugin maps them", () => {
    expectTypeOf<keyof Camel>().toEqualTypeOf<"app.account" | "post" | "membership">();
    expectTypeOf<Selectable<Camel["app.account"]>>().toHaveProperty("createdAt");
    expectTypeOf<Selectable<Camel["app.account"]>>().not.toHaveProperty("created_at");
    expectTypeOf<Insertable<Camel["post"]>>().branded.toEqualTypeOf<{
      id?: number;
      accountId: string | number | bigint;
      title: string;
      body?: string | null;
      views?: string | number | bigint;
    }>();
  });

  it("maps names as the plugin does: each underscore goes, the next letter is upper case", () => {
    expectTypeOf<SnakeToCamel<"user_profile">>().toEqualTypeOf<"userProfile">();
    expectTypeOf<SnakeToCamel<"a__b">>().toEqualTypeOf<"aB">();
    expectTypeOf<SnakeToCamel<"_hidden">>().toEqualTypeOf<"Hidden">();
    expectTypeOf<SnakeToCamel<"app.user_profile">>().toEqualTypeOf<"app.userProfile">();
  });
});
