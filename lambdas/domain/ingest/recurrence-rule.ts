/** An RRULE (RFC 5545 §3.3.10) read into data, and iCalendar date-time values read to wall-clock seconds. */
import { daysFromCivil, daysInMonth, SECONDS_PER_DAY } from "./civil";

export const YEARLY = 0;
export const MONTHLY = 1;
export const WEEKLY = 2;
export const DAILY = 3;
export const HOURLY = 4;
export const MINUTELY = 5;
export const SECONDLY = 6;

const FREQUENCIES: Record<string, number> = { YEARLY, MONTHLY, WEEKLY, DAILY, HOURLY, MINUTELY, SECONDLY };
const WEEKDAYS: Record<string, number> = { MO: 1, TU: 2, WE: 3, TH: 4, FR: 5, SA: 6, SU: 7 };

export interface WeekdayRule {
  /** ISO weekday, Monday 1 … Sunday 7. */
  readonly weekday: number;
  /** 0 for every such weekday; ±n for the nth from the start or end of the month or year. */
  readonly ordinal: number;
}

export interface RecurrenceRule {
  readonly freq: number;
  readonly interval: number;
  readonly count: number | null;
  /** UNTIL as written: a wall time, or a UTC instant (seconds) when it ended in Z. */
  readonly until: { readonly seconds: number; readonly utc: boolean } | null;
  readonly bySecond: readonly number[] | null;
  readonly byMinute: readonly number[] | null;
  readonly byHour: readonly number[] | null;
  readonly byDay: readonly WeekdayRule[] | null;
  readonly byMonthDay: readonly number[] | null;
  readonly byYearDay: readonly number[] | null;
  readonly byWeekNo: readonly number[] | null;
  readonly byMonth: readonly number[] | null;
  readonly bySetPos: readonly number[] | null;
  readonly weekStart: number;
  /** A BY part was given but none of its values can ever occur: the rule has no occurrences. */
  readonly impossible: boolean;
}

/** "20261202T130000Z", "20261202T1300", "20261202", "2026-12-02T13:00:00" → wall seconds and form. */
export function parseIcalTime(
  value: string,
): { readonly seconds: number; readonly utc: boolean; readonly isDate: boolean } | null {
  const match = /^\s*(\d{4})-?(\d{2})-?(\d{2})(?:T(\d{2}):?(\d{2})(?::?(\d{2}))?(?:[.,]\d+)?(Z)?)?\s*$/i.exec(
    value,
  );
  if (!match) return null;
  const [, y, mo, d, h, mi, s, z] = match;
  const year = Number(y);
  const month = Number(mo);
  const day = Number(d);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  const hour = Number(h ?? 0);
  const minute = Number(mi ?? 0);
  const second = Math.min(59, Number(s ?? 0));
  if (hour > 24 || minute > 59) return null;
  const seconds = daysFromCivil(year, month, day) * SECONDS_PER_DAY + hour * 3600 + minute * 60 + second;
  return { seconds, utc: Boolean(z), isDate: h === undefined };
}

function numbers(value: string, min: number, max: number, allowNegative: boolean): number[] {
  const out: number[] = [];
  for (const part of value.split(",")) {
    const trimmed = part.trim();
    if (!/^[+-]?\d{1,4}$/.test(trimmed)) continue;
    const number = Number(trimmed);
    const size = Math.abs(number);
    if (number === 0 && min > 0) continue;
    if (number < 0 && !allowNegative) continue;
    if (size < min || size > max) continue;
    if (!out.includes(number)) out.push(number);
  }
  return out.sort((a, b) => a - b);
}

/** Reads an RRULE value; null when it has no valid FREQ (such a rule is ignored). */
export function parseRule(value: string): RecurrenceRule | null {
  const parts = new Map<string, string>();
  for (const part of value.replace(/^RRULE:/i, "").split(";")) {
    const at = part.indexOf("=");
    if (at <= 0) continue;
    const key = part.slice(0, at).trim().toUpperCase();
    if (!parts.has(key))
      parts.set(
        key,
        part
          .slice(at + 1)
          .trim()
          .toUpperCase(),
      );
  }
  const freq = FREQUENCIES[parts.get("FREQ") ?? ""];
  if (freq === undefined) return null;
  let impossible = false;
  const list = (key: string, min: number, max: number, negative: boolean): number[] | null => {
    const raw = parts.get(key);
    if (raw === undefined) return null;
    const values = numbers(raw, min, max, negative);
    if (values.length === 0) impossible = true;
    return values.length > 0 ? values : null;
  };
  let byDay: WeekdayRule[] | null = null;
  const rawDays = parts.get("BYDAY");
  if (rawDays !== undefined) {
    byDay = [];
    for (const part of rawDays.split(",")) {
      const match = /^\s*([+-]?\d{1,2})?\s*(MO|TU|WE|TH|FR|SA|SU)\s*$/.exec(part);
      const weekday = match ? WEEKDAYS[match[2] ?? ""] : undefined;
      if (!match || !weekday) continue;
      const ordinal = match[1] ? Number(match[1]) : 0;
      if (Math.abs(ordinal) > 53) continue;
      byDay.push({ weekday, ordinal });
    }
    if (byDay.length === 0) {
      impossible = true;
      byDay = null;
    }
  }
  const interval = Number(parts.get("INTERVAL") ?? "1");
  const countText = parts.get("COUNT");
  const count = countText !== undefined && /^\d{1,9}$/.test(countText) ? Number(countText) : null;
  if (count === 0) impossible = true;
  const untilText = parts.get("UNTIL");
  const until = untilText ? parseIcalTime(untilText) : null;
  return {
    freq,
    interval: Number.isInteger(interval) && interval >= 1 && interval <= 100_000 ? interval : 1,
    count,
    until: until
      ? // A date-only UNTIL includes the whole of that day.
        { seconds: until.isDate ? until.seconds + SECONDS_PER_DAY - 1 : until.seconds, utc: until.utc }
      : null,
    bySecond: list("BYSECOND", 0, 59, false),
    byMinute: list("BYMINUTE", 0, 59, false),
    byHour: list("BYHOUR", 0, 23, false),
    byDay,
    byMonthDay: list("BYMONTHDAY", 1, 31, true),
    byYearDay: list("BYYEARDAY", 1, 366, true),
    byWeekNo: list("BYWEEKNO", 1, 53, true),
    byMonth: list("BYMONTH", 1, 12, false),
    bySetPos: list("BYSETPOS", 1, 366, true),
    weekStart: WEEKDAYS[parts.get("WKST") ?? "MO"] ?? 1,
    impossible,
  };
}
