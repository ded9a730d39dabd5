/**
 * The shared grammar: the same code reads every language through its lexicon. A text is cut into
 * clauses; a phrase found in a clause is then read in its context — who it is about, and whether
 * it is denied, asked, a condition, a hope or fear, taken back, a slip being corrected, or about
 * another matter than the application (a flat, a counter-offer).
 */

import { following, governing, leadIn, tagAt } from "./clause-scope";
import type { Lexicon, Phrases } from "./lexicon";
import { namesOtherMatter } from "./other-matters";
import { table } from "./phrases";
import { sarcasticDenialAt } from "./sarcasm";

export type Subject = "user" | "employer" | "other" | "none";

export interface Clause {
  /** Folded text of the clause. */
  readonly text: string;
  /** Its offset in the folded text. */
  readonly start: number;
  /** Asked, not told: a "?" or "¿", or a question phrase opening it ("is it normal", "est-ce que"). */
  readonly question: boolean;
  /**
   * Where the asking starts: 0 for the whole clause; after the last comma when a short question
   * tag ends it ("they asked for references, good sign right?"): the words before are told.
   */
  readonly askedFrom: number;
  /**
   * How much of the clause a retraction ("jk", "je rigole") takes back: all of it when one comes
   * later, the words before it in its own clause ("rejected lol jk, offer!!"), else none.
   */
  readonly retractedBefore: number;
  /** The clause says an earlier step was a slip ("marked it rejected by mistake"). */
  readonly selfCorrection: boolean;
}

/** How a phrase found in a clause is meant. */
export interface Context {
  readonly subject: Subject;
  readonly negated: boolean;
  readonly question: boolean;
  /** Told, but followed by a question tag ("…, right?"): news, yet never plain enough to close on. */
  readonly tagged: boolean;
  readonly conditional: boolean;
  readonly hopeFear: boolean;
  /** Said of the future: a step may be planned, but a closing is not news yet. */
  readonly future: boolean;
  readonly retracted: boolean;
  /** Followed by "yet", "noch nicht": for a closing, it has not happened ("didn't get the job yet"). */
  readonly notYet: boolean;
  /**
   * Followed by the future or a condition ("offer call tomorrow", "an offer is coming", "withdraw
   * if they lowball me"): a closing may be meant, never plainly.
   */
  readonly later: boolean;
  readonly selfCorrection: boolean;
  /** The clause is about another matter than the application: a flat, a loan, a counter-offer. */
  readonly otherMatter: boolean;
}

/**
 * A full stop ends a sentence, but not inside "Bol.com" or "27.4."; so does an emoji between
 * words, as phones type it ("noch keine Absage 😅 Tim meint …": the denial ends with it).
 */
const SENTENCE_END =
  /[!?;…\n]+[.!?;…\n]*|\.{2,}|\.(?![\p{L}\p{N}])|\s-\s|\s(?:\p{Extended_Pictographic}|\u200d|\ufe0f)+(?=\s+\p{L})/gu;

/**
 * Whether a clause break found in the folded text (at `index` of it) is one as written: folding
 * makes the Italian and Portuguese "è"/"é" (is) an "e" (and), which starts no clause. A break
 * counts typed without accents or with the accents its table row has, and never right after a
 * bare "if" (`before`): "se e arrivato il no" is "se è" typed plainly.
 */
function breaksAt(written: string, index: number, text: string, before: string, lexicon: Lexicon): boolean {
  const word = written.slice(index, index + text.length).toLowerCase();
  const condition = table(lexicon.conditional).matches(before)[0];
  if (condition?.index === 0 && condition.text === before) return false;
  return word === text || lexicon.clauseBreaks.includes(word);
}

/**
 * The dot of an ordinal ("vor dem 29. gibts keine Entscheidung", German "2. Runde"): after a
 * number of one or two digits and before a word in lower case, or any word where the language
 * writes ordinals so, it ends no sentence.
 */
function ordinalDot(written: string, index: number, lexicon: Lexicon): boolean {
  if (!/(?:^|\D)\d{1,2}$/.test(written.slice(0, index))) return false;
  return (lexicon.ordinalDot ? /^ \p{L}/u : /^ \p{Ll}/u).test(written.slice(index + 1, index + 3));
}

const cuePhrases = new WeakMap<Lexicon, Phrases>();

/**
 * A break word inside a cue phrase the lexicon writes with it ("wacht maar tot", "laat maar
 * even": "maar" a particle there, no "but") starts no clause.
 */
function insideCue(text: string, index: number, lexicon: Lexicon): boolean {
  let phrases = cuePhrases.get(lexicon);
  if (!phrases) {
    phrases = Object.values(lexicon.cues)
      .flat()
      .filter((phrase) => lexicon.clauseBreaks.some((word) => ` ${phrase} `.includes(` ${word} `)));
    cuePhrases.set(lexicon, phrases);
  }
  return (
    phrases.length > 0 &&
    table(phrases)
      .matches(text)
      .some((found) => found.index < index && index < found.index + found.text.length)
  );
}

/** Words after a break that add nothing but a denial of what came before. */
const DENIAL_TAIL_WORDS = 3;

/**
 * "abgesagt haben sie mir aber nicht", "afgewezen hebben ze me nog niet": a break word followed by
 * no more than a denial ends the clause it denies, not a new one.
 */
function onlyADenial(rest: string, lexicon: Lexicon): boolean {
  if (!lexicon.negationAfter) return false;
  const words = rest.trim().split(/\s+/);
  return words.length <= DENIAL_TAIL_WORDS && table(lexicon.negationAfter).test(rest);
}

/**
 * Clauses: sentences, then the parts a contrast word ("but", "aber", "mais") starts. `written`:
 * the text before folding, the same length, to tell a break word from its accented twin.
 */
export function clausesOf(folded: string, lexicon: Lexicon, written: string = folded): Clause[] {
  const pieces: Array<{ text: string; start: number; end: string }> = [];
  let from = 0;
  const push = (to: number, end: string) => {
    const raw = folded.slice(from, to);
    const lead = raw.length - raw.trimStart().length;
    if (raw.trim()) pieces.push({ text: raw.trim(), start: from + lead, end });
  };
  for (const match of folded.matchAll(SENTENCE_END)) {
    const index = match.index ?? 0;
    if (match[0] === "." && ordinalDot(written, index, lexicon)) continue;
    // "(?)" hedges what precedes it ("vendredi (?)"): it neither asks nor ends the sentence.
    if (match[0] === "?" && folded[index - 1] === "(" && folded[index + 1] === ")") continue;
    push(index, match[0]);
    from = index + match[0].length;
  }
  push(folded.length, "");
  const breaks = table(lexicon.clauseBreaks);
  const clauses: Array<{ text: string; start: number; asked: boolean }> = [];
  for (const piece of pieces) {
    const asked = piece.end.includes("?") || piece.text.includes("¿");
    let at = 0;
    for (const found of breaks.matches(piece.text)) {
      const before = piece.text.slice(at, found.index).trim();
      if (!breaksAt(written, piece.start + found.index, found.text, before, lexicon)) continue;
      if (insideCue(piece.text, found.index, lexicon)) continue;
      if (onlyADenial(piece.text.slice(found.index + found.text.length), lexicon)) continue;
      if (found.index > 0)
        clauses.push({ text: piece.text.slice(at, found.index).trim(), start: piece.start + at, asked });
      at = found.index;
    }
    clauses.push({ text: piece.text.slice(at).trim(), start: piece.start + at, asked });
  }
  const kept = withNotYet(
    clauses.filter((clause) => clause.text !== ""),
    folded,
    lexicon,
  );
  // A clause of a hope alone ("…, magari!", "ojalá", "I wish") takes back what came before as a
  // wish; a retraction is said in one breath: "lol, no answer yet" takes nothing back, "lol no" does.
  const retractions = kept.map((clause) =>
    hopeAlone(clause.text, lexicon)
      ? 0
      : (table(lexicon.retraction)
          .matches(clause.text)
          .find((found) => !/[,;:]/.test(found.text))?.index ?? sarcasticDenialAt(folded, clause, lexicon)),
  );
  const lastRetraction = retractions.findLastIndex((at) => at >= 0);
  const questions = table(lexicon.question);
  const slips = table(lexicon.selfCorrection);
  return kept.map((clause, index) => ({
    text: clause.text,
    start: clause.start,
    // A question phrase asks only where it opens the clause: "haben sie …?" but "…, haben sie gesagt".
    question: clause.asked || questions.matches(clause.text)[0]?.index === 0,
    askedFrom: clause.asked && questions.matches(clause.text)[0]?.index !== 0 ? tagAt(clause.text) : 0,
    retractedBefore:
      index < lastRetraction ? clause.text.length : index === lastRetraction ? (retractions[index] ?? 0) : 0,
    selfCorrection: slips.test(clause.text),
  }));
}

/**
 * A clause that only says "not yet" ("No, I didn't get the job... yet") belongs to the clause
 * before it: it denies what that one says.
 */
function withNotYet<T extends { text: string; start: number }>(
  clauses: readonly T[],
  folded: string,
  lexicon: Lexicon,
): T[] {
  const merged: T[] = [];
  for (const clause of clauses) {
    const previous = merged.at(-1);
    if (previous && saysOnly(clause.text, lexicon.notYet))
      merged[merged.length - 1] = {
        ...previous,
        text: folded.slice(previous.start, clause.start + clause.text.length),
      };
    else merged.push(clause);
  }
  return merged;
}

/** The clause's words are one phrase of `phrases` and nothing else ("yet!", "magari!"). */
function saysOnly(text: string, phrases: Lexicon["notYet"]): boolean {
  const words = text.replace(/[^\p{L}\p{N}' ]+/gu, " ").trim();
  return table(phrases)
    .matches(words)
    .some((found) => found.index === 0 && found.text.length === words.length);
}

/**
 * A hope alone, or a hope and "still nothing" only ("ojalá, todavía nada", "magari, ancora
 * niente"): the wish the news before it was.
 */
function hopeAlone(text: string, lexicon: Lexicon): boolean {
  if (saysOnly(text, lexicon.hopeFear)) return true;
  const words = text.replace(/[^\p{L}\p{N}' ]+/gu, " ").trim();
  const hope = table(lexicon.hopeFear)
    .matches(words)
    .find((found) => found.index === 0);
  if (!hope) return false;
  let rest = words.slice(hope.text.length);
  for (const found of table([...lexicon.notYet, ...lexicon.negation]).matches(rest))
    rest =
      rest.slice(0, found.index) +
      " ".repeat(found.text.length) +
      rest.slice(found.index + found.text.length);
  return !/\p{L}/u.test(rest);
}

function firstOf(text: string, phrases: Lexicon["negation"]): number {
  return table(phrases).matches(text)[0]?.index ?? -1;
}

/**
 * Who the clause is about at the phrase (`index`, `length`): a third party anywhere in it wins
 * ("my buddy got an offer", "they rejected my friend"), unless it is part of the phrase itself
 * ("they went with someone else"); else the first subject before it, or after. Where the phrase
 * is sent to someone (`toSomeone`: a thank-you, a follow-up), a third party after it is whom it
 * went to ("sent thank yous to everyone on the panel"), not whose it is.
 */
function subjectAt(
  clause: Clause,
  index: number,
  length: number,
  lexicon: Lexicon,
  toSomeone: boolean,
): Subject {
  const others = table(lexicon.subjects.others).matches(clause.text);
  const aboutOther = (other: { index: number; text: string }) =>
    other.index < index || (!toSomeone && other.index + other.text.length > index + length);
  if (others.some(aboutOther)) return "other";
  // The subject comes first ("they made me an offer"); else the one after ("got rejected by them").
  const before = clause.text.slice(0, index);
  const user = firstOf(before, lexicon.subjects.user);
  const employer = firstOf(before, lexicon.subjects.employer);
  if (user < 0 && employer < 0) {
    const after = clause.text.slice(index);
    if (firstOf(after, lexicon.subjects.employer) >= 0) return "employer";
    return firstOf(after, lexicon.subjects.user) >= 0 ? "user" : "none";
  }
  return employer < 0 || (user >= 0 && user < employer) ? "user" : "employer";
}

/**
 * A governing word that runs into the phrase: "aún no" before "no me seleccionaron", "toujours pas"
 * before "pas retenu" say "not yet"; "bet they" before "they said no" is a guess; "should you
 * not" before "not selected" and "s'il" before "il m'ont dit non" a condition, not the closing
 * the phrase alone would say.
 */
function runsInto(text: string, index: number, phrases: Lexicon["negation"]): boolean {
  return table(phrases)
    .matches(text)
    .some((found) => found.index < index && found.index + found.text.length > index);
}

/** A condition word opens a condition; one a comma follows or a denial precedes is "sí": "si, no", "ni si ni no". */
function conditionIn(before: string, lexicon: Lexicon): boolean {
  const ends = table(lexicon.negation)
    .matches(before)
    .map((no) => no.index + no.text.length);
  const denied = (at: number) => ends.some((end) => end <= at && /^\s*$/.test(before.slice(end, at)));
  return table(lexicon.conditional)
    .matches(before)
    .some((found) => !/^\s*,/.test(before.slice(found.index + found.text.length)) && !denied(found.index));
}

/** Words between a denial's first half and a phrase holding its second: "je n'ai pas été pris". */
const SPLIT_DENIAL_WORDS = 2;

/**
 * A denial in the words governing the phrase. One that the phrase itself completes is no second
 * denial: French "ne … pas" wraps the verb ("je n'ai pas été pris", "ma candidature n'a pas été
 * retenue"), and a phrase opening with its "pas" holds the whole of it.
 */
function deniedBefore(before: string, phrase: string, lexicon: Lexicon): boolean {
  const denials = table(lexicon.negation);
  // What a retraction takes back is not what follows it: "ghosted… no wait they rejected me".
  const governed = governing(before);
  const retraction = table(lexicon.retraction).matches(governed).at(-1);
  const scope = retraction ? governed.slice(retraction.index + retraction.text.length) : governed;
  const found = denials.matches(scope);
  const last = found.at(-1);
  if (!last) return false;
  if (denials.matches(phrase)[0]?.index !== 0) return true;
  const between = scope.slice(last.index + last.text.length).match(/[\p{L}\p{N}][\p{L}\p{N}']*/gu) ?? [];
  // With no verb between, two denials are two ("not not proceeding"), never one split.
  if (between.length === 0 || between.length > SPLIT_DENIAL_WORDS) return true;
  return found.length > 1;
}

/**
 * A denial after the phrase, where the language puts it after the verb ("nehmen mich nicht"), or
 * at the end of a verb-second clause the phrase opens ("abgesagt haben sie mir nicht"): within the
 * few words that still qualify it.
 */
function deniedAfter(after: string, lexicon: Lexicon): boolean {
  if (!lexicon.negationAfter) return false;
  return table(lexicon.negationAfter).test(following(after));
}

/**
 * How the phrase at `index` (`length` long) of `clause` is meant; `toSomeone`: the phrase is
 * something sent to a person (subjectAt).
 */
export function contextAt(
  clause: Clause,
  index: number,
  length: number,
  lexicon: Lexicon,
  toSomeone = false,
): Context {
  const before = clause.text.slice(0, index);
  const after = clause.text.slice(index + length);
  return {
    subject: subjectAt(clause, index, length, lexicon, toSomeone),
    negated:
      deniedBefore(before, clause.text.slice(index, index + length), lexicon) ||
      runsInto(clause.text, index, lexicon.negation) ||
      deniedAfter(after, lexicon),
    question: clause.question && index + length > clause.askedFrom,
    tagged: clause.question && index + length <= clause.askedFrom,
    conditional: conditionIn(before, lexicon) || runsInto(clause.text, index, lexicon.conditional),
    hopeFear:
      table(lexicon.hopeFear).test(governing(before)) ||
      table(lexicon.hopeFear).test(leadIn(before)) ||
      runsInto(clause.text, index, lexicon.hopeFear),
    future: table(lexicon.future).test(governing(before)) || runsInto(clause.text, index, lexicon.future),
    retracted: index < clause.retractedBefore,
    notYet: table(lexicon.notYet).test(following(after)),
    later:
      [lexicon.future, lexicon.afterwards ?? []].some((words) => table(words).test(following(after))) ||
      table(lexicon.conditional).test(after),
    selfCorrection: clause.selfCorrection,
    otherMatter: namesOtherMatter(clause.text, lexicon, [{ from: index, to: index + length }]),
  };
}
