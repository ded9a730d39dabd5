import { defineConfig } from "vitest/config";
import HeaviestFirst from "./test/support/heaviest-first";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    reporters: ["default", "./test/support/summary-reporter.ts", "./test/support/temp-files.ts"],
    globalSetup: ["./test/support/assemblies.ts"],
    sequence: { sequencer: HeaviestFirst },
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // Two cores: the integration suites wait on loopback servers and Lambda workers as much as they compute.
    maxWorkers: 2,
    // Local IAM prints each denial for a person running `npm start`. Tests assert on the denials
    // themselves (startTestApp fails on any it did not expect), so the printed copy is only noise.
    onConsoleLog: (log) => !log.startsWith("local IAM: AccessDenied"),
  },
});
