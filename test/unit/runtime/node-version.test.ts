/**
 * Tests, local mode and Lambda run the same Node.js major: package.json pins the binary that npm
 * scripts and npx put first on PATH, and lib/ names the Lambda runtime. Either moving alone fails here.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { LAMBDA_NODE_MAJOR, LAMBDA_RUNTIME } from "../../../lib/lambda-bundle";

const ROOT = join(import.meta.dirname, "../../..");

interface PackageJson {
  readonly optionalDependencies: Record<string, string>;
  readonly devDependencies: Record<string, string>;
}

const pkg = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as PackageJson;

describe("the Node.js version", () => {
  it("that runs these tests is the Lambda runtime's major", () => {
    // Prepare
    const major = Number(process.versions.node.split(".")[0]);

    // Assess
    expect(LAMBDA_RUNTIME.name).toBe(`nodejs${LAMBDA_NODE_MAJOR}.x`);
    expect(major, "run the tests with `npm test` or `npx vitest`, which use the pinned node").toBe(
      LAMBDA_NODE_MAJOR,
    );
  });

  it("pinned for each platform, and @types/node, have the Lambda runtime's major", () => {
    const binaries = Object.entries(pkg.optionalDependencies).filter(([name]) =>
      /^node-(bin-)?[a-z]+-/.test(name),
    );
    expect(binaries.length).toBeGreaterThanOrEqual(4);
    for (const [name, version] of binaries) {
      expect(version, name).toMatch(new RegExp(`^${LAMBDA_NODE_MAJOR}\\.\\d+\\.\\d+$`));
    }
    expect(pkg.devDependencies["@types/node"]).toMatch(new RegExp(`^\\^${LAMBDA_NODE_MAJOR}\\.`));
  });
});
