/**
 * Phrase tables compiled to matchers, built once per table. The syntax is the one lexicon.ts
 * describes: words, "stem*", and "…" for a short gap. Text and phrases are both cut into words
 * the same way, so "follow-up" matches "follow up" and "didn't" matches "didn't" typed either way.
 */
import type { Phrases } from "./lexicon";

/**
 * Lower case, one kind of apostrophe and quote, accents folded. Keeps the length of NFC text, so
 * an index found in the folded text is the same place in the text as written.
 */
export function fold(text: string): string {
  return text
    .toLowerCase()
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[’‘`´]/g, "'")
    .replace(/[“”«»„]/g, '"')
    .replace(/[–—]/g, "-")
    .replace(/\s/g, " ");
}

export const escapeRegExp = (word: string) => word.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** Up to this many words of anything stand for a "…" in a phrase. */
const GAP = 4;

/** Words are runs of letters and digits; a symbol (an emoji, "@") is a word of its own. */
const WORD = /[\p{L}\p{N}]+|[^\s\p{L}\p{N}'\-.,;:!?()"/\\[\]{}<>*…]/gu;

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
  lastTokens = [...text.matchAll(WORD)].map((match) => ({
    word: match[0],
    start: match.index ?? 0,
    end: (match.index ?? 0) + match[0].length,
  }));
  return lastTokens;
}

/** One part of a phrase: a word, a word's beginning ("reject*"), or a gap ("…"). */
type Part = { readonly kind: "word" | "stem"; readonly text: string } | { readonly kind: "gap" };

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

function matchesPart(part: Part, word: string): boolean {
  return part.kind === "stem" ? word.startsWith(part.text) : part.kind === "word" && word === part.text;
}

/** The index just past the phrase when it starts at token `at`, or -1. */
function matchAt(parts: readonly Part[], words: readonly Token[], at: number, from = 0): number {
  let position = at;
  for (let index = from; index < parts.length; index++) {
    const part = parts[index];
    if (!part) return -1;
    if (part.kind === "gap") {
      for (let skip = 0; skip <= GAP && position + skip <= words.length; skip++) {
        const end = matchAt(parts, words, position + skip, index + 1);
        if (end >= 0) return end;
      }
      return -1;
    }
    const token = words[position];
    if (!token || !matchesPart(part, token.word)) return -1;
    position++;
  }
  return position;
}

export interface PhraseMatch {
  readonly index: number;
  readonly text: string;
}

/**
 * A compiled table: phrases as word sequences, found by their first word (a map look-up per word
 * of the text, no large regular expression to build). Every non-overlapping match, the longest
 * at each place.
 */
export class PhraseTable {
  private readonly byFirstWord = new Map<string, Part[][]>();
  private readonly byStem: Part[][] = [];

  constructor(phrases: Phrases) {
    for (const phrase of phrases) {
      const parts = partsOf(phrase);
      const first = parts[0];
      if (!first || first.kind === "gap") continue;
      if (first.kind === "stem") this.byStem.push(parts);
      else this.byFirstWord.set(first.text, [...(this.byFirstWord.get(first.text) ?? []), parts]);
    }
  }

  /** Where the longest phrase starting at word `at` ends (a word index), or -1. */
  private longestAt(words: readonly Token[], at: number): number {
    let end = -1;
    const first = words[at]?.word ?? "";
    for (const parts of this.byFirstWord.get(first) ?? []) end = Math.max(end, matchAt(parts, words, at));
    for (const parts of this.byStem) end = Math.max(end, matchAt(parts, words, at));
    return end;
  }

  /** `text` must be folded. */
  matches(text: string): PhraseMatch[] {
    const words = tokens(text);
    const found: PhraseMatch[] = [];
    for (let at = 0; at < words.length; ) {
      const end = this.longestAt(words, at);
      const first = words[at];
      const last = words[end - 1];
      if (end > at && first && last) {
        found.push({ index: first.start, text: text.slice(first.start, last.end) });
        at = end;
      } else at++;
    }
    return found;
  }

  test(text: string): boolean {
    const words = tokens(text);
    for (let at = 0; at < words.length; at++) if (this.longestAt(words, at) > at) return true;
    return false;
  }
}

/** One compiled table per phrase list, made on first use: a lexicon's tables are fixed. */
const compiled = new WeakMap<Phrases, PhraseTable>();

export function table(phrases: Phrases): PhraseTable {
  let found = compiled.get(phrases);
  if (!found) {
    found = new PhraseTable(phrases);
    compiled.set(phrases, found);
  }
  return found;
}
