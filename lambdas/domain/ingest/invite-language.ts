/**
 * The invitation side of the language lexicons: phrase patterns built from their tables. The
 * lexicons themselves are ../language/lexicons; the language a mail is written in is
 * ../language/detect.
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
  return new RegExp(
    `${startsWithOneOf(phrases)}${NOT_AFTER_A_WORD}(?:${phraseAlternatives(phrases)})${NOT_BEFORE_A_WORD}`,
    flags,
  );
}

/** No letter or digit after, unless the phrase ends with an elision ("imprevisto dell'Avv. Moretti"). */
const NOT_BEFORE_A_WORD = "(?:(?<=['’])|(?![\\p{L}\\p{N}]))";

/**
 * No letter or digit before: first the ASCII ones, a plain class (inside a word, most places a
 * phrase's first letter is tried at), then any other, a Unicode property class that V8 checks
 * many times slower. The same places either way.
 */
export const NOT_AFTER_A_WORD = "(?<![A-Za-z0-9])(?<![\\p{L}\\p{N}])";

/**
 * A look at the one character a phrase can start with, ahead of the costlier look behind it that
 * the engine would otherwise make at every position of the text; nothing when a phrase starts with
 * no single character of the basic plane (a space, an empty phrase).
 */
export function startsWithOneOf(phrases: readonly string[]): string {
  const firsts = new Set<string>();
  for (const phrase of phrases) {
    const first = phrase.codePointAt(0);
    if (first === undefined || first > 0xffff || /[\s*]/.test(phrase.charAt(0))) return "";
    firsts.add(phrase.charAt(0).replace(/[\]\\^-]/, "\\$&"));
  }
  return firsts.size > 0 ? `(?=[${[...firsts].join("")}])` : "";
}

/**
 * A "…" inside a phrase: up to eight words of one sentence ("ich bin … ebenfalls dabei" reads "ich
 * bin beim Gespräch ebenfalls dabei"; "zullen u … ontvangen" reads "zullen u donderdag om 14.00 uur
 * op ons kantoor ontvangen").
 */
const GAP = "(?:\\s+(?:[^\\s.!?]|\\.(?=\\S))+){0,8}?\\s+";

/** A "stem*" in a phrase: the rest of its word ("recib*" reads "recibirán", "receb*" reads "recebê-lo"). */
const STEM_ENDING = '[^\\s.,;:!?()"“”]*';

/**
 * Phrases as regex alternatives without boundaries, longest first, any spaces between words.
 * Grouped by first letter ("c(?:ontact|all)|i(?:'ll|t will)"): the engine tries one group where
 * a phrase can start instead of every phrase, a few times faster on long tables. The same matches:
 * phrases of different groups never match at one place (a group holds every case of its letter),
 * and a group keeps its phrases' order.
 */
export function phraseAlternatives(phrases: readonly string[]): string {
  const sorted = [...new Set(phrases)].sort((a, b) => b.length - a.length);
  // A word ending in "*" is a stem: any word it begins ("dur*": durar, durará, durera, durerà).
  const pattern = (phrase: string) =>
    phrase
      .split(/\s*…\s*/)
      .map((part) => escapeRegExp(part).replace(/\s+/g, "\\s+").replace(/\\\*/g, STEM_ENDING))
      .join(GAP);
  const groups = new Map<string, string[]>();
  for (const phrase of sorted) {
    const first = phrase.charAt(0);
    // A phrase starting with a space, a stem's ending or past the basic plane: no letter to group on.
    if (!first || /[\s*]/.test(first) || (phrase.codePointAt(0) ?? 0) > 0xffff)
      return sorted.map(pattern).join("|");
    const group = groups.get(caseless(first));
    if (group) group.push(phrase);
    else groups.set(caseless(first), [phrase]);
  }
  return [...groups.values()]
    .map((group) => {
      const first = group[0]?.charAt(0) ?? "";
      return group.length > 1 && group.every((phrase) => phrase.startsWith(first))
        ? `${escapeRegExp(first)}(?:${group.map((phrase) => pattern(phrase.slice(1))).join("|")})`
        : group.map(pattern).join("|");
    })
    .join("|");
}

/** One key for every case of a letter, as a case-insensitive regex matches them ("ſ", "S" and "s"). */
function caseless(letter: string): string {
  const upper = letter.toUpperCase();
  return upper.length === 1 ? upper.toLowerCase() : letter.toLowerCase();
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
