import { mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { buildApp } from "./synth";

describe("bundling (the one test that runs esbuild as cdk synth does)", () => {
  it("bundles each handler as a minified ESM module for nodejs22.x", () => {
    const outdir = mkdtempSync(join(tmpdir(), "cdk-out-"));
    const { app } = buildApp({}, { bundle: true, outdir });
    const assembly = app.synth();
    const bundles = readdirSync(assembly.directory)
      .filter((entry) => entry.startsWith("asset."))
      .map((entry) => join(assembly.directory, entry, "index.mjs"))
      .filter((file) => {
        try {
          return readFileSync(file).length > 0;
        } catch {
          return false;
        }
      });
    expect(bundles.length).toBeGreaterThanOrEqual(3);
    for (const bundle of bundles) {
      const code = readFileSync(bundle, "utf8");
      expect(code.startsWith("import { createRequire as topLevelCreateRequire } from 'module';")).toBe(true);
      expect(code).toMatch(/export\s*\{[^}]*\bhandler\b/);
    }
  }, 120_000);
});
