/** The partial-fault matrix (test/support/fault-matrix.ts): commands, settings, onboarding, forget and reminders. */
import { describeMatrix, SCENARIOS } from "../support/fault-matrix-scenarios";

const NAMES = new Set(["command", "settings", "onboarding", "forget", "reminder"]);
describeMatrix(
  "the partial-fault matrix: commands, settings, onboarding, forget and reminders",
  SCENARIOS.filter((scenario) => NAMES.has(scenario.name)),
);
