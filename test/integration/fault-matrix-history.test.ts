/** The partial-fault matrix (test/support/fault-matrix.ts): a reply redelivered after a long history. */
import { HISTORY_SCENARIOS } from "../support/fault-matrix-history";
import { describeMatrix, scenariosNamed } from "../support/fault-matrix-scenarios";

describeMatrix("the partial-fault matrix: any history", scenariosNamed(HISTORY_SCENARIOS, ["redelivery"]));
