import { DateTime } from "luxon";

/** When a schedule first fires once created at `now`, and after each firing; null when never again. */
export interface ScheduleTimes {
  first(now: DateTime): DateTime | null;
  next(firedAt: DateTime): DateTime | null;
}

export class InvalidExpressionError extends Error {
  constructor(expression: string, why: string) {
    super(`Invalid Schedule Expression ${expression}: ${why}`);
    this.name = "InvalidExpressionError";
  }
}

function field(
  value: string,
  min: number,
  max: number,
  names: Record<string, number> = {},
): Set<number> | null {
  if (value === "*" || value === "?") return null;
  const values = new Set<number>();
  for (const part of value.split(",")) {
    const [range = "", step] = part.split("/");
    const [from, to] = range.split("-").map((item) => names[item.toUpperCase()] ?? Number(item));
    const start = range === "*" ? min : (from ?? Number.NaN);
    const end = range === "*" ? max : (to ?? start);
    if (!Number.isInteger(start) || !Number.isInteger(end) || start < min || end > max)
      throw new RangeError(part);
    for (let item = start; item <= end; item += Number(step ?? 1)) values.add(item);
  }
  return values;
}

/**
 * The schedule expressions EventBridge Scheduler accepts: at(), rate() and cron() (six fields,
 * day-of-week 1 = SUN as in AWS), evaluated in the schedule's time zone.
 */
export function parseExpression(expression: string, zone: string): ScheduleTimes {
  if (!DateTime.now().setZone(zone).isValid)
    throw new InvalidExpressionError(expression, `unknown time zone ${zone}`);
  const at = /^at\((\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2})\)$/.exec(expression);
  if (at?.[1]) {
    const when = DateTime.fromISO(at[1], { zone });
    if (!when.isValid) throw new InvalidExpressionError(expression, "not a date and time");
    // A one-time schedule whose time has passed fires at once.
    return { first: () => when, next: () => null };
  }
  const rate = /^rate\((\d+) (minutes?|hours?|days?)\)$/.exec(expression);
  if (rate?.[1] && rate[2]) {
    const unit = rate[2].replace(/s?$/, "s") as "minutes" | "hours" | "days";
    const amount = Number(rate[1]);
    const next = (after: DateTime) => after.plus({ [unit]: amount }).startOf("minute");
    return { first: next, next };
  }
  const cron = /^cron\((\S+) (\S+) (\S+) (\S+) (\S+) (\S+)\)$/.exec(expression);
  if (cron) {
    try {
      const [, minute = "", hour = "", dayOfMonth = "", month = "", dayOfWeek = ""] = cron;
      const minutes = field(minute, 0, 59);
      const hours = field(hour, 0, 23);
      const days = field(dayOfMonth, 1, 31);
      const months = field(month, 1, 12);
      // AWS numbers days of the week 1 (Sunday) … 7 (Saturday); luxon 1 (Monday) … 7 (Sunday).
      const awsWeekdays = field(dayOfWeek, 1, 7, { SUN: 1, MON: 2, TUE: 3, WED: 4, THU: 5, FRI: 6, SAT: 7 });
      const weekdays = awsWeekdays ? new Set([...awsWeekdays].map((day) => (day === 1 ? 7 : day - 1))) : null;
      const next = (after: DateTime): DateTime | null => {
        let candidate = after.setZone(zone).startOf("minute").plus({ minutes: 1 });
        // A year of minutes at most: enough for any expression that fires at all.
        for (let steps = 0; steps < 366 * 24 * 60; steps++) {
          const matches =
            (!minutes || minutes.has(candidate.minute)) &&
            (!hours || hours.has(candidate.hour)) &&
            (!days || days.has(candidate.day)) &&
            (!months || months.has(candidate.month)) &&
            (!weekdays || weekdays.has(candidate.weekday));
          if (matches) return candidate;
          candidate = candidate.plus({ minutes: 1 });
        }
        return null;
      };
      return { first: next, next };
    } catch (error) {
      throw new InvalidExpressionError(expression, error instanceof Error ? error.message : "bad field");
    }
  }
  throw new InvalidExpressionError(expression, "expected at(), rate() or cron()");
}
