/**
 * Forget asked by the shape of a removal, in every language: a verb of removing opens the reply
 * ("delete", "lösch", "supprime-la", "bórrala", "apaga essa", "verwijder", "cancellala") and
 * after it stands only this one (a pointer), the interview's company, or, past a break, a
 * mistake ("applied by accident", "war spam", "foi engano"). "remove Tom from the interviewers"
 * names none of these: it stays a correction.
 */
import type { Lexicon } from "../language/lexicon";
import { fold, table } from "../language/phrases";
import { perLexicon, without } from "./shapes";

/** Words after the verb that name no company: pointers, articles, filler. */
const thisOne = perLexicon((lexicon) => [
  ...lexicon.shapes.pointers,
  ...lexicon.closingObjects.determiners,
  ...lexicon.shapes.fillers,
]);

const WORD = /[\p{L}\p{N}][\p{L}\p{N}&-]*/gu;

const wordsOf = (text: string) => fold(text).match(WORD) ?? [];

/**
 * What a removal opening `written` asks to forget: "" for the interview the reply is about, or
 * the company named; null when the reply is no such removal.
 */
export function removalToForget(written: string, lexicon: Lexicon, company: string | null): string | null {
  const folded = fold(written);
  const verb = table(lexicon.shapes.removals).matches(folded)[0];
  if (!verb) return null;
  if (/\p{L}/u.test(without(folded.slice(0, verb.index), lexicon.shapes.fillers)))
    return reasonThenRemoval(folded, verb, lexicon);
  const after = written.slice(verb.index + verb.text.length);
  const cut = after.search(/[\n,;:!?]|\.(?:\s|$)/u);
  const target = cut < 0 ? after : after.slice(0, cut);
  const named = wordsOf(without(fold(target), thisOne(lexicon)));
  if (named.length === 0) return "";
  const own = new Set(wordsOf(company ?? ""));
  if (own.size > 0 && named.every((word) => own.has(word))) return company;
  const reason = cut < 0 ? "" : fold(after.slice(cut + 1));
  return table(lexicon.notAnApplication).test(reason) ? target.trim() : null;
}

/**
 * "the job fair isn't an application, delete it", "is gewoon een open dag, mag weg": the reason
 * first, then a removal of this one closing the reply; it asks to forget the one the reply is about.
 */
function reasonThenRemoval(folded: string, verb: { index: number; text: string }, lexicon: Lexicon) {
  const lastBreak = Math.max(
    ...[",", ";", ":", "!", ".", "\n", " - "].map((mark) => folded.lastIndexOf(mark, verb.index)),
  );
  if (lastBreak < 0) return null;
  const opening = folded.slice(lastBreak + 1, verb.index);
  const rest = folded.slice(verb.index + verb.text.length);
  if (/\p{L}/u.test(without(opening, lexicon.shapes.fillers))) return null;
  if (wordsOf(without(rest, thisOne(lexicon))).length > 0) return null;
  return table(lexicon.notAnApplication).test(folded.slice(0, lastBreak)) ? "" : null;
}
