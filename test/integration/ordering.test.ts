/**
 * Order and repetition: each case ends in exactly one correct state and at most one email,
 * against the real stand-ins (dynalite's conditional writes carry it).
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { LocalApp } from "../../local/app";
import { deliver, inbox, replyTo, startTestApp } from "../support/local-app";

const fixture = (name: string) => readFileSync(join(import.meta.dirname, "../fixtures/mail", name), "utf8");
const withMessageId = (raw: string, id: string) =>
  raw.replace(/^Message-ID: .*$/m, `Message-ID: <${id}@mail.example>`);
const interviewSchedules = (app: LocalApp) =>
  app.cloud.scheduler.pending().filter((schedule) => schedule.name.startsWith("fu-"));

describe("order and repetition", () => {
  let app: LocalApp;
  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(async () => {
    await app.stop();
  });

  it("a CANCEL before its REQUEST is remembered: the late REQUEST (lower SEQUENCE) schedules nothing", async () => {
    await deliver(app, fixture("google-calendar-cancel.eml"));
    expect((await inbox(app)).map((email) => email.subject)).toEqual([expect.stringMatching(/^Cancelled:/)]);
    await deliver(app, fixture("google-calendar-forwarded-gmail.eml"));
    await deliver(app, fixture("google-calendar-update-sequence.eml"));
    // Every forward is answered (the late ones say it stays cancelled), and nothing is planned.
    const later = (await inbox(app)).slice(1).map((email) => email.subject);
    expect(later).toEqual([expect.stringMatching(/^Cancelled:/), expect.stringMatching(/^Cancelled:/)]);
    expect(interviewSchedules(app)).toEqual([]);
  });

  it("the same invite forwarded again with a new Message-ID is answered with the plan and changes nothing", async () => {
    await deliver(app, fixture("calendly-intro-call.eml"));
    const schedules = interviewSchedules(app).map((schedule) => schedule.due);
    await deliver(app, withMessageId(fixture("calendly-intro-call.eml"), "forwarded-again"));
    const answers = (await inbox(app)).filter((email) => email.subject.includes("Tailspin"));
    expect(answers.map((email) => email.subject)).toEqual([
      expect.stringMatching(/^Got it:/),
      expect.stringMatching(/^Already planned:/),
    ]);
    expect(interviewSchedules(app).map((schedule) => schedule.due)).toEqual(schedules);
  });

  it("a reply to an interview already closed changes nothing and says so", async () => {
    const confirmation = (await inbox(app)).find((email) => email.subject.includes("Tailspin"));
    if (!confirmation) throw new Error("no confirmation");
    await replyTo(app, confirmation, "withdraw");
    expect(interviewSchedules(app)).toEqual([]);
    await replyTo(app, confirmation, "they said Friday");
    const last = (await inbox(app)).at(-1);
    // Said in human words ("This application is closed with …"), with the way back ("reopen").
    expect(last?.subject).toMatch(/closed/i);
    expect(last?.body.text).toMatch(/reopen|undo/i);
    expect(interviewSchedules(app)).toEqual([]);
  });
});

describe("a late forward", () => {
  it("a forward whose prompts are already past gets them at the next allowed time, not never", async () => {
    // A deployment of its own whose clock starts on Dec 20, rather than advancing the one above
    // there through 27 days of hourly digest runs.
    const late = await startTestApp("2026-12-20T15:00:00Z");
    try {
      // The Workday interview was on Dec 15: its thank-you window is gone, its follow-up is due.
      await deliver(late, fixture("workday-display-name-tzid.eml"));
      const emails = await inbox(late);
      expect(emails).toHaveLength(1);
      expect(emails[0]?.subject).toMatch(/Woodgrove Bank/);
      expect(emails[0]?.body.text).not.toContain("Send your thank-you note —");
      expect(emails[0]?.body.text).toContain("Send a follow-up — Tue, Dec 22 at 9:00 AM");
    } finally {
      await late.stop();
    }
  });
});
