#!/usr/bin/env node
// A committed shim, so the `retort` bin link exists from the moment pnpm installs the
// workspace, before anything is built.
import module from "node:module";

// Node 22.1+ keeps compiled code between runs, which saves most of start-up's module
// compilation; older versions have no such cache.
module.enableCompileCache?.();
await import("../dist/bin.js");
