import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    reporters: ["default", "./test/support/summary-reporter.ts", "./test/support/temp-files.ts"],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // Two cores: the integration suites wait on loopback servers and Lambda workers as much as they compute.
    maxWorkers: 2,
  },
});
