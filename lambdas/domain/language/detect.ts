/**
 * Which language a text is in. A reply (a line or two): its stop words and cue phrases counted
 * against each lexicon, ties to the user's own languages. A mail (up to 800 words): each
 * language's frequent short words (the invitation lexicon's markers and the stop words) looked up
 * one word at a time, English unless another language clearly leads.
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

/**
 * How many words the cue phrases found cover: one long phrase of a language ("decidí no seguir")
 * outweighs two short words another language shares ("decidi", "no").
 */
function wordsIn(found: ReadonlyArray<{ readonly text: string }>): number {
  return found.reduce((sum, phrase) => sum + phrase.text.split(" ").length, 0);
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
      2 * wordsIn(table(allCues(lang, lexicon)).matches(folded));
    if (score > bestScore) {
      best = lang;
      bestScore = score;
    }
  }
  return best;
}

/** Each language's frequent short words, one set: a mail's words are looked up, never matched as phrases. */
/** Each marker or stop word, with the languages that use it: one lookup per word of a mail. */
const MAIL_WORDS = new Map<string, Lang[]>();
for (const lang of LANGS)
  for (const word of [...LEXICONS[lang].markers, ...LEXICONS[lang].stopWords]) {
    if (!/^\p{L}+$/u.test(word)) continue;
    const key = word.toLowerCase();
    const langs = MAIL_WORDS.get(key) ?? [];
    if (!langs.includes(lang)) langs.push(lang);
    MAIL_WORDS.set(key, langs);
  }

const NOT_LETTERS = /\P{L}+/u;
/**
 * In lower-case text whose letters are all ASCII the letters are a–z: this plain class splits it as
 * NOT_LETTERS does, many times faster (a dash or a "⋅" past ASCII is no letter, and no reason to split slowly).
 */
const NOT_ASCII_LETTERS = /[^a-z]+/;
/** A letter past ASCII ("é", "ß"): then only NOT_LETTERS splits the text into its words. */
const NON_ASCII_LETTER = /(?!\p{ASCII})\p{L}/u;

/**
 * The language a mail is written in, by its most frequent short words; English unless another
 * language's words clearly outnumber English ones (a quoted English footer does not make it English,
 * a German name in an English mail does not make it German).
 */
export function detectMailLanguage(text: string): Lang {
  const counts = new Map<Lang, number>();
  let words = 0;
  // The runs of letters, as split() gives them between the other characters: no match object per word.
  const head = text.slice(0, 6_000).toLowerCase();
  for (const word of head.split(NON_ASCII_LETTER.test(head) ? NOT_LETTERS : NOT_ASCII_LETTERS)) {
    if (!word) continue;
    if (++words > 800) break;
    const langs = MAIL_WORDS.get(word);
    if (langs) for (const lang of langs) counts.set(lang, (counts.get(lang) ?? 0) + 1);
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
