/** The partial-fault matrix (test/support/fault-matrix.ts): commands, settings, onboarding and reminders. */
import { describeMatrix, SCENARIOS, scenariosNamed } from "../support/fault-matrix-scenarios";

describeMatrix(
  "the partial-fault matrix: commands, settings, onboarding and reminders",
  scenariosNamed(SCENARIOS, ["command", "settings", "onboarding", "reminder"]),
);
