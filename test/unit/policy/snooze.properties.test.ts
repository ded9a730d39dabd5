/**
 * Snooze and "remind me" over random timelines (fast-check): only the target moves, only later;
 * no other prompt comes earlier; follow-ups stay on business days that are not Mondays; nothing
 * lands in quiet hours or in the past; the timeline keeps its order — also after several snoozes.
 */
import fc from "fast-check";
import { DateTime } from "luxon";
import { describe, expect, it } from "vitest";
import { isQuietMinute, type PolicyConfig, quietWindow, resolvePolicy } from "../../../lambdas/domain/config";
import { applyEvent } from "../../../lambdas/domain/events";
import type { PlanLog } from "../../../lambdas/domain/planner";
import { snoozeUntil } from "../../../lambdas/domain/replies";
import type { InterviewTiming, PlannedReminder, ReminderKind } from "../../../lambdas/domain/types";
import { calendars, planFor } from "./plan";

const PLACES = [
  { zone: "America/Chicago", country: "US" },
  { zone: "America/Los_Angeles", country: "US" },
  { zone: "Europe/Berlin", country: "DE" },
  { zone: "Europe/London", country: "GB" },
  { zone: "Australia/Sydney", country: "AU" },
  { zone: "Asia/Kolkata", country: "IN" },
] as const;

const RUNS = 300;

const timeline = fc.record({
  place: fc.constantFrom(...PLACES),
  startMillis: fc.integer({
    min: DateTime.fromISO("2026-01-01T00:00:00Z").toMillis(),
    max: DateTime.fromISO("2028-12-31T00:00:00Z").toMillis(),
  }),
  durationMinutes: fc.integer({ min: 15, max: 240 }),
  decisionOffsetDays: fc.option(fc.integer({ min: 0, max: 20 }), { nil: null }),
  /** When the user writes, relative to the interview start (before it, or weeks after). */
  replyOffsetMinutes: fc.integer({ min: -3 * 24 * 60, max: 40 * 24 * 60 }),
  /** Several snoozes in a row, each: which prompt (index into the candidates) and how far. */
  snoozes: fc.array(
    fc.record({
      pick: fc.nat(),
      minutes: fc.integer({ min: 1, max: 45 * 24 * 60 }),
      gap: fc.nat(3 * 24 * 60),
    }),
    { minLength: 1, maxLength: 3 },
  ),
});

type Timeline = typeof timeline extends fc.Arbitrary<infer T> ? T : never;

interface State {
  readonly policy: PolicyConfig;
  readonly timing: InterviewTiming;
  readonly zone: string;
  log: PlanLog;
  now: DateTime;
  plan: PlannedReminder[];
}

/** The timeline as it stands when the user writes: every prompt due by then was emailed. */
function begin(input: Timeline): State {
  const { zone, country } = input.place;
  const policy = resolvePolicy({ timeZone: zone, country });
  const start = DateTime.fromMillis(input.startMillis, { zone }).startOf("minute");
  const timing: InterviewTiming = {
    start: start.toISO() ?? "",
    end: start.plus({ minutes: input.durationMinutes }).toISO(),
    timeZone: zone,
  };
  const forwardedAt = start.minus({ days: 5 });
  let log: PlanLog =
    input.decisionOffsetDays === null
      ? {}
      : { decisionDate: start.plus({ days: input.decisionOffsetDays }).toISODate() };
  const now = start.plus({ minutes: input.replyOffsetMinutes });
  // Prompts fire one by one until the reply; each re-plan sees its own "now".
  for (let guard = 0; guard < 20; guard++) {
    const due = planFor({ timing, log, policy, now: forwardedAt }).find(
      (reminder) =>
        Date.parse(reminder.at) <= now.toMillis() && !(log.promptsSent ?? []).includes(reminder.kind),
    );
    if (!due) break;
    log = applyEvent(log, { type: "prompt-sent", kind: due.kind });
  }
  return { policy, timing, zone, log, now, plan: planFor({ timing, log, policy, now }) };
}

const local = (iso: string, zone: string) => DateTime.fromISO(iso).setZone(zone);
const at = (plan: readonly PlannedReminder[], kind: ReminderKind) =>
  plan.find((entry) => entry.kind === kind);

/** Prompts the user can answer with a snooze: the pending ones, and the ones already emailed. */
function candidates(state: State): ReminderKind[] {
  const sent = (state.log.promptsSent ?? []).filter(
    (kind) => kind !== "prep" || Date.parse(state.timing.start) > state.now.toMillis(),
  );
  return [...new Set([...state.plan.map((entry) => entry.kind), ...sent])];
}

function checkPlan(state: State) {
  const calendar = calendars.of(state.policy.country);
  const quiet = quietWindow(state.policy);
  let previous = 0;
  for (const entry of state.plan) {
    const when = local(entry.at, state.zone);
    const label = `${entry.kind} ${entry.local}`;
    expect(isQuietMinute(when.hour * 60 + when.minute, quiet), label).toBe(false);
    expect(when.toMillis(), label).toBeGreaterThanOrEqual(state.now.startOf("minute").toMillis());
    if (entry.kind.startsWith("follow-up-")) {
      expect(calendar.isBusinessDay(when), label).toBe(true);
      expect(when.weekday, label).not.toBe(1);
    }
    if (entry.kind === "move-on") expect(calendar.isBusinessDay(when), label).toBe(true);
    expect(when.toMillis(), `${label} keeps the timeline's order`).toBeGreaterThan(previous);
    previous = when.toMillis();
  }
}

describe("snooze invariants over random timelines (fast-check)", () => {
  it("only the target moves, only later; nothing else comes earlier; every prompt stays on an allowed slot", () => {
    fc.assert(
      fc.property(timeline, (input) => {
        const state = begin(input);
        for (const step of input.snoozes) {
          state.now = state.now.plus({ minutes: step.gap });
          state.plan = planFor({
            timing: state.timing,
            log: state.log,
            policy: state.policy,
            now: state.now,
          });
          const options = candidates(state);
          if (options.length === 0) return;
          const target = options[step.pick % options.length] as ReminderKind;
          const until = state.now.plus({ minutes: step.minutes });
          const before = state.plan;
          state.log = applyEvent(
            state.log,
            { type: "snooze", kind: target, until: until.toISO() ?? "", interviewStart: state.timing.start },
            before,
          );
          state.plan = planFor({
            timing: state.timing,
            log: state.log,
            policy: state.policy,
            now: state.now,
          });

          const moved = at(state.plan, target);
          if (moved) {
            expect(Date.parse(moved.at), `${target} not before ${until.toISO()}`).toBeGreaterThanOrEqual(
              until.startOf("minute").toMillis(),
            );
            const old = at(before, target);
            if (old) expect(Date.parse(moved.at)).toBeGreaterThanOrEqual(Date.parse(old.at));
          } else {
            // Only a prep may drop out: when no minute outside quiet hours is left before the start.
            expect(target).toBe("prep");
            const quiet = quietWindow(state.policy);
            const start = Date.parse(state.timing.start);
            for (
              let minute = until.startOf("minute");
              minute.toMillis() < start;
              minute = minute.plus({ minutes: 1 })
            ) {
              const wall = minute.setZone(state.zone);
              expect(
                isQuietMinute(wall.hour * 60 + wall.minute, quiet),
                `prep could go at ${wall.toISO()}`,
              ).toBe(true);
            }
          }
          for (const old of before) {
            if (old.kind === target) continue;
            const now = at(state.plan, old.kind);
            expect(now, `${old.kind} is still planned`).toBeDefined();
            expect(Date.parse(now?.at ?? ""), `${old.kind} never earlier`).toBeGreaterThanOrEqual(
              Date.parse(old.at),
            );
          }
          checkPlan(state);
        }
      }),
      { numRuns: RUNS },
    );
  });

  it("a prompt that was emailed and is snoozed goes out again; one emailed and not snoozed does not", () => {
    fc.assert(
      fc.property(timeline, (input) => {
        const state = begin(input);
        const sent = (state.log.promptsSent ?? []).filter((kind) => kind !== "prep");
        const target = sent[input.snoozes[0]?.pick ?? 0 % Math.max(sent.length, 1)];
        if (!target) return;
        const until = state.now.plus({ minutes: input.snoozes[0]?.minutes ?? 60 });
        const log = applyEvent(
          state.log,
          { type: "snooze", kind: target, until: until.toISO() ?? "" },
          state.plan,
        );
        const plan = planFor({ timing: state.timing, log, policy: state.policy, now: state.now });
        expect(at(plan, target)).toBeDefined();
        for (const other of sent.filter((kind) => kind !== target)) expect(at(plan, other)).toBeUndefined();
      }),
      { numRuns: RUNS },
    );
  });

  it("a later snooze of another prompt keeps the first one's time", () => {
    fc.assert(
      fc.property(timeline, fc.nat(), (input, second) => {
        const state = begin(input);
        const options = candidates(state);
        if (options.length < 2) return;
        const first = options[0] as ReminderKind;
        const until = state.now.plus({ minutes: input.snoozes[0]?.minutes ?? 60 });
        state.log = applyEvent(
          state.log,
          { type: "snooze", kind: first, until: until.toISO() ?? "" },
          state.plan,
        );
        const afterFirst = at(
          planFor({ timing: state.timing, log: state.log, policy: state.policy, now: state.now }),
          first,
        );
        const other = options[1 + (second % (options.length - 1))] as ReminderKind;
        const log = applyEvent(
          state.log,
          { type: "snooze", kind: other, until: until.plus({ days: 1 }).toISO() ?? "" },
          [],
        );
        const afterSecond = at(
          planFor({ timing: state.timing, log, policy: state.policy, now: state.now }),
          first,
        );
        if (afterFirst)
          expect(Date.parse(afterSecond?.at ?? "0")).toBeGreaterThanOrEqual(Date.parse(afterFirst.at));
      }),
      { numRuns: RUNS },
    );
  });

  it("a snooze lapses once the interview moves", () => {
    const policy = resolvePolicy({ timeZone: "America/Chicago" });
    const now = DateTime.fromISO("2026-11-16T10:00:00-06:00");
    const timing = { start: "2026-11-18T13:00:00-06:00", end: null, timeZone: "America/Chicago" };
    const log = applyEvent(
      {},
      { type: "snooze", kind: "thank-you", until: "2026-11-20T10:00:00-06:00", interviewStart: timing.start },
    );
    const moved = { ...timing, start: "2026-11-19T13:00:00-06:00" };
    const plan = planFor({ timing: moved, log, policy, now });
    expect(local(at(plan, "thank-you")?.at ?? "", "America/Chicago").toFormat("yyyy-MM-dd HH:mm")).toBe(
      "2026-11-19 15:00",
    );
  });
});

describe("what a snooze asks for (fast-check)", () => {
  const written = fc.oneof(
    fc.integer({ min: 1, max: 30 }).map((days) => `snooze ${days} days`),
    fc.integer({ min: 1, max: 12 }).map((hours) => `snooze ${hours} hours`),
    fc.integer({ min: 1, max: 6 }).map((weeks) => `remind me in ${weeks} weeks`),
    fc.constantFrom(
      "remind me Monday",
      "remind me next week",
      "remind me after the weekend",
      "remind me after New Year",
      "snooze until Jan 4",
      "remind me on Friday",
      "remind me tomorrow",
      "snooze",
      "later",
    ),
  );
  const moment = fc.record({
    place: fc.constantFrom(...PLACES),
    millis: fc.integer({
      min: DateTime.fromISO("2026-01-01T00:00:00Z").toMillis(),
      max: DateTime.fromISO("2028-12-31T00:00:00Z").toMillis(),
    }),
  });

  it("is always after now; day-based asks go off at the send time; Monday is the coming Monday", () => {
    fc.assert(
      fc.property(written, moment, (text, { place, millis }) => {
        const now = DateTime.fromMillis(millis, { zone: place.zone });
        const until = snoozeUntil(text, now, "09:00");
        expect(until.toMillis(), `${text} at ${now.toISO()}`).toBeGreaterThan(now.toMillis());
        if (/days|weeks|monday|next week|weekend|new year|jan 4|friday|tomorrow/i.test(text)) {
          expect(until.toFormat("HH:mm"), text).toBe("09:00");
        }
        if (/monday|next week|weekend/i.test(text)) {
          expect(until.weekday).toBe(1);
          expect(until.diff(now.startOf("day"), "days").days).toBeLessThanOrEqual(7 + 9 / 24);
        }
        // "After New Year" is the first weekday from Jan 2 (Jan 2 on a weekend moves to Monday); once
        // that has passed, the next day, as for any moment already past.
        if (
          /new year/i.test(text) &&
          now < now.set({ month: 1, day: 2, hour: 9, minute: 0 }).plus({ years: now.month === 1 ? 0 : 1 })
        ) {
          expect(until.month).toBe(1);
          expect(until.day).toBeGreaterThanOrEqual(2);
          expect(until.day).toBeLessThanOrEqual(4);
          expect(until.weekday).toBeLessThanOrEqual(5);
        }
      }),
      { numRuns: RUNS },
    );
  });
});
