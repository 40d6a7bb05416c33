import {
  grantDefaultPrivilegesKind,
  revokeDefaultPrivilegesKind,
} from "./kinds/default-privileges";
import { grantKind } from "./kinds/grant";
import { revokeKind } from "./kinds/revoke";

/** The entries of the privilege kinds, spread into `operationKinds`. */
export const privilegeKinds = {
  grant: grantKind,
  revoke: revokeKind,
  grantDefaultPrivileges: grantDefaultPrivilegesKind,
  revokeDefaultPrivileges: revokeDefaultPrivilegesKind,
} as const;
