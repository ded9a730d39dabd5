/**
 * Month, weekday and day names typed on a phone: "Septmber", "thrusday", "tomorow", "Dezemer",
 * "donderdg". A word of six letters or more one edit from such a name (two for names of nine
 * letters and more; a swap of neighbours is one edit) is read as it, unless it starts with the
 * name ("fridays", "Montage": an inflection or another word). Day words ("tomorrow") count from
 * seven letters.
 */
import type { Lang } from "../lang";
import { LEXICONS } from "../lexicons";
import { fold } from "../phrases";

const targets = new Map<Lang, ReadonlyMap<string, readonly string[]>>();

/** The language's names of six letters and more, by first letter: the letter a typo rarely misses. */
function namesOf(lang: Lang): ReadonlyMap<string, readonly string[]> {
  let byLetter = targets.get(lang);
  if (byLetter) return byLetter;
  const lexicon = LEXICONS[lang];
  // Day words of six letters ("morgen") are one letter from names ("Morgan"): seven and more.
  const names = [
    ...[...lexicon.months.flat(), ...lexicon.weekdays.flat()].filter((name) => name.length >= 6),
    ...lexicon.relative.filter((word) => word.length >= 7),
  ]
    .map(fold)
    .filter((name) => /^\p{L}+$/u.test(name));
  const grouped = new Map<string, string[]>();
  for (const name of new Set(names))
    grouped.set(name[0] ?? "", [...(grouped.get(name[0] ?? "") ?? []), name]);
  byLetter = grouped;
  targets.set(lang, byLetter);
  return byLetter;
}

/**
 * Whether `a` from `i` and `b` from `j` are at most `edits` insertions, deletions, substitutions
 * or swaps of neighbours apart: walks the common run, then tries each edit (no table: for one or
 * two edits a handful of scans).
 */
function near(a: string, i: number, b: string, j: number, edits: number): boolean {
  while (i < a.length && j < b.length && a[i] === b[j]) {
    i++;
    j++;
  }
  if (i === a.length || j === b.length) return a.length - i + (b.length - j) <= edits;
  if (edits === 0) return false;
  const swapped = a[i] === b[j + 1] && a[i + 1] === b[j];
  return (
    near(a, i + 1, b, j + 1, edits - 1) ||
    near(a, i + 1, b, j, edits - 1) ||
    near(a, i, b, j + 1, edits - 1) ||
    (swapped && near(a, i + 2, b, j + 2, edits - 1))
  );
}

/** The name `word` (folded) was meant to be, or null when it is one already or none. */
function meant(word: string, lang: Lang): string | null {
  const candidates = namesOf(lang).get(word[0] ?? "") ?? [];
  if (candidates.includes(word)) return null;
  for (const name of candidates) {
    if (word.startsWith(name) || Math.abs(name.length - word.length) > 2) continue;
    if (near(word, 0, name, 0, name.length >= 9 ? 2 : 1)) return name;
  }
  return null;
}

export interface Corrected {
  readonly text: string;
  /** The place in the text as written of a place in the corrected one. */
  readonly original: (index: number) => number;
}

/** `text` with its mistyped names written out, and the way back to the places as written. */
export function correctNames(text: string, lang: Lang): Corrected {
  const folded = fold(text);
  const edits: Array<{ at: number; delta: number }> = [];
  let written = "";
  let from = 0;
  for (const match of folded.matchAll(/\p{L}{6,}/gu)) {
    const name = meant(match[0], lang);
    if (!name) continue;
    written += text.slice(from, match.index) + name;
    edits.push({ at: written.length, delta: name.length - match[0].length });
    from = match.index + match[0].length;
  }
  if (edits.length === 0) return { text, original: (index) => index };
  written += text.slice(from);
  return {
    text: written,
    original: (index) =>
      index - edits.filter((edit) => edit.at <= index).reduce((sum, edit) => sum + edit.delta, 0),
  };
}
