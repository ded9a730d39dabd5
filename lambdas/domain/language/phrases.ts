/**
 * Phrase tables compiled to matchers, one regular expression per table, built once per table.
 * The syntax is the one lexicon.ts describes: words, "stem*", and "…" for a short gap.
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

/** Up to four words of anything between two parts of a phrase. */
const GAP = String.raw`(?:\s+\S+){0,4}?`;

function phraseSource(phrase: string): string {
  let source = "";
  let gap = false;
  let glued = false;
  for (const word of fold(phrase).split(" ").filter(Boolean)) {
    if (word === "…" || word === "...") {
      gap = true;
      continue;
    }
    const stem = word.endsWith("*") && word.length > 1;
    // "j'", "mi-": the next word may follow without a space.
    const open = /['-]$/.test(word);
    const body = escapeRegExp(stem ? word.slice(0, -1) : word);
    const end = stem ? String.raw`[\p{L}\p{N}'-]*` : open ? "" : String.raw`(?![\p{L}\p{N}])`;
    if (source) source += gap ? `${GAP}\\s+` : glued ? "\\s*" : "\\s+";
    source += `${body}${end}`;
    gap = false;
    glued = open;
  }
  return source;
}

export interface PhraseMatch {
  readonly index: number;
  readonly text: string;
}

/** A compiled table: every non-overlapping match, longest phrase first at each position. */
export class PhraseTable {
  private readonly pattern: RegExp | null;

  constructor(phrases: Phrases) {
    const sources = [...phrases]
      .sort((a, b) => b.length - a.length)
      .map(phraseSource)
      .filter(Boolean);
    this.pattern =
      sources.length > 0 ? new RegExp(`(?<![\\p{L}\\p{N}])(?:${sources.join("|")})`, "gu") : null;
  }

  /** `text` must be folded. */
  matches(text: string): PhraseMatch[] {
    if (!this.pattern) return [];
    return [...text.matchAll(this.pattern)].map((match) => ({ index: match.index ?? 0, text: match[0] }));
  }

  test(text: string): boolean {
    if (!this.pattern) return false;
    this.pattern.lastIndex = 0;
    return this.pattern.test(text);
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
