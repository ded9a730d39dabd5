/**
 * The deployed flow against the real local stand-ins: SMTP in, S3, dynalite, the Scheduler
 * stand-in (through @aws-sdk/client-scheduler) and aws-ses-v2-local out, with the real handlers.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { GetScheduleCommand } from "@aws-sdk/client-scheduler";
import { DateTime } from "luxon";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { LocalApp } from "../../local/app";
import { deliver, inbox, OWNER, startTestApp } from "../support/local-app";

const fixture = (name: string) => readFileSync(join(import.meta.dirname, "../fixtures/mail", name));
const PREFIX = "fu-";

async function interviewSchedules(app: LocalApp) {
  return app.cloud.scheduler.pending().filter((schedule) => schedule.name.startsWith(PREFIX));
}

describe("forward → plan → reminders → replies (local stand-ins)", () => {
  let app: LocalApp;
  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(async () => {
    await app.stop();
  });

  it("a forwarded invite gets one confirmation and one-time schedules in the user's zone", async () => {
    await deliver(app, fixture("google-calendar-forwarded-gmail.eml"));
    const emails = await inbox(app);
    expect(emails).toHaveLength(1);
    const [confirmation] = emails;
    expect(confirmation?.destination.to).toEqual([OWNER]);
    expect(confirmation?.subject).toContain("Acme Robotics");
    expect(confirmation?.replyTo[0]).toMatch(/^followup\+[0-9a-f]{24}-[a-z2-7]{16}@followup\.localhost$/);
    const schedules = await interviewSchedules(app);
    expect(schedules.map((schedule) => schedule.name.split("-").slice(3).join("-")).sort()).toEqual(
      ["follow-up-1", "follow-up-2", "move-on", "prep", "thank-you"].sort(),
    );
    const prep = schedules.find((schedule) => schedule.name.endsWith("-prep"));
    const described = await app.cloud.clients.scheduler.send(
      new GetScheduleCommand({ Name: prep?.name, GroupName: prep?.groupName }),
    );
    expect(described).toMatchObject({
      ScheduleExpression: "at(2026-12-02T11:00:00)",
      ScheduleExpressionTimezone: "America/Chicago",
      ActionAfterCompletion: "DELETE",
      FlexibleTimeWindow: { Mode: "OFF" },
    });
    expect(JSON.parse(described.Target?.Input ?? "{}")).toMatchObject({
      ownerId: OWNER,
      kind: "prep",
      planVersion: 1,
    });
  });

  it("the same message delivered again changes nothing and sends nothing", async () => {
    await deliver(app, fixture("google-calendar-forwarded-gmail.eml"));
    expect(await inbox(app)).toHaveLength(1);
  });

  it("an updated invite (higher SEQUENCE) moves every schedule and says so", async () => {
    await deliver(app, fixture("google-calendar-update-sequence.eml"));
    const emails = await inbox(app);
    expect(emails).toHaveLength(2);
    expect(emails[1]?.subject).toMatch(/^Updated:/);
    const prep = (await interviewSchedules(app)).find((schedule) => schedule.name.endsWith("-prep"));
    expect(
      DateTime.fromISO(prep?.due ?? "")
        .toUTC()
        .toISO(),
    ).toBe("2026-12-03T14:00:00.000Z");
  });

  it("a schedule fires → the prompt email; a stale plan version does nothing; firing twice sends once", async () => {
    const fired = await app.advance({ at: DateTime.fromISO("2026-12-03T14:00:00Z") });
    expect(fired).toBeGreaterThanOrEqual(1);
    const emails = await inbox(app);
    const prep = emails.filter((email) => email.subject.includes("ask when they will decide"));
    expect(prep).toHaveLength(1);
    expect(prep[0]?.destination.to).toEqual([OWNER]);

    const interviewId = /followup\+([0-9a-f]{24})-/.exec(emails[0]?.replyTo[0] ?? "")?.[1] ?? "";
    const before = (await inbox(app)).length;
    await app.functions.reminder({ ownerId: OWNER, interviewId, kind: "prep", planVersion: 2 });
    await app.functions.reminder({ ownerId: OWNER, interviewId, kind: "thank-you", planVersion: 1 });
    expect(await inbox(app)).toHaveLength(before);
  });

  it("a cancelled invite removes every schedule and tells the user", async () => {
    await deliver(app, fixture("google-calendar-cancel.eml"));
    const emails = await inbox(app);
    expect(emails.at(-1)?.subject).toMatch(/^Cancelled:/);
    expect(await interviewSchedules(app)).toEqual([]);
  });

  it("mail from anyone but the owner is dropped without a reply", async () => {
    const before = (await inbox(app)).length;
    const raw = fixture("calendly-intro-call.eml")
      .toString("utf8")
      .replace(/^From: .*$/m, "From: Mallory <mallory@evil.test>");
    await deliver(app, raw, { from: "mallory@evil.test" });
    expect(await inbox(app)).toHaveLength(before);
  });
});
