import { relative } from "node:path";
import { defineConfig } from "vitest/config";
import { BaseSequencer, type TestSpecification } from "vitest/node";

/**
 * The order test files start in, so that both workers finish together: longest first. Vitest's
 * own order does that from the durations of an earlier run; without them (a clean clone, CI) it
 * runs the largest files first, which puts the fault matrix, short files that run longest, last,
 * and leaves one worker alone on it at the end. Then the integration suites go first, the fault
 * matrix before the rest of them, and the unit tests fill in behind.
 */
class HeaviestFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    const root = this.ctx.config.root;
    const measured = (file: TestSpecification) =>
      this.ctx.cache.getFileTestResults(`${file.project.name}:${relative(root, file.moduleId)}`);
    if (sorted.every(measured)) return sorted;
    const weight = (file: TestSpecification) => {
      const path = relative(root, file.moduleId);
      if (path.startsWith("test/integration/fault-matrix")) return 3;
      if (path.startsWith("test/integration/")) return 2;
      if (path.startsWith("test/infra/")) return 1;
      return 0;
    };
    // Array.prototype.sort is stable: within a weight, vitest's order stands.
    return sorted.sort((a, b) => weight(b) - weight(a));
  }
}

/**
 * Test files that get a module registry of their own: one replaces a module (vi.mock), one sets
 * the environment the handlers read once at module scope. Every other file, the fault matrix's
 * too, shares its worker's modules with the files before it, so luxon, chrono, the AWS SDK, the
 * stand-ins and aws-cdk-lib load once per worker instead of once per file (unit tests: 100 to 63
 * CPU seconds; the other integration suites: 154 to 133; four files that load the fault matrix's
 * modules: 10.7–13.1 to 9.0–9.4 CPU seconds, a process and an import of the local product each).
 */
const OWN_MODULES = ["test/unit/ingest/languages.test.ts", "test/unit/observability/handlers.test.ts"];

export default defineConfig({
  test: {
    reporters: ["default", "./test/support/summary-reporter.ts", "./test/support/temp-files.ts"],
    globalSetup: ["./test/support/assemblies.ts"],
    sequence: { sequencer: HeaviestFirst },
    // Bounds on a hang, not on speed: on two cores shared with other work (load 15–25), eight tests
    // of the integration suites ran past 30 s and one fault-matrix scenario past 300 s.
    testTimeout: 120_000,
    hookTimeout: 180_000,
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
          include: OWN_MODULES,
        },
      },
      {
        extends: true,
        test: { name: "shared", include: ["test/**/*.test.ts"], exclude: OWN_MODULES, isolate: false },
      },
    ],
  },
});
