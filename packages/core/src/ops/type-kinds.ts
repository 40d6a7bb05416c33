import {
  addTypeAttributeKind,
  alterTypeAttributeKind,
  createCompositeTypeKind,
  dropCompositeTypeKind,
  dropTypeAttributeKind,
  renameTypeAttributeKind,
} from "./kinds/composite-type-kinds";
import {
  addDomainCheckKind,
  alterDomainKind,
  createDomainKind,
  dropDomainConstraintKind,
  dropDomainKind,
  validateDomainConstraintKind,
} from "./kinds/domain-kinds";
import {
  createRangeTypeKind,
  dropRangeTypeKind,
  renameTypeKind,
  setTypeCommentKind,
} from "./kinds/range-type-kinds";

/** The entries of domains, composite and range types, spread into `operationKinds`. */
export const typeKinds = {
  createDomain: createDomainKind,
  dropDomain: dropDomainKind,
  alterDomain: alterDomainKind,
  addDomainCheck: addDomainCheckKind,
  dropDomainConstraint: dropDomainConstraintKind,
  validateDomainConstraint: validateDomainConstraintKind,
  createCompositeType: createCompositeTypeKind,
  dropCompositeType: dropCompositeTypeKind,
  addTypeAttribute: addTypeAttributeKind,
  dropTypeAttribute: dropTypeAttributeKind,
  renameTypeAttribute: renameTypeAttributeKind,
  alterTypeAttribute: alterTypeAttributeKind,
  createRangeType: createRangeTypeKind,
  dropRangeType: dropRangeTypeKind,
  renameType: renameTypeKind,
  setTypeComment: setTypeCommentKind,
} as const;
