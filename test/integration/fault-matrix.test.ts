/** The partial-fault matrix (test/support/fault-matrix.ts): forwards. */
import { describeMatrix, SCENARIOS, scenariosNamed } from "../support/fault-matrix-scenarios";

describeMatrix(
  "the partial-fault matrix: forwards, updates and cancellations",
  scenariosNamed(SCENARIOS, ["forward", "update", "cancel"]),
);
