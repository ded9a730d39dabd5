/** The partial-fault matrix (test/support/fault-matrix.ts) over a long history and a spent send budget. */
import { HISTORY_SCENARIOS } from "../support/fault-matrix-history";
import { describeMatrix } from "../support/fault-matrix-scenarios";

describeMatrix("the partial-fault matrix: any history", HISTORY_SCENARIOS);
