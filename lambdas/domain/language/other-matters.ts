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

const holdingRows = new WeakMap<Lexicon, Phrases>();

/** The lexicon's cue rows, written without a gap, that hold another matter whole. */
function rowsHoldingOne(lexicon: Lexicon): Phrases {
  let rows = holdingRows.get(lexicon);
  if (!rows) {
    const matters = table(lexicon.otherMatters);
    rows = Object.values(lexicon.cues)
      .flat()
      .filter((row) => !row.includes("…") && matters.test(fold(row.replace(/\*/g, ""))));
    holdingRows.set(lexicon, rows);
  }
  return rows;
}

/** `text` (folded) names another matter outside the `phrases` read in it that hold one in their row. */
export function namesOtherMatter(text: string, lexicon: Lexicon, phrases: readonly Span[] = []): boolean {
  const found = table(lexicon.otherMatters).matches(text);
  if (found.length === 0) return false;
  const holding = table(rowsHoldingOne(lexicon));
  const rows = phrases
    .map((span) => ({ span, row: holding.matches(text.slice(span.from, span.to))[0] }))
    .flatMap(({ span, row }) =>
      row ? [{ from: span.from + row.index, to: span.from + row.index + row.text.length }] : [],
    );
  return found.some(
    (matter) => !rows.some((row) => matter.index >= row.from && matter.index + matter.text.length <= row.to),
  );
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
