import { column as c, index, table } from "retort";

export const account = table(
  "account",
  {
    id: c.bigint().primaryKey().generatedAlwaysAsIdentity(),
    email: c.text().notNull().unique(),
    displayName: c.varchar(80).name("display_name"),
    createdAt: c.timestamptz().notNull().defaultSql("now()").name("created_at"),
  },
  (t) => ({
    indexes: [index("account_created_at_idx").on(t.createdAt)],
  }),
  { comment: "people who can sign in" },
);
