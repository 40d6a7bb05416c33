import { alterPolicyKind } from "./kinds/alter-policy";
import { createPolicyKind } from "./kinds/create-policy";
import { dropPolicyKind } from "./kinds/drop-policy";
import { renamePolicyKind } from "./kinds/rename-policy";
import {
  disableRowSecurityKind,
  enableRowSecurityKind,
  forceRowSecurityKind,
  noForceRowSecurityKind,
} from "./kinds/row-security";
import { setPolicyCommentKind } from "./kinds/set-policy-comment";

/** The entries of the row-level security kinds, spread into `operationKinds`. */
export const policyKinds = {
  createPolicy: createPolicyKind,
  dropPolicy: dropPolicyKind,
  alterPolicy: alterPolicyKind,
  renamePolicy: renamePolicyKind,
  setPolicyComment: setPolicyCommentKind,
  enableRowSecurity: enableRowSecurityKind,
  disableRowSecurity: disableRowSecurityKind,
  forceRowSecurity: forceRowSecurityKind,
  noForceRowSecurity: noForceRowSecurityKind,
} as const;
