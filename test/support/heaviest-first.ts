import { relative } from "node:path";
import { BaseSequencer, type TestSpecification } from "vitest/node";

/**
 * The order test files start in, so that both workers finish together: longest first. Vitest's
 * own order does that from the durations of an earlier run; without them (a clean clone, CI) it
 * runs the largest files first, which puts the fault matrix, short files that run longest, last,
 * and leaves one worker alone on it at the end. Then the integration suites go first, the fault
 * matrix before the rest of them, and the unit tests fill in behind.
 */
export default class HeaviestFirst extends BaseSequencer {
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
