/**
 * A forwarded thread's newest message ("Können wir auf Freitag verschieben?" above the invitation
 * it answers): a weekday it names alone is the next one after it was written, not after the
 * quoted invitation. Read by both time readers (./meeting-time, ./chrono-time).
 */
import type { WallZone } from "../zones";
import { isoWeekday, SECONDS_PER_DAY } from "./civil";
import type { Piece } from "./piece-grammar";

export interface NewestMessage {
  /** Where its words end in the text. */
  readonly end: number;
  /** When it was written, in UTC seconds. */
  readonly utc: number;
}

const dayOf = (utc: number, zone: WallZone) => Math.floor((utc + zone.offsetAt(utc)) / SECONDS_PER_DAY);

/** The day words written at `index` count from: the newest message's when they are in it, else `writtenDay`. */
export function dayCountedFrom(
  context: { readonly newest?: NewestMessage | null; readonly writtenZone: WallZone },
  index: number,
  writtenDay: number,
): number {
  const newest = context.newest;
  return newest && index < newest.end ? dayOf(newest.utc, context.writtenZone) : writtenDay;
}

/** Chrono's weekdays alone in the newest message, counted from when it was written. */
export function weekdaysFromNewest(pieces: Piece[], newest: NewestMessage | null, zone: WallZone): Piece[] {
  if (!newest) return pieces;
  const today = dayOf(newest.utc, zone);
  return pieces.map((piece) =>
    piece.weekdayOnly && piece.day !== null && piece.index < newest.end
      ? { ...piece, day: today + ((isoWeekday(piece.day) - isoWeekday(today) + 6) % 7) + 1 }
      : piece,
  );
}
