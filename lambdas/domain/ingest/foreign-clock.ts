/**
 * Clock times of invitations in other languages than English that chrono's locales leave out or
 * misread, read with the lexicon's words: an hour written alone after a clock word ("alle ore 11",
 * "a las 5", "um 10"), a part of an hour ("om kwart over drie", "um viertel zehn", "à trois heures
 * et quart": the dates grammar's hourParts, which the reply reader reads too), a range's end
 * ("14:00–14:45", "de 14h à 14h45", "van 15.00 tot 16.00 uur") and an hour after noon ("a las 5
 * de la tarde").
 */
import { type HourPart, hourPartsOf } from "../language/dates";
import type { InviteLexicon } from "../language/invite-lexicon";
import { LEXICONS } from "../language/lexicons";
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
   * A written clock, an hour alone after a clock word, or a named time or an hour in words after
   * one ("à midi", "à dix heures"); sticky patterns are tried at a place.
   */
  readonly anyClock: RegExp;
  /** Hours in words and named times, lower case with single spaces → minutes after midnight. */
  readonly spelled: ReadonlyMap<string, number>;
  /** A clock word ending the text before: a part of an hour of one word ("half", "halb") needs one. */
  readonly clockWordBefore: RegExp;
  /** Any word of a part of an hour ("kwart over", "et quart"): without one, no text is folded to read them. */
  readonly partWords: RegExp;
  /** An hour alone before a range word and another hour ("von 9 bis 10 Uhr"). */
  readonly bareRangeStart: RegExp;
  readonly rangeJoin: RegExp;
  readonly afternoon: RegExp;
  readonly morning: RegExp;
  /** A length's cue right before an hour ("duurt 1 uur", "Dauer: ca. 1"). */
  readonly lengthBefore: RegExp;
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
    const spelled = String.raw`(?<=${clockWord}\s+)(${phrasePattern(Object.keys(lexicon.namedTimes)).source})`;
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
      clockWordBefore: new RegExp(String.raw`${clockWord}\s+$`, "iu"),
      partWords: phrasePattern(LEXICONS[lexicon.lang].hourParts.map(([phrase]) => phrase)),
      spelled: new Map([
        ...lexicon.hourNumbers.map((word, index) => [word.toLowerCase(), (index + 1) * 60] as const),
        ...Object.entries(lexicon.namedTimes).map(
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

/**
 * The parts of an hour in `text` that are meeting times, placed from `offset`: after a clock word
 * ("om half 3", "à trois heures et quart"), or of more than one word before the hour ("kwart over
 * drie", "um quarto para as quatro"); "half december" or "une heure et demie" of a length is none.
 */
function partsIn(text: string, offset: number, lexicon: InviteLexicon, whole: string): Clock[] {
  const { clockWordBefore, partWords } = patternsOf(lexicon);
  if (!partWords.test(text)) return [];
  return hourPartsOf(text, lexicon.lang)
    .filter(
      (part) =>
        part.alone ||
        clockWordBefore.test(whole.slice(Math.max(0, offset + part.index - 24), offset + part.index)),
    )
    .map((part) => clockOfPart(part, offset));
}

function clockOfPart(part: HourPart, offset: number): Clock {
  const index = offset + part.index;
  return { index, end: index + part.length, minutes: part.hour * 60 + part.minute };
}

/** Clocks and parts of an hour in order; a part wins over a clock inside it or just before it ("a las 3 y media"). */
function merged(clocks: readonly Clock[], parts: readonly Clock[]): Clock[] {
  if (parts.length === 0) return [...clocks];
  const kept = clocks.filter(
    (clock) => !parts.some((part) => clock.index <= part.end && part.index <= clock.end),
  );
  return [...kept, ...parts].sort((a, b) => a.index - b.index);
}

/** The first clock time in `text` from `from` up to `limit`. */
export function clockIn(text: string, from: number, limit: number, lexicon: InviteLexicon): Clock | null {
  const { anyClock, spelled, lengthBefore } = patternsOf(lexicon);
  anyClock.lastIndex = from;
  let clock: Clock | null = null;
  for (let match = anyClock.exec(text); match && match.index < limit; match = anyClock.exec(text)) {
    // "het duurt 1 uur": an hour with "uur" after a length's cue is the length, not a clock.
    if (!match[2] && !match[3] && lengthBefore.test(text.slice(Math.max(0, match.index - 24), match.index)))
      continue;
    clock = clockOf(match, spelled);
    break;
  }
  const parts = partsIn(text.slice(from, Math.min(text.length, limit + 40)), from, lexicon, text).filter(
    (part) => part.index < limit,
  );
  return merged(clock ? [clock] : [], parts)[0] ?? null;
}

/** Every clock time in the first 20,000 characters of `text`, in order. */
function allClocks(text: string, lexicon: InviteLexicon): Clock[] {
  const { anyClock, spelled } = patternsOf(lexicon);
  const source = text.slice(0, 20_000);
  anyClock.lastIndex = 0;
  const clocks = [...source.matchAll(anyClock)].map((match) => clockOf(match, spelled));
  return merged(clocks, partsIn(source, 0, lexicon, source));
}

/** Every clock time in `text`, in order. */
export function clocksIn(text: string, lexicon: InviteLexicon): Clock[] {
  return allClocks(text, lexicon).slice(0, 50);
}

/**
 * A part of an hour across the end of a clock chrono read ("à 2| heures et demie", "9h et| quart",
 * "dix heures| moins le quart") that names the same hour: the minutes it says.
 */
function partAcross(text: string, clockEnd: number, minutes: number, lexicon: InviteLexicon): Clock | null {
  let from = Math.max(0, clockEnd - 12);
  while (from > 0 && /\S/.test(text[from - 1] ?? "")) from--;
  const hour = minutes / 60;
  const window = text.slice(from, clockEnd + 40);
  if (!patternsOf(lexicon).partWords.test(window)) return null;
  const part = hourPartsOf(window, lexicon.lang).find(
    (read) =>
      from + read.index < clockEnd &&
      from + read.index + read.length > clockEnd &&
      read.named % 12 === hour % 12,
  );
  if (!part) return null;
  const clock = clockOfPart(part, from);
  // "quinze heures et quart": chrono's afternoon stays.
  return hour >= 12 && clock.minutes < 12 * 60 ? { ...clock, minutes: clock.minutes + 12 * 60 } : clock;
}

/**
 * The minutes of an hour with the words right after it: a part of it ("alle 11 e mezza" → 11:30,
 * "dix heures moins le quart" → 9:45), after noon ("5 de la tarde" → 17:00), before it ("6 du matin").
 */
export function afterNoon(text: string, clockEnd: number, minutes: number, lexicon: InviteLexicon): number {
  const { afternoon, morning } = patternsOf(lexicon);
  const part = minutes % 60 === 0 ? partAcross(text, clockEnd, minutes, lexicon) : null;
  const read = part?.minutes ?? minutes;
  const after = part?.end ?? clockEnd;
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
  const { bareRangeStart, rangeJoin } = patternsOf(lexicon);
  const source = text.slice(0, 20_000);
  const starts = allClocks(source, lexicon).map((clock) => ({ clock, bare: false }));
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
