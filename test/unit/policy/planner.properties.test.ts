import fc from "fast-check";
import { DateTime } from "luxon";
import { describe, expect, it } from "vitest";
import { isQuietMinute, type PolicyConfig, quietWindow, resolvePolicy } from "../../../lambdas/domain/config";
import type { InterviewLog, PlannedReminder } from "../../../lambdas/domain/types";
import { calendars, planFor } from "./plan";

// The holiday rules load lazily in production; tests load them once up front.

/** Zones with DST in both hemispheres and without, each with its holiday country. */
const PLACES = [
  { zone: "America/Chicago", country: "US" },
  { zone: "America/New_York", country: "US" },
  { zone: "America/Los_Angeles", country: "US" },
  { zone: "Europe/Berlin", country: "DE" },
  { zone: "Europe/London", country: "GB" },
  { zone: "Australia/Sydney", country: "AU" },
  { zone: "Asia/Kolkata", country: "IN" },
] as const;

const START_RANGE = {
  min: DateTime.fromISO("2026-01-01T00:00:00Z").toMillis(),
  max: DateTime.fromISO("2028-12-31T00:00:00Z").toMillis(),
};

const scenario = fc.record({
  place: fc.constantFrom(...PLACES),
  startMillis: fc.integer(START_RANGE),
  durationMinutes: fc.option(fc.integer({ min: 15, max: 300 }), { nil: null }),
  decisionOffsetDays: fc.option(fc.integer({ min: -5, max: 40 }), { nil: null }),
  nowBeforeStartMinutes: fc.integer({ min: 0, max: 30 * 24 * 60 }),
  maxFollowUps: fc.integer({ min: 0, max: 4 }),
});

interface Planned {
  policy: PolicyConfig;
  start: DateTime;
  end: DateTime;
  decisionDay: DateTime | null;
  now: DateTime;
  reminders: PlannedReminder[];
}

type Scenario = typeof scenario extends fc.Arbitrary<infer T> ? T : never;

function planScenario(input: Scenario): Planned {
  const { zone, country } = input.place;
  const policy = resolvePolicy({ timeZone: zone, country, maxFollowUps: input.maxFollowUps });
  const start = DateTime.fromMillis(input.startMillis, { zone }).startOf("minute");
  const end = start.plus({ minutes: input.durationMinutes ?? policy.defaultDurationMinutes });
  const decisionDay =
    input.decisionOffsetDays === null ? null : start.startOf("day").plus({ days: input.decisionOffsetDays });
  const log: InterviewLog = decisionDay ? { decisionDate: decisionDay.toISODate() } : {};
  const now = start.minus({ minutes: input.nowBeforeStartMinutes });
  const reminders = planFor({
    timing: {
      start: start.toISO() ?? "",
      end: input.durationMinutes === null ? null : end.toISO(),
      timeZone: zone,
    },
    log,
    policy,
    now,
  });
  return { policy, start, end, decisionDay, now, reminders };
}

const local = (reminder: PlannedReminder, zone: string) => DateTime.fromISO(reminder.at).setZone(zone);
const followUps = (reminders: PlannedReminder[]) =>
  reminders.filter((reminder) => reminder.kind.startsWith("follow-up-"));

describe("planner invariants (fast-check)", () => {
  const runs = { numRuns: 400 };

  it("follow-ups never fall on a weekend, a public holiday or a Monday", () => {
    fc.assert(
      fc.property(scenario, (input) => {
        const { policy, reminders } = planScenario(input);
        const calendar = calendars.of(policy.country);
        for (const reminder of followUps(reminders)) {
          const day = local(reminder, input.place.zone);
          expect(calendar.isBusinessDay(day), `${reminder.kind} ${reminder.local}`).toBe(true);
          expect(day.weekday, `${reminder.kind} ${reminder.local}`).not.toBe(1);
        }
      }),
      runs,
    );
  });

  it("follow-ups never come before the decision date (nor on it)", () => {
    fc.assert(
      fc.property(scenario, (input) => {
        const { decisionDay, reminders } = planScenario(input);
        if (!decisionDay) return;
        for (const reminder of followUps(reminders)) {
          expect(local(reminder, input.place.zone).startOf("day") > decisionDay).toBe(true);
        }
      }),
      runs,
    );
  });

  it("the thank-you goes out after the end and within 24 hours of it", () => {
    fc.assert(
      fc.property(scenario, (input) => {
        const { end, reminders } = planScenario(input);
        const thankYou = reminders.find((reminder) => reminder.kind === "thank-you");
        expect(thankYou).toBeDefined();
        const at = DateTime.fromISO(thankYou?.at ?? "");
        expect(at > end).toBe(true);
        expect(at.diff(end, "hours").hours).toBeLessThanOrEqual(24);
      }),
      runs,
    );
  });

  it("no prompt is planned inside quiet hours, nor in the past", () => {
    fc.assert(
      fc.property(scenario, (input) => {
        const { policy, now, reminders } = planScenario(input);
        const quiet = quietWindow(policy);
        for (const reminder of reminders) {
          const at = local(reminder, input.place.zone);
          expect(isQuietMinute(at.hour * 60 + at.minute, quiet), `${reminder.kind} ${reminder.local}`).toBe(
            false,
          );
          expect(at >= now).toBe(true);
        }
      }),
      runs,
    );
  });

  it("prompts come in timeline order, with at most the configured number of follow-ups", () => {
    const order = (kind: string) =>
      kind === "prep"
        ? 0
        : kind === "thank-you"
          ? 1
          : kind === "move-on"
            ? 1000
            : 1 + Number(kind.split("-")[2]);
    fc.assert(
      fc.property(scenario, (input) => {
        const { policy, reminders } = planScenario(input);
        expect(followUps(reminders).length).toBeLessThanOrEqual(policy.maxFollowUps);
        for (let index = 1; index < reminders.length; index++) {
          const previous = reminders[index - 1];
          const current = reminders[index];
          if (!previous || !current) continue;
          expect(order(current.kind)).toBeGreaterThan(order(previous.kind));
          expect(Date.parse(current.at)).toBeGreaterThan(Date.parse(previous.at));
        }
      }),
      runs,
    );
  });

  it("the local time printed is the same instant as the UTC one, in the user's zone", () => {
    fc.assert(
      fc.property(scenario, (input) => {
        for (const reminder of planScenario(input).reminders) {
          const printed = DateTime.fromISO(reminder.local, { setZone: true });
          expect(printed.toMillis()).toBe(Date.parse(reminder.at));
          expect(printed.offset).toBe(DateTime.fromISO(reminder.at).setZone(input.place.zone).offset);
        }
      }),
      runs,
    );
  });
});
