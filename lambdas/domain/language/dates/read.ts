/**
 * Reads a date or time from a short text in any of our languages: chrono-node's parser for the
 * language, inside our own bounds and rules for what no parser knows — meeting hours ("at 3" is
 * 15:00), a bare day of the month ("the 17th"), "mid January", holiday periods ("after the
 * holidays", "nach Ostern"), numeric dates in the writer's order ("12/16", "16.12.").
 */
import { DateTime } from "luxon";
import { cachedZone } from "../../zones";
import type { Lang } from "../lang";
import type { DateLexicon } from "../lexicon";
import { LEXICONS } from "../lexicons";
import { fold, table } from "../phrases";
import { parseDates } from "./chrono";
import { type Prepared, prepared } from "./patterns";
import { aroundPeriod, besideDay, namedDay } from "./periods";
import { type ClockTime, meetingHour, readTime } from "./times";
import type { DateReading, ReadDateOptions } from "./types";

/** chrono costs about 0.75 ms per KB: a reply's date is in its first lines. */
const MAX_INPUT = 400;

interface Found {
  readonly index: number;
  readonly length: number;
  /** Zone-local day, 00:00. */
  readonly day: DateTime;
}

/** "after the holidays", "avant Noël", "hasta después de Semana Santa". */
function holidayPeriod(
  folded: string,
  ready: Prepared,
  options: ReadDateOptions,
  now: DateTime,
): Found | null {
  let best: Found | null = null;
  for (const { period, side, pattern } of ready.periods) {
    const match = pattern.exec(folded);
    if (match && (!best || match.index < best.index))
      best = {
        index: match.index,
        length: match[0].length,
        day: aroundPeriod(period, side, now, options.calendar),
      };
  }
  return best;
}

/** "thanksgiving", "nach Fronleichnam", "avant la Toussaint": the day, or the working day beside it. */
function namedDayFound(
  folded: string,
  ready: Prepared,
  options: ReadDateOptions,
  now: DateTime,
): Found | null {
  let best: Found | null = null;
  for (const { rule, pattern } of ready.namedDays) {
    const match = pattern.exec(folded);
    if (!match || (best && best.index <= match.index)) continue;
    const day = namedDay(rule, now, options.forward);
    if (!day) continue;
    const side = match[1] ? "after" : match[2] ? "before" : null;
    best = {
      index: match.index,
      length: match[0].length,
      day: side ? besideDay(day, side, options.calendar) : day,
    };
  }
  return best;
}

/** The next `month` (1–12) on or after this one, this year or next. */
function nextMonth(month: number, now: DateTime, forward: boolean): number {
  return forward && month < now.month ? now.year + 1 : now.year;
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
function midMonth(folded: string, ready: Prepared, options: ReadDateOptions, now: DateTime): Found | null {
  let best: Found | null = null;
  for (const { part, month, pattern } of ready.mids) {
    const match = pattern.exec(folded);
    if (!match || (best && best.index <= match.index)) continue;
    const first = DateTime.fromObject(
      { year: nextMonth(month, now, options.forward), month, day: 1 },
      { zone: now.zone },
    );
    best = { index: match.index, length: match[0].length, day: partOfMonth(part, first) };
  }
  return best;
}

/**
 * "fin de mes", "Ende des Monats": the part of this month; "Freitag in einer Woche", "fim da
 * semana que vem": of next week; "la semana que viene" alone: a week from today; "end of the
 * week": this week's Friday.
 */
function thisMonthOrNextWeek(folded: string, ready: Prepared, now: DateTime): Found | null {
  const today = now.startOf("day");
  const found: Found[] = [];
  for (const { part, pattern } of ready.thisMonth) {
    const match = pattern.exec(folded);
    if (match)
      found.push({
        index: match.index,
        length: match[0].length,
        day: partOfMonth(part, today.startOf("month")),
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

/** A clock time written just after a day: "um 14:00", "às 15h", "at 3", "2:15pm", "halb elf". */
function timeAfter(folded: string, from: number, ready: Prepared, lexicon: DateLexicon) {
  return readTime(folded.slice(from, from + 40), ready, lexicon);
}

function chronoReading(text: string, lang: Lang, options: ReadDateOptions, now: DateTime) {
  const ready = prepared(lang);
  // "segunda fase": an ordinal, no Monday; blanked where it is (fold keeps the text's length).
  let written = "";
  let from = 0;
  for (const match of ready.ordinal ? fold(text).matchAll(ready.ordinal) : []) {
    written += text.slice(from, match.index) + " ".repeat(match[0].length);
    from = match.index + match[0].length;
  }
  written += text.slice(from);
  for (const [pattern, full] of ready.expand) written = written.replace(pattern, full);
  const results = parseDates(written, lang, {
    instant: now.toJSDate(),
    offsetMinutes: now.offset,
    forward: options.forward,
  }).filter(
    (result) =>
      // chrono also reads "a second" and "a moment": a date has a number or a date word.
      (/\d/.test(result.text) || table(prepared(lang).dateWords).test(fold(result.text))) &&
      (result.start.isCertain("day") ||
        result.start.isCertain("weekday") ||
        result.start.isCertain("month") ||
        result.start.isCertain("hour")),
  );
  return results[0] ?? null;
}

/**
 * The first date or time in `text`, read as `options` say; null when there is none, or when a
 * numeric date could be either order and the writer's is unknown.
 */
export function readDate(text: string, options: ReadDateOptions): DateReading | null {
  const bounded = text.slice(0, MAX_INPUT);
  const folded = fold(bounded);
  const lexicon = LEXICONS[options.lang];
  const ready = prepared(options.lang);
  const bare = options.bareSpan === true;
  const spans = ready.span.test(folded) || (bare && ready.bareSpan.test(folded));
  if (!/\d/.test(folded) && !table(ready.dateWords).test(folded) && !spans) return null;
  const now = options.now.setZone(cachedZone(options.zone));
  const meeting = options.meeting ?? true;

  const numeric = numericDate(folded, lexicon, options, now);
  if (numeric === undefined) return null;
  const own =
    [
      holidayPeriod(folded, ready, options, now),
      namedDayFound(folded, ready, options, now),
      midMonth(folded, ready, options, now),
      thisMonthOrNextWeek(folded, ready, now),
      numeric,
      bareDay(folded, ready, now, options.forward),
      dayOffset(folded, ready, now),
      span(folded, ready, lexicon, now, bare),
    ]
      .filter((found): found is Found => found !== null)
      .sort((a, b) => a.index - b.index)[0] ?? null;

  const parsed = chronoReading(bounded, options.lang, options, now);
  const parsedDay =
    parsed !== null &&
    (parsed.start.isCertain("day") || parsed.start.isCertain("weekday") || parsed.start.isCertain("month"));
  // Our rules name the day unless chrono read a whole date before theirs ("Dec 3, or the 17th"):
  // beside "friday the 11th" chrono reads only the weekday, and "4/6" it reads in US order only.
  const useOwn =
    own !== null && (!parsed?.start.isCertain("day") || own.index <= parsed.index + parsed.text.length);
  if (!useOwn && !parsed) return timeAlone(folded, ready, lexicon, now, meeting);

  let day: DateTime;
  let hasDay: boolean;
  let index: number;
  let length: number;
  let source = bounded;
  if (useOwn && own) {
    ({ day, index, length } = own);
    hasDay = true;
    source = folded;
  } else if (parsed) {
    const start = parsed.start;
    day = DateTime.fromObject(
      {
        year: start.get("year") ?? now.year,
        month: start.get("month") ?? now.month,
        day: start.get("day") ?? now.day,
      },
      { zone: now.zone },
    );
    // "tomorrow", "morgen", "demain" name a day that chrono does not mark as certain.
    const relative = table(lexicon.relative).test(fold(parsed.text));
    hasDay = parsedDay || relative;
    // "Thursday" written on a Thursday means next week's: today would be "today".
    if (
      options.forward &&
      start.isCertain("weekday") &&
      !start.isCertain("day") &&
      !relative &&
      day.hasSame(now, "day")
    )
      day = day.plus({ weeks: 1 });
    index = parsed.index;
    length = parsed.text.length;
  } else return null;

  if (hasDay) day = shifted(folded, index, day, ready, options);

  // "fin de semaine prochaine": that week's Friday; "Anfang nächster Woche": its Monday.
  const part = ready.weekPart.exec(folded.slice(0, index));
  if (part && !useOwn && ready.week.test(fold(parsed?.text ?? "")))
    day = day.set({ weekday: part[1] ? 1 : 5 });

  // The time: chrono's when it read one, else a clock time written just after the day.
  let time: { hour: number; minute: number; meridiem: boolean } | null;
  // Beside our own day, the time written after it: chrono may have read part of the day as a
  // time ("16/12 alle 10" as 12:00).
  const ownTime = useOwn ? timeAfter(folded, index, ready, lexicon) : null;
  // "miércoles 21", "Mittwoch 21.": chrono's hour inside our own day's words is the day's number.
  const withinOwn =
    useOwn && parsed !== null && parsed.index >= index && parsed.index + parsed.text.length <= index + length;
  if (ownTime) time = ownTime;
  else if (parsed?.start.isCertain("hour") && !withinOwn)
    time = {
      hour: parsed.start.get("hour") ?? 0,
      minute: parsed.start.get("minute") ?? 0,
      meridiem: parsed.start.isCertain("meridiem"),
    };
  else time = timeAfter(folded, index, ready, lexicon);
  // chrono reads "a las 3 y media" as 3:00, "às 3 da tarde" as 3:00: our grammar's reading of the
  // same hour, when it says more, wins.
  const ours = time ? timeAfter(folded, index, ready, lexicon) : null;
  // "10h moins le quart" (9:45), "3 y media": within the hour of chrono's reading, ours says more.
  const minutes = (clock: { hour: number; minute: number }) => (clock.hour % 12) * 60 + clock.minute;
  const near = (a: ClockTime, b: { hour: number; minute: number }) =>
    Math.min(Math.abs(minutes(a) - minutes(b)), 720 - Math.abs(minutes(a) - minutes(b))) < 60;
  if (time && ours && near(ours, time) && (ours.minute !== time.minute || (ours.meridiem && !time.meridiem)))
    time = ours;
  if (!hasDay && !time) return null;

  const start = day.set({
    hour: time ? meetingHour(time.hour, time.meridiem, meeting) : 0,
    minute: time?.minute ?? 0,
    second: 0,
    millisecond: 0,
  });
  if (!start.isValid) return null;
  return { start, hasTime: time !== null, hasDay, index, text: source.slice(index, index + length) };
}

/** A time and no day ("afinal é às 11h", "alle 15"): today at that time, as chrono reads one. */
function timeAlone(
  folded: string,
  ready: Prepared,
  lexicon: DateLexicon,
  now: DateTime,
  meeting: boolean,
): DateReading | null {
  const time = readTime(folded, ready, lexicon);
  if (!time) return null;
  const start = now
    .startOf("day")
    .set({ hour: meetingHour(time.hour, time.meridiem, meeting), minute: time.minute });
  return {
    start,
    hasTime: true,
    hasDay: false,
    index: time.index,
    text: folded.slice(time.index, time.index + time.length),
  };
}

/**
 * A day named after "the day after" is the next one ("le lendemain du 11 novembre"); after an
 * "after" word, the next working day ("après le 14 juillet", "nach dem 3."). A weekday with its
 * day of the month names the next month where they agree ("friday the 11th").
 */
function shifted(
  folded: string,
  index: number,
  day: DateTime,
  ready: Prepared,
  options: ReadDateOptions,
): DateTime {
  const before = folded.slice(Math.max(0, index - 40), index);
  if (ready.dayAfter.test(before)) return day.plus({ days: 1 });
  if (ready.afterDate.test(before)) return besideDay(day, "after", options.calendar);
  return day;
}
