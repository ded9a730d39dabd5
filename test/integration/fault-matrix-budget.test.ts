/** The partial-fault matrix (test/support/fault-matrix.ts): a reply once the hourly send budget is spent. */
import { HISTORY_SCENARIOS } from "../support/fault-matrix-history";
import { describeMatrix, scenariosNamed } from "../support/fault-matrix-scenarios";

describeMatrix(
  "the partial-fault matrix: any history",
  scenariosNamed(HISTORY_SCENARIOS, ["the hourly send budget"]),
);
