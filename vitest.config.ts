import { defineConfig } from "vitest/config";
import HeaviestFirst from "./test/support/heaviest-first";

/**
 * Unit test files that need a module registry of their own: one replaces a module (vi.mock), one
 * sets the environment the handlers read once at module scope. Every other unit and infra file
 * shares its worker's modules with the files before it, so luxon, chrono, the AWS SDK and
 * aws-cdk-lib load once per worker instead of once per file (a third of the unit tests' time).
 */
const OWN_MODULES = ["test/unit/ingest/languages.test.ts", "test/unit/observability/handlers.test.ts"];
const SHARED_MODULES = ["test/unit/**/*.test.ts", "test/infra/**/*.test.ts"];

export default defineConfig({
  test: {
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
    projects: [
      {
        extends: true,
        test: {
          name: "isolated",
          include: ["test/integration/**/*.test.ts", ...OWN_MODULES],
        },
      },
      {
        extends: true,
        test: { name: "shared", include: SHARED_MODULES, exclude: OWN_MODULES, isolate: false },
      },
    ],
  },
});
