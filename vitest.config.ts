import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    reporters: ["default", "./test/support/summary-reporter.ts", "./test/support/temp-files.ts"],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // Two cores: the integration suites wait on loopback servers and Lambda workers as much as they compute.
    maxWorkers: 2,
    env: {
      // Node 20 runs the tests; the Lambda runtime is nodejs22.x. The SDK's notice is noise here.
      AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: "true",
    },
  },
});
