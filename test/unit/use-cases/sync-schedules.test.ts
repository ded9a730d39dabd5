/**
 * A failed schedule write fails the sync only once the other writes have finished: none is left
 * under way to land after the retry's (the fault matrix caught an old plan's prep schedule
 * overwriting the retry's new one).
 */
import { DateTime } from "luxon";
import { describe, expect, it } from "vitest";
import { newInterviewRecord } from "../../../lambdas/domain/interview/record";
import type { OneTimeSchedule, ReminderScheduler } from "../../../lambdas/ports";
import { allWrites } from "../../../lambdas/use-cases/steps/all-writes";
import { syncSchedules } from "../../../lambdas/use-cases/steps/sync-schedules";

const NOW = DateTime.fromISO("2026-11-23T14:00:00Z");
const later = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

const record = {
  ...newInterviewRecord(
    {
      ownerId: "you@example.com",
      interviewId: "i1",
      applicationId: "a1",
      round: 1,
      interview: {
        uid: null,
        sequence: 0,
        method: null,
        title: "Interview",
        company: "Acme",
        role: null,
        start: "2026-12-03T16:00:00Z",
        end: null,
        timeZone: "America/Chicago",
        interviewers: [],
        location: null,
        meetingUrl: null,
        source: "ics",
      },
      log: {},
      status: "active",
      sourceKeys: [],
      rawMailKeys: [],
    },
    NOW,
  ),
  planVersion: 2,
  planned: [
    { kind: "prep", at: "2026-12-02T17:00:00Z", local: "2026-12-02T11:00:00-06:00" },
    { kind: "thank-you", at: "2026-12-03T20:00:00Z", local: "2026-12-03T14:00:00-06:00" },
  ],
} as const;

describe("syncSchedules after a failed write", () => {
  it("rejects only when every other write has finished", async () => {
    const finished: string[] = [];
    const scheduler: ReminderScheduler = {
      list: async () => [],
      delete: async () => {},
      async put(schedule: OneTimeSchedule) {
        if (schedule.name.endsWith("-thank-you")) throw new Error("throttled");
        await later(30);
        finished.push(schedule.name);
      },
    };
    await expect(
      syncSchedules([], record, "America/Chicago", { scheduler, clock: { now: () => NOW } }),
    ).rejects.toThrow("throttled");
    expect(finished).toEqual([expect.stringMatching(/-prep$/)]);
  });

  it("allWrites waits for the slow writes, then reports the first failure", async () => {
    const order: string[] = [];
    const slow = later(20).then(() => order.push("slow done"));
    const failing = Promise.reject(new Error("first"));
    const alsoFailing = later(5).then(() => Promise.reject(new Error("second")));
    await expect(allWrites([slow, failing, alsoFailing])).rejects.toThrow("first");
    expect(order).toEqual(["slow done"]);
  });
});
