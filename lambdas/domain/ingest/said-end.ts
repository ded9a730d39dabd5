/**
 * The end of a meeting said in words after its start: "and should finish by 12:30pm", "das
 * Gespräch endet gegen 14:00 Uhr", "se terminera vers 12h", "termina por volta das 12h": each
 * lexicon's `endWords`, up to three words, then a clock later that day (within ten hours).
 */
import type { InviteLexicon } from "../language/invite-lexicon";
import type { WorkBudget } from "./budget";
import { afterNoon, clockIn } from "./foreign-clock";
import { lexiconPattern } from "./invite-language";
import { findTimes } from "./times";

/** A word, with the spaces and marks before it, that may stand between the end words and the clock ("at around"). */
const WORD_BETWEEN = /^[\s:,]*[\p{L}'’]+/u;

/** Minutes after the start (given as minutes of its day) the text says the meeting ends, or null. */
export function saidEnd(
  text: string,
  startMinutes: number,
  lexicon: InviteLexicon,
  budget: WorkBudget,
): number | null {
  const source = text.slice(0, 20_000);
  const endWords = lexiconPattern(lexicon, "endWords");
  if (!endWords.test(source)) return null;
  for (const match of source.matchAll(new RegExp(endWords.source, "giu"))) {
    let from = match.index + match[0].length;
    for (let words = 0; words <= 3; words++) {
      const minutes = clockAfter(source, from, lexicon, budget);
      if (minutes !== null)
        return minutes > startMinutes && minutes - startMinutes <= 10 * 60 ? minutes - startMinutes : null;
      const word = WORD_BETWEEN.exec(source.slice(from, from + 40));
      if (!word) break;
      from += word[0].length;
    }
  }
  return null;
}

/** The clock written right at `from`: by our English readers, else by the language's clock grammar. */
function clockAfter(text: string, from: number, lexicon: InviteLexicon, budget: WorkBudget): number | null {
  if (lexicon.lang === "en") {
    const time = findTimes(text.slice(from, from + 24), budget)[0];
    return time && /^[\s:,]*$/.test(text.slice(from, from + time.index)) ? time.start / 60 : null;
  }
  const clock = clockIn(text, from, from + 3, lexicon);
  return clock ? afterNoon(text, clock.end, clock.minutes, lexicon) : null;
}
