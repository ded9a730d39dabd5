/**
 * Sarcasm said the way phones type it: a claim, a trailing ellipsis, then one denial to end the
 * sentence ("they sent me an offer right away… not", "ne Zusage geschickt… nicht", "ils m'ont
 * rappelé... pas", "me llamaron... no", "ja me contrataram… não", "een aanbod… niet"). The denial
 * takes the claim back as a retraction does; a denial with more words after it ("… no wait, they
 * called") is no such tail.
 */
import type { Lexicon } from "./lexicon";
import { table } from "./phrases";

const ELLIPSIS_TAIL = /(?:…|\.{2,})\s*([\p{L}']+)[\s.!]*$/u;

/**
 * Where a clause's sarcastic "… not" starts, taking back what comes before it; -1 when it has none.
 * The ellipsis may have ended the sentence before: the clause is then the denial alone.
 */
export function sarcasticDenialAt(
  folded: string,
  clause: { text: string; start: number },
  lexicon: Lexicon,
): number {
  const upTo = folded.slice(0, clause.start + clause.text.length);
  const tail = ELLIPSIS_TAIL.exec(upTo);
  const word = tail?.[1];
  if (!tail || !word || tail.index + tail[0].indexOf(word) < clause.start) return -1;
  const denies = (phrases: readonly string[] | undefined) =>
    table(phrases ?? [])
      .matches(word)
      .some((found) => found.text.length === word.length);
  return denies(lexicon.negation) || denies(lexicon.negationAfter)
    ? Math.max(0, tail.index - clause.start)
    : -1;
}
