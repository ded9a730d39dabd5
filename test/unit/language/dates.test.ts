/**
 * The date reader: chrono-node's parser for each language inside our own rules — meeting hours,
 * a bare day of the month, mid-month, holiday periods, numeric dates in the writer's order.
 */
import * as chrono from "chrono-node";
import { DateTime } from "luxon";
import { afterEach, describe, expect, it, vi } from "vitest";
import { easterSunday, readDate } from "../../../lambdas/domain/language/dates";
import type { Lang } from "../../../lambdas/domain/language/lang";

// Wednesday, Nov 25 2026, 10:00 in Chicago.
const zone = "America/Chicago";
const now = DateTime.fromISO("2026-11-25T10:00:00", { zone });
const read = (text: string, lang: Lang, extra: { numericOrder?: "month-first" | "day-first" | null } = {}) =>
  readDate(text, { now, zone, lang, forward: true, ...extra });
/** The reading as the contract prints it: ISO with offset when a time was read, else the day. */
const shown = (text: string, lang: Lang) => {
  const found = read(text, lang);
  if (!found) return null;
  return found.hasTime ? found.start.toISO({ suppressMilliseconds: true }) : found.start.toISODate();
};

const CASES: ReadonlyArray<readonly [Lang, string, string | null]> = [
  ["en", "thurs at 3", "2026-11-26T15:00:00-06:00"],
  ["en", "next tues", "2026-12-01"],
  ["en", "12/16 @ 4:45pm", "2026-12-16T16:45:00-06:00"],
  ["en", "the 17th", "2026-12-17"],
  ["en", "mid january", "2027-01-15"],
  ["en", "after the holidays", "2027-01-04"],
  ["en", "before christmas", "2026-12-23"],
  ["en", "until the new year", "2027-01-04"],
  ["en", "friday the 11th, 2:15pm", "2026-12-11T14:15:00-06:00"],
  ["en", "give me a second", null],
  ["en", "sent it", null],
  ["de", "Dienstag um 14:00", "2026-12-01T14:00:00-06:00"],
  ["de", "am 16.12. um 10 Uhr", "2026-12-16T10:00:00-06:00"],
  ["de", "nach Ostern", "2027-03-30"],
  ["de", "Mitte Januar", "2027-01-15"],
  ["fr", "jeudi à 15h", "2026-11-26T15:00:00-06:00"],
  ["fr", "après les fêtes", "2027-01-04"],
  ["fr", "mi-janvier", "2027-01-15"],
  ["es", "el jueves a las 3", "2026-11-26T15:00:00-06:00"],
  ["es", "después de Semana Santa", "2027-03-30"],
  ["pt", "quinta às 15h", "2026-11-26T15:00:00-06:00"],
  ["nl", "dinsdag om 14:00", "2026-12-01T14:00:00-06:00"],
  ["it", "giovedì alle 15", "2026-11-26T15:00:00-06:00"],
  ["it", "il 16/12 alle 10", "2026-12-16T10:00:00-06:00"],
];

describe("readDate", () => {
  afterEach(() => vi.restoreAllMocks());

  it.each(CASES)("%s %j → %s", (lang, text, expected) => {
    expect(shown(text, lang)).toBe(expected);
  });

  it("reads a bare hour as a time of day only in a meeting's afternoon", () => {
    expect(
      readDate("friday at 3", { now, zone, lang: "en", forward: true, meeting: false })?.start.hour,
    ).toBe(3);
    expect(readDate("friday at 3", { now, zone, lang: "en", forward: true })?.start.hour).toBe(15);
    expect(readDate("friday at 9", { now, zone, lang: "en", forward: true })?.start.hour).toBe(9);
  });

  it("reads a numeric date in the writer's order, and not at all when it could be either", () => {
    expect(read("4/6", "en")?.start.toISODate()).toBe("2027-04-06");
    expect(read("4/6", "en", { numericOrder: "day-first" })?.start.toISODate()).toBe("2027-06-04");
    expect(read("16/12", "en", { numericOrder: null })?.start.toISODate()).toBe("2026-12-16");
    expect(read("4/6", "en", { numericOrder: null })).toBeNull();
  });

  it("ends a holiday period on the next business day of the calendar passed in", () => {
    const closedOnJan4 = {
      isBusinessDay: (day: DateTime) => day.weekday <= 5 && day.toISODate() !== "2027-01-04",
    };

    const found = readDate("after the holidays", {
      now,
      zone,
      lang: "en",
      forward: true,
      calendar: closedOnJan4,
    });

    expect(found?.start.toISODate()).toBe("2027-01-05");
  });

  it("knows Easter", () => {
    expect(easterSunday(2027)).toEqual({ month: 3, day: 28 });
    expect(easterSunday(2026)).toEqual({ month: 4, day: 5 });
  });

  it("does not run the parser on a text with no date-ish word", () => {
    const parse = vi.spyOn(chrono.en.casual, "parse");

    readDate("thanks, sent my note to the recruiter", { now, zone, lang: "en", forward: true });
    readDate("thanks, sent it friday", { now, zone, lang: "en", forward: true });

    expect(parse).toHaveBeenCalledTimes(1);
  });
});
