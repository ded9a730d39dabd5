/**
 * The meeting's time read with chrono's parser for the text's language (other languages than English)
 * for that language and our own bounds: a result counts only with a day and a clock time (a time
 * on the same line, or the line below a date, completes a date written alone: "Date : jeudi 3
 * décembre / Heure : 11h00"), never a word for "now", never a time already past; the zone is the
 * one written after the time ("MEZ", "(heure de Paris)", "hora del centro"), else the user's.
 * English text never comes here: our own readers (./meeting-time) read it without a parser.
 */

import { type ParsedResult, parseDates } from "../language/dates";
import type { InviteLexicon } from "../language/invite-lexicon";
import { LANGS } from "../language/lang";
import { LEXICONS } from "../language/lexicons";
import { readZoneAt, type WallZone, type ZoneRead, zoneLines } from "../zones";
import { civilFromDays, daysFromCivil, isRealDate, SECONDS_PER_DAY, shortDate } from "./civil";
import { afterNoon, clockIn, clocksIn, rangeEnd } from "./foreign-clock";
import { listUnderHeading } from "./heading-list";
import { LEXICON_LIST, lexiconPattern, phraseAlternatives } from "./invite-language";
import { clearestTime } from "./meeting-clause";
import type { FoundTime, SlotMention, WhenResult } from "./meeting-time";
import { type NewestMessage, weekdaysFromNewest } from "./newest-message";
import {
  clocksBackToTheirDay,
  dayNumbersAfterWeekdays as dated,
  type Piece,
  qualifiesADate,
  withoutWeekdayRanges,
} from "./piece-grammar";
import { insteadOfPattern, slotKeptOnAnotherDay } from "./slot-choice";

export interface ForeignContext {
  readonly writtenUtc: number | null;
  /** Whether writtenUtc is the original's date, so a time before it is history (see Reading). */
  readonly writtenByOriginal: boolean;
  readonly writtenZone: WallZone;
  readonly userZone: WallZone | null;
  readonly assumedZone: string;
  readonly lexicon: InviteLexicon;
  /** Where the earlier message a reply answers starts in the text (see ForwardedOriginal), if any. */
  readonly earlierFrom?: number | null;
  readonly newest?: NewestMessage | null;
}

function piecesOf(results: readonly ParsedResult[], lexicon: InviteLexicon, text: string): Piece[] {
  const nowWords = lexiconPattern(lexicon, "nowWords");
  const pieces: Piece[] = [];
  for (const result of results) {
    if (!/\d/.test(result.text) && nowWords.test(result.text)) continue;
    // "Dienstag, 16.02.": a day and month with their dots, which chrono reads as 16:02 ("alle 14.00."
    // is no month: a time); in "am Freitag, 15.2." it takes the day for 15 o'clock (see numericDates).
    const next = text.slice(result.index + result.text.length, result.index + result.text.length + 4);
    if (
      /\d$/.test(result.text) &&
      (/^\.\d{1,2}\./.test(next) || (/\d\.(?:0[1-9]|1[0-2])$/.test(result.text) && next.startsWith(".")))
    )
      continue;
    // "45 minutos", "in 2 Stunden": a length or an offset from now, never the meeting.
    if ([...result.tags()].some((tag) => tag.startsWith("result/relativeDate"))) continue;
    const { start, end } = result;
    const day =
      start.isCertain("day") || start.isCertain("weekday")
        ? daysFromCivil(start.get("year") ?? 0, start.get("month") ?? 1, start.get("day") ?? 1)
        : null;
    if (!start.isCertain("day") && !start.isCertain("weekday") && isALength(result, text, lexicon)) continue;
    const after = text.slice(result.index + result.text.length, result.index + result.text.length + 12);
    // "a las 10:30h", "à 14 h 30": chrono stops before the minutes; those it leaves are the meeting's.
    const leftMinutes = /^(?:[:.]|\s?h\s?)([0-5]\d)(?!\d)/.exec(after)?.[1];
    const minutes = start.isCertain("hour")
      ? (start.get("hour") ?? 0) * 60 + (start.get("minute") || Number(leftMinutes ?? 0))
      : null;
    const endMinutes =
      end?.isCertain("hour") === true ? (end.get("hour") ?? 0) * 60 + (end.get("minute") ?? 0) : null;
    if (day === null && minutes === null) continue;
    const weekdayOnly = !start.isCertain("day") && start.isCertain("weekday");
    // "Que bom ter você": a short lower-case word chrono takes for a weekday ("ter", "mar") is prose.
    if (weekdayOnly && minutes === null && /^\p{Ll}{1,3}$/u.test(result.text)) continue;
    // "du mardi 1er décembre à 10h au jeudi 3 décembre à 15h": a move from one day to another, not
    // a meeting of two days; each end is a time of its own.
    const endDay =
      end?.isCertain("day") === true
        ? daysFromCivil(end.get("year") ?? 0, end.get("month") ?? 1, end.get("day") ?? 1)
        : null;
    const twoDays = endDay !== null && endDay !== day;
    // "Mo-Fr 9-17 Uhr", "Montag bis Freitag von 9 bis 17 Uhr": a span of weekdays gives opening
    // hours, never a meeting.
    if (weekdayOnly && end?.isCertain("weekday") === true && end.get("weekday") !== start.get("weekday"))
      continue;
    const resultEnd = result.index + result.text.length;
    pieces.push({
      index: result.index,
      end: twoDays ? resultEnd - 1 : resultEnd,
      day,
      minutes,
      endMinutes: twoDays ? null : endMinutes,
      weekdayOnly,
    });
    // The other end is placed at the result's last character, after the first. "da mercoledì 14
    // aprile ore 10 a venerdì 16 aprile ore 13:30": a clock right after the end's day is its own.
    const ownClock = twoDays && clockIn(text, resultEnd, resultEnd + 12, lexicon) !== null;
    if (twoDays)
      pieces.push({
        index: resultEnd - 1,
        end: resultEnd,
        day: endDay,
        minutes: ownClock ? null : endMinutes,
        endMinutes: null,
        weekdayOnly: false,
      });
  }
  return clocksBackToTheirDay(
    withoutWeekdayRanges(dated(pieces, text, lexicon), text, lexicon),
    text,
    lexicon,
  );
}

const lengthPatterns = new WeakMap<
  InviteLexicon,
  { readonly length: RegExp; readonly clockWordBefore: RegExp }
>();

/**
 * "duração de 1 hora", "duurt 1 uur": a number before a unit of time and after no clock word is a
 * length, which chrono takes for 1:00 ("om 10 uur" is a time).
 */
function isALength(result: ParsedResult, text: string, lexicon: InviteLexicon): boolean {
  let patterns = lengthPatterns.get(lexicon);
  if (!patterns) {
    const units = [...lexicon.hourWords, ...lexicon.minuteWords].filter((unit) => unit.length > 1);
    patterns = {
      length: new RegExp(String.raw`^(.{0,12}?)\d{1,2}\s*(?:${phraseAlternatives(units)})(?![\p{L}])`, "iu"),
      clockWordBefore: new RegExp(String.raw`(?:${phraseAlternatives(lexicon.clockWords)})\s*$`, "iu"),
    };
    lengthPatterns.set(lexicon, patterns);
  }
  const length = patterns.length.exec(text.slice(result.index, result.index + result.text.length + 14));
  if (!length) return false;
  const before = text.slice(Math.max(0, result.index - 16), result.index) + (length[1] ?? "");
  return !patterns.clockWordBefore.test(before);
}

/** The clock time right after a date written alone, on its line or the next. */
function timeAfter(
  text: string,
  piece: Piece,
  pieces: readonly Piece[],
  lexicon: InviteLexicon,
): Piece | null {
  const lineEnd = text.indexOf("\n", piece.end);
  const nextLineEnd = lineEnd < 0 ? text.length : text.indexOf("\n", lineEnd + 1);
  // "feriado (10 de Junho), … sexta-feira, 11 de junho, às 9h30": a time after the next date is that date's.
  const nextDate =
    pieces.find((other) => other.day !== null && other.index >= piece.end && !qualifiesADate(other, pieces))
      ?.index ?? text.length;
  const limit = Math.min(nextLineEnd < 0 ? text.length : nextLineEnd, nextDate);
  const fromChrono = pieces.find(
    (other) =>
      other.day === null && other.minutes !== null && other.index >= piece.end && other.index < limit,
  );
  // The nearer of chrono's time and ours ("28 de abril, às 15h" before a length chrono misreads).
  const clock = clockIn(text, piece.end, Math.min(fromChrono?.index ?? limit, piece.end + 80), lexicon);
  if (clock) return { ...clock, day: null, endMinutes: null, weekdayOnly: false };
  return fromChrono ?? timesUnderHeading(text, lineEnd < 0 ? text.length : lineEnd, lexicon);
}

/** "Ablauf:" over "9:30 - 10:15 Uhr …" lines after the date's line: from the first time to the last. */
function timesUnderHeading(text: string, lineEnd: number, lexicon: InviteLexicon): Piece | null {
  const list = listUnderHeading(text, lineEnd);
  const listed = list ? clocksIn(text.slice(list.start, list.end), lexicon) : [];
  const first = listed[0];
  const last = listed.at(-1);
  if (!list || !first || !last) return null;
  return {
    index: list.start + first.index,
    end: list.start + first.end,
    day: null,
    minutes: first.minutes,
    endMinutes: last.minutes > first.minutes ? last.minutes : null,
    weekdayOnly: false,
  };
}

/**
 * A zone phrase within a few words from the time ("10:30 Uhr MEZ", "14h30 (heure de Paris)"), in
 * the same sentence. A lower-case abbreviation counts only in English and right after the time
 * ("3pm est"): French "est" is "is" ("à 15h, … l'invitation est jointe").
 */
export function zoneAfter(text: string, from: number, english = false): ZoneRead | null {
  const window = text.slice(from, from + 80);
  for (let at = 0; at < window.length; at++) {
    if (window[at] === "\n" || sentenceEndsAt(window, at)) break;
    if (at > 0 && !/[\s(,]/.test(window[at - 1] ?? "")) continue;
    const zone = readZoneAt(window.slice(at));
    if (
      zone &&
      (!LOWERCASE_ABBREVIATION.test(zone.phrase) || (english && RIGHT_AFTER.test(window.slice(0, at))))
    )
      return zone;
  }
  return null;
}

/** ". L'invitation", not "p.m. EST" nor "1. Dezember": a stop after a word, not after an initial or a day. */
const sentenceEndsAt = (window: string, at: number) =>
  /^[.!?]\s+\p{Lu}/u.test(window.slice(at, at + 3)) &&
  !/(?:^|[\s.])(?:\p{L}|\d{1,2})$/u.test(window.slice(0, at));
const LOWERCASE_ABBREVIATION = /^[a-z]{2,5}$/;
/** Nothing but a space, an am/pm or a bracket between the time and the zone. */
const RIGHT_AFTER = /^\s*(?:[ap]\.?m\.?\s*)?\(?$/i;

/**
 * The days and times chrono's parser for the lexicon's language reads in `text`, relative days
 * counted from `reference` (UTC seconds) in `zone`.
 */
export function chronoPieces(
  text: string,
  lexicon: InviteLexicon,
  reference: number | null,
  zone: WallZone,
  newest: NewestMessage | null = null,
): Piece[] {
  if (lexicon.lang === "en") return [];
  const results = parseDates(text.slice(0, 20_000), lexicon.lang, {
    instant: new Date((reference ?? 0) * 1000),
    offsetMinutes: reference !== null ? zone.offsetAt(reference) / 60 : 0,
    forward: true,
  });
  const pieces = weekdaysFromNewest(piecesOf(results, lexicon, text), newest, zone);
  const numeric = numericDates(text.slice(0, 20_000), reference, zone).filter(
    (date) => !pieces.some((piece) => piece.day !== null && piece.index < date.end && date.index < piece.end),
  );
  return numeric.length === 0 ? pieces : [...pieces, ...numeric].sort((a, b) => a.index - b.index);
}

/**
 * Day-first numeric dates chrono's locales leave out: "am 9.12." (German, the month's dot written),
 * "op 9-12" (Dutch), "venerdì 16/7" (Italian). The year is the next one in which the day is not past. A range of hours
 * ("9-12 Uhr") is no date.
 */
const NUMERIC_DATE =
  /(?<![\d.:/-])(\d{1,2})(?:\.(\d{1,2})\.(?!\d)|-(\d{1,2})(?![\d:.-])|\/(\d{1,2})(?:\/(\d{4}|\d{2}))?(?![\d/]))(?!\s*(?:uhr|uur|h)\b)/giu;

function numericDates(text: string, reference: number | null, zone: WallZone): Piece[] {
  if (reference === null) return [];
  const today = Math.floor((reference + zone.offsetAt(reference)) / SECONDS_PER_DAY);
  const { year } = civilFromDays(today);
  const pieces: Piece[] = [];
  for (const match of text.matchAll(NUMERIC_DATE)) {
    const day = Number(match[1]);
    const month = Number(match[2] ?? match[3] ?? match[4]);
    const written = match[5] ? Number(match[5].length === 2 ? `20${match[5]}` : match[5]) : null;
    const next = (written !== null ? [written] : [year, year + 1])
      .filter((candidate) => isRealDate(candidate, month, day))
      .map((candidate) => daysFromCivil(candidate, month, day))
      .find((days) => days >= today - 1);
    if (next === undefined) continue;
    pieces.push({
      index: match.index,
      end: match.index + match[0].length,
      day: next,
      minutes: null,
      endMinutes: null,
      weekdayOnly: false,
    });
  }
  return pieces;
}

/** A forwarded header's date line ("Date :", "Enviado el:", "> Datum:"), in any language a client writes. */
const HEADER_DATE_LINE = new RegExp(
  `^[>\\s*]*(?:${phraseAlternatives(["Date", "Sent", ...LEXICON_LIST.flatMap((lexicon) => lexicon.forward.date)])})[\\s*]*:`,
  "iu",
);

/**
 * "Date : 28/05/2027 20:14" in a forwarded header: when the original was written, before the
 * forward (read in a zone up to 14 hours from the writer's), never a meeting.
 */
function isTheMailsOwnDate(line: string, start: number, writtenUtc: number | null): boolean {
  return writtenUtc !== null && start - writtenUtc <= 14 * 3600 && HEADER_DATE_LINE.test(line);
}

/**
 * "Am 24.11.2026 um 19:02 schrieb Jordan Lee <…>:", "El mar, 24 nov 2026 a las 9:00, … escribió:":
 * the line over a quoted message (it may wrap once, a name may follow the verb) dates the quote,
 * never a meeting.
 */
const QUOTE_ATTRIBUTION = new RegExp(
  `^[^\\n]{0,200}?(?:\\n[^\\n]{0,120}?)?(?:${phraseAlternatives(LANGS.flatMap((lang) => LEXICONS[lang].quote.wrote))})(?![\\p{L}])[^\\n:]{0,120}:[ \\t]*(?:\\n|$)`,
  "iu",
);

/**
 * "3. Dezember" forwarded a week after that day, the original's date unknown: chrono reads the day
 * ahead, a year on; an interview is not arranged a year ahead, so it was this year's.
 */
function notAYearAhead(piece: Piece, day: number, text: string, context: ForeignContext): number {
  if (context.writtenUtc === null) return day;
  const writtenDay = Math.floor(
    (context.writtenUtc + context.writtenZone.offsetAt(context.writtenUtc)) / SECONDS_PER_DAY,
  );
  if (day - writtenDay <= 300 || /\d{4}/.test(text.slice(piece.index, piece.end))) return day;
  const { year, month, day: dayOfMonth } = civilFromDays(day);
  return isRealDate(year - 1, month, dayOfMonth) ? daysFromCivil(year - 1, month, dayOfMonth) : day;
}

/** What may stand between a weekday and the date it qualifies: a comma, a dot, a bracket, an article ("am", "le"). */
const WEEKDAY_TO_DATE = /^[\s,.(]*(?:\p{L}{1,3}\.?\s+)?$/u;

/** Reads the meeting's time from non-English text; "none" when no day with a time is written. */
export function findForeignWhen(text: string, context: ForeignContext): WhenResult {
  const { lexicon, writtenUtc, writtenZone } = context;
  const pieces = chronoPieces(text, lexicon, writtenUtc, writtenZone, context.newest);
  const lineZone = zoneLines(text)[0] ?? null;
  const found: FoundTime[] = [];
  const mentions = new Map<FoundTime, SlotMention>();
  const earlier = new Set<FoundTime>();
  const replaced: SlotMention[] = [];
  let dateOnly: number | null = null;
  const insteadOf = insteadOfPattern(lexicon);
  for (const read of pieces) {
    if (read.day === null || qualifiesADate(read, pieces)) continue;
    const day = context.writtenByOriginal ? read.day : notAYearAhead(read, read.day, text, context);
    const piece = { ...read, day };
    // Where its words start: a weekday that qualifies the date ("statt am Mittwoch, 14.04.").
    const at =
      pieces.findLast(
        (other) =>
          other.weekdayOnly &&
          other.end < piece.index &&
          piece.index - other.end <= 25 &&
          // Only a comma or an article between them: "del martes 12 a las 10:00 al miércoles 13" is two days.
          WEEKDAY_TO_DATE.test(text.slice(other.end, piece.index)),
      )?.index ?? piece.index;
    // "à 15h au lieu du jeudi 28 janvier à 14h30": the time a moved meeting had.
    const old = insteadOf.test(text.slice(Math.max(0, at - 60), at));
    const time = piece.minutes !== null ? piece : timeAfter(text, piece, pieces, lexicon);
    if (time?.minutes == null) {
      if (!old) dateOnly ??= piece.day;
      continue;
    }
    const minutes = afterNoon(text, time.end, time.minutes, lexicon);
    const endMinutes = time.endMinutes ?? rangeEnd(text, minutes, lexicon);
    const zoneRead = zoneAfter(text, time.index) ?? lineZone;
    const zone = zoneRead?.zone ?? context.userZone ?? writtenZone;
    const start = zone.toUtc(piece.day * SECONDS_PER_DAY + minutes * 60);
    if (writtenUtc !== null && start < writtenUtc - 3600 && context.writtenByOriginal) continue;
    const lineStart = text.lastIndexOf("\n", piece.index) + 1;
    if (isTheMailsOwnDate(text.slice(lineStart, piece.index), start, writtenUtc)) continue;
    if (QUOTE_ATTRIBUTION.test(text.slice(lineStart, lineStart + 400))) continue;
    const end =
      endMinutes !== null && endMinutes > minutes
        ? zone.toUtc(piece.day * SECONDS_PER_DAY + endMinutes * 60)
        : null;
    const guesses = zoneRead ? [] : [`No time zone was given; I read the time in ${context.assumedZone}.`];
    const lineEnd = text.indexOf("\n", piece.index);
    const meeting: FoundTime = {
      start,
      end,
      zone,
      zoneName: zoneRead ? zoneRead.name : (context.userZone?.name ?? null),
      zonePhrase: zoneRead?.phrase ?? null,
      line: text
        .slice(lineStart, lineEnd < 0 ? text.length : lineEnd)
        .trim()
        .slice(0, 160),
      guesses,
    };
    const mention = { at, end: time.end, time: meeting };
    if (old) replaced.push(mention);
    else found.push(meeting);
    mentions.set(meeting, mention);
    if (context.earlierFrom != null && piece.index >= context.earlierFrom) earlier.add(meeting);
  }
  // A reply above a quoted original: the times it writes, not the quoted ones ("> Data: 02/02").
  const written = found.filter((time) => !time.line.startsWith(">"));
  const rescheduled = lexiconPattern(lexicon, "reschedulePhrases").test(text);
  // A reply that moves the meeting, above the message it answers: that message's time is the old one.
  const newer = rescheduled ? written.filter((time) => !earlier.has(time)) : [];
  const times = newer.length > 0 ? newer : written.length > 0 ? written : found;
  // "verschoben von Dienstag 10 Uhr auf Donnerstag 16 Uhr": a moved meeting's new time is written last.
  const moved = times.length > 1 && rescheduled;
  const first = moved ? times.at(-1) : times[0];
  const none: WhenResult = { kind: "none", dateOnly: dateOnly === null ? null : shortDate(dateOnly) };
  if (!first) return slotKeptOnAnotherDay(text, replaced, lexicon) ?? none;
  const others = times.filter((time) => time.start !== first.start);
  const several = others.length > 0 && others.some((time) => Math.abs(time.start - first.start) > 12 * 3600);
  const slots = () => times.flatMap((time) => mentions.get(time) ?? []);
  // One time in a message that moves the meeting: the old one, when the move names only a new day.
  if (rescheduled && (times.length === 1 || others.length > 0))
    return { kind: "found", time: first, slots: slots() };
  const clearest = others.length > 0 ? clearestTime(text, slots(), lexicon) : null;
  if (clearest || !several) return { kind: "found", time: clearest ?? first };
  return {
    kind: "unclear",
    reason: "the message gives more than one date and time, so it is not clear which is the interview",
    slots: slots(),
  };
}
