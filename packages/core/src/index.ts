export * from "./config/index";
export * from "./driver/index";
export * from "./errors/index";
export * from "./graph/index";
export * from "./ops/index";
export * from "./runtime/index";
export * from "./script/index";
export * from "./sql/index";
