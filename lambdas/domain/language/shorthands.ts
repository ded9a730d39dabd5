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

/**
 * The reply lexicon with its shorthands read in every table a reply's meaning is matched to; not
 * the stop words, which tell languages apart ("to" is Portuguese "estou", and English).
 */
export function withShorthands<T extends ReplyLexicon>(reply: T): T {
  const { shorthands } = reply;
  const expand = (phrases: Phrases) => withShorthandsIn(phrases, shorthands);
  return {
    ...reply,
    cues: eachTable(reply.cues, shorthands),
    vaguePeriods: expand(reply.vaguePeriods),
    thanks: expand(reply.thanks),
    corrections: eachTable(reply.corrections, shorthands),
    subjects: eachTable(reply.subjects, shorthands),
    otherMatters: expand(reply.otherMatters),
    companyMarks: expand(reply.companyMarks),
    negation: expand(reply.negation),
    question: expand(reply.question),
    conditional: expand(reply.conditional),
    hopeFear: expand(reply.hopeFear),
    future: expand(reply.future),
    retraction: expand(reply.retraction),
    selfCorrection: expand(reply.selfCorrection),
    clauseBreaks: expand(reply.clauseBreaks),
  };
}
