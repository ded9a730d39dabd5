/**
 * Shape 3 of the decision reader (decision-shape.ts): the answer still awaited, then, after a
 * comma, when it is to come, told or hedged with no verb of its own: "pas encore de réponse,
 * normalement ce sera pour la fin du mois", "nada ainda, o fábio disse que só em meados de março",
 * "noch nix, laut Tom erst Ende April". The awaited part holds nothing but denials, "not yet"s and
 * answer words; the told part names no one of the user's ("nothing yet, I'm away until the
 * 20th") and no step of its own, and says who told it, how sure, or a bound.
 */
import type { DateTime } from "luxon";
import { type Clause, contextAt } from "../language/grammar";
import type { Lang } from "../language/lang";
import type { Lexicon } from "../language/lexicon";
import { table } from "../language/phrases";
import type { CueHit } from "./cues";
import { futureDay, readInstant } from "./dates";
import { perLexicon, without } from "./shapes";

interface Options {
  readonly now: DateTime;
  readonly lang: Lang;
}

/** A day after today ("this morning" is news of today, no day to wait for). */
export function dayAhead(text: string, options: Options): string | null {
  const day = futureDay(text, options.now, options.lang);
  return day && day > (options.now.toISODate() ?? "") ? day : null;
}

/** A day and hour is a meeting, no decision. */
export function meetingTime(text: string, options: Options): boolean {
  return readInstant(text, options.now, options.now.zoneName ?? "UTC", true, options.lang)?.hasTime === true;
}

/** Words that say the answer has not come: denials and "not yet"s. */
const stillWaiting = perLexicon((lexicon) => [
  ...lexicon.negation,
  ...lexicon.notYet,
  ...lexicon.decisionShape.nothing,
]);

/** What the awaited part may hold besides: the answer's words and small words. */
const awaitedWords = perLexicon((lexicon) => [
  ...stillWaiting(lexicon),
  ...lexicon.decisionShape.answers,
  ...lexicon.shapes.answerWords,
  ...lexicon.stopWords,
]);

/** Words that make the part after the comma a report of when: who said it, how sure, a bound. */
const toldWords = perLexicon((lexicon) => [
  ...lexicon.shapes.saying,
  ...lexicon.shapes.hedges,
  ...lexicon.decisionShape.reported,
  ...lexicon.decisionShape.earliest,
  ...lexicon.shapes.bounds,
  ...lexicon.before,
  ...lexicon.until,
]);

/** Someone of the user's, or the user: "I'm away until the 20th", "my sister starts Monday". */
const usersWords = perLexicon((lexicon) => [...lexicon.subjects.user, ...lexicon.subjects.possessives]);

export function awaitedDay(
  clause: Clause,
  hits: readonly CueHit[],
  written: string,
  lexicon: Lexicon,
  options: Options,
): string | null {
  const comma = clause.text.indexOf(",");
  if (comma <= 0 || clause.question) return null;
  const head = clause.text.slice(0, comma);
  const tail = clause.text.slice(comma + 1);
  if (!table(stillWaiting(lexicon)).test(head) || /\p{L}/u.test(without(head, awaitedWords(lexicon))))
    return null;
  const tailStart = clause.start + comma + 1;
  if (hits.some((hit) => hit.clause === clause && hit.index >= tailStart && hit.cue !== "decision"))
    return null;
  if (!table(toldWords(lexicon)).test(tail) || table(usersWords(lexicon)).test(tail)) return null;
  const context = contextAt(clause, comma + 1, tail.length, lexicon);
  if (context.conditional || context.hopeFear || context.retracted || context.otherMatter) return null;
  const text = written.slice(tailStart, clause.start + clause.text.length);
  return meetingTime(text, options) ? null : dayAhead(text, options);
}
