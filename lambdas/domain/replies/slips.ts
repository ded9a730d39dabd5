/**
 * Slips of the keyboard in the words a reply is read by: "folowed up", "snoze 1 day", "thnaked
 * them". A word of five letters or more one slip away from one of the lexicon's keywords is read
 * as that keyword, unless it is the keyword and one letter more ("interviews") or the lexicon knows
 * it as a real word ("heart", "fellow").
 */
import type { Lexicon } from "../language/lexicon";

/** One letter missing, extra or wrong, or two neighbours swapped ("thnaked"). */
function oneSlipApart(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  let j = 0;
  let edits = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      i++;
      j++;
      continue;
    }
    if (++edits > 1) return false;
    if (a.length > b.length) i++;
    else if (b.length > a.length) j++;
    else if (a[i] === b[j + 1] && a[i + 1] === b[j]) {
      i += 2;
      j += 2;
    } else {
      i++;
      j++;
    }
  }
  return edits + (a.length - i) + (b.length - j) <= 1;
}

const WORD = /\p{L}{5,}/gu;

/** `written` with each slipped keyword written as the keyword, in lower case. */
export function withoutSlips(written: string, lexicon: Lexicon): string {
  const { words, realWords } = lexicon.keywords;
  return written.replace(WORD, (word) => {
    const lower = word.toLowerCase();
    if (words.includes(lower) || realWords.includes(lower)) return word;
    // A keyword and one letter more is most often the word inflected: "interviews", "offers".
    const slip = words.find((keyword) => oneSlipApart(lower, keyword) && !lower.startsWith(keyword));
    return slip ?? word;
  });
}
