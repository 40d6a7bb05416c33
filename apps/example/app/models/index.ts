// Every model is exported from here: `retort revision --autogenerate` compares what this file
// exports with the database. A table defined in this folder but not exported here is reported.
export * from "./account";
export * from "./comment";
export * from "./post";
export * from "./post-summary";
