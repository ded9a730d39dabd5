/**
 * Holiday periods as date ranges, and the working day just after or before one: "after the
 * holidays" is the first business day after New Year's Day, "before Christmas" the last one
 * before Christmas Eve, "nach Ostern" the first one after Easter Monday, "after the weekend" the
 * first one after the coming Sunday.
 */
import { DateTime } from "luxon";
import type { DayRule, HolidayPeriod } from "../lexicon";
import type { HolidayCalendar } from "./types";

/** Easter Sunday of `year` (Gregorian computus, Meeus/Jones/Butcher). */
export function easterSunday(year: number): { month: number; day: number } {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return { month, day };
}

/** The period's first and last day in the season that starts in `year` (zone-local dates). */
function range(
  period: Exclude<HolidayPeriod, "weekend" | "long-weekend" | "vacation">,
  year: number,
  zone: string,
): { first: DateTime; last: DateTime } {
  const on = (y: number, month: number, day: number) =>
    DateTime.fromObject({ year: y, month, day }, { zone });
  switch (period) {
    case "christmas":
      return { first: on(year, 12, 24), last: on(year, 12, 26) };
    case "new-year":
      return { first: on(year + 1, 1, 1), last: on(year + 1, 1, 1) };
    case "holidays":
      return { first: on(year, 12, 24), last: on(year + 1, 1, 1) };
    case "epiphany":
      return { first: on(year + 1, 1, 6), last: on(year + 1, 1, 6) };
    case "carnival": {
      // The Saturday before Ash Wednesday to Shrove Tuesday: "nach Fasching" is Ash Wednesday.
      const sunday = easterSunday(year);
      const tuesday = on(year, sunday.month, sunday.day).minus({ days: 47 });
      return { first: tuesday.minus({ days: 3 }), last: tuesday };
    }
    case "easter": {
      const sunday = easterSunday(year);
      const day = on(year, sunday.month, sunday.day);
      // Holy Week to Easter Monday: "después de Semana Santa" is after all of it.
      return { first: day.minus({ days: 3 }), last: day.plus({ days: 1 }) };
    }
    case "summer":
      return { first: on(year, 7, 1), last: on(year, 8, 31) };
  }
}

const weekdaysOnly: HolidayCalendar = { isBusinessDay: (day) => day.weekday <= 5 };

/**
 * The business day after (or before) the next such period not yet over at `now`. `before` a
 * period that has begun is its first day's eve all the same: the user means this one.
 */
export function aroundPeriod(
  period: Exclude<HolidayPeriod, "vacation">,
  side: "after" | "before",
  now: DateTime,
  calendar: HolidayCalendar = weekdaysOnly,
): DateTime {
  const today = now.startOf("day");
  const zone = now.zoneName ?? "UTC";
  if (period === "weekend" || period === "long-weekend") {
    // A long weekend takes the Monday too: "after the long weekend" is the Tuesday.
    const saturday = today.set({ weekday: 6 });
    const last = saturday.plus({ days: period === "weekend" ? 1 : 2 });
    return beside({ first: saturday, last }, side, calendar);
  }
  // The season that contains today, or the next one: New Year's Day belongs to last December's.
  let span = range(period, today.year - 1, zone);
  if (span.last < today) span = range(period, today.year, zone);
  if (span.last < today) span = range(period, today.year + 1, zone);
  return beside(span, side, calendar);
}

/** The day `rule` names in `year` (zone-local, 00:00); null when the rule names none that year. */
function namedDayIn(rule: DayRule, year: number, zone: string): DateTime | null {
  if ("easter" in rule) {
    const sunday = easterSunday(year);
    return DateTime.fromObject({ year, ...sunday }, { zone }).plus({ days: rule.easter });
  }
  if (!("weekday" in rule)) {
    const day = DateTime.fromObject({ year, month: rule.month, day: rule.day }, { zone });
    return day.isValid ? day : null;
  }
  const first = DateTime.fromObject({ year, month: rule.month, day: 1 }, { zone });
  const firstOne = first.plus({ days: (rule.weekday - first.weekday + 7) % 7 });
  const last = first.endOf("month").startOf("day");
  const lastOne = last.minus({ days: (last.weekday - rule.weekday + 7) % 7 });
  const day = rule.nth > 0 ? firstOne.plus({ weeks: rule.nth - 1 }) : lastOne.plus({ weeks: rule.nth + 1 });
  return day.month === rule.month ? day.plus({ days: rule.plus ?? 0 }) : null;
}

/**
 * The named day `rule` dates: the next one on or after today, or, not `forward`, the closest
 * one ("we spoke after Thanksgiving" in December is last month's).
 */
export function namedDay(rule: DayRule, now: DateTime, forward: boolean): DateTime | null {
  const today = now.startOf("day");
  const zone = now.zoneName ?? "UTC";
  const days = [today.year - 1, today.year, today.year + 1]
    .map((year) => namedDayIn(rule, year, zone))
    .filter((day): day is DateTime => day !== null);
  if (forward) return days.find((day) => day >= today) ?? null;
  const distance = (day: DateTime) => Math.abs(day.diff(today, "days").days);
  return days.sort((a, b) => distance(a) - distance(b))[0] ?? null;
}

/** The business day just after (or before) `day`: "after Labor Day", "vor Fronleichnam". */
export function besideDay(
  day: DateTime,
  side: "after" | "before",
  calendar: HolidayCalendar = weekdaysOnly,
): DateTime {
  return beside({ first: day, last: day }, side, calendar);
}

/**
 * The period "vacation" means at `now`: from May to August the summer, from November to January
 * the year-end holidays; otherwise it could be either (or Easter, or a ski week): null.
 */
export function vacationAt(now: DateTime): "summer" | "holidays" | null {
  if (now.month >= 5 && now.month <= 8) return "summer";
  return now.month >= 11 || now.month === 1 ? "holidays" : null;
}

/** The business day just after (or before) `span`. */
function beside(
  span: { first: DateTime; last: DateTime },
  side: "after" | "before",
  calendar: HolidayCalendar,
): DateTime {
  let day = side === "after" ? span.last.plus({ days: 1 }) : span.first.minus({ days: 1 });
  const step = side === "after" ? 1 : -1;
  while (!calendar.isBusinessDay(day)) day = day.plus({ days: step });
  return day;
}
