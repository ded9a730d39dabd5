/** The partial-fault matrix (test/support/fault-matrix.ts): forwards and replies. */
import { describeMatrix, SCENARIOS } from "../support/fault-matrix-scenarios";

const NAMES = new Set(["forward", "update", "cancel", "reply", "closing reply"]);
describeMatrix(
  "the partial-fault matrix: forwards and replies",
  SCENARIOS.filter((scenario) => NAMES.has(scenario.name)),
);
