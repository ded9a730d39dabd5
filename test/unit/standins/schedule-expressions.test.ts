/** When the Scheduler stand-in's schedules fire: at(), rate() and cron() as the User Guide describes them. */
import { DateTime } from "luxon";
import { describe, expect, it } from "vitest";
import {
  type ActiveWindow,
  InvalidExpressionError,
  isCanonicalZone,
  parseExpression,
} from "../../../local/standins/schedule-expressions";

const utc = (iso: string) => DateTime.fromISO(iso, { zone: "UTC" });

/** The first `count` firings after `now`, as UTC ISO strings. */
function firings(
  expression: string,
  zone: string,
  now: string,
  count: number,
  window?: ActiveWindow,
): string[] {
  const times = parseExpression(expression, zone, window);
  const found: string[] = [];
  for (let at = times.first(utc(now)); at && found.length < count; at = times.next(at)) {
    found.push(at.toUTC().toISO() ?? "");
  }
  return found;
}

describe("canonical time zones", () => {
  it.each([
    "America/Chicago",
    "America/Argentina/Buenos_Aires",
    "Asia/Kolkata",
    "Europe/Kyiv",
    "America/Nuuk",
    "Europe/Oslo",
    "UTC",
    "Etc/UTC",
    "Etc/GMT-14",
    "Etc/GMT+12",
  ])("accepts %s", (zone) => {
    expect(isCanonicalZone(zone)).toBe(true);
    expect(() => parseExpression("rate(1 hour)", zone)).not.toThrow();
  });

  it.each([
    ["america/chicago", "in the wrong case"],
    ["US/Central", "a backward link"],
    ["Asia/Calcutta", "the old name Intl still calls canonical"],
    ["Europe/Kiev", "the old name of Europe/Kyiv"],
    ["EST", "a System V name, now a link"],
    ["GMT", "a link to Etc/GMT"],
    ["Etc/GMT+13", "beyond the Etc offsets"],
    ["Mars/Olympus_Mons", "unknown"],
  ])("rejects %s (%s)", (zone) => {
    expect(isCanonicalZone(zone)).toBe(false);
  });
});

describe("at() one-time schedules", () => {
  it("fire once at the wall-clock time in the schedule's zone", () => {
    expect(firings("at(2026-12-02T11:00:00)", "America/Chicago", "2026-11-23T12:00:00", 3)).toEqual([
      "2026-12-02T17:00:00.000Z",
    ]);
  });

  it("fire at the first of the two 01:30s of a fall-back night", () => {
    expect(firings("at(2026-11-01T01:30:00)", "America/New_York", "2026-10-01T00:00:00", 1)).toEqual([
      "2026-11-01T05:30:00.000Z",
    ]);
  });

  it("fire at once when their time has passed, and ignore StartDate and EndDate", () => {
    const window = { start: utc("2027-01-01T00:00:00"), end: utc("2027-01-02T00:00:00") };
    expect(firings("at(2026-01-01T09:00:00)", "UTC", "2026-11-23T12:00:00", 1, window)).toEqual([
      "2026-01-01T09:00:00.000Z",
    ]);
  });
});

describe("rate() schedules", () => {
  it("start invoking immediately without a StartDate, then every interval", () => {
    expect(firings("rate(5 minutes)", "UTC", "2026-11-23T12:00:30", 3)).toEqual([
      "2026-11-23T12:00:00.000Z",
      "2026-11-23T12:05:00.000Z",
      "2026-11-23T12:10:00.000Z",
    ]);
  });

  it("start at a future StartDate, and stop after the EndDate", () => {
    const window = { start: utc("2026-12-01T08:00:00"), end: utc("2026-12-01T10:00:00") };
    expect(firings("rate(1 hour)", "UTC", "2026-11-23T12:00:00", 5, window)).toEqual([
      "2026-12-01T08:00:00.000Z",
      "2026-12-01T09:00:00.000Z",
      "2026-12-01T10:00:00.000Z",
    ]);
  });

  it("keep to the StartDate's grid when it has passed", () => {
    const window = { start: utc("2026-11-23T11:50:00"), end: null };
    expect(firings("rate(15 minutes)", "UTC", "2026-11-23T12:00:00", 2, window)).toEqual([
      "2026-11-23T12:05:00.000Z",
      "2026-11-23T12:20:00.000Z",
    ]);
  });

  it("count a day as 24 hours across a DST change", () => {
    // Noon in New York before the spring-forward is 13:00 local a day later.
    expect(firings("rate(1 day)", "America/New_York", "2026-03-07T17:00:00", 2)).toEqual([
      "2026-03-07T17:00:00.000Z",
      "2026-03-08T17:00:00.000Z",
    ]);
  });
});

describe("cron() schedules", () => {
  it("fire strictly after the current minute, in the schedule's zone", () => {
    expect(firings("cron(0 18 ? * SUN *)", "America/Chicago", "2026-11-29T00:00:00", 2)).toEqual([
      "2026-11-30T00:00:00.000Z",
      "2026-12-07T00:00:00.000Z",
    ]);
    expect(firings("cron(0 12 * * ? *)", "UTC", "2026-11-23T12:00:00", 1)).toEqual([
      "2026-11-24T12:00:00.000Z",
    ]);
  });

  it("skip a time the spring-forward removes, and resume the next day", () => {
    expect(firings("cron(30 2 * * ? *)", "America/Los_Angeles", "2026-03-07T00:00:00", 3)).toEqual([
      "2026-03-07T10:30:00.000Z",
      "2026-03-09T09:30:00.000Z",
      "2026-03-10T09:30:00.000Z",
    ]);
  });

  it("run once, before the shift, at a time the fall-back repeats", () => {
    expect(firings("cron(30 1 * * ? *)", "America/New_York", "2026-10-31T12:00:00", 2)).toEqual([
      "2026-11-01T05:30:00.000Z",
      "2026-11-02T06:30:00.000Z",
    ]);
  });

  // From 1 February 2027, a Monday, or 1 May 2027, a Saturday.
  it.each([
    [
      "L: the last day of the month",
      "cron(0 9 L * ? *)",
      "2027-02-01",
      ["2027-02-28T09:00", "2027-03-31T09:00"],
    ],
    [
      "15W: the weekday nearest a Saturday 15th is Friday",
      "cron(0 9 15W * ? *)",
      "2027-05-01",
      ["2027-05-14T09:00"],
    ],
    ["1W: a Saturday 1st moves to Monday the 3rd", "cron(0 9 1W * ? *)", "2027-05-01", ["2027-05-03T09:00"]],
    ["6L: the last Friday", "cron(0 9 ? * 6L *)", "2027-02-01", ["2027-02-26T09:00", "2027-03-26T09:00"]],
    ["2#1: the first Monday", "cron(0 9 ? * 2#1 *)", "2027-02-01", ["2027-02-01T09:00", "2027-03-01T09:00"]],
    ["MON-FRI by name, in lower case", "cron(0 9 ? * mon-fri *)", "2027-05-01", ["2027-05-03T09:00"]],
    [
      "increments from a start",
      "cron(10/20 9 * * ? *)",
      "2027-02-01",
      ["2027-02-01T09:10", "2027-02-01T09:30"],
    ],
  ])("understand %s", (_case, expression, from, expected) => {
    expect(firings(expression, "UTC", `${from}T00:00:00`, expected.length)).toEqual(
      expected.map((minute) => `${minute}:00.000Z`),
    );
  });

  it("stop after the last year and after the EndDate, and wait for the StartDate", () => {
    expect(firings("cron(0 9 1 * ? 2026)", "UTC", "2026-11-23T00:00:00", 3)).toEqual([
      "2026-12-01T09:00:00.000Z",
    ]);
    expect(firings("cron(0 0 31 2 ? *)", "UTC", "2026-11-23T00:00:00", 1)).toEqual([]);
    const window = { start: utc("2027-01-10T00:00:00"), end: utc("2027-01-20T00:00:00") };
    expect(firings("cron(0 9 ? * MON *)", "UTC", "2026-11-23T00:00:00", 5, window)).toEqual([
      "2027-01-11T09:00:00.000Z",
      "2027-01-18T09:00:00.000Z",
    ]);
  });

  it("say which rule an expression breaks", () => {
    expect(() => parseExpression("cron(0 9 * * MON *)", "UTC")).toThrow(
      new InvalidExpressionError(
        "cron(0 9 * * MON *)",
        "use ? in exactly one of day-of-month and day-of-week",
      ),
    );
  });
});
