/**
 * How long a meeting lasts, in words: "allow about 30 minutes", "Dauer: ca. 45 Minuten", "durera
 * environ une heure et demie", "cerca de 1 hora", "drie kwartier". A length counts right after a
 * duration cue, or joined to the interview's word ("a 30-minute phone screen", "entrevista de 45
 * minutos"); "join 10 minutes early" is a lead time and has neither. Only lengths an interview
 * can have count (10 minutes to 8 hours).
 */
import type { InviteLexicon } from "../language/invite-lexicon";
import { phraseAlternatives, phrasePattern } from "./invite-language";

interface DurationWords {
  readonly cue: RegExp;
  /** A length at the start of a text, a few words after its cue at most ("aprox.", "ca." too). */
  readonly length: RegExp;
  /** A length joined to the interview's word, before it ("30-minute interview") or after ("entrevista de 1 hora"). */
  readonly joined: RegExp;
  /**
   * A length standing as a clause of its own: after punctuation and up to two words,
   * before punctuation, the people met ("45 minutes with Rosa") or the channel ("45 Min. per Teams").
   */
  readonly standalone: RegExp;
  /** Lengths said in words, lower case with single spaces → minutes. */
  readonly phrases: ReadonlyMap<string, number>;
  /** "and a quarter", "e un quarto": what adds 15 minutes, not 30, after an hour's length. */
  readonly quarter: RegExp;
  /** The end of a range of lengths after its start: "45 minutes et une heure", "an hour to an hour and a half". */
  readonly rangeEnd: RegExp;
}

/**
 * Words after a length that keep it one: the channel ("per Teams", "via Zoom"), "at most" and
 * "about" ("une heure environ", "una hora más o menos") in each language.
 */
const AFTER_A_LENGTH = [
  "or so",
  "give or take",
  "environ",
  "à peu près",
  "ungefähr",
  "circa",
  "más o menos",
  "aproximadamente",
  "mais ou menos",
  "ongeveer",
  "più o meno",
  "grosso modo",
  "per",
  "via",
  "at most",
  "max",
  "tops",
  "höchstens",
  "maximal",
  "au maximum",
  "au plus",
  "como máximo",
  "no máximo",
  "hooguit",
  "maximaal",
  "al massimo",
  "al max",
];

/** A stopwatch, hourglass or clock face before a length on a line of its own ("⏱ 45 min"). */
const CLOCK_SIGN = String.raw`[⏱⏲⌛⏳\u{1F550}-\u{1F567}]\uFE0F?`;

/** Words before a length that make it a part of the meeting, not its whole ("the first 15 minutes"). */
const PART_OF_IT = /\b(?:first|last|next|final|extra|additional|remaining|other|each|every|per)\b/i;

/** Words that make a length before a meeting's word a lead time ("arrive 10 minutes early to meet"). */
const LEAD_TIME =
  /\b(?:early|earlier|before|beforehand|ahead|prior|late|after|vorher|früher|avant|antes|prima|eerder)\b/iu;

const compiled = new WeakMap<InviteLexicon, DurationWords>();

function wordsOf(lexicon: InviteLexicon): DurationWords {
  let words = compiled.get(lexicon);
  if (!words) {
    // Units are matched without a boundary before them: "1h", "45min", "1h30" are written joined.
    const one = `(?<![\\p{L}])(?:${phraseAlternatives([...lexicon.oneWords, ...lexicon.hourNumbers])})`;
    const unit = `(?:${phraseAlternatives([...lexicon.minuteWords, ...lexicon.hourWords])})(?![\\p{L}])`;
    const half = phrasePattern([...lexicon.andAHalf, ...lexicon.andAQuarter]).source;
    // "45-60 minutes", "45 bis 60 Minuten", "entre 45 y 60 minutos": a range of lengths, its end kept.
    const upTo = `(?:[-–]|${phraseAlternatives([...lexicon.rangeWords, ...lexicon.andWords, "à", "ai"])})`;
    // Groups: a length in words; the amount (digits or a number word), its unit, minutes after an hour ("1h30"), "and a half".
    const amount = `(?:(${phrasePattern(Object.keys(lexicon.lengthPhrases)).source})|(?:\\d{1,3}(?:[.,]\\d)?\\s*${upTo}\\s*)?(\\d{1,3}(?:[.,]5)?|${one})[\\s-]*(${unit})(\\d{2}(?!\\d))?(\\s*${half})?)`;
    // "a 45-minute call", "een gesprek van een uur": the interview's word or a meeting's.
    const interview = phrasePattern([...lexicon.interviewWords, ...lexicon.meetingWords]).source;
    words = {
      cue: phrasePattern(lexicon.durationCues, "giu"),
      // Up to three words between, an elided one joined to the length too ("ne prendra qu'un quart d'heure").
      length: new RegExp(`^[\\s:~≈.,-]*(?:[\\p{L}'’]+\\.?[\\s:]+|\\p{L}{1,3}['’]){0,3}?${amount}`, "iu"),
      joined: new RegExp(
        `${amount}[\\s-]+(?:\\p{L}+[\\s-]+){0,2}?${interview}|${interview}(?:\\s+\\p{Ll}+){0,2}?\\s+(?:${phraseAlternatives(lexicon.lengthOf)})(?:\\s+|(?<=['’]))${amount}`,
        "giu",
      ),
      standalone: new RegExp(
        String.raw`(?:^|(?<!\d)[,.]|[,.](?!\d)|[;:!?()\[\]–—•\n]|\s-|${CLOCK_SIGN})\s*((?:\p{Ll}+\.?\s+){0,2}?)${amount}\.?(?=\s*(?:[.,;:!?)\n]|$|(?:${phraseAlternatives([...lexicon.withWords, ...lexicon.lengthSufficesWords, ...AFTER_A_LENGTH])})(?![\p{L}])))`,
        "giu",
      ),
      rangeEnd: new RegExp(`^\\s*${upTo}\\s*${amount}`, "iu"),
      quarter: phrasePattern(lexicon.andAQuarter),
      phrases: new Map(
        Object.entries(lexicon.lengthPhrases).map(([phrase, minutes]) => [phrase.toLowerCase(), minutes]),
      ),
    };
    compiled.set(lexicon, words);
  }
  return words;
}

/** The minutes of one matched length, from the groups of `amount` starting at `at`. */
function minutesOf(
  match: RegExpExecArray,
  at: number,
  words: DurationWords,
  lexicon: InviteLexicon,
): number | null {
  const [phrase, amountText, unitText, extraMinutes, half] = match.slice(at, at + 5);
  if (phrase) return words.phrases.get(phrase.toLowerCase().replace(/\s+/g, " ")) ?? null;
  if (!amountText || !unitText) return null;
  // A number in words ("two hours", "zwei Stunden"), else "a"/"an"/"one".
  const amount = /\d/.test(amountText)
    ? Number(amountText.replace(",", "."))
    : Math.max(1, lexicon.hourNumbers.indexOf(amountText.toLowerCase()) + 1);
  const hours = lexicon.hourWords.includes(unitText.toLowerCase());
  // "1h30": the minutes written after the hour; "1 ora e mezza": half an hour more, "e un quarto" a quarter.
  const part = half ? (words.quarter.test(half) ? 15 : 30) : 0;
  return Math.round(hours ? amount * 60 + Number(extraMinutes ?? 0) + part : amount);
}

const plausible = (minutes: number | null): minutes is number =>
  minutes !== null && minutes >= 10 && minutes <= 480;

/** Minutes the text says the meeting lasts, or null. */
export function findDuration(text: string, lexicon: InviteLexicon): number | null {
  const words = wordsOf(lexicon);
  const source = text.slice(0, 20_000);
  for (const match of source.matchAll(words.cue)) {
    const from = (match.index ?? 0) + match[0].length;
    const found = words.length.exec(source.slice(from, from + 60));
    // "for the first 15 minutes", "log in for 10 minutes before": a part of it, a lead time.
    const after = found ? source.slice(from + found[0].length, from + found[0].length + 12) : "";
    if (!found || PART_OF_IT.test(found[0]) || LEAD_TIME.test(after)) continue;
    const minutes = minutesOf(found, 1, words, lexicon);
    // "entre 45 minutes et une heure": the longer end, so nothing planned after it starts too early.
    const end = words.rangeEnd.exec(source.slice(from + found[0].length, from + found[0].length + 40));
    const upper = end ? minutesOf(end, 1, words, lexicon) : null;
    if (plausible(minutes)) return plausible(upper) ? Math.max(minutes, upper) : minutes;
  }
  for (const match of source.matchAll(words.joined)) {
    if (LEAD_TIME.test(match[0])) continue;
    const minutes =
      match[1] !== undefined || match[2] !== undefined
        ? minutesOf(match, 1, words, lexicon)
        : minutesOf(match, 6, words, lexicon);
    if (plausible(minutes)) return minutes;
  }
  for (const match of source.matchAll(words.standalone)) {
    if (PART_OF_IT.test(match[1] ?? "")) continue;
    const minutes = minutesOf(match, 2, words, lexicon);
    if (plausible(minutes) && minutes >= 15) return minutes;
  }
  return null;
}
