/**
 * Clock times in words and digits, by one grammar per language built from its lexicon: an "at"
 * word and an hour ("um 3", "alle 15", "às 11h"), hour and minutes ("14h30", "14.30 Uhr",
 * "2:15pm"), an hour with a clock word ("15u", "10 hs", "14 heures"), a day part ("às 3 da
 * tarde", "5 de la tarde"), parts of an hour ("halb elf", "kwart over 2", "2 y media") and noon
 * or midnight ("meio-dia", "mezzanotte").
 */
import type { DateLexicon } from "../lexicon";
import { fold } from "../phrases";
import type { Prepared } from "./patterns";

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

/** "halb drei" (2:30), "kwart voor 3" (2:45), "3 y media" (3:30): the first one written. */
function hourPart(folded: string, ready: Prepared, lexicon: DateLexicon): ClockTime | null {
  let best: ClockTime | null = null;
  for (const { minutes, pattern } of ready.hourParts) {
    const match = pattern.exec(folded);
    const hour = hourNamed(match?.[1] ?? "", lexicon);
    if (!match || hour < 1 || hour > 23 || (best && best.index <= match.index)) continue;
    const total = hour * 60 + minutes;
    best = {
      hour: Math.floor(total / 60),
      minute: total % 60,
      meridiem: false,
      index: match.index,
      length: match[0].length,
    };
  }
  return best;
}

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
  return { hour, minute, meridiem: afternoon || morning, index: match.index, length: match[0].length };
}

/** The first clock time written in `folded` (folded text), or null. */
export function readTime(folded: string, ready: Prepared, lexicon: DateLexicon): ClockTime | null {
  const digits = clockDigits(folded, ready);
  const part = hourPart(folded, ready, lexicon);
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
