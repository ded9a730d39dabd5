import { DateTime } from "luxon";
import { describe, expect, it } from "vitest";
import { type PolicyConfig, resolvePolicy } from "../../../lambdas/domain/config";
import type { InterviewLog, InterviewTiming } from "../../../lambdas/domain/types";
import { planFor } from "./plan";

// The holiday rules load lazily in production; tests load them once up front.

const CHICAGO = "America/Chicago";

interface Case {
  name: string;
  start: string;
  end?: string | null;
  zone?: string;
  log?: InterviewLog;
  now?: string;
  policy?: Partial<PolicyConfig>;
  /** Expected local times, "YYYY-MM-DD HH:mm" in the policy's zone, by prompt kind. */
  expected: Record<string, string | undefined>;
}

/** Plans one case and returns `{ kind: "YYYY-MM-DD HH:mm" }` in local time. */
function plan(testCase: Omit<Case, "name" | "expected">): Record<string, string> {
  const zone = testCase.zone ?? CHICAGO;
  const policy = resolvePolicy({ timeZone: zone, ...testCase.policy });
  const timing: InterviewTiming = {
    start: DateTime.fromSQL(testCase.start, { zone }).toISO() ?? "",
    end: testCase.end ? DateTime.fromSQL(testCase.end, { zone }).toISO() : null,
    timeZone: zone,
  };
  const now = DateTime.fromSQL(testCase.now ?? "2026-01-01 00:00", { zone });
  const reminders = planFor({ timing, log: testCase.log ?? {}, policy, now });
  return Object.fromEntries(
    reminders.map((reminder) => [
      reminder.kind,
      DateTime.fromISO(reminder.local, { setZone: true }).toFormat("yyyy-MM-dd HH:mm"),
    ]),
  );
}

function check(cases: Case[]) {
  it.each(cases)("$name", ({ name: _name, expected, ...testCase }) => {
    expect(plan(testCase)).toEqual(expected);
  });
}

describe("the policy's worked examples (America/Chicago, US holidays)", () => {
  check([
    {
      name: "Wed 13:00–14:00, no decision date",
      start: "2026-11-18 13:00",
      end: "2026-11-18 14:00",
      expected: {
        prep: "2026-11-18 11:00",
        "thank-you": "2026-11-18 15:00",
        "follow-up-1": "2026-11-25 09:00",
        "follow-up-2": "2026-12-02 09:00",
        "move-on": "2026-12-09 09:00",
      },
    },
    {
      name: "same interview, decision Tue Nov 24: Thanksgiving skipped, Fri 27 is a business day",
      start: "2026-11-18 13:00",
      end: "2026-11-18 14:00",
      log: { decisionDate: "2026-11-24" },
      expected: {
        prep: "2026-11-18 11:00",
        "thank-you": "2026-11-18 15:00",
        "follow-up-1": "2026-11-27 09:00",
        "follow-up-2": "2026-12-04 09:00",
        "move-on": "2026-12-11 09:00",
      },
    },
    {
      name: "Fri 09:00: prep 07:00 is quiet → Thu 20:00; ending 20:30: thank-you 21:30 is quiet → next 08:00",
      start: "2026-11-20 09:00",
      end: "2026-11-20 20:30",
      expected: {
        prep: "2026-11-19 20:00",
        "thank-you": "2026-11-21 08:00",
        "follow-up-1": "2026-11-27 09:00",
        "follow-up-2": "2026-12-04 09:00",
        "move-on": "2026-12-11 09:00",
      },
    },
  ]);
});

/** Only the kinds named in `expected` are compared, so each table pins one rule. */
function checkKinds(cases: Case[]) {
  it.each(cases)("$name", ({ name: _name, expected, ...testCase }) => {
    const planned = plan(testCase);
    const picked = Object.fromEntries(Object.keys(expected).map((kind) => [kind, planned[kind]]));
    expect(picked).toEqual(expected);
  });
}

describe("prep: start − 2 h, quiet hours → 20:00 the evening before, skipped when past", () => {
  checkKinds([
    { name: "afternoon interview", start: "2026-12-01 15:30", expected: { prep: "2026-12-01 13:30" } },
    {
      name: "10:00 → 08:00 is allowed (quiet ends at 08:00)",
      start: "2026-12-01 10:00",
      expected: { prep: "2026-12-01 08:00" },
    },
    {
      name: "09:59 → 07:59 is quiet → 20:00 the day before",
      start: "2026-12-01 09:59",
      expected: { prep: "2026-11-30 20:00" },
    },
    { name: "22:30 → 20:30 is allowed", start: "2026-12-01 22:30", expected: { prep: "2026-12-01 20:30" } },
    {
      name: "23:00 → 21:00 is quiet → 20:00 the same evening",
      start: "2026-12-01 23:00",
      expected: { prep: "2026-12-01 20:00" },
    },
    {
      name: "00:30 → 22:30 the day before is quiet → 20:00 that day",
      start: "2026-12-02 00:30",
      expected: { prep: "2026-12-01 20:00" },
    },
    {
      name: "invite arrives after start − 2 h: skipped",
      start: "2026-12-01 15:00",
      now: "2026-12-01 13:30",
      expected: { prep: undefined, "thank-you": "2026-12-01 17:00" },
    },
    {
      name: "invite arrives at 22:00 for a 09:00 interview: the 20:00 fallback is past, skipped",
      start: "2026-12-02 09:00",
      now: "2026-12-01 22:00",
      expected: { prep: undefined },
    },
  ]);
});

describe("thank-you: end + 1 h, out of quiet hours, within 24 h", () => {
  checkKinds([
    {
      name: "known end",
      start: "2026-12-01 10:00",
      end: "2026-12-01 11:15",
      expected: { "thank-you": "2026-12-01 12:15" },
    },
    {
      name: "unknown end = start + 60 min",
      start: "2026-12-01 10:00",
      end: null,
      expected: { "thank-you": "2026-12-01 12:00" },
    },
    {
      name: "end before start is treated as unknown",
      start: "2026-12-01 10:00",
      end: "2026-12-01 09:00",
      expected: { "thank-you": "2026-12-01 12:00" },
    },
    {
      name: "end 19:59 → 20:59 is allowed",
      start: "2026-12-01 19:00",
      end: "2026-12-01 19:59",
      expected: { "thank-you": "2026-12-01 20:59" },
    },
    {
      name: "end 20:00 → 21:00 is quiet → 08:00 next day",
      start: "2026-12-01 19:00",
      end: "2026-12-01 20:00",
      expected: { "thank-you": "2026-12-02 08:00" },
    },
    {
      name: "early end 06:00 → 07:00 is quiet → 08:00 the same day",
      start: "2026-12-01 05:00",
      end: "2026-12-01 06:00",
      expected: { "thank-you": "2026-12-01 08:00" },
    },
    {
      name: "forwarded 3 h after the end: as soon as allowed",
      start: "2026-12-01 10:00",
      end: "2026-12-01 11:00",
      now: "2026-12-01 14:00",
      expected: { "thank-you": "2026-12-01 14:00" },
    },
    {
      name: "forwarded at 23:00 after a 16:00 end: next 08:00, still within 24 h",
      start: "2026-12-01 15:00",
      end: "2026-12-01 16:00",
      now: "2026-12-01 23:00",
      expected: { "thank-you": "2026-12-02 08:00" },
    },
    {
      name: "forwarded more than 24 h after the end: skipped",
      start: "2026-12-01 10:00",
      end: "2026-12-01 11:00",
      now: "2026-12-02 11:30",
      expected: { "thank-you": undefined },
    },
    {
      name: "already thanked: no prompt",
      start: "2026-12-01 10:00",
      log: { thankedAt: "2026-12-01T12:00:00-06:00" },
      expected: { "thank-you": undefined },
    },
  ]);
});

describe("follow-up 1 and the shifting rules (weekend/holiday → next business day; Monday → Tuesday)", () => {
  checkKinds([
    {
      name: "no decision date: interview day + 7",
      start: "2026-12-02 10:00",
      expected: { "follow-up-1": "2026-12-09 09:00" },
    },
    {
      name: "Monday interview: + 7 is a Monday → Tuesday",
      start: "2026-11-30 10:00",
      expected: { "follow-up-1": "2026-12-08 09:00" },
    },
    {
      name: "Friday before Christmas: Dec 25 holiday → weekend → Monday → Tuesday Dec 29",
      start: "2026-12-18 10:00",
      expected: { "follow-up-1": "2026-12-29 09:00" },
    },
    {
      name: "Christmas Eve is a business day (optional, not public)",
      start: "2026-12-17 10:00",
      expected: { "follow-up-1": "2026-12-24 09:00" },
    },
    {
      name: "a Saturday interview: + 7 is Saturday → Monday → Tuesday",
      start: "2026-12-05 10:00",
      expected: { "follow-up-1": "2026-12-15 09:00" },
    },
    {
      name: "decision Thu: +2 business days lands on Monday → Tuesday",
      start: "2026-11-30 10:00",
      log: { decisionDate: "2026-12-03" },
      expected: { "follow-up-1": "2026-12-08 09:00" },
    },
    {
      name: "decision on a Saturday counts business days strictly after it",
      start: "2026-11-30 10:00",
      log: { decisionDate: "2026-12-05" },
      expected: { "follow-up-1": "2026-12-08 09:00" },
    },
    {
      name: "decision date before the interview: counted from the interview day",
      start: "2026-12-02 10:00",
      log: { decisionDate: "2026-11-20" },
      expected: { "follow-up-1": "2026-12-04 09:00" },
    },
    {
      name: "Monday holiday then Tuesday: Labor Day week (Sep 7 2026) → Tuesday Sep 8",
      start: "2026-08-31 10:00",
      expected: { "follow-up-1": "2026-09-08 09:00" },
    },
    {
      name: "Memorial Day Monday after a weekend: Sat May 23 + 7 → Tue May 26 is not Monday",
      start: "2026-05-16 10:00",
      expected: { "follow-up-1": "2026-05-26 09:00" },
    },
    {
      name: "shifting works with another send time",
      start: "2026-12-02 10:00",
      policy: { sendTime: "10:30" },
      expected: { "follow-up-1": "2026-12-09 10:30" },
    },
    {
      name: "Mondays allowed when configured",
      start: "2026-11-30 10:00",
      policy: { avoidMondayFollowUps: false },
      expected: { "follow-up-1": "2026-12-07 09:00" },
    },
  ]);
});

describe("follow-up 2, move on, and the maximum number of follow-ups", () => {
  checkKinds([
    {
      name: "follow-up 2 from the day follow-up 1 was actually sent",
      start: "2026-11-18 13:00",
      log: { followUpsSent: ["2026-11-26"] },
      expected: {
        "follow-up-1": undefined,
        "follow-up-2": "2026-12-03 09:00",
        "move-on": "2026-12-10 09:00",
      },
    },
    {
      name: "follow-up 2 shifted off a holiday weekend: sent Fri Dec 18 → Dec 25 → Tue Dec 29",
      start: "2026-12-01 13:00",
      log: { followUpsSent: ["2026-12-18"] },
      expected: { "follow-up-2": "2026-12-29 09:00" },
    },
    {
      name: "move on may fall on a Monday (only follow-ups avoid Mondays)",
      start: "2026-12-01 13:00",
      log: { followUpsSent: ["2026-12-08", "2026-12-18"] },
      expected: { "follow-up-2": undefined, "move-on": "2026-12-28 09:00" },
    },
    {
      name: "move on counts business days across Thanksgiving",
      start: "2026-11-01 13:00",
      log: { followUpsSent: ["2026-11-10", "2026-11-20"] },
      expected: { "move-on": "2026-11-30 09:00" },
    },
    {
      name: "three follow-ups when configured",
      start: "2026-11-18 13:00",
      policy: { maxFollowUps: 3 },
      expected: {
        "follow-up-1": "2026-11-25 09:00",
        "follow-up-2": "2026-12-02 09:00",
        "follow-up-3": "2026-12-09 09:00",
        "move-on": "2026-12-16 09:00",
      },
    },
    {
      name: "one follow-up when configured (move on skips Thanksgiving)",
      start: "2026-11-18 13:00",
      policy: { maxFollowUps: 1 },
      expected: {
        "follow-up-1": "2026-11-25 09:00",
        "follow-up-2": undefined,
        "move-on": "2026-12-03 09:00",
      },
    },
  ]);
});

describe("the user's log", () => {
  const base = { start: "2026-11-18 13:00", end: "2026-11-18 14:00" };

  it.each(["offer", "rejected", "withdrawn", "cancelled"] as const)("%s cancels every prompt", (outcome) => {
    expect(plan({ ...base, log: { outcome } })).toEqual({});
  });

  it("heard back cancels follow-ups and move on, keeps the thank-you", () => {
    expect(plan({ ...base, now: "2026-11-18 14:30", log: { outcome: "heard-back" } })).toEqual({
      "thank-you": "2026-11-18 15:00",
    });
  });

  it("prompts already sent are not planned again; the next one is anchored on the sent one", () => {
    const planned = plan({
      ...base,
      now: "2026-11-25 10:00",
      log: { promptsSent: ["prep", "thank-you", "follow-up-1"] },
    });
    expect(planned).toEqual({ "follow-up-2": "2026-12-02 09:00", "move-on": "2026-12-09 09:00" });
  });

  it("a snooze moves that prompt, and later ones are computed from it", () => {
    const planned = plan({
      ...base,
      now: "2026-11-25 09:05",
      log: {
        promptsSent: ["prep", "thank-you"],
        snoozed: { kind: "follow-up-1", until: "2026-12-01T10:30:00-06:00" },
      },
    });
    expect(planned).toEqual({
      "follow-up-1": "2026-12-01 10:30",
      "follow-up-2": "2026-12-08 09:00",
      "move-on": "2026-12-15 09:00",
    });
  });

  it("a follow-up snoozed onto a weekend goes out on the next business day that is not a Monday", () => {
    const planned = plan({
      ...base,
      now: "2026-11-25 09:05",
      log: {
        promptsSent: ["prep", "thank-you"],
        snoozed: { kind: "follow-up-1", until: "2026-11-28T09:05:00-06:00" },
      },
    });
    // Saturday Nov 28 → Monday → Tuesday, at the send time.
    expect(planned).toEqual({
      "follow-up-1": "2026-12-01 09:00",
      "follow-up-2": "2026-12-08 09:00",
      "move-on": "2026-12-15 09:00",
    });
  });

  it("a snooze into quiet hours is moved to the next allowed time", () => {
    const thankYou = plan({
      ...base,
      now: "2026-11-18 15:30",
      log: { promptsSent: ["prep"], snoozed: { kind: "thank-you", until: "2026-11-18T23:00:00-06:00" } },
    });
    expect(thankYou["thank-you"]).toBe("2026-11-19 08:00");
    const followUp = plan({
      ...base,
      now: "2026-11-25 09:05",
      log: {
        promptsSent: ["prep", "thank-you"],
        snoozed: { kind: "follow-up-1", until: "2026-11-30T23:00:00-06:00" },
      },
    });
    // Monday 23:00 is quiet; a follow-up goes out from the send time of the next follow-up day.
    expect(followUp["follow-up-1"]).toBe("2026-12-01 09:00");
  });

  it("a forward that arrives after a follow-up's day gets it at the next valid slot", () => {
    const planned = plan({ ...base, now: "2026-11-25 10:00" });
    expect(planned).toEqual({
      "follow-up-1": "2026-11-27 09:00",
      "follow-up-2": "2026-12-04 09:00",
      "move-on": "2026-12-11 09:00",
    });
  });
});

describe("zones and DST", () => {
  checkKinds([
    {
      name: "US fall back (Nov 1 2026): follow-up at 09:00 CST",
      start: "2026-10-29 10:00",
      zone: "America/New_York",
      expected: { "follow-up-1": "2026-11-05 09:00" },
    },
    {
      name: "US spring forward (Mar 14 2027): prep 2 real hours before 04:30 CDT is 01:30 CST (quiet) → 20:00 Sat",
      start: "2027-03-14 04:30",
      expected: { prep: "2027-03-13 20:00", "thank-you": "2027-03-14 08:00" },
    },
    {
      name: "EU spring forward (Mar 29 2026, Berlin): thank-you an hour after a 01:30 end is 03:30 CEST → 08:00",
      start: "2026-03-29 00:30",
      end: "2026-03-29 01:30",
      zone: "Europe/Berlin",
      policy: { country: "DE" },
      expected: { "thank-you": "2026-03-29 08:00" },
    },
    {
      name: "EU fall back (Oct 25 2026, Berlin): follow-up Fri Oct 30 09:00 CET",
      start: "2026-10-23 10:00",
      zone: "Europe/Berlin",
      policy: { country: "DE" },
      expected: { "follow-up-1": "2026-10-30 09:00" },
    },
    {
      name: "German Unity Day (Sat Oct 3 2026) and a Bavarian region",
      start: "2026-09-26 10:00",
      zone: "Europe/Berlin",
      policy: { country: "DE", region: "BY" },
      expected: { "follow-up-1": "2026-10-06 09:00" },
    },
    {
      name: "UK: Boxing Day substitute Monday Dec 28 2026 → Tuesday Dec 29",
      start: "2026-12-19 10:00",
      zone: "Europe/London",
      policy: { country: "GB" },
      expected: { "follow-up-1": "2026-12-29 09:00" },
    },
  ]);

  it("puts the instant right across the fall-back change: 09:00 EST is 14:00Z, 09:00 EDT was 13:00Z", () => {
    const policy = resolvePolicy({ timeZone: "America/New_York" });
    const reminders = planFor({
      timing: { start: "2026-10-22T10:00:00-04:00", end: null, timeZone: "America/New_York" },
      log: {},
      policy,
      now: DateTime.fromISO("2026-10-01T00:00:00Z"),
    });
    const at = Object.fromEntries(reminders.map((reminder) => [reminder.kind, reminder.at]));
    expect(at["follow-up-1"]).toBe("2026-10-29T13:00:00Z");
    expect(at["follow-up-2"]).toBe("2026-11-05T14:00:00Z");
  });

  it("uses the interview's zone when the user has none, and UTC when neither is known", () => {
    const timing = { start: "2026-12-02T10:00:00+01:00", end: null, timeZone: "Europe/Paris" };
    const now = DateTime.fromISO("2026-11-01T00:00:00Z");
    const inParis = planFor({ timing, log: {}, policy: resolvePolicy({ country: "FR" }), now });
    const inUtc = planFor({
      timing: { ...timing, timeZone: null },
      log: {},
      policy: resolvePolicy({ country: "FR" }),
      now,
    });
    expect(inParis.find((reminder) => reminder.kind === "follow-up-1")?.local).toBe(
      "2026-12-09T09:00:00+01:00",
    );
    expect(inUtc.find((reminder) => reminder.kind === "follow-up-1")?.local).toBe("2026-12-09T09:00:00Z");
  });
});
