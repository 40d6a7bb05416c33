import { BadOperationError } from "../bad-operation-error";
import type { RunOperation } from "../operation";
import type { OperationKindSpec } from "../operation-kind-spec";

/** `op.run(fn)`: a TypeScript step, run online only. */
export const runKind = {
  positional: ["fn"],
  named: 0,
  callArguments: () => {
    throw new BadOperationError("An op.run step cannot be written as migration source.", {
      hint: "write TypeScript steps by hand in the migration",
    });
  },
  validate: (op, check) => {
    if (typeof op.fn !== "function") check.fail("fn must be a function of ({ db }).");
  },
  reverse: (_op, undo) =>
    undo.irreversible(
      "a TypeScript step has no known reverse.",
      "write the undoing step in down()",
    ),
  target: () => ({}),
  change: () => "runs a TypeScript step",
} satisfies OperationKindSpec<RunOperation>;
