/**
 * Shorthands typed on a phone ("q" for "que", "nn" for "non", "ff" for "even", "bwg" for
 * "Bewerbung"): each reply table also holds its phrases with a shorthand in place of the words it
 * stands for, so every row reads both ways without being written twice.
 */
import type { Phrases, ReplyLexicon } from "./lexicon";
import { fold } from "./phrases";

type Shorthands = ReplyLexicon["shorthands"];

/** Each row folded once, spaced at both ends: the lexicons are expanded when they load. */
const foldedRows = new Map<string, string>();

function foldedRow(phrase: string): string {
  let folded = foldedRows.get(phrase);
  if (folded === undefined) {
    folded = ` ${fold(phrase)} `;
    foldedRows.set(phrase, folded);
  }
  return folded;
}

/**
 * `phrase` with `short` in place of each of the folded `words` in it, or null when it holds none.
 * Found on the folded words, put in the row as written: a variant keeps the row's accents ("nn è
 * vero"), by which a clause break is told from its accented twin ("e" and "è").
 */
function replaced(phrase: string, words: string, short: string): string | null {
  const folded = foldedRow(phrase);
  if (!folded.includes(words)) return null;
  const written = ` ${phrase.toLowerCase()} `;
  if (folded.length !== written.length) return null;
  let result = "";
  let from = 0;
  for (let at = folded.indexOf(words); at >= 0; at = folded.indexOf(words, from)) {
    result += `${written.slice(from, at)} ${short} `;
    from = at + words.length;
  }
  return `${result}${written.slice(from)}`.replace(/\s+/g, " ").trim();
}

/** `phrases` and each of them with shorthands in place of their words, in every combination. */
export function withShorthandsIn(phrases: Phrases, shorthands: Shorthands): Phrases {
  // The rows as written stay first and unchanged.
  const all = new Set(phrases);
  for (const [short, full] of shorthands) {
    const words = ` ${fold(full)} `;
    for (const phrase of [...all]) {
      const variant = replaced(phrase, words, short);
      if (variant) all.add(variant);
    }
  }
  return all.size === phrases.length ? phrases : [...all];
}

function eachTable<K extends string>(tables: Readonly<Record<K, Phrases>>, shorthands: Shorthands) {
  const entries = Object.entries<Phrases>(tables).map(([key, phrases]) => [
    key,
    withShorthandsIn(phrases, shorthands),
  ]);
  return Object.fromEntries(entries) as Record<K, Phrases>;
}

/** The reply tables a reply's meaning is matched to; not the stop words, which tell languages apart. */
const EXPANDED = [
  "vaguePeriods",
  "thanks",
  "otherMatters",
  "companyMarks",
  "negation",
  "question",
  "conditional",
  "hopeFear",
  "future",
  "retraction",
  "selfCorrection",
  "clauseBreaks",
] as const;
const EXPANDED_GROUPS = ["cues", "corrections", "subjects"] as const;

/**
 * The reply lexicon with its shorthands read in every table a reply's meaning is matched to ("to"
 * is Portuguese "estou", and English: the stop words stay as written). Each table is expanded on
 * its first read, once: a forward never reads most of them, and the expansion (every row times
 * every shorthand) would otherwise be paid by every cold start.
 */
export function withShorthands<T extends ReplyLexicon>(reply: T): T {
  const { shorthands } = reply;
  // Its properties as defined, not read: a table another step works out on first read stays so.
  const lexicon = Object.defineProperties({}, Object.getOwnPropertyDescriptors(reply)) as T;
  const lazily = (key: string, expand: () => unknown) => {
    let value: unknown;
    Object.defineProperty(lexicon, key, {
      enumerable: true,
      configurable: true,
      get: () => {
        value ??= expand();
        return value;
      },
    });
  };
  for (const key of EXPANDED) lazily(key, () => withShorthandsIn(reply[key], shorthands));
  for (const key of EXPANDED_GROUPS) lazily(key, () => eachTable<string>(reply[key], shorthands));
  return lexicon;
}
