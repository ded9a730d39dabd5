/**
 * Late is better than rude (issue 24 part 8): a prompt firing inside quiet hours (local mode was
 * stopped, a Scheduler retry came late) waits for their end, and is worded for the day it goes out.
 */
import fc from "fast-check";
import { DateTime } from "luxon";
import { describe, expect, it } from "vitest";
import { isQuietMinute, quietWindow, resolvePolicy } from "../../../lambdas/domain/config";
import { fireReminder } from "../../../lambdas/use-cases/reminder/fire-reminder";
import { endOfQuietHours } from "../../../lambdas/use-cases/reminder/quiet-hours";
import { createWorld, OWNER, ZONE } from "./world";

const POLICY = resolvePolicy({ timeZone: ZONE });

describe("endOfQuietHours (quiet 21:00–08:00)", () => {
  it.each([
    ["2026-11-18T21:00", "2026-11-19T08:00"],
    ["2026-11-18T23:59", "2026-11-19T08:00"],
    ["2026-11-19T02:10", "2026-11-19T08:00"],
    ["2026-11-19T07:59", "2026-11-19T08:00"],
    ["2026-11-19T08:00", null],
    ["2026-11-18T20:59", null],
    // The night clocks go forward (Chicago, Mar 8 2026 at 02:00): 08:00 is still 08:00 local.
    ["2026-03-08T01:30", "2026-03-08T08:00"],
  ])("at %s local: %s", (local, expected) => {
    const end = endOfQuietHours(POLICY, ZONE, DateTime.fromISO(local, { zone: ZONE }));
    expect(end?.setZone(ZONE).toFormat("yyyy-MM-dd'T'HH:mm") ?? null).toBe(expected);
  });

  it("is the first allowed minute after any quiet instant, in any zone (fast-check)", () => {
    const quiet = quietWindow(POLICY);
    const zones = ["America/Chicago", "Europe/Berlin", "Asia/Kathmandu", "Pacific/Chatham"];
    fc.assert(
      fc.property(fc.constantFrom(...zones), fc.integer({ min: 0, max: 366 * 24 * 60 }), (zone, minutes) => {
        const now = DateTime.fromISO("2026-01-01T00:00:00Z").plus({ minutes });
        const end = endOfQuietHours(POLICY, zone, now);
        const minuteOf = (at: DateTime) => at.setZone(zone).hour * 60 + at.setZone(zone).minute;
        if (!end) {
          expect(isQuietMinute(minuteOf(now), quiet)).toBe(false);
          return;
        }
        expect(end > now).toBe(true);
        expect(isQuietMinute(minuteOf(end), quiet)).toBe(false);
        expect(isQuietMinute(minuteOf(end.minus({ minutes: 1 })), quiet)).toBe(true);
      }),
      { numRuns: 500 },
    );
  });
});

describe("a prompt that fires in quiet hours", () => {
  it("is scheduled again for 08:00 and then says “yesterday”, not “today”, of yesterday's interview", async () => {
    const world = createWorld("2026-11-16T10:00:00-06:00");
    const acme = await world.forward({
      start: "2026-11-18T13:00:00-06:00",
      end: "2026-11-18T14:00:00-06:00",
    });
    await world.advanceTo("2026-11-18T12:00:00-06:00");
    const thankYou = [...world.scheduler.schedules.values()].find(
      (schedule) => schedule.payload.kind === "thank-you",
    );
    if (!thankYou) throw new Error("no thank-you planned");
    // Local mode was stopped from 14:30 to 02:10: the schedule fires late, and is gone once fired.
    world.scheduler.schedules.delete(thankYou.name);
    const late = DateTime.fromISO("2026-11-19T02:10:00", { zone: ZONE });
    const sentBefore = world.mailer.sent.length;

    const outcome = await fireReminder(thankYou.payload, { ...world.deps, clock: { now: () => late } });

    expect(outcome).toEqual({ action: "skipped", reason: "quiet-hours" });
    expect(world.mailer.sent.length).toBe(sentBefore);
    const again = [...world.scheduler.schedules.values()].filter(
      (schedule) => schedule.payload.kind === "thank-you",
    );
    expect(
      again.map((schedule) =>
        DateTime.fromISO(schedule.localTime, { zone: schedule.timeZone }).setZone(ZONE).toFormat("ccc HH:mm"),
      ),
    ).toEqual(["Thu 08:00"]);

    const sent = await world.advanceTo("2026-11-19T09:00:00-06:00");

    expect(sent.map((email) => email.subject)).toEqual(["Send your thank-you to Acme Robotics today"]);
    expect(sent[0]?.text).toContain("talk with me yesterday");
    expect((await world.record(acme.interviewId)).log.promptsSent).toContain("thank-you");
    expect(sent[0]?.to).toBe(OWNER);
  });

  it("a prep that fires once its interview began sends nothing: it would come too late to help", async () => {
    const world = createWorld("2026-11-16T10:00:00-06:00");
    await world.forward({ start: "2026-11-18T13:00:00-06:00" });
    const prep = [...world.scheduler.schedules.values()].find((schedule) => schedule.payload.kind === "prep");
    if (!prep) throw new Error("no prep planned");
    const late = DateTime.fromISO("2026-11-19T09:00:00", { zone: ZONE });

    const outcome = await fireReminder(prep.payload, { ...world.deps, clock: { now: () => late } });

    expect(outcome).toEqual({ action: "skipped", reason: "too-late" });
    expect(world.mailer.sent).toEqual([]);
  });
});
