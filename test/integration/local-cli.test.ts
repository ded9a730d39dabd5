/**
 * The local product as a person uses it: a running stack, `followup forward` and `followup local
 * advance` as separate processes, and the SES stand-in's store as the inbox.
 */
import { execFile } from "node:child_process";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { LocalApp } from "../../local/app";
import { inbox, OWNER, startTestApp } from "../support/local-app";

const run = promisify(execFile);
const ROOT = join(import.meta.dirname, "../..");

describe("followup forward and followup local, against a running local product", () => {
  let app: LocalApp;
  let env: NodeJS.ProcessEnv;
  beforeAll(async () => {
    // A week before the Contoso interview (Dec 17): `local advance` reaches its thank-you through
    // a week of hourly digest runs rather than the 24 days from startTestApp's Nov 23.
    app = await startTestApp("2026-12-10T15:00:00Z");
    env = {
      ...process.env,
      FOLLOWUP_SMTP_PORT: String(app.smtp.port),
      FOLLOWUP_SES_PORT: String(new URL(app.sesUrl).port),
      FOLLOWUP_CONTROL_PORT: String(new URL(app.controlUrl).port),
      FOLLOWUP_OWNERS: OWNER,
    };
  });
  afterAll(async () => {
    await app.stop();
  });

  it("forwards a bare .ics as the owner and a confirmation lands in the inbox", async () => {
    const { stdout } = await run(
      "node",
      [join(ROOT, "bin/followup.js"), "forward", join(ROOT, "test/fixtures/mail/publish-bare.ics")],
      { env, cwd: ROOT },
    );
    expect(stdout).toMatch(/^Forwarded publish-bare\.ics/);
    const emails = await inbox(app);
    expect(emails.map((email) => email.subject)).toEqual([
      "Got it: interview with Contoso (UX Researcher) — here is your plan",
    ]);
  });

  it("wraps someone else's message as a forward, so the owner check still passes", async () => {
    await run(
      "node",
      [join(ROOT, "bin/followup.js"), "forward", join(ROOT, "test/fixtures/mail/text-webex-range.eml")],
      { env, cwd: ROOT },
    );
    expect((await inbox(app)).at(-1)?.subject).toMatch(/City Power & Light/);
  });

  it("local advance fires what became due", async () => {
    const { stdout } = await run(
      "node",
      [join(ROOT, "bin/followup.js"), "local", "advance", "--to", "2026-12-17T18:00:00+01:00"],
      { env, cwd: ROOT },
    );
    expect(stdout).toMatch(/\d+ prompt\(s\) fired, \d+ email\(s\) sent\.$/m);
    expect(
      (await inbox(app)).some((email) => email.subject.startsWith("Send your thank-you to Contoso")),
    ).toBe(true);
  });

  it("shows times in the running product's zone, and says so when this terminal's FOLLOWUP_TZ differs", async () => {
    const { FOLLOWUP_TZ: _unset, ...withoutZone } = env;
    const status = (extra: NodeJS.ProcessEnv) =>
      run("node", [join(ROOT, "bin/followup.js"), "local", "status"], {
        env: { ...withoutZone, ...extra },
        cwd: ROOT,
      });
    const product = await status({});
    expect(product.stdout).toMatch(/^Local time .* Central Time;/);
    expect(product.stderr).toBe("");

    const berlin = await status({ FOLLOWUP_TZ: "europe/berlin" });
    expect(berlin.stdout).toMatch(/^Local time .* Central European Time;/);
    expect(berlin.stderr).toBe(
      "Note: the local product plans in America/Chicago, this terminal shows Europe/Berlin (FOLLOWUP_TZ); start it with FOLLOWUP_TZ=Europe/Berlin npm start to plan in Europe/Berlin.\n",
    );
  });

  it("says clearly when nothing is running", async () => {
    const closed = { ...env, FOLLOWUP_SMTP_PORT: "1" };
    await expect(
      run(
        "node",
        [join(ROOT, "bin/followup.js"), "forward", join(ROOT, "test/fixtures/mail/publish-bare.ics")],
        { env: closed, cwd: ROOT },
      ),
    ).rejects.toMatchObject({
      code: 2,
      stderr: expect.stringMatching(
        /nothing is listening on 127\.0\.0\.1:1; start the local product with "npm start"/,
      ),
    });
  });
});

describe("npm run demo", () => {
  it("walks the whole timeline and exits 0, leaving nothing running", async () => {
    const { stdout } = await run("npx", ["tsx", join(ROOT, "local/demo.ts")], {
      cwd: ROOT,
      timeout: 120_000,
    });
    expect(stdout).toContain('[6/6] Reply "rejected"');
    expect(stdout).toContain("Got it: interview with Acme Robotics");
    expect(stdout).toContain("Send your thank-you to Acme Robotics today");
    expect(stdout).toContain("Noted: they will decide by Fri, Dec 4");
    expect(stdout).toContain("Follow up with Acme Robotics today");
    expect(stdout).toMatch(/0 prompts still pending after "rejected"/);
    // An email longer than what is shown says so.
    expect(stdout).toMatch(/\n {5}│ …\n/);
  }, 120_000);
});
