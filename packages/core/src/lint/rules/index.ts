import type { LintRule } from "../lint-rule";
import { addColumnNotNullNoDefault } from "./add-column-not-null-no-default";
import { checkNotValid } from "./check-not-valid";
import { columnTypeRewrite } from "./column-type-rewrite";
import { concurrentlyInTransaction } from "./concurrently-in-transaction";
import { detachPartitionNotConcurrent } from "./detach-partition-not-concurrent";
import { domainConstraintNotValid } from "./domain-constraint-not-valid";
import { dropColumn } from "./drop-column";
import { dropIndexNotConcurrent } from "./drop-index-not-concurrent";
import { dropTable } from "./drop-table";
import { enumValueUsedInSameTransaction } from "./enum-value-used-in-same-transaction";
import { foreignKeyNotValid } from "./foreign-key-not-valid";
import { indexNotConcurrent } from "./index-not-concurrent";
import { missingLockTimeout } from "./missing-lock-timeout";
import { narrowingType } from "./narrowing-type";
import { persistenceRewrite } from "./persistence-rewrite";
import { reindexNotConcurrent } from "./reindex-not-concurrent";
import { renameColumn } from "./rename-column";
import { renameTable } from "./rename-table";
import { setNotNullUnchecked } from "./set-not-null-unchecked";
import { transactionControl } from "./transaction-control";
import { uniqueWithoutIndex } from "./unique-without-index";
import { unparsableSql } from "./unparsable-sql";
import { volatileDefaultRewrite } from "./volatile-default-rewrite";

/** Every lint rule, in the order findings are listed. */
export const lintRules: readonly LintRule[] = [
  indexNotConcurrent,
  dropIndexNotConcurrent,
  concurrentlyInTransaction,
  reindexNotConcurrent,
  detachPartitionNotConcurrent,
  addColumnNotNullNoDefault,
  volatileDefaultRewrite,
  foreignKeyNotValid,
  checkNotValid,
  domainConstraintNotValid,
  setNotNullUnchecked,
  uniqueWithoutIndex,
  columnTypeRewrite,
  narrowingType,
  persistenceRewrite,
  dropColumn,
  renameColumn,
  dropTable,
  renameTable,
  enumValueUsedInSameTransaction,
  missingLockTimeout,
  transactionControl,
  unparsableSql,
];
