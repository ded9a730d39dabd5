/**
 * Date mentions in text: "Tuesday, December 1, 2026", "1 Dec", "01/12/2026" (day or month first by
 * the sender's habits and country), "tomorrow", "next Tuesday". Every date is a wall-clock day
 * number (./civil).
 */
import { civilFromDays, daysFromCivil, isoWeekday, isRealDate, shortDate } from "./civil";
import {
  DAY_FIRST,
  MONTH_FIRST,
  monthNumber,
  NUMERIC,
  NUMERIC_BEFORE_TIME,
  NUMERIC_SHORT,
  RELATIVE,
  WEEKDAY_ALONE,
  WEEKDAY_THE_DAY,
  weekdayNumber,
} from "./date-words";
import type { LocaleCues } from "./locale-cues";

export interface DateMention {
  readonly index: number;
  readonly end: number;
  readonly text: string;
  /** A definite day number, when the text names one. */
  readonly day: number | null;
  /** For relative words: how to get the day from the written date. */
  readonly relative:
    | { readonly kind: "offset"; readonly days: number }
    | { readonly kind: "weekday"; readonly weekday: number; readonly modifier: string | null }
    | null;
  /** A weekday written beside a date, to check it. */
  readonly weekday: number | null;
  /** Why the day is unclear (day/month order unknown, weekday disagrees). */
  readonly problem: string | null;
  /** How an ambiguous numeric date was read, for the user. */
  readonly note: string | null;
}

function yearFor(month: number, day: number, written: number): number {
  const { year } = civilFromDays(written);
  // The nearest such date that is not well before the message was written.
  for (const candidate of [year, year + 1])
    if (isRealDate(candidate, month, day) && daysFromCivil(candidate, month, day) >= written - 31)
      return candidate;
  return year + 1;
}

function fullYear(text: string | undefined): number | null {
  if (!text) return null;
  const value = Number(text);
  return text.length === 2 ? 2000 + value : value;
}

function datedMention(
  match: RegExpMatchArray,
  weekdayText: string | undefined,
  year: number | null,
  month: number,
  day: number,
  written: number,
  note: string | null = null,
): DateMention | null {
  const actualYear = year ?? yearFor(month, day, written);
  const index = match.index ?? 0;
  const weekday = weekdayText ? weekdayNumber(weekdayText) : null;
  if (!isRealDate(actualYear, month, day)) return null;
  const days = daysFromCivil(actualYear, month, day);
  const text = match[0].trim();
  return {
    index,
    end: index + match[0].length,
    text,
    relative: null,
    note,
    day: days,
    weekday,
    problem:
      weekday && isoWeekday(days) !== weekday
        ? `“${text}” does not add up: ${shortDate(days)} is not a ${weekdayText}`
        : null,
  };
}

/** Every date mention in the text, earliest first; overlapping readings keep the longest. */
export function findDates(text: string, writtenDay: number, cues: LocaleCues): DateMention[] {
  const mentions: DateMention[] = [];
  for (const match of text.matchAll(MONTH_FIRST)) {
    const mention = datedMention(
      match,
      match[1],
      fullYear(match[4]),
      monthNumber(match[2] ?? ""),
      Number(match[3]),
      writtenDay,
    );
    if (mention) mentions.push(mention);
  }
  for (const match of text.matchAll(DAY_FIRST)) {
    const mention = datedMention(
      match,
      match[1],
      fullYear(match[4]),
      monthNumber(match[3] ?? ""),
      Number(match[2]),
      writtenDay,
    );
    if (mention) mentions.push(mention);
  }
  for (const match of text.matchAll(NUMERIC)) {
    const mention = numericMention(
      match,
      match[1],
      match[2] ?? "",
      match[3] ?? "/",
      match[4] ?? "",
      match[5] ?? "",
      writtenDay,
      cues,
    );
    if (mention) mentions.push(mention);
  }
  for (const match of text.matchAll(NUMERIC_SHORT)) {
    const mention = numericMention(
      match,
      match[1],
      match[2] ?? "",
      "/",
      match[3] ?? "",
      "",
      writtenDay,
      cues,
    );
    if (mention) mentions.push(mention);
  }
  for (const match of text.matchAll(NUMERIC_BEFORE_TIME)) {
    const mention = numericMention(
      match,
      undefined,
      match[1] ?? "",
      "/",
      match[2] ?? "",
      "",
      writtenDay,
      cues,
    );
    if (mention) mentions.push(mention);
  }
  for (const match of text.matchAll(WEEKDAY_THE_DAY)) {
    const mention = weekdayTheDay(match, writtenDay);
    if (mention) mentions.push(mention);
  }
  for (const match of text.matchAll(RELATIVE)) {
    const word = (match[1] ?? "").toLowerCase();
    const days = word === "tomorrow" ? 1 : word === "day after tomorrow" ? 2 : 0;
    const index = match.index ?? 0;
    mentions.push({
      index,
      end: index + match[0].length,
      text: match[0],
      day: null,
      relative: { kind: "offset", days },
      weekday: null,
      problem: null,
      note: null,
    });
  }
  for (const match of text.matchAll(WEEKDAY_ALONE)) {
    const index = match.index ?? 0;
    // Abbreviations count only capitalised ("Sat" is a day, "sat" a verb).
    if (match[4] && !/^[A-Z]/.test(match[4])) continue;
    // "Mon-Fri" and "Monday to Friday" are hours, not a day.
    if (
      /^\s*(?:-|to|through|thru)\s*(?:mon|tue|wed|thu|fri|sat|sun)/i.test(
        text.slice(index + match[0].length, index + match[0].length + 14),
      )
    )
      continue;
    if (
      /(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?\s*(?:-|to|through|thru)\s*$/i.test(
        text.slice(Math.max(0, index - 14), index),
      )
    )
      continue;
    mentions.push({
      index,
      end: index + match[0].length,
      text: match[0].trim(),
      day: null,
      relative: {
        kind: "weekday",
        weekday: weekdayNumber(match[2] ?? match[4] ?? ""),
        modifier: (match[1] ?? match[3])?.toLowerCase() ?? null,
      },
      weekday: null,
      problem: null,
      note: null,
    });
  }
  // Keep the longest of overlapping mentions ("Tuesday" inside "Tuesday, December 1").
  mentions.sort((a, b) => a.index - b.index || b.end - a.end);
  const kept: DateMention[] = [];
  for (const mention of mentions) {
    const previous = kept.at(-1);
    if (previous && mention.index < previous.end) {
      if (mention.end - mention.index > previous.end - previous.index) kept[kept.length - 1] = mention;
      continue;
    }
    kept.push(mention);
  }
  return kept;
}

/** "Monday the 7th": the next day of the month numbered so that falls on that weekday (within a year). */
function weekdayTheDay(match: RegExpMatchArray, writtenDay: number): DateMention | null {
  const weekday = weekdayNumber(match[1] ?? "");
  const dayOfMonth = Number(match[2]);
  const { year, month } = civilFromDays(writtenDay);
  for (let ahead = 0; ahead < 12; ahead++) {
    const candidateMonth = ((month - 1 + ahead) % 12) + 1;
    const candidateYear = year + Math.floor((month - 1 + ahead) / 12);
    if (!isRealDate(candidateYear, candidateMonth, dayOfMonth)) continue;
    const day = daysFromCivil(candidateYear, candidateMonth, dayOfMonth);
    if (day >= writtenDay && isoWeekday(day) === weekday)
      return datedMention(match, undefined, candidateYear, candidateMonth, dayOfMonth, writtenDay);
  }
  return null;
}

function numericMention(
  match: RegExpMatchArray,
  weekdayText: string | undefined,
  first: string,
  separator: string,
  second: string,
  third: string,
  writtenDay: number,
  cues: LocaleCues,
): DateMention | null {
  const a = Number(first);
  const b = Number(second);
  if (first.length === 4) {
    // 2026-12-01
    return third.length === 2 && isRealDate(a, b, Number(third))
      ? datedMention(match, weekdayText, a, b, Number(third), writtenDay)
      : null;
  }
  if (first.length === 3) return null;
  const year = fullYear(third || undefined);
  if (year !== null && (year < 1900 || year > 2200)) return null;
  const dayFirst = separator === "." ? true : a > 12 ? true : b > 12 ? false : a === b ? true : null;
  if (dayFirst !== null)
    return datedMention(match, weekdayText, year, dayFirst ? b : a, dayFirst ? a : b, writtenDay);
  // Both readings are dates: a weekday beside it decides, then the message's habits.
  const asDayFirst = datedMention(match, weekdayText, year, b, a, writtenDay);
  const asMonthFirst = datedMention(match, weekdayText, year, a, b, writtenDay);
  if (weekdayText) {
    if (asDayFirst && !asDayFirst.problem && asMonthFirst?.problem) return asDayFirst;
    if (asMonthFirst && !asMonthFirst.problem && asDayFirst?.problem) return asMonthFirst;
  }
  // An invitation is for the coming months: a reading that has passed is not meant; one most of a
  // year away is unlikely, unless the sender's own habits say so ("4/6/2027" from a UK sender).
  // Without a year, a reading next year means this year's has passed ("12/10" in November).
  const upcoming = (mention: DateMention | null) =>
    mention?.day != null &&
    !mention.problem &&
    mention.day >= writtenDay - 1 &&
    (year !== null || mention.day <= writtenDay + 300);
  const soon = (mention: DateMention | null) => upcoming(mention) && (mention?.day ?? 0) <= writtenDay + 180;
  const strongCues = cues.dayFirst !== null && !cues.weak;
  for (const [test, strong] of [
    [upcoming, true],
    [soon, !strongCues],
  ] as const) {
    if (!strong || test(asDayFirst) === test(asMonthFirst)) continue;
    const chosen = test(asDayFirst) ? asDayFirst : asMonthFirst;
    const other = chosen === asDayFirst ? asMonthFirst : asDayFirst;
    if (chosen?.day != null)
      return {
        ...chosen,
        note: `I read “${match[0].trim()}” as ${shortDate(chosen.day)}${other?.day != null ? ` (not ${shortDate(other.day)}, which is not in the coming months)` : ""}`,
      };
  }
  if (cues.dayFirst === null) {
    const index = match.index ?? 0;
    return {
      index,
      end: index + match[0].length,
      text: match[0].trim(),
      day: asMonthFirst?.day ?? null,
      relative: null,
      weekday: null,
      problem: `“${match[0].trim()}” could be ${asMonthFirst?.day ? shortDate(asMonthFirst.day) : "?"} or ${asDayFirst?.day ? shortDate(asDayFirst.day) : "?"}`,
      note: null,
    };
  }
  const chosen = cues.dayFirst ? asDayFirst : asMonthFirst;
  if (!chosen) return null;
  return {
    ...chosen,
    note:
      chosen.day !== null
        ? `I read “${match[0].trim()}” as ${shortDate(chosen.day)} (${cues.dayFirst ? "day" : "month"} first, as ${cues.because})`
        : null,
  };
}
