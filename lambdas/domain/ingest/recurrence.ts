/**
 * RRULE expansion (RFC 5545 §3.3.10) over wall-clock seconds, bounded by a time window rather than
 * by a count of occurrences: periods are visited from the one that contains the window's start (or
 * from DTSTART when COUNT needs counting) until the window's end, each period's work is bounded,
 * and all of it is spent from the parse's {@link WorkBudget}. A rule that can never match (BYMONTH=2
 * with BYMONTHDAY=30) therefore ends when the window does, instead of searching forever.
 */
import type { WorkBudget } from "./budget";
import {
  civilFromDays,
  daysFromCivil,
  daysInMonth,
  daysInYear,
  isoWeekday,
  SECONDS_PER_DAY,
  wallParts,
} from "./civil";

import {
  DAILY,
  HOURLY,
  MINUTELY,
  MONTHLY,
  type RecurrenceRule,
  SECONDLY,
  WEEKLY,
  type WeekdayRule,
  YEARLY,
} from "./recurrence-rule";

/** The first day of week 1 of `year` (the first week with at least four days in it). */
function firstWeekStart(year: number, weekStart: number): number {
  const jan1 = daysFromCivil(year, 1, 1);
  const offset = (isoWeekday(jan1) - weekStart + 7) % 7;
  return 7 - offset >= 4 ? jan1 - offset : jan1 - offset + 7;
}

/** Whether day `day` falls in one of the listed week numbers of its week-numbering year. */
function inWeekNumbers(day: number, weeks: readonly number[], weekStart: number): boolean {
  let { year } = civilFromDays(day);
  let start = firstWeekStart(year, weekStart);
  if (day < start) start = firstWeekStart(--year, weekStart);
  else {
    const next = firstWeekStart(year + 1, weekStart);
    if (day >= next) {
      year++;
      start = next;
    }
  }
  const weeksInYear = (firstWeekStart(year + 1, weekStart) - start) / 7;
  const week = Math.floor((day - start) / 7) + 1;
  return weeks.includes(week) || weeks.includes(week - weeksInYear - 1);
}

/** The nth weekday days of [first, last]: "2MO" is the second Monday, "-1FR" the last Friday. */
function nthWeekdays(first: number, last: number, rules: readonly WeekdayRule[], into: Set<number>): void {
  for (const { weekday, ordinal } of rules) {
    if (ordinal > 0) {
      const day = first + ((weekday - isoWeekday(first) + 7) % 7) + (ordinal - 1) * 7;
      if (day <= last) into.add(day);
    } else if (ordinal < 0) {
      const day = last - ((isoWeekday(last) - weekday + 7) % 7) + (ordinal + 1) * 7;
      if (day >= first) into.add(day);
    }
  }
}

export interface Window {
  /** Wall seconds; occurrences before it are not yielded. */
  readonly from: number;
  /** Wall seconds; expansion stops after it. */
  readonly to: number;
}

/**
 * Occurrences of `rule` starting at `start` (wall seconds), in order, inside `window`. DTSTART
 * itself is the first occurrence (and counts toward COUNT) even when the rule would not produce it.
 * `untilWall` turns a UTC UNTIL into this event's wall time.
 */
export function* expandRule(
  rule: RecurrenceRule,
  start: number,
  window: Window,
  budget: WorkBudget,
  untilWall: (utcSeconds: number) => number = (seconds) => seconds,
): Generator<number> {
  const until = rule.until ? (rule.until.utc ? untilWall(rule.until.seconds) : rule.until.seconds) : null;
  const limit = until === null ? window.to : Math.min(window.to, until);
  if (start >= window.from && start <= limit) yield start;
  if (rule.impossible || start > limit) return;
  let emitted = 1;
  if (rule.count !== null && emitted >= rule.count) return;

  const { freq, interval } = rule;
  const s = wallParts(start);
  const startDay = Math.floor(start / SECONDS_PER_DAY);
  let byMonth = rule.byMonth;
  let byMonthDay = rule.byMonthDay;
  // Ordinals ("2MO") count only within a month or a year; elsewhere they mean every such weekday.
  const ordinalsCount = freq === MONTHLY || freq === YEARLY;
  const byDay = rule.byDay ?? [];
  let nthDays: WeekdayRule[] | null = ordinalsCount ? byDay.filter((entry) => entry.ordinal !== 0) : [];
  let plainDays: number[] | null = [
    ...new Set(byDay.filter((entry) => !ordinalsCount || entry.ordinal === 0).map((entry) => entry.weekday)),
  ];
  if (nthDays.length === 0) nthDays = null;
  if (plainDays.length === 0) plainDays = null;
  if (!rule.byWeekNo && !rule.byYearDay && !rule.byMonthDay && !rule.byDay) {
    if (freq === YEARLY) {
      byMonth ??= [s.month];
      byMonthDay = [s.day];
    } else if (freq === MONTHLY) byMonthDay = [s.day];
    else if (freq === WEEKLY) plainDays = [isoWeekday(startDay)];
  }
  const byHour = rule.byHour ?? (freq < HOURLY ? [s.hour] : null);
  const byMinute = rule.byMinute ?? (freq < MINUTELY ? [s.minute] : null);
  const bySecond = rule.bySecond ?? (freq < SECONDLY ? [s.second] : null);
  const { byYearDay, byWeekNo, bySetPos, weekStart } = rule;

  /** Day-level filter shared by every frequency; `nth` holds the period's nth-weekday days. */
  const dayMatches = (
    day: number,
    nth: Set<number> | null,
    date: { readonly year: number; readonly month: number; readonly day: number } = civilFromDays(day),
  ): boolean => {
    if (byMonth && !byMonth.includes(date.month)) return false;
    if (byWeekNo && !inWeekNumbers(day, byWeekNo, weekStart)) return false;
    if (byYearDay) {
      const yearDay = day - daysFromCivil(date.year, 1, 1) + 1;
      if (!byYearDay.includes(yearDay) && !byYearDay.includes(yearDay - daysInYear(date.year) - 1))
        return false;
    }
    if (byMonthDay) {
      const length = daysInMonth(date.year, date.month);
      if (!byMonthDay.includes(date.day) && !byMonthDay.includes(date.day - length - 1)) return false;
    }
    if (plainDays || nthDays) {
      const weekday = isoWeekday(day);
      if (!plainDays?.includes(weekday) && !nth?.has(day)) return false;
    }
    return true;
  };

  // Times of day for frequencies of a day or longer: every BYHOUR × BYMINUTE × BYSECOND.
  const dailyTimes: number[] = [];
  if (freq <= DAILY) {
    for (const hour of byHour ?? [])
      for (const minute of byMinute ?? [])
        for (const second of bySecond ?? []) dailyTimes.push(hour * 3600 + minute * 60 + second);
    dailyTimes.sort((a, b) => a - b);
    budget.spend(dailyTimes.length, "a repeating event");
    if (dailyTimes.length === 0) return;
  }

  const startMonthIndex = s.year * 12 + (s.month - 1);
  const weekStart0 = startDay - ((isoWeekday(startDay) - weekStart + 7) % 7);
  const subDailyStep = freq === HOURLY ? 3600 : freq === MINUTELY ? 60 : 1;
  const subDailyStart =
    freq === HOURLY ? start - (start % 3600) : freq === MINUTELY ? start - (start % 60) : start;
  // Without COUNT nothing before the window matters: jump to the period holding its start.
  let period = 0;
  if (rule.count === null && window.from > start) {
    const fromDay = Math.floor(window.from / SECONDS_PER_DAY);
    const from = civilFromDays(fromDay);
    const periodsBefore =
      freq === YEARLY
        ? (from.year - s.year) / interval
        : freq === MONTHLY
          ? (from.year * 12 + from.month - 1 - startMonthIndex) / interval
          : freq === WEEKLY
            ? (fromDay - weekStart0) / (7 * interval)
            : freq === DAILY
              ? (fromDay - startDay) / interval
              : (window.from - subDailyStart) / (subDailyStep * interval);
    period = Math.max(0, Math.floor(periodsBefore) - 1);
  }

  const candidates: number[] = [];
  for (; ; period++) {
    budget.spend(1, "a repeating event");
    candidates.length = 0;
    let periodStart: number;
    if (freq <= DAILY) {
      let firstDay: number;
      let lastDay: number;
      let nth: Set<number> | null = null;
      if (freq === YEARLY) {
        const year = s.year + period * interval;
        if (year > 9999) return;
        firstDay = daysFromCivil(year, 1, 1);
        lastDay = daysFromCivil(year, 12, 31);
        if (nthDays) {
          nth = new Set();
          if (byMonth)
            for (const month of byMonth)
              nthWeekdays(
                daysFromCivil(year, month, 1),
                daysFromCivil(year, month, daysInMonth(year, month)),
                nthDays,
                nth,
              );
          else nthWeekdays(firstDay, lastDay, nthDays, nth);
        }
      } else if (freq === MONTHLY) {
        const index = startMonthIndex + period * interval;
        const year = Math.floor(index / 12);
        const month = (index % 12) + 1;
        if (year > 9999) return;
        firstDay = daysFromCivil(year, month, 1);
        lastDay = firstDay + daysInMonth(year, month) - 1;
        if (nthDays) {
          nth = new Set();
          nthWeekdays(firstDay, lastDay, nthDays, nth);
        }
      } else if (freq === WEEKLY) {
        firstDay = weekStart0 + period * 7 * interval;
        lastDay = firstDay + 6;
      } else {
        firstDay = startDay + period * interval;
        lastDay = firstDay;
      }
      periodStart = firstDay * SECONDS_PER_DAY;
      if (periodStart > limit || firstDay > 2_932_896 /* 9999-12-31 */) return;
      if (freq === YEARLY || freq === MONTHLY) {
        // Month by month, so each day's date is known without converting it; a yearly rule limited
        // to some months looks at those months only.
        const { year, month: firstMonth } = civilFromDays(firstDay);
        const months =
          freq === MONTHLY
            ? [firstMonth]
            : byMonth && !byWeekNo && !byYearDay
              ? byMonth
              : [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12];
        for (const month of months) {
          const length = daysInMonth(year, month);
          const monthStart = daysFromCivil(year, month, 1);
          budget.spend(length, "a repeating event");
          for (let dayOfMonth = 1; dayOfMonth <= length; dayOfMonth++) {
            const day = monthStart + dayOfMonth - 1;
            if (!dayMatches(day, nth, { year, month, day: dayOfMonth })) continue;
            for (const time of dailyTimes) candidates.push(day * SECONDS_PER_DAY + time);
          }
        }
      } else {
        budget.spend(lastDay - firstDay + 1, "a repeating event");
        for (let day = firstDay; day <= lastDay; day++) {
          if (!dayMatches(day, nth)) continue;
          for (const time of dailyTimes) candidates.push(day * SECONDS_PER_DAY + time);
        }
      }
      budget.spend(candidates.length, "a repeating event");
    } else {
      periodStart = subDailyStart + period * subDailyStep * interval;
      if (periodStart > limit) return;
      const day = Math.floor(periodStart / SECONDS_PER_DAY);
      // A period that fails a filter skips to the first period of the next day, hour or minute.
      const skipTo = (wall: number) => {
        period = Math.max(period, Math.ceil((wall - subDailyStart) / (subDailyStep * interval)) - 1);
      };
      if (!dayMatches(day, null)) {
        skipTo((day + 1) * SECONDS_PER_DAY);
        continue;
      }
      const rest = periodStart - day * SECONDS_PER_DAY;
      const hour = Math.floor(rest / 3600);
      const minute = Math.floor((rest % 3600) / 60);
      const second = rest % 60;
      if (byHour && !byHour.includes(hour)) {
        skipTo(periodStart - (rest % 3600) + 3600);
        continue;
      }
      if (freq >= MINUTELY && byMinute && !byMinute.includes(minute)) {
        skipTo(periodStart - (rest % 60) + 60);
        continue;
      }
      if (freq === SECONDLY && bySecond && !bySecond.includes(second)) continue;
      const minutes = freq === HOURLY ? (byMinute ?? [minute]) : [minute];
      const seconds = freq === SECONDLY ? [second] : (bySecond ?? [second]);
      for (const m of minutes)
        for (const sec of seconds) candidates.push(day * SECONDS_PER_DAY + hour * 3600 + m * 60 + sec);
      budget.spend(candidates.length, "a repeating event");
    }
    let chosen: number[] = candidates;
    if (bySetPos && candidates.length > 0) {
      const picked = new Set<number>();
      for (const position of bySetPos) {
        const value = position > 0 ? candidates[position - 1] : candidates[candidates.length + position];
        if (value !== undefined) picked.add(value);
      }
      chosen = [...picked].sort((a, b) => a - b);
    }
    for (const occurrence of chosen) {
      if (occurrence <= start) continue;
      if (occurrence > limit) return;
      emitted++;
      if (occurrence >= window.from) yield occurrence;
      if (rule.count !== null && emitted >= rule.count) return;
    }
  }
}
