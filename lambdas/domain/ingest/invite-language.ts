/**
 * The invitation side of the language lexicons: phrase patterns built from their tables, and the
 * language an invitation is written in. The lexicons themselves are ../language/lexicons.
 */
import type { InviteLexicon } from "../language/invite-lexicon";
import type { Lang } from "../language/lang";
import { LEXICONS } from "../language/lexicons";
import { escapeRegExp } from "../language/phrases";

/** Each language's invite lexicon (the lexicons' invitation parts). */
export const INVITE_LEXICONS: Readonly<Record<Lang, InviteLexicon>> = LEXICONS;

export const LEXICON_LIST: readonly InviteLexicon[] = Object.values(INVITE_LEXICONS);

/**
 * A pattern for a phrase table: any of the phrases, longest first, as whole words in any case,
 * with any run of spaces between words. The table is the data; this is the only regex built from it.
 */
export function phrasePattern(phrases: readonly string[], flags = "iu"): RegExp {
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${phraseAlternatives(phrases)})(?![\\p{L}\\p{N}])`, flags);
}

/** Phrases as regex alternatives without boundaries, longest first, any spaces between words. */
export function phraseAlternatives(phrases: readonly string[]): string {
  return [...new Set(phrases)]
    .sort((a, b) => b.length - a.length)
    .map((phrase) => escapeRegExp(phrase).replace(/\s+/g, "\\s+"))
    .join("|");
}

/** Interview and invitation words of the languages other than English: never a company or a role. */
export const OTHER_LANGUAGES_INVITATION_WORDS = phrasePattern(
  LEXICON_LIST.filter((lexicon) => lexicon.lang !== "en").flatMap((lexicon) => [
    ...lexicon.interviewWords,
    ...lexicon.invitationPhrases,
  ]),
);

/** The parts of a lexicon that are phrase lists. */
export type PhrasePart = {
  [K in keyof InviteLexicon]: InviteLexicon[K] extends readonly string[] ? K : never;
}[keyof InviteLexicon];

const compiled = new WeakMap<InviteLexicon, Map<PhrasePart, RegExp>>();

/** One phrase list of a lexicon as a pattern, compiled once (see {@link phrasePattern}). */
export function lexiconPattern(lexicon: InviteLexicon, part: PhrasePart): RegExp {
  let parts = compiled.get(lexicon);
  if (!parts) {
    parts = new Map();
    compiled.set(lexicon, parts);
  }
  let pattern = parts.get(part);
  if (!pattern) {
    pattern = phrasePattern(lexicon[part]);
    parts.set(part, pattern);
  }
  return pattern;
}

const MARKERS = LEXICON_LIST.map((lexicon) => ({
  lang: lexicon.lang,
  words: new Set(lexicon.markers.map((word) => word.toLowerCase())),
}));

/**
 * The language a text is written in, by its most frequent short words; English unless another
 * language's words clearly outnumber English ones (a quoted English footer does not make it English,
 * a German name in an English mail does not make it German).
 */
export function languageOf(text: string): Lang {
  const counts = new Map<Lang, number>();
  let words = 0;
  for (const match of text
    .slice(0, 6_000)
    .toLowerCase()
    .matchAll(/\p{L}+/gu)) {
    if (++words > 800) break;
    for (const { lang, words: markers } of MARKERS)
      if (markers.has(match[0])) counts.set(lang, (counts.get(lang) ?? 0) + 1);
  }
  const english = counts.get("en") ?? 0;
  let best: Lang = "en";
  let bestCount = english;
  for (const [lang, count] of counts)
    if (lang !== "en" && count > bestCount) {
      best = lang;
      bestCount = count;
    }
  return best !== "en" && bestCount >= Math.max(3, english * 1.5) ? best : "en";
}
