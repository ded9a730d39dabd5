/** Every language's invite lexicon, English first (the default when a text's language is unclear). */
import { DE_INVITE } from "../language/de/invite";
import { EN_INVITE } from "../language/en/invite";
import { ES_INVITE } from "../language/es/invite";
import { FR_INVITE } from "../language/fr/invite";
import type { InviteLang, InviteLexicon } from "../language/invite-lexicon";
import { IT_INVITE } from "../language/it/invite";
import { NL_INVITE } from "../language/nl/invite";
import { PT_INVITE } from "../language/pt/invite";

export const INVITE_LEXICONS: Readonly<Record<InviteLang, InviteLexicon>> = {
  en: EN_INVITE,
  de: DE_INVITE,
  fr: FR_INVITE,
  es: ES_INVITE,
  pt: PT_INVITE,
  nl: NL_INVITE,
  it: IT_INVITE,
};

export const LEXICON_LIST: readonly InviteLexicon[] = Object.values(INVITE_LEXICONS);

const escapeRegex = (phrase: string) => phrase.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/**
 * A pattern for a phrase table: any of the phrases, longest first, as whole words in any case,
 * with any run of spaces between words. The table is the data; this is the only regex built from it.
 */
export function phrasePattern(phrases: readonly string[], flags = "iu"): RegExp {
  const alternatives = [...new Set(phrases)]
    .sort((a, b) => b.length - a.length)
    .map((phrase) => escapeRegex(phrase).replace(/\s+/g, "\\s+"));
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives.join("|")})(?![\\p{L}\\p{N}])`, flags);
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
export function languageOf(text: string): InviteLang {
  const counts = new Map<InviteLang, number>();
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
  let best: InviteLang = "en";
  let bestCount = english;
  for (const [lang, count] of counts)
    if (lang !== "en" && count > bestCount) {
      best = lang;
      bestCount = count;
    }
  return best !== "en" && bestCount >= Math.max(3, english * 1.5) ? best : "en";
}
