import { defineMigration } from "retort";

export default defineMigration({
  revision: "319f45d4389b",
  downRevision: ["1f16b97a4736", "7ab12eeeb503"],
  branchLabels: [],
  dependsOn: [],
  message: "merge comments and profile",
  createdAt: "2026-11-25T09:02:41.934Z",
  up(op) {
    // Nothing to do: write the upgrade with `op`.
  },
  down(op) {
    // Nothing to do: write the downgrade with `op`.
  },
});
