import { execFile } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { buildApp } from "./synth";

const run = promisify(execFile);
const ROOT = join(import.meta.dirname, "../..");

describe("npx cdk synth (the real CLI, offline, bundling with the local esbuild)", () => {
  it("synthesizes the app from cdk.json and bundles each handler as a minified ESM module", async () => {
    const outdir = mkdtempSync(join(tmpdir(), "cdk-out-"));
    await run("npx", ["cdk", "synth", "--quiet", "--output", outdir], { cwd: ROOT, timeout: 240_000 });
    const template = JSON.parse(readFileSync(join(outdir, "InterviewFollowup.template.json"), "utf8"));
    expect(Object.keys(template.Resources).length).toBeGreaterThan(30);
    const bundles = readdirSync(outdir)
      .filter((entry) => entry.startsWith("asset."))
      .flatMap((entry) => {
        try {
          return [readFileSync(join(outdir, entry, "index.mjs"), "utf8")];
        } catch {
          return [];
        }
      });
    expect(bundles.length).toBeGreaterThanOrEqual(3);
    for (const code of bundles) {
      expect(code.startsWith("import { createRequire as topLevelCreateRequire } from 'module';")).toBe(true);
      expect(code).toMatch(/export\s*\{[^}]*\bhandler\b/);
    }
  }, 240_000);

  it("an environment-agnostic stack (no account or region known) passes cdk-nag too", () => {
    const { app } = buildApp({}, { nag: true, agnostic: true });
    expect(() => app.synth()).not.toThrow();
  });
});
