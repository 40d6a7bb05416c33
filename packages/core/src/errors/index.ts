export { isRetortError, RetortError } from "./retort-error";
export type { RetortErrorCode, RetortErrorConfig } from "./retort-error";
