export type { RetortErrorCode, RetortErrorConfig } from "./retort-error";
export { isRetortError, RetortError } from "./retort-error";
