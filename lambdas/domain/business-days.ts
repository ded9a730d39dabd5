import type Holidays from "date-holidays";
import type { DateTime } from "luxon";

/** date-holidays' rules of every country (about 1.4 MB): the class a calendar is built from. */
export type HolidayRules = typeof Holidays;

/**
 * Business days per docs/REMINDER_POLICY.md: Monday–Friday that is not a public holiday of the country
 * (and region). Optional days and observances (Christmas Eve, the day after Thanksgiving) are
 * business days, so only date-holidays' type `public` counts. Dates are local calendar dates.
 */
export class BusinessCalendar {
  private readonly holidays: Holidays;
  /** Each year's public holidays as civil dates (see CivilDate), computed on first need. */
  private readonly publicHolidaysByYear = new Map<number, ReadonlySet<CivilDate>>();

  constructor(
    rules: HolidayRules,
    readonly country: string,
    readonly region: string | null = null,
  ) {
    this.holidays = region ? new rules(country, region) : new rules(country);
  }

  isPublicHoliday(day: DateTime): boolean {
    return this.publicHolidays(day.year).has(civilDate(day));
  }

  isBusinessDay(day: DateTime): boolean {
    return this.isBusinessDate(civilDate(day));
  }

  /** Counts n business days strictly after `date`; the nth one is the answer (n = 0 returns `date`). */
  addBusinessDays(date: CivilDate, n: number): CivilDate {
    let next = date;
    for (let counted = 0; counted < n; ) {
      next += DAY_MS;
      if (this.isBusinessDate(next)) counted++;
    }
    return next;
  }

  /** `date` itself when it is a business day, else the next one. */
  onOrAfter(date: CivilDate): CivilDate {
    let next = date;
    while (!this.isBusinessDate(next)) next += DAY_MS;
    return next;
  }

  private isBusinessDate(date: CivilDate): boolean {
    const weekday = weekdayOf(date);
    if (weekday === 6 || weekday === 7) return false;
    return !this.publicHolidays(new Date(date).getUTCFullYear()).has(date);
  }

  private publicHolidays(year: number): ReadonlySet<CivilDate> {
    let days = this.publicHolidaysByYear.get(year);
    if (!days) {
      days = new Set(
        this.holidays
          .getHolidays(year)
          .filter((holiday) => holiday.type === "public")
          .flatMap((holiday) => spannedDates(holiday.date, holiday.start, holiday.end)),
      );
      this.publicHolidaysByYear.set(year, days);
    }
    return days;
  }
}

/**
 * A local calendar date as the UTC midnight of the same date, in ms: day arithmetic is then plain
 * addition, where luxon's per day (a Duration, an offset lookup) cost most of a plan.
 */
export type CivilDate = number;

export const DAY_MS = 86_400_000;

/** The local calendar date of `day`. */
export function civilDate(day: DateTime): CivilDate {
  return Date.UTC(day.year, day.month - 1, day.day);
}

/** ISO weekday of a civil date, as luxon numbers it (1 Monday … 7 Sunday); 1970-01-01 was a Thursday. */
export function weekdayOf(date: CivilDate): number {
  return ((((Math.floor(date / DAY_MS) + 3) % 7) + 7) % 7) + 1;
}

/** A holiday's local dates: its first date plus one per further whole day it spans. */
function spannedDates(firstLocalDate: string, start: Date, end: Date): CivilDate[] {
  const [year, month, day] = firstLocalDate.slice(0, 10).split("-").map(Number);
  const first = Date.UTC(year ?? 0, (month ?? 1) - 1, day ?? 1);
  const days = Math.max(1, Math.round((end.getTime() - start.getTime()) / DAY_MS));
  return Array.from({ length: days }, (_, offset) => first + offset * DAY_MS);
}

/**
 * Business calendars of every country, one per country/region: date-holidays' rule parsing is the
 * costly part, so each is built once and kept.
 */
export class BusinessCalendars {
  private readonly calendars = new Map<string, BusinessCalendar>();

  constructor(private readonly rules: HolidayRules) {}

  of(country: string, region: string | null = null): BusinessCalendar {
    const key = `${country}/${region ?? ""}`;
    let calendar = this.calendars.get(key);
    if (!calendar) {
      calendar = new BusinessCalendar(this.rules, country, region);
      this.calendars.set(key, calendar);
    }
    return calendar;
  }
}

let loaded: Promise<BusinessCalendars> | null = null;

/**
 * The calendars, with date-holidays imported on first need rather than at cold start: paths that
 * never plan (reminders, digests, replies that change nothing) skip it. Handlers pass this loader
 * in as a dependency; a planner is given the calendar it uses.
 */
export function loadBusinessCalendars(): Promise<BusinessCalendars> {
  loaded ??= import("date-holidays").then((module) => new BusinessCalendars(module.default));
  return loaded;
}
