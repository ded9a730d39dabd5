/**
 * Clock times in words and digits, by one grammar per language built from its lexicon: an "at"
 * word and an hour ("um 3", "alle 15", "às 11h"), hour and minutes ("14h30", "14.30 Uhr",
 * "2:15pm"), an hour with a clock word ("15u", "10 hs", "14 heures"), a day part ("às 3 da
 * tarde", "5 de la tarde"), parts of an hour ("halb elf", "kwart over 2", "2 y media") and noon
 * or midnight ("meio-dia", "mezzanotte").
 */
import type { Lang } from "../lang";
import type { DateLexicon } from "../lexicon";
import { LEXICONS } from "../lexicons";
import { fold } from "../phrases";
import { type Prepared, prepared } from "./patterns";

export interface ClockTime {
  readonly hour: number;
  readonly minute: number;
  /** Morning or afternoon was written ("pm", "da tarde", "morgens"): no meeting rule applies. */
  readonly meridiem: boolean;
  /** Where in the text read the time was found, and how long it was. */
  readonly index: number;
  readonly length: number;
}

/** The hour a digit or a number word names ("drei" 3, "elf" 11); 0 when none. */
function hourNamed(named: string, lexicon: DateLexicon): number {
  if (/\d/.test(named)) return Number(named);
  return lexicon.numbers.findIndex((words) => words.map(fold).includes(named)) + 1;
}

/** A part of an hour read ("half drie", "kwart over 3", "trois heures et quart"). */
export interface HourPart extends ClockTime {
  /** The hour the text names: 3 in "half drie" (2:30). */
  readonly named: number;
  /** Its words come before the hour and are more than one ("kwart over"): a time with no "at" word. */
  readonly alone: boolean;
}

/**
 * Minutes after midnight of an hour and the minutes a part adds, on a 12-hour dial for hours up to
 * 12: "half een" (1, -30) is 12:30, not 0:30; "viertel zehn" (10, -45) is 9:15; "14 y cuarto" 14:15.
 */
export function onTheDial(hour: number, minutes: number): number {
  const total = hour * 60 + minutes;
  if (hour < 1 || hour > 12) return total;
  const dial = ((total % 720) + 720) % 720;
  return dial < 60 ? dial + 720 : dial;
}

function partOf(
  match: RegExpExecArray,
  part: Prepared["hourParts"][number],
  lexicon: DateLexicon,
): HourPart | null {
  const named = hourNamed(match[1] ?? "", lexicon);
  if (named < 1 || named > 23) return null;
  const total = onTheDial(named, part.minutes);
  return {
    hour: Math.floor(total / 60),
    minute: total % 60,
    meridiem: false,
    index: match.index,
    length: match[0].length,
    named,
    alone: part.alone,
  };
}

/** "halb drei" (2:30), "kwart voor 3" (2:45), "3 y media" (3:30): the first one written. */
export function firstHourPart(folded: string, ready: Prepared, lexicon: DateLexicon): HourPart | null {
  let best: HourPart | null = null;
  for (const part of ready.hourParts) {
    part.pattern.lastIndex = 0;
    const match = part.pattern.exec(folded);
    if (!match || (best && best.index <= match.index)) continue;
    best = partOf(match, part, lexicon) ?? best;
  }
  return best;
}

/** Every part of an hour written in `folded`, in order; of two that overlap, the first and longest. */
export function hourPartsIn(folded: string, ready: Prepared, lexicon: DateLexicon): HourPart[] {
  const found: HourPart[] = [];
  for (const part of ready.hourParts)
    for (const match of folded.matchAll(part.pattern)) {
      const read = partOf(match, part, lexicon);
      if (read) found.push(read);
    }
  found.sort((a, b) => a.index - b.index || b.length - a.length);
  let end = 0;
  return found.filter((part) => {
    if (part.index < end) return false;
    end = part.index + part.length;
    return true;
  });
}

/** Every part of an hour in `text` (any case; fold keeps its length, so indexes are the text's). */
export function hourPartsOf(text: string, lang: Lang): HourPart[] {
  return hourPartsIn(fold(text), prepared(lang), LEXICONS[lang]);
}

/** The earliest hour a meeting written with its minutes is taken to be in the morning ("6.45 uur"). */
const EARLIEST_MORNING_MEETING = 6;

/** "um 3", "14h30", "14.30 Uhr", "15u", "3pm", "às 3 da tarde". */
function clockDigits(folded: string, ready: Prepared): ClockTime | null {
  const match = ready.time.exec(folded);
  if (!match) return null;
  let hour = Number(match[1] ?? match[3] ?? match[5] ?? match[7]);
  const minute = Number(match[2] ?? match[4] ?? match[6] ?? 0);
  if (hour > 23 || minute > 59) return null;
  const afternoon = match[9] !== undefined;
  const morning = match[10] !== undefined;
  if (afternoon && hour < 12) hour += 12;
  if (morning && hour === 12) hour = 0;
  // "7.30 uur", "6:45 Uhr" in a 24-hour language: the morning as written; a bare "7 uur" or a
  // "3:30" (nobody meets at 3 a.m.) still falls under the meeting rule.
  const minutesWritten = (match[2] ?? match[4] ?? match[6]) !== undefined;
  const asWritten = ready.hours24 && minutesWritten && hour >= EARLIEST_MORNING_MEETING;
  return {
    hour,
    minute,
    meridiem: afternoon || morning || asWritten,
    index: match.index,
    length: match[0].length,
  };
}

/** The first clock time written in `folded` (folded text), or null. */
export function readTime(folded: string, ready: Prepared, lexicon: DateLexicon): ClockTime | null {
  const digits = clockDigits(folded, ready);
  const part = firstHourPart(folded, ready, lexicon);
  const noon = ready.noon.exec(folded);
  const named: ClockTime | null = noon
    ? { hour: noon[1] ? 12 : 0, minute: 0, meridiem: true, index: noon.index, length: noon[0].length }
    : null;
  // "a las 3 y media": the part of the hour starts inside or just after the digits, and wins.
  const clock =
    part && (!digits || part.index <= digits.index + digits.length)
      ? { ...part, meridiem: digits?.meridiem ?? false }
      : digits;
  if (!clock) return named;
  return named && named.index < clock.index ? named : clock;
}

/** In a meeting, a bare hour from 1 to 7 is in the afternoon: nobody meets at 3 a.m. */
export function meetingHour(hour: number, meridiem: boolean, meeting: boolean): number {
  return meeting && !meridiem && hour >= 1 && hour <= 7 ? hour + 12 : hour;
}
