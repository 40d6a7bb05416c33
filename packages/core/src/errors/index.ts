export type { RetortErrorCode, RetortErrorConfig } from "./retort-error";
export { isRetortError, RetortError } from "./retort-error";
export type { ErrorContext } from "./wrap-error";
export { wrapError } from "./wrap-error";
