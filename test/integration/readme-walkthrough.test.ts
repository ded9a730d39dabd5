/**
 * The README's local walk-through, run exactly as written (each line through a shell, comments
 * and all) against the local product as the README starts it, on a clock a year ahead of today:
 * its dates come from the product's clock, so it must not expire.
 */
import { exec } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { promisify } from "node:util";
import { DateTime } from "luxon";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { LocalApp } from "../../local/app";
import { inbox, startTestApp } from "../support/local-app";

const shell = promisify(exec);
const ROOT = join(import.meta.dirname, "../..");

/** The indented command block that follows "in another terminal", line by line. */
function walkthrough(): string[] {
  const readme = readFileSync(join(ROOT, "README.md"), "utf8");
  const section = readme.slice(readme.indexOf("in another terminal"));
  const block = /\n\n((?: {4}.*\n)+)/.exec(section)?.[1];
  if (!block) throw new Error("README.md: no command block after 'in another terminal'");
  return block.split("\n").flatMap((line) => (line.trim() ? [line.slice(4)] : []));
}

describe("the README's local walk-through, a year from today", () => {
  const commands = walkthrough();
  const outputs: string[] = [];
  let app: LocalApp;
  beforeAll(async () => {
    // Prepare: `FOLLOWUP_TZ=America/Chicago npm start` with the default owner, a year ahead.
    const start = DateTime.now().plus({ years: 1 }).toUTC().toISO() ?? "";
    app = await startTestApp(start, ["you@example.com"]);
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      FOLLOWUP_SMTP_PORT: String(app.smtp.port),
      FOLLOWUP_SES_PORT: String(new URL(app.sesUrl).port),
      FOLLOWUP_CONTROL_PORT: String(new URL(app.controlUrl).port),
    };
    delete env.FOLLOWUP_TZ;
    delete env.FOLLOWUP_OWNERS;
    // Act: every line as pasted, in order.
    for (const command of commands) {
      const { stdout, stderr } = await shell(command, { cwd: ROOT, env, timeout: 60_000 });
      expect(stderr, command).toBe("");
      outputs.push(stdout);
    }
  }, 600_000);
  afterAll(async () => {
    await app?.stop();
  });

  it("is the loop of forward, advance, reply and status", () => {
    expect(commands[0]).toMatch(/^npx followup forward /);
    expect(commands.filter((command) => /^npx followup local advance/.test(command)).length).toBeGreaterThan(
      2,
    );
    expect(commands.at(-1)).toMatch(/^npx followup local status/);
  });

  it("sends the plan, the prompts in order and an answer to every reply", async () => {
    const subjects = (await inbox(app)).map((email) => email.subject);
    expect(subjects[0]).toMatch(/^Got it: interview with Harbourline \(Senior Data Engineer\)/);
    const order = [
      /^Interview with Harbourline soon/,
      /thank-you to Harbourline/,
      /^Follow up with Harbourline/,
    ];
    const found = order.map((pattern) => subjects.findIndex((subject) => pattern.test(subject)));
    expect(
      found.every((index) => index > 0),
      subjects.join("\n"),
    ).toBe(true);
    expect(found).toEqual([...found].sort((a, b) => a - b));
    // Three advances of one prompt each, four replies answered: no digest storm, no year skipped.
    expect(subjects.length, subjects.join("\n")).toBeLessThanOrEqual(12);
  });

  it("advances one prompt at a time and never prints a date of a year it did not reach", () => {
    const advances = outputs.filter((output) => output.startsWith("Local time is now"));
    expect(advances).toHaveLength(3);
    for (const output of advances)
      expect(output).toMatch(/; 1 prompt\(s\) fired, [1-3] email\(s\) sent\.\n$/);
  });

  it("ends with a status naming the company, role and round of each pending prompt", () => {
    const status = outputs.at(-1) ?? "";
    expect(status).toMatch(/^Local time .* Central Time; \d+ schedule\(s\) pending\./);
    expect(status).toMatch(/— .*: Harbourline, Senior Data Engineer \(round 1\)$/m);
    expect(status).toMatch(/— Digest run \(hourly/);
  });
});
