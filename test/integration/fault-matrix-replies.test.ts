/** The partial-fault matrix (test/support/fault-matrix.ts): replies. */
import { describeMatrix, SCENARIOS, scenariosNamed } from "../support/fault-matrix-scenarios";

describeMatrix("the partial-fault matrix: replies", scenariosNamed(SCENARIOS, ["reply", "closing reply"]));
