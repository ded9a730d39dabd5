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
import { ownDay } from "./days";
import { type Prepared, prepared } from "./patterns";
import { besideDay } from "./periods";
import { type ClockTime, meetingHour, readTime } from "./times";
import type { DateReading, ReadDateOptions } from "./types";
import { correctNames } from "./typos";

/** chrono costs about 0.75 ms per KB: a reply's date is in its first lines. */
const MAX_INPUT = 400;

/** A clock time written just after a day: "um 14:00", "às 15h", "at 3", "2:15pm", "halb elf". */
function timeAfter(folded: string, from: number, ready: Prepared, lexicon: DateLexicon) {
  // It starts within 40 characters of the day, and its morning word may run past them
  // ("volgende week dinsdag om half 8 's ochtends").
  const time = readTime(folded.slice(from, from + 60), ready, lexicon);
  return time && time.index < 40 ? time : null;
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
        result.start.isCertain("hour")) &&
      !unlistedShort(result.text, lang),
  );
  return results[0] ?? null;
}

/** chrono's short weekday ("ter", "sex") that the lexicon lists only with its dot, or not at all. */
function unlistedShort(read: string, lang: Lang): boolean {
  const word = fold(read).trim();
  return /^\p{L}{1,3}$/u.test(word) && !LEXICONS[lang].weekdays.flat().map(fold).includes(word);
}

/**
 * The first date or time in `text`, read as `options` say; null when there is none, or when a
 * numeric date could be either order and the writer's is unknown.
 */
export function readDate(text: string, options: ReadDateOptions): DateReading | null {
  const corrected = correctNames(text.slice(0, MAX_INPUT), options.lang);
  const reading = readCorrected(corrected.text, options);
  if (!reading || corrected.text === text.slice(0, MAX_INPUT)) return reading;
  // Back to the places as written: "thrusday at 3" is read where it was typed.
  const index = corrected.original(reading.index);
  const end = corrected.original(reading.index + reading.text.length);
  return { ...reading, index, text: text.slice(index, end) };
}

function readCorrected(bounded: string, options: ReadDateOptions): DateReading | null {
  const folded = fold(bounded);
  const lexicon = LEXICONS[options.lang];
  const ready = prepared(options.lang);
  const bare = options.bareSpan === true;
  const spans = ready.span.test(folded) || (bare && ready.bareSpan.test(folded));
  if (!/\d/.test(folded) && !table(ready.dateWords).test(folded) && !spans) return null;
  const now = options.now.setZone(cachedZone(options.zone));
  const meeting = options.meeting ?? true;

  const own = ownDay(folded, options, now);
  if (own === undefined) return null;

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
    // "Thursday" written on a Thursday means next week's: today would be "today". chrono reads
    // some ahead of a time as last week's ("giovedì a mezzogiorno").
    if (options.forward && start.isCertain("weekday") && !start.isCertain("day") && !relative)
      while (day <= now.startOf("day")) day = day.plus({ weeks: 1 });
    index = parsed.index;
    length = parsed.text.length;
  } else return null;

  if (hasDay) day = shifted(folded, index, day, ready, options);

  // "fin de semaine prochaine": that week's Friday; "Anfang nächster Woche": its Monday.
  const part = ready.weekPart.exec(folded.slice(0, index));
  if (part && !useOwn && ready.week.test(fold(parsed?.text ?? "")))
    day = day.set({ weekday: part[1] ? 1 : 5 });

  // The time: chrono's when it read one, else a clock time written just after the day. Beside
  // our own day, ours: chrono may have read part of the day as a time ("16/12 alle 10" as 12:00).
  const after = timeAfter(folded, index, ready, lexicon);
  // "miércoles 21", "Mittwoch 21.": chrono's hour inside our own day's words is the day's number.
  const withinOwn =
    useOwn && parsed !== null && parsed.index >= index && parsed.index + parsed.text.length <= index + length;
  let time: { hour: number; minute: number; meridiem: boolean } | null = useOwn ? after : null;
  if (!time && parsed?.start.isCertain("hour") && !withinOwn)
    time = {
      hour: parsed.start.get("hour") ?? 0,
      minute: parsed.start.get("minute") ?? 0,
      meridiem: parsed.start.isCertain("meridiem"),
    };
  // chrono reads "a las 3 y media" as 3:00, "10h moins le quart" as 10:00: our grammar's reading
  // within the hour of it, when it says more, wins.
  const minutes = (clock: { hour: number; minute: number }) => (clock.hour % 12) * 60 + clock.minute;
  const near = (a: ClockTime, b: { hour: number; minute: number }) =>
    Math.min(Math.abs(minutes(a) - minutes(b)), 720 - Math.abs(minutes(a) - minutes(b))) < 60;
  if (
    !time ||
    (after && near(after, time) && (after.minute !== time.minute || (after.meridiem && !time.meridiem)))
  )
    time = after;
  // The words read run to the end of our time, where a zone may follow ("Dec 2 at 11:00 CET").
  if (after && time === after) length = Math.max(length, after.index + after.length);
  if (!hasDay && !time) return null;
  // A time alone is today's: chrono moves one already past to tomorrow.
  if (!hasDay) day = now.startOf("day");

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
