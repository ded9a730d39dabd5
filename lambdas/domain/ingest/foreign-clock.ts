/**
 * Clock times of invitations in other languages than English that chrono's locales leave out or
 * misread, read with the lexicon's words: an hour written alone after a clock word ("alle ore 11",
 * "a las 5", "um 10"), a range's end ("14:00–14:45", "de 14h à 14h45", "van 15.00 tot 16.00 uur",
 * "das 15h às 15h45") and an hour after noon ("a las 5 de la tarde").
 */
import type { InviteLexicon } from "../language/invite-lexicon";
import { phrasePattern } from "./invite-language";

/** "15:30", "15.30", "15h30", "15 h 30", "10u30", "15h", "9 Uhr", "15.00 uur", "10:45 h"; never "€ 6.400". */
const WRITTEN_CLOCK = String.raw`(?<![\d.:/,]|[€$£]\s?)([01]?\d|2[0-3])(?:[:.hu]([0-5]\d)(?!\d)(?:\s?(?:h|uhr|uur)(?![\p{L}\d]))?|\s?h(?:\s?([0-5]\d))?(?![\p{L}\d])|\s?(?:uhr|uur)(?![\p{L}]))`;

export interface Clock {
  readonly index: number;
  readonly end: number;
  /** Minutes after midnight. */
  readonly minutes: number;
}

interface ClockPatterns {
  /**
   * A written clock, an hour alone after a clock word, or a time in words after one ("om half
   * elf", "à midi"); sticky patterns are tried at a place.
   */
  readonly anyClock: RegExp;
  /** Times in words, lower case with single spaces → minutes after midnight. */
  readonly spelled: ReadonlyMap<string, number>;
  /** An hour alone before a range word and another hour ("von 9 bis 10 Uhr"). */
  readonly bareRangeStart: RegExp;
  readonly rangeJoin: RegExp;
  readonly afternoon: RegExp;
  readonly morning: RegExp;
  /** A length's cue right before an hour ("duurt 1 uur", "Dauer: ca. 1"). */
  readonly lengthBefore: RegExp;
  /** "e mezza", "y media", "et demie" right after an hour: half past it. */
  readonly half: RegExp;
}

const compiled = new WeakMap<InviteLexicon, ClockPatterns>();

function patternsOf(lexicon: InviteLexicon): ClockPatterns {
  let patterns = compiled.get(lexicon);
  if (!patterns) {
    const clockWord = phrasePattern(lexicon.clockWords).source;
    const oClockWord = String.raw`\s*${phrasePattern(lexicon.oClockWords).source}`;
    const units = phrasePattern(
      [...lexicon.minuteWords, ...lexicon.hourWords].filter((unit) => !lexicon.oClockWords.includes(unit)),
    ).source;
    // An hour alone counts only after a clock word, and never before a unit ("um 10 Minuten"); an
    // o'clock word after it is part of it ("às 10 horas", "à 10 heures", "om 10 uur").
    const bareHour = String.raw`(?<=${clockWord}\s+)([01]?\d|2[0-3])(?![\d:.,]?\d)(?!\s*(?:${units}|%|€|\$))(?:${oClockWord})?`;
    const spelled = String.raw`(?<=${clockWord}\s+)(${phrasePattern(Object.keys(lexicon.spelledTimes)).source})`;
    // An hour in words ("a las nueve y media", "um neun Uhr") ends at an o'clock word, a half, a
    // part of the day or punctuation: "à une réunion" is no time.
    const follows = phrasePattern([
      ...lexicon.andAHalf,
      ...lexicon.afternoonWords,
      ...lexicon.morningWords,
    ]).source;
    const hourInWords = String.raw`(?<=${clockWord}\s+)(${phrasePattern(lexicon.hourNumbers).source})(?:${oClockWord}|(?=\s*(?:${follows}|[^\p{L}\s]|$)))`;
    patterns = {
      anyClock: new RegExp(`${WRITTEN_CLOCK}|${bareHour}|${spelled}|${hourInWords}`, "giu"),
      spelled: new Map([
        ...lexicon.hourNumbers.map((word, index) => [word.toLowerCase(), (index + 1) * 60] as const),
        ...Object.entries(lexicon.spelledTimes).map(
          ([phrase, minutes]) => [phrase.toLowerCase(), minutes] as const,
        ),
      ]),
      bareRangeStart: new RegExp(
        String.raw`(?<![\d.:,/])([01]?\d|2[0-3])(?=\s*(?:[-–—]|${phrasePattern(lexicon.rangeWords).source})\s*(?:${clockWord}\s*)?\d)`,
        "giu",
      ),
      rangeJoin: new RegExp(
        String.raw`^\s*(?:[-–—]|${phrasePattern(lexicon.rangeWords).source})\s*(?:${phrasePattern(lexicon.clockWords).source}\s*)?`,
        "iu",
      ),
      afternoon: new RegExp(String.raw`^[\s,]*(?:${phrasePattern(lexicon.afternoonWords).source})`, "iu"),
      lengthBefore: new RegExp(
        String.raw`(?:${phrasePattern(lexicon.durationCues).source})(?:\s+[\p{L}.]+){0,2}[\s:]*$`,
        "iu",
      ),
      morning: new RegExp(String.raw`^[\s,]*(?:${phrasePattern(lexicon.morningWords).source})`, "iu"),
      half: new RegExp(
        String.raw`^\s+(?:${phrasePattern(lexicon.andAHalf).source})(?!\s*(?:${units}))`,
        "iu",
      ),
    };
    compiled.set(lexicon, patterns);
  }
  return patterns;
}

function clockOf(match: RegExpExecArray, spelled?: ReadonlyMap<string, number>): Clock {
  const index = match.index;
  const end = index + match[0].length;
  const words = (match[5] ?? match[6])?.toLowerCase().replace(/\s+/g, " ");
  if (words !== undefined) return { index, end, minutes: spelled?.get(words) ?? 0 };
  const hour = Number(match[1] ?? match[4] ?? 0);
  const minute = Number(match[2] ?? match[3] ?? 0);
  return { index, end, minutes: hour * 60 + minute };
}

/** The first clock time in `text` from `from` up to `limit`. */
export function clockIn(text: string, from: number, limit: number, lexicon: InviteLexicon): Clock | null {
  const { anyClock, spelled, lengthBefore } = patternsOf(lexicon);
  anyClock.lastIndex = from;
  for (let match = anyClock.exec(text); match && match.index < limit; match = anyClock.exec(text)) {
    // "het duurt 1 uur": an hour with "uur" after a length's cue is the length, not a clock.
    if (!match[2] && !match[3] && lengthBefore.test(text.slice(Math.max(0, match.index - 24), match.index)))
      continue;
    return clockOf(match, spelled);
  }
  return null;
}

/** Every clock time in `text`, in order. */
export function clocksIn(text: string, lexicon: InviteLexicon): Clock[] {
  const { anyClock, spelled } = patternsOf(lexicon);
  anyClock.lastIndex = 0;
  return [...text.slice(0, 20_000).matchAll(anyClock)].slice(0, 50).map((match) => clockOf(match, spelled));
}

/**
 * The minutes of an hour with the words right after it: half past it ("alle 11 e mezza" → 11:30),
 * after noon ("5 de la tarde" → 17:00), before it ("6 du matin").
 */
export function afterNoon(text: string, clockEnd: number, minutes: number, lexicon: InviteLexicon): number {
  const { afternoon, morning, half } = patternsOf(lexicon);
  const halfPast = minutes % 60 === 0 ? half.exec(text.slice(clockEnd, clockEnd + 30)) : null;
  const read = halfPast ? minutes + 30 : minutes;
  const after = clockEnd + (halfPast?.[0].length ?? 0);
  const following = text.slice(after, after + 30);
  if (read < 12 * 60 && afternoon.test(following)) return read + 12 * 60;
  // "a la una y media", "às 3": an hour from 1 to 6 with no morning word is after noon (no one
  // interviews at night), as our English readers read "2:30".
  return read >= 60 && read < 7 * 60 && !morning.test(following) ? read + 12 * 60 : read;
}

/**
 * The end of a range that starts at `start` minutes: wherever the text writes that time followed by
 * a dash or a range word and another time ("14:00–14:45", "von 10 bis 11 Uhr"). Null when none.
 */
export function rangeEnd(text: string, start: number, lexicon: InviteLexicon): number | null {
  const { anyClock, bareRangeStart, rangeJoin, spelled } = patternsOf(lexicon);
  const source = text.slice(0, 20_000);
  anyClock.lastIndex = 0;
  const starts = [...source.matchAll(anyClock)].map((match) => ({
    clock: clockOf(match, spelled),
    bare: false,
  }));
  for (const match of source.matchAll(bareRangeStart))
    starts.push({
      clock: { index: match.index, end: match.index + match[0].length, minutes: Number(match[1]) * 60 },
      bare: true,
    });
  for (const { clock, bare } of starts) {
    if (clock.minutes % (12 * 60) !== start % (12 * 60)) continue;
    const join = rangeJoin.exec(source.slice(clock.end, clock.end + 40));
    if (!join) continue;
    const after = clock.end + join[0].length;
    // The end may be an hour alone ("von 10 bis 11 Uhr", "de 10 a 11 h"); after a bare start
    // ("von 9 bis 10 Uhr") it must be a written clock, or "1-2 Personen" would be a range.
    const endMatch = new RegExp(
      `^(?:${WRITTEN_CLOCK}${bare ? "" : "|([01]?\\d|2[0-3])(?![\\d:.,]?\\d)"})`,
      "iu",
    ).exec(source.slice(after, after + 20));
    if (!endMatch) continue;
    let end = clockOf(endMatch).minutes;
    if (end <= start && end + 12 * 60 > start) end += 12 * 60;
    if (end > start && end - start <= 8 * 60) return end;
  }
  return null;
}
