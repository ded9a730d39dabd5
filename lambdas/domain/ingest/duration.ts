/**
 * How long a meeting lasts, in words: "allow about 30 minutes", "Dauer: ca. 45 Minuten", "durera
 * environ une heure", "cerca de 1 hora", "een half uur". Only a length right after a duration cue
 * counts ("a 30 minute call" says what the call is; "join 10 minutes early" is a lead time, and
 * neither has a cue), and only lengths an interview can have (10 minutes to 8 hours).
 */
import type { InviteLexicon } from "../language/invite-lexicon";
import { phraseAlternatives, phrasePattern } from "./invite-language";

interface DurationWords {
  readonly cue: RegExp;
  readonly length: RegExp;
}

const compiled = new WeakMap<InviteLexicon, DurationWords>();

function wordsOf(lexicon: InviteLexicon): DurationWords {
  let words = compiled.get(lexicon);
  if (!words) {
    // Units are matched without a boundary before them: "1h", "45min", "1h30" are written joined.
    const one = `(?<![\\p{L}])(?:${phraseAlternatives(lexicon.oneWords)})`;
    const amount = `(\\d{1,3}(?:[.,]5)?|${one})`;
    const unit = `(${phraseAlternatives([...lexicon.minuteWords, ...lexicon.hourWords])})(?![\\p{L}])`;
    words = {
      cue: phrasePattern(lexicon.durationCues, "giu"),
      length: new RegExp(
        `^[\\s:~≈.,-]*(?:[\\p{L}'’]+[\\s:]+){0,3}?(?:${phrasePattern(lexicon.halfHourPhrases).source}|${amount}\\s*${unit}(\\d{2}(?!\\d))?)`,
        "iu",
      ),
    };
    compiled.set(lexicon, words);
  }
  return words;
}

/** Minutes the text says the meeting lasts, or null. */
export function findDuration(text: string, lexicon: InviteLexicon): number | null {
  const { cue, length } = wordsOf(lexicon);
  const source = text.slice(0, 20_000);
  cue.lastIndex = 0;
  for (const match of source.matchAll(cue)) {
    const after = source.slice(
      (match.index ?? 0) + match[0].length,
      (match.index ?? 0) + match[0].length + 40,
    );
    const found = length.exec(after);
    if (!found) continue;
    const [, amountText, unitText, extraMinutes] = found;
    if (!amountText || !unitText) return 30;
    const amount = /\d/.test(amountText) ? Number(amountText.replace(",", ".")) : 1;
    const hours = lexicon.hourWords.includes(unitText.toLowerCase());
    // "1h30": the minutes written after the hour.
    const minutes = Math.round(hours ? amount * 60 + Number(extraMinutes ?? 0) : amount);
    if (minutes >= 10 && minutes <= 480) return minutes;
  }
  return null;
}
