/**
 * What grammar tells about chrono's pieces that chrono does not: a range of weekdays gives opening
 * hours, and a clock written between two days belongs to the first. Read by ./chrono-time.
 */
import type { InviteLexicon } from "../language/invite-lexicon";
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
  const dropped = new Set<Piece>();
  for (let index = 1; index < pieces.length; index++) {
    const [before, piece] = [pieces[index - 1], pieces[index]];
    if (before?.weekdayOnly && piece?.weekdayOnly && join.test(text.slice(before.end, piece.index))) {
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
