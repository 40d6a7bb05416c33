#!/usr/bin/env node
// The `retort` package's prepack: its README on npm is the repository's README. Written aside and
// renamed, so that two packs at once (turbo's check:package and the install test) never read a
// half-written file; the temporary name starts with a dot so that no pack picks it up.
import { copyFileSync, renameSync } from "node:fs";

const temp = `.README.md.${process.pid}.tmp`;
copyFileSync("../../README.md", temp);
renameSync(temp, "README.md");
