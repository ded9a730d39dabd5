/**
 * The employer behind an agency that names its client only in the subject ("Final round – Harwick
 * Foods, Finance Manager", "Entrevista final – Grupo Serra Azul"): a part of a title that is a
 * name, no role, no interview word and no agency, and that the text mentions again.
 */
import { escapeRegExp } from "../language/phrases";
import { LEXICON_LIST, phraseAlternatives } from "./invite-language";
import { ROLE_WORDS } from "./job-words";
import { cleanSubject } from "./subject";

/** Interview words of every language, and the English ones the lexicon's list leaves to patterns. */
const OPENING_WORDS = new RegExp(
  `^(?:(?:${phraseAlternatives([
    ...LEXICON_LIST.flatMap((lexicon) => [...lexicon.interviewWords, ...lexicon.messageWords]),
    "final round",
    "final",
    "onsite",
  ])})\\s+)+`,
  "iu",
);
/** First words of job titles in every language ("Leiter", "Responsable", "Gerente"): a role's. */
const TITLE_WORD = new RegExp(
  `^(?:${phraseAlternatives(LEXICON_LIST.flatMap((lexicon) => lexicon.jobTitleWords))})(?![\\p{L}])`,
  "iu",
);

/** Words before the role applied for in every language ("position of", "Stelle als", "vaga de"). */
const ROLE_CUES = phraseAlternatives(LEXICON_LIST.flatMap((lexicon) => lexicon.roleCues));

/**
 * The client an agency's titles name: `clean` makes a part a company name (or null) and
 * `isAgency` tells the agency's own names; the part's first word must be written in `body`.
 */
export function clientInTitles(
  titles: readonly (string | null)[],
  body: string,
  clean: (name: string) => string | null,
  isAgency: (name: string) => boolean,
): string | null {
  for (const title of titles) {
    if (!title) continue;
    for (const segment of cleanSubject(title).split(/\s+[-–—|]\s+|:\s+|,\s+|\s+\/\s+/)) {
      // "Gesprek bij Zuivelcoöperatie Noordkaap", "Entrevista com a …": the short words after the interview word go too.
      const opened = segment.replace(OPENING_WORDS, "");
      const name = clean(
        opened === segment ? segment : opened.replace(/^(?:\p{Ll}{1,6}\s+){1,2}(?=\p{Lu})/u, ""),
      );
      if (!name || !/^\p{Lu}/u.test(name) || ROLE_WORDS.test(name) || TITLE_WORD.test(name) || isAgency(name))
        continue;
      // Written again in the text, and not as the role ("la posizione di Attuario Junior").
      const first = name.split(" ")[0] ?? "";
      const asRole = new RegExp(`(?:${ROLE_CUES})\\s+(?:\\p{L}+\\s+)?${escapeRegExp(first)}`, "iu");
      if (new RegExp(`(?<![\\p{L}])${escapeRegExp(first)}(?![\\p{L}])`, "u").test(body) && !asRole.test(body))
        return name;
    }
  }
  return null;
}
