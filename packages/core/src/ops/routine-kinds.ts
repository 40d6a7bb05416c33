import { createFunctionKind } from "./kinds/create-function";
import { createTriggerKind } from "./kinds/create-trigger";
import { dropFunctionKind } from "./kinds/drop-function";
import { dropTriggerKind } from "./kinds/drop-trigger";
import { renameFunctionKind } from "./kinds/rename-function";
import { setFunctionCommentKind } from "./kinds/set-function-comment";
import { setTriggerCommentKind } from "./kinds/set-trigger-comment";

/** The entries of the function, procedure and trigger kinds, spread into `operationKinds`. */
export const routineKinds = {
  createFunction: createFunctionKind,
  dropFunction: dropFunctionKind,
  renameFunction: renameFunctionKind,
  setFunctionComment: setFunctionCommentKind,
  createTrigger: createTriggerKind,
  dropTrigger: dropTriggerKind,
  setTriggerComment: setTriggerCommentKind,
} as const;
