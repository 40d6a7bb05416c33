import { createMaterializedViewKind } from "./create-materialized-view";
import { createViewKind } from "./create-view";
import { dropMaterializedViewKind } from "./drop-materialized-view";
import { dropViewKind } from "./drop-view";
import { refreshMaterializedViewKind } from "./refresh-materialized-view";
import { renameViewKind } from "./rename-view";
import { setViewCommentKind } from "./set-view-comment";

/** The view family's entries, spread into `operationKinds`. */
export const viewKinds = {
  createView: createViewKind,
  dropView: dropViewKind,
  createMaterializedView: createMaterializedViewKind,
  dropMaterializedView: dropMaterializedViewKind,
  refreshMaterializedView: refreshMaterializedViewKind,
  renameView: renameViewKind,
  setViewComment: setViewCommentKind,
} as const;
