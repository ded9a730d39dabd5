import { DateTime } from "luxon";
import { describe, expect, it } from "vitest";
import { resolvePolicy } from "../../../lambdas/domain/config";
import { applyEvent, type LoggedEvent, NothingToSnoozeError } from "../../../lambdas/domain/events";
import type { InterviewLog } from "../../../lambdas/domain/types";
import { planFor } from "./plan";

// The holiday rules load lazily in production; tests load them once up front.

const policy = resolvePolicy({ timeZone: "America/Chicago" });
const timing = {
  start: "2026-11-18T13:00:00-06:00",
  end: "2026-11-18T14:00:00-06:00",
  timeZone: "America/Chicago",
};
const now = DateTime.fromISO("2026-11-18T16:00:00-06:00");

/** Applies events in order, each against the plan that was current at that moment, and re-plans. */
function replanAfter(events: LoggedEvent[], log: InterviewLog = { promptsSent: ["prep", "thank-you"] }) {
  const finalLog = events.reduce(
    (current, event) => applyEvent(current, event, planFor({ timing, log: current, policy, now })),
    log,
  );
  return Object.fromEntries(planFor({ timing, log: finalLog, policy, now }).map((r) => [r.kind, r.local]));
}

describe("re-planning after each kind of logged event (the policy's reply table)", () => {
  it("thanked: the thank-you prompt is done", () => {
    const planned = replanAfter([{ type: "thanked", at: "2026-11-18T15:30:00-06:00" }], {});
    expect(planned["thank-you"]).toBeUndefined();
    expect(planned["follow-up-1"]).toBe("2026-11-25T09:00:00-06:00");
  });

  it("decision date: follow-ups are recomputed from it", () => {
    expect(replanAfter([{ type: "decision-date", date: "2026-11-24" }])).toEqual({
      "follow-up-1": "2026-11-27T09:00:00-06:00",
      "follow-up-2": "2026-12-04T09:00:00-06:00",
      "move-on": "2026-12-11T09:00:00-06:00",
    });
  });

  it("followed up: that follow-up is done and the next one counts from its date", () => {
    expect(replanAfter([{ type: "followed-up", date: "2026-11-23" }])).toEqual({
      "follow-up-2": "2026-12-01T09:00:00-06:00",
      "move-on": "2026-12-08T09:00:00-06:00",
    });
  });

  it("heard back: follow-ups and move on are cancelled", () => {
    expect(replanAfter([{ type: "heard-back" }])).toEqual({});
  });

  it.each(["offer", "rejected", "withdrawn", "cancelled"] as const)(
    "%s: every pending prompt is cancelled",
    (type) => {
      expect(replanAfter([{ type }], {})).toEqual({});
    },
  );

  it("snooze: the next pending prompt moves; a sent prompt clears its snooze", () => {
    const snoozed = replanAfter([{ type: "snooze", until: "2026-11-27T10:00:00-06:00" }]);
    expect(snoozed["follow-up-1"]).toBe("2026-11-27T10:00:00-06:00");
    const afterSend = applyEvent(
      { snoozed: { kind: "follow-up-1", until: "2026-11-28T10:00:00-06:00" } },
      { type: "prompt-sent", kind: "follow-up-1" },
    );
    expect(afterSend).toEqual({ promptsSent: ["follow-up-1"], snoozed: null });
  });

  it("snooze with nothing pending says so", () => {
    expect(() => applyEvent({}, { type: "snooze", until: "2026-11-28T10:00:00-06:00" }, [])).toThrow(
      NothingToSnoozeError,
    );
  });

  it("prompt-sent is idempotent", () => {
    const once = applyEvent({}, { type: "prompt-sent", kind: "prep" });
    expect(applyEvent(once, { type: "prompt-sent", kind: "prep" })).toEqual(once);
  });
});
