/**
 * Calendar arithmetic on wall-clock times, without a zone: a wall time is the number of seconds
 * since 1970-01-01T00:00 *as written* (a floating time), so that recurrence rules and text dates
 * can be computed with integers and placed in a zone only once, at the end.
 */

export const SECONDS_PER_DAY = 86_400;

export interface CivilDate {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

export interface CivilDateTime extends CivilDate {
  readonly hour: number;
  readonly minute: number;
  readonly second: number;
}

/** Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's days_from_civil). */
export function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const mp = (month + 9) % 12;
  const doy = Math.floor((153 * mp + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146_097 + doe - 719_468;
}

/** The date of a day number (inverse of {@link daysFromCivil}). */
export function civilFromDays(days: number): CivilDate {
  const z = days + 719_468;
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

/** ISO weekday of a day number: Monday 1 … Sunday 7. */
export function isoWeekday(days: number): number {
  // 1970-01-01 was a Thursday (4).
  return ((((days + 3) % 7) + 7) % 7) + 1;
}

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

export function daysInYear(year: number): number {
  return isLeapYear(year) ? 366 : 365;
}

/** Whether the fields name a real date (no February 30th). */
export function isRealDate(year: number, month: number, day: number): boolean {
  return (
    Number.isInteger(year) &&
    Number.isInteger(month) &&
    Number.isInteger(day) &&
    month >= 1 &&
    month <= 12 &&
    day >= 1 &&
    day <= daysInMonth(year, month)
  );
}

export function wallParts(wall: number): CivilDateTime {
  const days = Math.floor(wall / SECONDS_PER_DAY);
  const rest = wall - days * SECONDS_PER_DAY;
  const date = civilFromDays(days);
  // Properties written out: an object spread here costs twenty times as much (V8).
  return {
    year: date.year,
    month: date.month,
    day: date.day,
    hour: Math.floor(rest / 3600),
    minute: Math.floor((rest % 3600) / 60),
    second: rest % 60,
  };
}

const pad = (value: number, width = 2) => String(value).padStart(width, "0");

/** YYYY-MM-DD of a day number. */
export function isoDate(days: number): string {
  const { year, month, day } = civilFromDays(days);
  return `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
}

const MONTH_SHORT = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
const WEEKDAY_SHORT = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];

/** "Tue Dec 1" of a day number, for sentences shown to the user. */
export function shortDate(days: number): string {
  const { month, day } = civilFromDays(days);
  return `${WEEKDAY_SHORT[isoWeekday(days) - 1]} ${MONTH_SHORT[month - 1]} ${day}`;
}

/**
 * ISO-8601 of a UTC instant (seconds) shown at an offset (seconds east of UTC): "…Z" for UTC
 * itself, "±HH:MM" otherwise, seconds always present (as luxon's toISO without milliseconds).
 */
export function isoInstant(utc: number, offsetSeconds: number, asUtc = false): string {
  const local = civilDateTime(utc + offsetSeconds);
  const stamp = `${pad(local.year, 4)}-${pad(local.month)}-${pad(local.day)}T${pad(local.hour)}:${pad(local.minute)}:${pad(local.second)}`;
  if (asUtc && offsetSeconds === 0) return `${stamp}Z`;
  const sign = offsetSeconds < 0 ? "-" : "+";
  const minutes = Math.round(Math.abs(offsetSeconds) / 60);
  return `${stamp}${sign}${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}`;
}

function civilDateTime(wall: number): CivilDateTime {
  return wallParts(Math.floor(wall));
}
