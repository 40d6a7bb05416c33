import { expect } from "vitest";
import type { Operation } from "../ops/operation";
import { renderOperation } from "./render-operation";

/** The SQL texts an operation renders to, in order. */
export function sql(operation: Operation): string[] {
  return renderOperation(operation).map((statement) => statement.sql);
}

/** The one SQL text an operation renders to; fails the test when it renders to more or none. */
export function one(operation: Operation): string {
  const statements = sql(operation);
  expect(statements).toHaveLength(1);
  return statements[0]!;
}
