/**
 * Phrase tables compiled to matchers, built once per table. The syntax is the one lexicon.ts
 * describes: words, "stem*", and "…" for a short gap. Text and phrases are both cut into words
 * the same way, so "follow-up" matches "follow up" and "didn't" matches "didn't" typed either way.
 */
import type { Phrases } from "./lexicon";

/** No character below "À" has a canonical decomposition or is a combining mark: NFD leaves such text as it is. */
const ACCENTED = /[\u00c0-\uffff]/;

/**
 * Lower case, one kind of apostrophe and quote, accents folded. Keeps the length of NFC text, so
 * an index found in the folded text is the same place in the text as written.
 */
export function fold(text: string): string {
  const lower = text.toLowerCase();
  return (
    (ACCENTED.test(lower) ? lower.normalize("NFD").replace(/[\u0300-\u036f]/g, "") : lower)
      .replace(/[’‘`´]/g, "'")
      .replace(/[“”«»„]/g, '"')
      .replace(/[–—]/g, "-")
      // Every space but the plain one: a global replace costs per match, and most matches were spaces.
      .replace(/[^\S ]/g, " ")
  );
}

/** Any code unit past ASCII: text without one has only a–z, A–Z and 0–9 for letters and digits. */
const NON_ASCII = /[\u0080-\uffff]/;

/**
 * Whether plain classes ([a-z]) can stand for \p{L} and \p{N} on the text: V8 runs a Unicode
 * property class many times slower, and most mail is ASCII.
 */
export const isAscii = (text: string) => !NON_ASCII.test(text);

export const escapeRegExp = (word: string) => word.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** Up to this many words of anything stand for a "…" in a phrase. */
const GAP = 4;

/**
 * Words are runs of letters and digits; a symbol (an emoji, "@") is a word of its own. An inclusive
 * ending ("candidato(a)", "otro/a", "candidat·e", "Bewerber:in", "eine:n") belongs to its word and
 * is left out of it, so "outro(a) candidato(a)" reads as "outro candidato".
 */
const WORD =
  /([\p{L}\p{N}]+)(?:\((?:as?|os?|es?|in|innen)\)|[/:*·](?:as?|os?|es?|in|innen|n|r)(?![\p{L}\p{N}]))?|[^\s\p{L}\p{N}'\-.,;:!?()"/\\[\]{}<>*…·]/gu;

interface Token {
  readonly word: string;
  readonly start: number;
  readonly end: number;
}

let lastText = "";
let lastTokens: readonly Token[] = [];

/** The words of `text` with their places; the last text's are kept, as every table reads the same. */
function tokens(text: string): readonly Token[] {
  if (text === lastText) return lastTokens;
  lastText = text;
  lastTokens = [...text.matchAll(WORD)].map((match) => {
    const word = match[1] ?? match[0];
    return { word, start: match.index ?? 0, end: (match.index ?? 0) + word.length };
  });
  return lastTokens;
}

/** One part of a phrase: a word, a word's beginning ("reject*"), or a gap ("…"). */
type Part = { readonly kind: "word" | "stem"; readonly text: string } | { readonly kind: "gap" };

/** No phrase starts with a word: one shared empty list, not a new one a word. */
const NO_PHRASES: readonly (readonly Part[])[] = [];

function partsOf(phrase: string): Part[] {
  const parts: Part[] = [];
  for (const piece of fold(phrase).split(" ")) {
    if (piece === "…" || piece === "...") {
      parts.push({ kind: "gap" });
      continue;
    }
    const stem = piece.endsWith("*") && piece.length > 1;
    const words = [...(stem ? piece.slice(0, -1) : piece).matchAll(WORD)].map((match) => match[0]);
    for (const [index, word] of words.entries())
      parts.push({ kind: stem && index === words.length - 1 ? "stem" : "word", text: word });
  }
  return parts;
}

/**
 * A word this long or longer also matches one typing slip away (a letter missed, doubled,
 * swapped or mistyped inside it): "abgelent", "afgwezen", "entrevsita". Its first and last
 * letters are kept: a word's ending carries its tense, person and gender ("respondeu" is not
 * "responde", "tecnico" not "tecnica"). Shorter words are too close to each other ("non"/"nous").
 */
const FUZZY_LENGTH = 6;

/** Whether `a` and `b` are at most one edit apart (one insertion, deletion, substitution or swap). */
export function oneEditApart(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1) return false;
  let start = 0;
  while (start < a.length && a[start] === b[start]) start++;
  if (start === a.length && a.length === b.length) return true;
  const [restA, restB] = [a.slice(start), b.slice(start)];
  if (a.length === b.length)
    return (
      restA.slice(1) === restB.slice(1) ||
      (restA[0] === restB[1] && restA[1] === restB[0] && restA.slice(2) === restB.slice(2))
    );
  return a.length > b.length ? restA.slice(1) === restB : restA === restB.slice(1);
}

/** A slip inside a long word of letters, its first and last letters as written. */
function nearly(wanted: string, word: string): boolean {
  return (
    wanted.length >= FUZZY_LENGTH &&
    word.length >= FUZZY_LENGTH - 1 &&
    wanted[0] === word[0] &&
    wanted.at(-1) === word.at(-1) &&
    /^\p{L}+$/u.test(word) &&
    oneEditApart(wanted, word)
  );
}

function matchesPart(part: Part, word: string, fuzzy: boolean): boolean {
  if (part.kind === "stem") return word.startsWith(part.text);
  return part.kind === "word" && (word === part.text || (fuzzy && nearly(part.text, word)));
}

/**
 * The index just past the phrase when it starts at token `at`, or -1. `gaps`, when given, gets
 * the token ranges a "…" stood for.
 */
function matchAt(
  parts: readonly Part[],
  words: readonly Token[],
  at: number,
  fuzzy: boolean,
  from = 0,
  gaps?: Array<readonly [number, number]>,
): number {
  let position = at;
  for (let index = from; index < parts.length; index++) {
    const part = parts[index];
    if (!part) return -1;
    if (part.kind === "gap") {
      for (let skip = 0; skip <= GAP && position + skip <= words.length; skip++) {
        const end = matchAt(parts, words, position + skip, fuzzy, index + 1, gaps);
        if (end < 0) continue;
        if (skip > 0) gaps?.push([position, position + skip]);
        return end;
      }
      return -1;
    }
    const token = words[position];
    if (!token || !matchesPart(part, token.word, fuzzy)) return -1;
    position++;
  }
  return position;
}

/** The word and the words one letter shorter: two words one edit apart share one of these. */
function withOneLess(word: string): string[] {
  const keys = [word];
  for (let at = 0; at < word.length; at++) keys.push(word.slice(0, at) + word.slice(at + 1));
  return keys;
}

export interface PhraseMatch {
  readonly index: number;
  readonly text: string;
  /** Read only with a typing slip in one of its words: a guess, never plain enough to close on. */
  readonly approximate: boolean;
}

/**
 * The words a phrase's "…" stood for where `match` (found in `text`) was read, as text, one string
 * per gap: what was said between its words ("hab das Interview nicht abgesagt").
 */
export function gapWords(phrases: Phrases, text: string, match: PhraseMatch): string[] {
  const words = tokens(text);
  const at = words.findIndex((word) => word.start === match.index);
  if (at < 0 || !match.text.includes(" ")) return [];
  const end = match.index + match.text.length;
  for (const parts of table(phrases).phrasesAt(words[at]?.word ?? "")) {
    if (!parts.some((part) => part.kind === "gap")) continue;
    const gaps: Array<readonly [number, number]> = [];
    const stop = matchAt(parts, words, at, match.approximate, 0, gaps);
    if (stop > at && words[stop - 1]?.end === end)
      return gaps.map(([from, to]) =>
        words
          .slice(from, to)
          .map((word) => word.word)
          .join(" "),
      );
  }
  return [];
}

/**
 * A compiled table: phrases as word sequences, found by their first word (a map look-up per word
 * of the text, no large regular expression to build). Every non-overlapping match, the longest
 * at each place. A `fuzzy` table also reads its long words with one typing slip, where no phrase
 * is read as written: its first words are indexed with each letter left out as well, so a slip
 * costs a few more look-ups, not a scan of the table.
 */
export class PhraseTable {
  private readonly byFirstWord = new Map<string, Part[][]>();
  private readonly byStem: Part[][] = [];
  private readonly byNearWord = new Map<string, Part[][]>();

  constructor(
    phrases: Phrases,
    private readonly fuzzy = false,
  ) {
    const add = (map: Map<string, Part[][]>, key: string, parts: Part[]) =>
      map.set(key, [...(map.get(key) ?? []), parts]);
    for (const phrase of phrases) {
      const parts = partsOf(phrase);
      const first = parts[0];
      if (!first || first.kind === "gap") continue;
      if (first.kind === "stem") this.byStem.push(parts);
      else add(this.byFirstWord, first.text, parts);
      if (fuzzy && first.kind === "word" && first.text.length >= FUZZY_LENGTH)
        for (const key of withOneLess(first.text)) add(this.byNearWord, key, parts);
    }
  }

  /** The phrases that may start with `first`: those it begins, and those opening with a stem. */
  phrasesAt(first: string): readonly Part[][] {
    return [...(this.byFirstWord.get(first) ?? []), ...this.byStem];
  }

  /** Where the longest phrase starting at word `at` ends (a word index), or -1. */
  private longestAt(words: readonly Token[], at: number, fuzzy: boolean): number {
    let end = -1;
    const first = words[at]?.word ?? "";
    for (const parts of this.byFirstWord.get(first) ?? NO_PHRASES)
      end = Math.max(end, matchAt(parts, words, at, fuzzy));
    for (const parts of this.byStem) end = Math.max(end, matchAt(parts, words, at, fuzzy));
    if (!fuzzy) return end;
    for (const key of withOneLess(first))
      for (const parts of this.byNearWord.get(key) ?? NO_PHRASES)
        end = Math.max(end, matchAt(parts, words, at, true));
    return end;
  }

  /** The longest phrase at word `at` as written, else (a fuzzy table) with a slip. */
  private readAt(words: readonly Token[], at: number): { end: number; approximate: boolean } {
    const end = this.longestAt(words, at, false);
    if (end > at || !this.fuzzy) return { end, approximate: false };
    return { end: this.longestAt(words, at, true), approximate: true };
  }

  /**
   * The longest phrase starting at each word, overlapping ones too: for a reader that weighs
   * them against other tables' ("dijeron que no" inside "dijeron que no pasé" holds "no pasé").
   */
  candidates(text: string): PhraseMatch[] {
    const words = tokens(text);
    const found: PhraseMatch[] = [];
    for (let at = 0; at < words.length; at++) {
      const { end, approximate } = this.readAt(words, at);
      const first = words[at];
      const last = words[end - 1];
      if (end > at && first && last)
        found.push({ index: first.start, text: text.slice(first.start, last.end), approximate });
    }
    return found;
  }

  /** `text` must be folded. */
  matches(text: string): PhraseMatch[] {
    const words = tokens(text);
    const found: PhraseMatch[] = [];
    for (let at = 0; at < words.length; ) {
      const { end, approximate } = this.readAt(words, at);
      const first = words[at];
      const last = words[end - 1];
      if (end > at && first && last) {
        found.push({ index: first.start, text: text.slice(first.start, last.end), approximate });
        at = end;
      } else at++;
    }
    return found;
  }

  test(text: string): boolean {
    const words = tokens(text);
    // readAt's answer without its object: a phrase as written, else (a fuzzy table) with a slip.
    for (let at = 0; at < words.length; at++)
      if (this.longestAt(words, at, false) > at || (this.fuzzy && this.longestAt(words, at, true) > at))
        return true;
    return false;
  }
}

/** One compiled table per phrase list, made on first use: a lexicon's tables are fixed. */
const compiled = new WeakMap<Phrases, PhraseTable>();
const compiledFuzzy = new WeakMap<Phrases, PhraseTable>();

/** `fuzzy`: also read long words typed with one slip (the cue tables of a reply). */
export function table(phrases: Phrases, fuzzy = false): PhraseTable {
  const cache = fuzzy ? compiledFuzzy : compiled;
  let found = cache.get(phrases);
  if (!found) {
    found = new PhraseTable(phrases, fuzzy);
    cache.set(phrases, found);
  }
  return found;
}
