/**
 * Which language a short text is in: its stop words and cue phrases counted against each
 * lexicon. Cheap on purpose (a reply is a line or two); ties go to the user's own languages.
 */
import { LANGS, type Lang } from "./lang";
import type { Lexicon, Phrases } from "./lexicon";
import { LEXICONS } from "./lexicons";
import { table } from "./phrases";

const cuePhrases = new Map<Lang, Phrases>();

function allCues(lang: Lang, lexicon: Lexicon): Phrases {
  let phrases = cuePhrases.get(lang);
  if (!phrases) {
    // Every cue and day word but symbols and one-letter answers ("y", "n"): a bare "ja" is German
    // or Dutch; "anteontem" is Portuguese.
    phrases = [
      ...Object.values(lexicon.cues).flat(),
      ...lexicon.relative,
      ...lexicon.dayOffsets.map(([phrase]) => phrase),
      ...lexicon.weekdays.flat(),
    ].filter((phrase) => /\p{L}{2}/u.test(phrase));
    cuePhrases.set(lang, phrases);
  }
  return phrases;
}

/** `folded` as fold() makes it; `preferred`: the user's languages, first the likeliest. */
export function detectLanguage(folded: string, preferred: readonly Lang[] = ["en"]): Lang {
  const order = [...preferred, ...LANGS.filter((lang) => !preferred.includes(lang))];
  let best: Lang = order[0] ?? "en";
  let bestScore = 0;
  for (const [rank, lang] of order.entries()) {
    const lexicon = LEXICONS[lang];
    // The user's first language wins a near tie: "Rafael de la Cruz replied" is not French.
    const score =
      (rank === 0 ? 1 : 0) +
      table(lexicon.stopWords).matches(folded).length +
      2 * table(allCues(lang, lexicon)).matches(folded).length;
    if (score > bestScore) {
      best = lang;
      bestScore = score;
    }
  }
  return best;
}
