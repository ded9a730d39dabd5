/**
 * Another matter than the application named in a clause (a flat, a loan, a counter-offer, the
 * current job): the clause is no news of it. A cue row that holds one whole says what it means
 * with it ("me quedo en mi trabajo actual" stays put, a withdrawal): where such a row is read, the
 * matter inside it is part of it, not another matter beside it.
 */
import type { Lexicon, Phrases } from "./lexicon";
import { fold, table } from "./phrases";

/** A phrase read in a clause: from `from` to `to`, offsets in the clause's folded text. */
export interface Span {
  readonly from: number;
  readonly to: number;
}

const holdingRows = new WeakMap<Lexicon, { readonly rows: Phrases; readonly held: string }>();

/**
 * The lexicon's cue rows that hold another matter whole in their own words ("acepté … otra
 * empresa"), and those words, one line each: a gap's words are never what a row holds.
 */
function rowsHoldingOne(lexicon: Lexicon): { readonly rows: Phrases; readonly held: string } {
  let found = holdingRows.get(lexicon);
  if (!found) {
    const matters = table(lexicon.otherMatters);
    const rows: string[] = [];
    const held: string[] = [];
    for (const row of Object.values(lexicon.cues).flat()) {
      const words = fold(row.replace(/\*/g, "").replace(/\s*…\s*/g, "\n"));
      const inside = words.split("\n").flatMap((part) => matters.matches(part).map((matter) => matter.text));
      if (inside.length === 0) continue;
      rows.push(row);
      held.push(...inside);
    }
    found = { rows, held: `\n${held.join("\n")}\n` };
    holdingRows.set(lexicon, found);
  }
  return found;
}

/** `text` (folded) names another matter outside the `phrases` read in it that hold one in their row. */
export function namesOtherMatter(text: string, lexicon: Lexicon, phrases: readonly Span[] = []): boolean {
  const found = table(lexicon.otherMatters).matches(text);
  if (found.length === 0) return false;
  const { rows, held } = rowsHoldingOne(lexicon);
  const holding = table(rows);
  const spans = phrases.flatMap((span) => {
    const row = holding.matches(text.slice(span.from, span.to))[0];
    return row ? [{ from: span.from + row.index, to: span.from + row.index + row.text.length }] : [];
  });
  const excused = (matter: { index: number; text: string }) =>
    held.includes(`\n${matter.text}\n`) &&
    spans.some((span) => matter.index >= span.from && matter.index + matter.text.length <= span.to);
  return found.some((matter) => !excused(matter));
}

interface Read {
  readonly clause: { readonly text: string; readonly start: number };
  /** Offset in the folded text of the whole reply. */
  readonly index: number;
  readonly text: string;
}

/** Another matter named in any of the `clauses` outside the `phrases` read as news in them. */
export function otherMatterBeside(
  clauses: ReadonlyArray<Read["clause"]>,
  lexicon: Lexicon,
  phrases: readonly Read[],
): boolean {
  const spansIn = (clause: Read["clause"]) =>
    phrases
      .filter((read) => read.clause === clause)
      .map((read) => ({ from: read.index - clause.start, to: read.index - clause.start + read.text.length }));
  return clauses.some((clause) => namesOtherMatter(clause.text, lexicon, spansIn(clause)));
}
