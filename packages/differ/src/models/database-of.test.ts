import type { Insertable, Selectable, Updateable } from "kysely";
import { describe, expectTypeOf, it } from "vitest";
import type { DatabaseOf } from "./database-of";
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
