/** The partial-fault matrix (test/support/fault-matrix.ts): forget. */
import { describeMatrix, SCENARIOS, scenariosNamed } from "../support/fault-matrix-scenarios";

describeMatrix("the partial-fault matrix: forget", scenariosNamed(SCENARIOS, ["forget"]));
