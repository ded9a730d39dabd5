/**
 * What grammar tells about chrono's pieces that chrono does not: a range of weekdays gives opening
 * hours, and a clock written between two days belongs to the first. Read by ./chrono-time.
 */
import type { InviteLexicon } from "../language/invite-lexicon";
import { civilFromDays } from "./civil";
import { clockIn } from "./foreign-clock";
import { phraseAlternatives } from "./invite-language";

/** A day or a time chrono read, where its words are in the text. */
export interface Piece {
  readonly index: number;
  readonly end: number;
  readonly day: number | null;
  readonly minutes: number | null;
  readonly endMinutes: number | null;
  /** The day comes from a weekday alone ("terça,"), not from a date. */
  readonly weekdayOnly: boolean;
}

/**
 * "Öffnungszeiten: Mo–Fr 9–17 Uhr", "du lundi au vendredi de 9h à 18h": a range of weekdays gives
 * opening hours, never a meeting; both of its days are dropped.
 */
export function withoutWeekdayRanges(pieces: Piece[], text: string, lexicon: InviteLexicon): Piece[] {
  // A dash, a range word, or up to three short words ("au", "al", "tot en met").
  const join = new RegExp(
    `^\\s*(?:[-–—/]|${phraseAlternatives(lexicon.rangeWords)}|(?:\\p{L}{1,3}\\s+){0,2}\\p{L}{1,3})\\s*$`,
    "iu",
  );
  // "vendredi ou lundi": two days offered, no range.
  const or = new RegExp(`(?<![\\p{L}])(?:${phraseAlternatives(lexicon.orWords)})(?![\\p{L}])`, "iu");
  const dropped = new Set<Piece>();
  for (let index = 1; index < pieces.length; index++) {
    const [before, piece] = [pieces[index - 1], pieces[index]];
    const between = before && piece ? text.slice(before.end, piece.index) : "";
    // "de lundi 14 h à mardi 10 h": each day with its own clock is a slot of its own, a move.
    const clocked = before?.minutes != null && piece?.minutes != null;
    if (before?.weekdayOnly && piece?.weekdayOnly && join.test(between) && !or.test(between) && !clocked) {
      dropped.add(before);
      dropped.add(piece);
    }
  }
  return dropped.size === 0 ? pieces : pieces.filter((piece) => !dropped.has(piece));
}

/**
 * "da mercoledì 14 aprile ore 10 a venerdì 16 aprile ore 13:30": chrono reads "10 a venerdì 16
 * aprile" as one time, but a clock right after a day with none is that day's; the later day then
 * takes the clock written after it.
 */
export function clocksBackToTheirDay(pieces: Piece[], text: string, lexicon: InviteLexicon): Piece[] {
  for (let index = 1; index < pieces.length; index++) {
    const [before, piece] = [pieces[index - 1], pieces[index]];
    if (!before || !piece || before.day === null || before.minutes !== null) continue;
    if (piece.day === null || piece.minutes === null || piece.index - before.end > 8) continue;
    const clock = clockIn(text, before.end, piece.index + 3, lexicon);
    if (!clock || clock.index > piece.index + 2 || clock.minutes !== piece.minutes) continue;
    pieces[index - 1] = { ...before, end: clock.end, minutes: clock.minutes, endMinutes: null };
    pieces[index] = { ...piece, index: Math.max(piece.index, clock.end), minutes: null, endMinutes: null };
  }
  return pieces;
}

/** A weekday, then a bare number ("mercoledì 14 alle 9:30", "jueves 15"), no clock's mark after it. */
const WEEKDAY_THEN_NUMBER =
  /^\p{L}+\.?,?\s+(\d{1,2})(?!\d|[:.]\d|\s*(?:h|hs|hrs|uhr|uur|horas?|heures?|ore)(?![\p{L}]))/iu;

/**
 * "da martedì 16 a lunedì 15 alle 9:30", "del jueves 15 al miércoles 14": chrono reads the number
 * after a weekday as an hour ("15 alle 9:30" as 15:00 to 21:30), but a weekday's number is its day
 * of the month: the day of that weekday and number from a week before chrono's day for the
 * weekday (the first after the mail was written) on, at the clock written after it, if any.
 */
export function dayNumbersAfterWeekdays(pieces: Piece[], text: string, lexicon: InviteLexicon): Piece[] {
  return pieces.map((piece) => {
    if (piece.weekdayOnly && piece.day !== null && piece.minutes === null)
      return numberAfterWeekday(piece, text);
    if (!piece.weekdayOnly || piece.day === null || piece.minutes === null) return piece;
    const number = WEEKDAY_THEN_NUMBER.exec(text.slice(piece.index, piece.end));
    const dayOfMonth = Number(number?.[1] ?? 0);
    if (
      !number ||
      dayOfMonth < 1 ||
      dayOfMonth > 31 ||
      Math.floor(piece.minutes / 60) % 12 !== dayOfMonth % 12
    )
      return piece;
    let day: number | null = null;
    for (let candidate = piece.day - 7; candidate <= piece.day + 62 && day === null; candidate += 7)
      if (civilFromDays(candidate).day === dayOfMonth) day = candidate;
    if (day === null) return piece;
    const numberEnd = piece.index + number[0].length;
    const clock = clockIn(text, numberEnd, piece.end + 2, lexicon);
    return {
      index: piece.index,
      end: clock?.end ?? numberEnd,
      day,
      minutes: clock?.minutes ?? null,
      endMinutes: null,
      weekdayOnly: false,
    };
  });
}

/** A bare number after a weekday read alone ("el miércoles 2, a la misma hora"), no clock's mark after it. */
const NUMBER_AFTER_WEEKDAY =
  /^,?\s+(\d{1,2})(?![\d:./-]|\s*(?:h|hs|hrs|u|uhr|uur|horas?|heures?|ore|[ap]\.?\s?m)(?![\p{L}]))/iu;

/** The weekday's day of that number, from a week before chrono's day for the weekday on. */
function numberAfterWeekday(piece: Piece, text: string): Piece {
  const number = NUMBER_AFTER_WEEKDAY.exec(text.slice(piece.end, piece.end + 12));
  if (!number || piece.day === null) return piece;
  for (let candidate = piece.day - 7; candidate <= piece.day + 62; candidate += 7)
    if (civilFromDays(candidate).day === Number(number[1]))
      return { ...piece, end: piece.end + number[0].length, day: candidate, weekdayOnly: false };
  return piece;
}

/**
 * "na terça, dia 8/12", "17 de fevereiro, quarta-feira", "02/02/2027 (terça-feira)": a weekday
 * written just before or just after a date only qualifies it.
 */
export function qualifiesADate(piece: Piece, pieces: readonly Piece[]): boolean {
  return (
    piece.weekdayOnly &&
    pieces.some(
      (other) =>
        !other.weekdayOnly &&
        other.day !== null &&
        ((other.index >= piece.end && other.index - piece.end <= 25) ||
          (piece.index >= other.end && piece.index - other.end <= 3)),
    )
  );
}
