import type Holidays from "date-holidays";
import { DateTime } from "luxon";

/** date-holidays' rules of every country (about 1.4 MB): the class a calendar is built from. */
export type HolidayRules = typeof Holidays;

/**
 * Business days per docs/REMINDER_POLICY.md: Monday–Friday that is not a public holiday of the country
 * (and region). Optional days and observances (Christmas Eve, the day after Thanksgiving) are
 * business days, so only date-holidays' type `public` counts. Dates are local calendar dates.
 */
export class BusinessCalendar {
  private readonly holidays: Holidays;
  private readonly publicHolidaysByYear = new Map<number, ReadonlySet<string>>();

  constructor(
    rules: HolidayRules,
    readonly country: string,
    readonly region: string | null = null,
  ) {
    this.holidays = region ? new rules(country, region) : new rules(country);
  }

  isPublicHoliday(day: DateTime): boolean {
    return this.publicHolidays(day.year).has(day.toISODate() ?? "");
  }

  isBusinessDay(day: DateTime): boolean {
    return this.isBusinessDate(civilDay(day));
  }

  /** Counts n business days strictly after `day`; the nth one is the answer (n = 0 returns `day`). */
  addBusinessDays(day: DateTime, n: number): DateTime {
    let date = civilDay(day);
    let days = 0;
    for (let counted = 0; counted < n; ) {
      date += DAY_MS;
      days++;
      if (this.isBusinessDate(date)) counted++;
    }
    return day.plus({ days });
  }

  /** `day` itself when it is a business day, else the next one. */
  onOrAfter(day: DateTime): DateTime {
    let date = civilDay(day);
    let days = 0;
    while (!this.isBusinessDate(date)) {
      date += DAY_MS;
      days++;
    }
    return day.plus({ days });
  }

  /** A local calendar date (as UTC midnight, in ms): plain arithmetic, where luxon's per day cost most of a plan. */
  private isBusinessDate(date: number): boolean {
    const civil = new Date(date);
    const weekday = civil.getUTCDay();
    if (weekday === 0 || weekday === 6) return false;
    return !this.publicHolidays(civil.getUTCFullYear()).has(civil.toISOString().slice(0, 10));
  }

  private publicHolidays(year: number): ReadonlySet<string> {
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

const DAY_MS = 86_400_000;

/** The local calendar date of `day` as the UTC midnight of the same date, in ms. */
function civilDay(day: DateTime): number {
  return Date.UTC(day.year, day.month - 1, day.day);
}

/** A holiday's local dates: its first date plus one per further whole day it spans. */
function spannedDates(firstLocalDate: string, start: Date, end: Date): string[] {
  const first = DateTime.fromISO(firstLocalDate.slice(0, 10), { zone: "utc" });
  const days = Math.max(1, Math.round((end.getTime() - start.getTime()) / 86_400_000));
  return Array.from({ length: days }, (_, offset) => first.plus({ days: offset }).toISODate() ?? "");
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
