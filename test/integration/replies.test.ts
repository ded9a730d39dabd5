/**
 * Replies to our emails, through the signed Reply-To, against the real local stand-ins.
 * (aws-ses-v2-local keeps one store per process, so each app-level suite has its own file.)
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { LocalApp } from "../../local/app";
import { deliver, inbox, replyTo, startTestApp } from "../support/local-app";

const fixture = (name: string) => readFileSync(join(import.meta.dirname, "../fixtures/mail", name));
const PREFIX = "fu-";

function interviewSchedules(app: LocalApp) {
  return app.cloud.scheduler.pending().filter((schedule) => schedule.name.startsWith(PREFIX));
}

describe("replies change the plan", () => {
  let app: LocalApp;
  beforeAll(async () => {
    app = await startTestApp();
    await deliver(app, fixture("zoom-utc-apple-mail-forward.eml"));
  });
  afterAll(async () => {
    await app.stop();
  });

  it("“sent” marks the thank-you done and drops its schedule", async () => {
    const [confirmation] = await inbox(app);
    if (!confirmation) throw new Error("no confirmation");
    await replyTo(app, confirmation, "sent");
    const emails = await inbox(app);
    expect(emails.at(-1)?.subject).toBe("Noted: thank-you sent");
    expect(interviewSchedules(app).some((schedule) => schedule.name.endsWith("-thank-you"))).toBe(false);
  });

  it("an unclear reply changes nothing and lists what works", async () => {
    const before = interviewSchedules(app).length;
    const [confirmation] = await inbox(app);
    if (!confirmation) throw new Error("no confirmation");
    await replyTo(app, confirmation, "hmm, what?");
    expect((await inbox(app)).at(-1)?.subject).toBe("Sorry, I did not understand that reply");
    expect(interviewSchedules(app)).toHaveLength(before);
  });

  it("“offer” cancels every pending prompt and congratulates", async () => {
    const [confirmation] = await inbox(app);
    if (!confirmation) throw new Error("no confirmation");
    await replyTo(app, confirmation, "got the offer!!");
    expect((await inbox(app)).at(-1)?.subject).toMatch(/^Congratulations on the offer/);
    expect(interviewSchedules(app)).toEqual([]);
  });
});
