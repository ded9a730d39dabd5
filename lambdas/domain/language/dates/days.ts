/**
 * The days our own rules read, where no parser does or where chrono reads them otherwise: holiday
 * periods and named days, parts of a month, "octubre 15", this month's end and next week's days,
 * numeric dates in the writer's order, a bare day of the month, "übermorgen", "in zwei Wochen".
 */
import { DateTime } from "luxon";
import type { Lang } from "../lang";
import type { DateLexicon } from "../lexicon";
import { LEXICONS } from "../lexicons";
import { fold } from "../phrases";
import { type Prepared, prepared } from "./patterns";
import { aroundPeriod, besideDay, namedDay, vacationAt } from "./periods";
import type { ReadDateOptions } from "./types";

export interface Found {
  readonly index: number;
  readonly length: number;
  /** Zone-local day, 00:00. */
  readonly day: DateTime;
}

/** The first of `found`; where two start together the longer ("dopo il weekend lungo"). */
function firstFound(found: ReadonlyArray<Found | null>): Found | null {
  return (
    found
      .filter((one): one is Found => one !== null)
      .sort((a, b) => a.index - b.index || b.length - a.length)[0] ?? null
  );
}

/** "after the holidays", "avant Noël", "hasta después de Semana Santa". */
function holidayPeriod(folded: string, ready: Prepared, options: ReadDateOptions, now: DateTime) {
  return firstFound(
    ready.periods.map(({ period: named, side, pattern }) => {
      const period = named === "vacation" ? vacationAt(now) : named;
      const match = pattern.exec(folded);
      if (!period || !match) return null;
      return {
        index: match.index,
        length: match[0].length,
        day: aroundPeriod(period, side, now, options.calendar),
      };
    }),
  );
}

/** "thanksgiving", "nach Fronleichnam", "avant la Toussaint": the day, or the working day beside it. */
function namedDayFound(folded: string, ready: Prepared, options: ReadDateOptions, now: DateTime) {
  return firstFound(
    ready.namedDays.map(({ rule, pattern }) => {
      const match = pattern.exec(folded);
      const day = match ? namedDay(rule, now, options.forward) : null;
      if (!match || !day) return null;
      const side = match[1] ? "after" : match[2] ? "before" : null;
      return {
        index: match.index,
        length: match[0].length,
        day: side ? besideDay(day, side, options.calendar) : day,
      };
    }),
  );
}

/** The day a part of the month starting on `first` names: its 1st, its 15th, or its last day. */
function partOfMonth(part: "early" | "mid" | "late", first: DateTime): DateTime {
  if (part === "early") return first;
  return part === "mid" ? first.set({ day: 15 }) : first.endOf("month").startOf("day");
}

/**
 * "mid January", "Mitte März", "mediados de enero": the 15th; "Anfang März", "early May": the
 * 1st; "fin mai", "end of June": the last day.
 */
function midMonth(folded: string, ready: Prepared, options: ReadDateOptions, now: DateTime) {
  return firstFound(
    ready.mids.map(({ part, month, pattern }) => {
      const match = pattern.exec(folded);
      if (!match) return null;
      const first = inMonth(month, 1, options, now);
      return { index: match.index, length: match[0].length, day: partOfMonth(part, first) };
    }),
  );
}

/** "octubre 15", "Sept 3rd": the day of that month, the next one when `forward`. */
function monthDay(folded: string, ready: Prepared, options: ReadDateOptions, now: DateTime) {
  return firstFound(
    ready.monthDays.map(({ month, pattern }) => {
      const match = pattern.exec(folded);
      const date = match ? inMonth(month, Number(match[1]), options, now) : null;
      // "Dec 4" said on Dec 6, ahead: next year's.
      const day = date && options.forward && date < now.startOf("day") ? date.plus({ years: 1 }) : date;
      return match && day?.isValid ? { index: match.index, length: match[0].length, day } : null;
    }),
  );
}

/** Day `day` of `month`, this year or (`forward`, the month past) next. */
function inMonth(month: number, day: number, options: ReadDateOptions, now: DateTime): DateTime {
  const year = options.forward && month < now.month ? now.year + 1 : now.year;
  return DateTime.fromObject({ year, month, day }, { zone: now.zone });
}

/**
 * "fin de mes", "Ende des Monats": the part of this month; "Freitag in einer Woche", "fim da
 * semana que vem": of next week; "la semana que viene" alone: a week from today; "end of the
 * week": this week's Friday. Read `forward`, a part of this month already past is next month's
 * ("mid-month" on the 25th: the 15th to come).
 */
function thisMonthOrNextWeek(folded: string, ready: Prepared, now: DateTime, forward: boolean): Found | null {
  const today = now.startOf("day");
  const found: Found[] = [];
  for (const { part, pattern } of ready.thisMonth) {
    const match = pattern.exec(folded);
    if (!match) continue;
    // Read ahead, a part of the month already past is next month's ("a mediados de mes" on the 25th).
    const day = partOfMonth(part, today.startOf("month"));
    found.push({
      index: match.index,
      length: match[0].length,
      day: forward && day < today ? partOfMonth(part, today.startOf("month").plus({ months: 1 })) : day,
    });
  }
  const nextWeek = today.plus({ weeks: 1 });
  for (const { weekday, pattern } of ready.weekdayNextWeek) {
    const match = pattern.exec(folded);
    if (match) found.push({ index: match.index, length: match[0].length, day: nextWeek.set({ weekday }) });
  }
  const week = ready.nextWeekAlone.exec(folded);
  if (week) found.push({ index: week.index, length: week[0].length, day: nextWeek });
  const thisWeek = ready.thisWeekPart.exec(folded);
  if (thisWeek)
    found.push({
      index: thisWeek.index,
      length: thisWeek[0].length,
      day: today.set({ weekday: thisWeek[1] ? 1 : 5 }),
    });
  const part = ready.nextWeekPart.exec(folded);
  if (part)
    found.push({
      index: part.index,
      length: part[0].length,
      day: nextWeek.set({ weekday: part[1] ? 1 : 5 }),
    });
  return found.sort((a, b) => a.index - b.index || b.length - a.length)[0] ?? null;
}

/** "12/16", "16/12/2026", "16.12.": undefined when the order cannot be known (then nothing is read). */
function numericDate(
  folded: string,
  lexicon: DateLexicon,
  options: ReadDateOptions,
  now: DateTime,
): Found | null | undefined {
  const match = /(?<![\d/.:])(\d{1,2})([/.])(\d{1,2})(?:\2(\d{4}|\d{2}))?(?![\d/:]|\.\d)/.exec(folded);
  if (!match?.[1] || !match[3]) return null;
  const a = Number(match[1]);
  const b = Number(match[3]);
  // "3.5 hours", "10.30" (a time): a dot without a year reads as a date only when it ends in a dot.
  if (match[2] === "." && !match[4] && folded[match.index + match[0].length] !== ".") return null;
  const order = options.numericOrder === undefined ? lexicon.numericOrder : options.numericOrder;
  let month: number;
  let day: number;
  if (a > 12 && b <= 12) [day, month] = [a, b];
  else if (b > 12 && a <= 12) [month, day] = [a, b];
  else if (order === null) return undefined;
  else [month, day] = order === "month-first" ? [a, b] : [b, a];
  if (month < 1 || month > 12 || day < 1 || day > 31) return null;
  const written = match[4] ? Number(match[4].length === 2 ? `20${match[4]}` : match[4]) : null;
  let value = DateTime.fromObject({ year: written ?? now.year, month, day }, { zone: now.zone });
  if (!value.isValid) return null;
  if (written === null && options.forward && value < now.startOf("day")) value = value.plus({ years: 1 });
  return { index: match.index, length: match[0].length, day: value };
}

/**
 * "the 17th", "am 17.", "le 17", "el 17" (not "2nd round"): the next such day on or after today,
 * or, not `forward`, the closest one ("the interview was on the 3rd").
 */
function bareDay(folded: string, ready: Prepared, now: DateTime, forward: boolean): Found | null {
  const match = ready.bareDay.exec(folded);
  const day = Number(match?.[1]);
  if (!match || !(day >= 1 && day <= 31)) return null;
  const today = now.startOf("day");
  // "friday the 11th", "jueves 11": the month in which the 11th is a Friday, within the year.
  const around = folded.slice(Math.max(0, match.index - 14), match.index + match[0].length);
  const weekday = ready.weekdayNames.findIndex((names) => names.test(around)) + 1;
  const distance = (candidate: DateTime) => Math.abs(candidate.diff(today, "days").days);
  const pick = (months: readonly number[], agree: boolean) => {
    const candidates = months
      .map((count) => today.plus({ months: count }).set({ day }))
      .filter(
        (candidate) =>
          candidate.day === day &&
          (!forward || candidate >= today) &&
          (!agree || candidate.weekday === weekday),
      );
    return forward ? candidates[0] : candidates.sort((a, b) => distance(a) - distance(b))[0];
  };
  // No month agrees with the weekday: the day of the month as written.
  const best =
    (weekday > 0 ? pick([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, -1, -2, -3], true) : undefined) ??
    pick([0, 1, 2, -1], false);
  return best ? { index: match.index, length: match[0].length, day: best } : null;
}

/** The weekday (1 Monday … 7 Sunday) `text` names last, 0 when none: "na quinta", "le jeudi". */
export function namedWeekday(text: string, lang: Lang): number {
  const folded = fold(text);
  let best = { weekday: 0, index: -1 };
  prepared(lang).weekdayNames.forEach((pattern, index) => {
    const at = folded.search(pattern);
    if (at > best.index) best = { weekday: index + 1, index: at };
  });
  return best.weekday;
}

/** Whether `text` names a bare day of the month ("the 3rd", "el 6", "dia 20"). */
export function namesBareDay(text: string, lang: Lang): boolean {
  return prepared(lang).bareDay.test(fold(text));
}

/** "übermorgen", "pasado mañana", "gisteravond": the day that many days from today; the longest first. */
function dayOffset(folded: string, ready: Prepared, now: DateTime): Found | null {
  let best: Found | null = null;
  for (const [pattern, days] of ready.offsets) {
    const match = pattern.exec(folded);
    if (
      match &&
      (!best || match.index < best.index || (match.index === best.index && match[0].length > best.length))
    )
      best = { index: match.index, length: match[0].length, day: now.startOf("day").plus({ days }) };
  }
  return best;
}

/** "in zwei Wochen", "dans une semaine", "daqui 3 dias", "tra una settimana": that span from today. */
function span(
  folded: string,
  ready: Prepared,
  lexicon: DateLexicon,
  now: DateTime,
  bare = false,
): Found | null {
  const match = ready.span.exec(folded) ?? (bare ? ready.bareSpan.exec(folded) : null);
  const count = match?.[1];
  if (!match || !count) return null;
  const amount = /\d/.test(count)
    ? Number(count)
    : lexicon.numbers.findIndex((words) => words.map(fold).includes(count)) + 1;
  if (amount < 1) return null;
  const unit = match[2] ? "days" : match[3] ? "weeks" : "months";
  return { index: match.index, length: match[0].length, day: now.startOf("day").plus({ [unit]: amount }) };
}

/**
 * The first day our own rules read in `folded` (folded text; `now` in the text's zone): null when
 * none, undefined when a numeric date could be either order and the writer's is unknown.
 */
export function ownDay(folded: string, options: ReadDateOptions, now: DateTime): Found | null | undefined {
  const lexicon = LEXICONS[options.lang];
  const ready = prepared(options.lang);
  const numeric = numericDate(folded, lexicon, options, now);
  if (numeric === undefined) return undefined;
  return firstFound([
    holidayPeriod(folded, ready, options, now),
    namedDayFound(folded, ready, options, now),
    monthDay(folded, ready, options, now),
    midMonth(folded, ready, options, now),
    thisMonthOrNextWeek(folded, ready, now, options.forward),
    numeric,
    bareDay(folded, ready, now, options.forward),
    dayOffset(folded, ready, now),
    span(folded, ready, lexicon, now, options.bareSpan === true),
  ]);
}
