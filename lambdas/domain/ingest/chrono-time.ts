/**
 * The meeting's time read with chrono's parser for the text's language (other languages than English)
 * for that language and our own bounds: a result counts only with a day and a clock time (a time
 * on the same line, or the line below a date, completes a date written alone: "Date : jeudi 3
 * décembre / Heure : 11h00"), never a word for "now", never a time already past; the zone is the
 * one written after the time ("MEZ", "(heure de Paris)", "hora del centro"), else the user's.
 * English text never comes here: our own readers (./meeting-time) read it without a parser.
 */
import * as chrono from "chrono-node";
import type { InviteLexicon } from "../language/invite-lexicon";
import type { Lang } from "../language/lang";
import { readZoneAt, type WallZone, type ZoneRead, zoneLines } from "../zones";
import { daysFromCivil, SECONDS_PER_DAY, shortDate } from "./civil";
import { lexiconPattern } from "./invite-language";
import type { FoundTime, WhenResult } from "./meeting-time";

/** English is read by our own readers (./meeting-time), never here. */
const PARSERS: Readonly<Record<Exclude<Lang, "en">, chrono.Chrono>> = {
  de: chrono.de.casual,
  fr: chrono.fr.casual,
  es: chrono.es.casual,
  pt: chrono.pt.casual,
  nl: chrono.nl.casual,
  it: chrono.it.casual,
};

export interface ForeignContext {
  readonly writtenUtc: number | null;
  readonly writtenZone: WallZone;
  readonly userZone: WallZone | null;
  readonly assumedZone: string;
  readonly lexicon: InviteLexicon;
}

/** A clock time chrono's locales leave out: "15h", "10u30", "9 Uhr", "ore 11:00", "15.30 uur". */
const CLOCK = /(?<![\d.:/])([01]?\d|2[0-3])(?:[:.hu]([0-5]\d)|\s?h(?![\p{L}\d])|\s?(?:uhr|uur)\b)/iu;

export interface Piece {
  readonly index: number;
  readonly end: number;
  readonly day: number | null;
  readonly minutes: number | null;
  readonly endMinutes: number | null;
}

function piecesOf(results: readonly chrono.ParsedResult[], nowWords: RegExp): Piece[] {
  const pieces: Piece[] = [];
  for (const result of results) {
    if (!/\d/.test(result.text) && nowWords.test(result.text)) continue;
    // "45 minutos", "in 2 Stunden": a length or an offset from now, never the meeting.
    if ([...result.tags()].some((tag) => tag.startsWith("result/relativeDate"))) continue;
    const { start, end } = result;
    const day =
      start.isCertain("day") || start.isCertain("weekday")
        ? daysFromCivil(start.get("year") ?? 0, start.get("month") ?? 1, start.get("day") ?? 1)
        : null;
    const minutes = start.isCertain("hour")
      ? (start.get("hour") ?? 0) * 60 + (start.get("minute") ?? 0)
      : null;
    const endMinutes =
      end?.isCertain("hour") === true ? (end.get("hour") ?? 0) * 60 + (end.get("minute") ?? 0) : null;
    if (day === null && minutes === null) continue;
    pieces.push({ index: result.index, end: result.index + result.text.length, day, minutes, endMinutes });
  }
  return pieces;
}

/** The clock time right after a date written alone, on its line or the next. */
function timeAfter(text: string, piece: Piece, pieces: readonly Piece[]): Piece | null {
  const lineEnd = text.indexOf("\n", piece.end);
  const nextLineEnd = lineEnd < 0 ? text.length : text.indexOf("\n", lineEnd + 1);
  const limit = nextLineEnd < 0 ? text.length : nextLineEnd;
  const fromChrono = pieces.find(
    (other) =>
      other.day === null && other.minutes !== null && other.index >= piece.end && other.index < limit,
  );
  if (fromChrono) return fromChrono;
  const window = text.slice(piece.end, Math.min(limit, piece.end + 80));
  const clock = CLOCK.exec(window);
  if (!clock) return null;
  const index = piece.end + clock.index;
  const minutes = Number(clock[1]) * 60 + Number(clock[2] ?? 0);
  return { index, end: index + clock[0].length, day: null, minutes, endMinutes: null };
}

/** A zone phrase within a few words from the time ("10:30 Uhr MEZ", "14h30 (heure de Paris)"). */
function zoneAfter(text: string, from: number): ZoneRead | null {
  const window = text.slice(from, from + 80);
  for (let at = 0; at < window.length; at++) {
    if (at > 0 && !/[\s(,]/.test(window[at - 1] ?? "")) continue;
    const zone = readZoneAt(window.slice(at));
    if (zone) return zone;
    if (window[at] === "\n") break;
  }
  return null;
}

/**
 * The days and times chrono's parser for the lexicon's language reads in `text`, relative days
 * counted from `reference` (UTC seconds) in `zone`.
 */
export function chronoPieces(
  text: string,
  lexicon: InviteLexicon,
  reference: number | null,
  zone: WallZone,
): Piece[] {
  if (lexicon.lang === "en") return [];
  const results = PARSERS[lexicon.lang].parse(
    text.slice(0, 20_000),
    {
      instant: new Date((reference ?? 0) * 1000),
      timezone: reference !== null ? zone.offsetAt(reference) / 60 : 0,
    },
    { forwardDate: true },
  );
  return piecesOf(results, lexiconPattern(lexicon, "nowWords"));
}

/** Reads the meeting's time from non-English text; "none" when no day with a time is written. */
export function findForeignWhen(text: string, context: ForeignContext): WhenResult {
  const { lexicon, writtenUtc, writtenZone } = context;
  const pieces = chronoPieces(text, lexicon, writtenUtc, writtenZone);
  const lineZone = zoneLines(text)[0] ?? null;
  const found: FoundTime[] = [];
  let dateOnly: number | null = null;
  for (const piece of pieces) {
    if (piece.day === null) continue;
    const time = piece.minutes !== null ? piece : timeAfter(text, piece, pieces);
    if (time?.minutes == null) {
      dateOnly ??= piece.day;
      continue;
    }
    const zoneRead = zoneAfter(text, time.index) ?? lineZone;
    const zone = zoneRead?.zone ?? context.userZone ?? writtenZone;
    const start = zone.toUtc(piece.day * SECONDS_PER_DAY + time.minutes * 60);
    if (writtenUtc !== null && start < writtenUtc - 3600) continue;
    const end =
      time.endMinutes !== null && time.endMinutes > time.minutes
        ? zone.toUtc(piece.day * SECONDS_PER_DAY + time.endMinutes * 60)
        : null;
    const guesses = zoneRead ? [] : [`No time zone was given; I read the time in ${context.assumedZone}.`];
    const lineStart = text.lastIndexOf("\n", piece.index) + 1;
    const lineEnd = text.indexOf("\n", piece.index);
    found.push({
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
    });
  }
  const first = found[0];
  if (!first) return { kind: "none", dateOnly: dateOnly === null ? null : shortDate(dateOnly) };
  const others = found.filter((time) => time.start !== first.start);
  if (others.length > 0 && others.some((time) => Math.abs(time.start - first.start) > 12 * 3600))
    return {
      kind: "unclear",
      reason: "the message gives more than one date and time, so it is not clear which is the interview",
    };
  return { kind: "found", time: first };
}
