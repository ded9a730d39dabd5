/**
 * Status and export asked by the shape of a request, in every language: a verb of showing or
 * sending opens the sentence ("show me", "zeig mir", "montre-moi", "muéstrame", "fammi vedere",
 * "laat … zien", "manda-me"), at most a few words of asking before it ("can you", "puoi",
 * "quero"), and after it stands what the user's applications are called (a status) or a kind of
 * spreadsheet (an export). Any verb of the family with any noun of it reads, without a row for
 * each pair. Someone else before the verb ("my friend showed me her applications") or a denial
 * is news or nothing, never a request.
 */
import type { Lexicon } from "../language/lexicon";
import { fold, table } from "../language/phrases";
import { perLexicon } from "./shapes";

/** Words of asking a request may open with ("can you", "pls", "puoi", "quero"). */
const OPENING_WORDS = 3;

const requestVerbs = perLexicon((lexicon) => [...lexicon.shapes.shows, ...lexicon.shapes.sends]);

/** Who else a sentence may be about, and denials: before the verb, no request. */
const notTheUsersAsking = perLexicon((lexicon) => [
  ...lexicon.subjects.others,
  ...lexicon.subjects.thirdPersons,
  ...lexicon.negation,
]);

/** The command a request in `written` asks for, or null when it is no such request. */
export function requestedCommand(written: string, lexicon: Lexicon): "status" | "export" | null {
  const sentence = fold(written).split(/[\n.;!]/u)[0] ?? "";
  const verb = table(requestVerbs(lexicon)).matches(sentence)[0];
  if (!verb) return null;
  const before = sentence.slice(0, verb.index);
  if ((before.match(/[\p{L}\p{N}]+/gu) ?? []).length > OPENING_WORDS) return null;
  if (table(notTheUsersAsking(lexicon)).test(before)) return null;
  const rest = sentence.slice(verb.index);
  // "schick mir keine Tabelle", "stuur me geen tabel": a request denied asks for nothing.
  if (table(lexicon.negation).test(rest)) return null;
  if (table(lexicon.shapes.sheets).test(rest)) return "export";
  return table(lexicon.shapes.listings).test(rest) ? "status" : null;
}
