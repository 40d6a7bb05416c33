#!/usr/bin/env node
// A committed shim, so the `retort` bin link exists from the moment pnpm installs the
// workspace, before anything is built.
import "../dist/bin.js";
