import type Holidays from "date-holidays";
import { DateTime } from "luxon";

/**
 * date-holidays carries every country's rules (about 1.4 MB): it is loaded on first need, not at
 * cold start, so paths that never plan (reminders, digests, replies that change nothing) skip it.
 */
let HolidaysClass: typeof Holidays | null = null;

export async function loadHolidays(): Promise<void> {
  HolidaysClass ??= (await import("date-holidays")).default;
}

export class HolidaysNotLoadedError extends Error {
  constructor() {
    super("Call loadHolidays() before planning: business days need the holiday rules");
    this.name = "HolidaysNotLoadedError";
  }
}

/**
 * Business days per REMINDER_POLICY.md: Monday–Friday that is not a public holiday of the country
 * (and region). Optional days and observances (Christmas Eve, the day after Thanksgiving) are
 * business days, so only date-holidays' type `public` counts. Dates are local calendar dates.
 */
export class BusinessCalendar {
  private readonly holidays: Holidays;
  private readonly publicHolidaysByYear = new Map<number, ReadonlySet<string>>();

  constructor(
    readonly country: string,
    readonly region: string | null = null,
  ) {
    if (!HolidaysClass) throw new HolidaysNotLoadedError();
    this.holidays = region ? new HolidaysClass(country, region) : new HolidaysClass(country);
  }

  isPublicHoliday(day: DateTime): boolean {
    return this.publicHolidays(day.year).has(day.toISODate() ?? "");
  }

  isBusinessDay(day: DateTime): boolean {
    return day.weekday <= 5 && !this.isPublicHoliday(day);
  }

  /** Counts n business days strictly after `day`; the nth one is the answer (n = 0 returns `day`). */
  addBusinessDays(day: DateTime, n: number): DateTime {
    let current = day;
    for (let counted = 0; counted < n; ) {
      current = current.plus({ days: 1 });
      if (this.isBusinessDay(current)) counted++;
    }
    return current;
  }

  /** `day` itself when it is a business day, else the next one. */
  onOrAfter(day: DateTime): DateTime {
    let current = day;
    while (!this.isBusinessDay(current)) current = current.plus({ days: 1 });
    return current;
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

/** A holiday's local dates: its first date plus one per further whole day it spans. */
function spannedDates(firstLocalDate: string, start: Date, end: Date): string[] {
  const first = DateTime.fromISO(firstLocalDate.slice(0, 10), { zone: "utc" });
  const days = Math.max(1, Math.round((end.getTime() - start.getTime()) / 86_400_000));
  return Array.from({ length: days }, (_, offset) => first.plus({ days: offset }).toISODate() ?? "");
}

const calendars = new Map<string, BusinessCalendar>();

/** One calendar per country/region per process: date-holidays' rule parsing is the costly part. */
export function businessCalendar(country: string, region: string | null = null): BusinessCalendar {
  const key = `${country}/${region ?? ""}`;
  let calendar = calendars.get(key);
  if (!calendar) {
    calendar = new BusinessCalendar(country, region);
    calendars.set(key, calendar);
  }
  return calendar;
}
