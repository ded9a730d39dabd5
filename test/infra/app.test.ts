/**
 * `cdk synth` runs bin/app.ts: a configuration with mistakes prints them, all of them, and no stack
 * trace; the file holding them, with personal addresses, stays out of git.
 */
import { execFile } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { describe, expect, it, onTestFinished } from "vitest";
import { CONFIG_FILE } from "../../lib/config";

const run = promisify(execFile);
const ROOT = join(import.meta.dirname, "../..");

describe("bin/app.ts, as cdk synth runs it", () => {
  it("prints every configuration problem and exits 1, without a stack trace", async () => {
    // Prepare: a clone's directory whose followup.config.json has three mistakes.
    const directory = mkdtempSync(join(tmpdir(), "synth-config-"));
    onTestFinished(() => rmSync(directory, { recursive: true, force: true }));
    writeFileSync(
      join(directory, CONFIG_FILE),
      JSON.stringify({
        mailDomain: "nope",
        owners: ["jane@jane-doe.dev"],
        timeZone: "Mars/Base",
        region: "us-east-1",
      }),
    );

    // Act
    const failure = await run(
      process.execPath,
      [join(ROOT, "node_modules/tsx/dist/cli.mjs"), join(ROOT, "bin/app.ts")],
      { cwd: directory, env: { ...process.env, CDK_OUTDIR: directory } },
    ).then(
      () => null,
      (error: { code: number; stderr: string }) => error,
    );

    // Assess
    expect(failure?.code).toBe(1);
    const stderr = failure?.stderr ?? "";
    expect(stderr).toContain("interview-followup configuration (followup.config.json) has problems:");
    expect(stderr).toContain('  - mailDomain "nope" is not a domain name');
    expect(stderr).toContain('  - timeZone "Mars/Base" is not an IANA time zone');
    expect(stderr).toContain(
      '  - region "us-east-1" is an AWS region, but this key is the holiday region of your country',
    );
    expect(stderr).toContain("npx followup doctor --config");
    expect(stderr).not.toMatch(/^\s+at /m);
  }, 60_000);

  it("followup.config.json is git-ignored", () => {
    const ignored = readFileSync(join(ROOT, ".gitignore"), "utf8").split("\n");
    expect(ignored).toContain(CONFIG_FILE);
  });
});
