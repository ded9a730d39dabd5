/**
 * The cue phrases a reply holds, clause by clause, each read in its context by the shared
 * grammar. Where two cues overlap the longer one is what was said ("refusé l'offre" is a
 * withdrawal, not a rejection and an offer).
 */
import { type Clause, type Context, contextAt } from "../language/grammar";
import type { Cue, Lexicon, Phrases } from "../language/lexicon";
import { gapWords, type PhraseMatch, table } from "../language/phrases";

export type Closing = "offer" | "rejected" | "withdrawn";

export const CLOSINGS: ReadonlySet<string> = new Set<Closing>(["offer", "rejected", "withdrawn"]);

export interface CueHit {
  readonly cue: Cue;
  readonly clause: Clause;
  /** Offset of the phrase in the folded text (the same in the text as written). */
  readonly index: number;
  readonly text: string;
  readonly context: Context;
  /** A phrase that may mean the closing but never says it plainly (the lexicon's guesses). */
  readonly guess: boolean;
  /** Read only with a typing slip (phrases.ts): a closing so read is asked about, never applied. */
  readonly approximate: boolean;
}

/**
 * Whether a cue found in context is news: not when it is someone else's, denied, asked, a
 * condition, a hope or a fear, taken back, a slip being corrected, or about another matter.
 */
export function isNews(context: Context): boolean {
  return (
    context.subject !== "other" &&
    !context.negated &&
    !context.question &&
    !context.conditional &&
    !context.hopeFear &&
    !context.retracted &&
    !context.selfCorrection &&
    !context.otherMatter
  );
}

/** Commands that change nothing: read with a typing slip ("stauts", "exprota"), they still answer. */
const HARMLESS: ReadonlySet<Cue> = new Set(["status", "export", "help"]);

/**
 * A command stands unless denied or taken back: "can you send me a spreadsheet?" is one. One that
 * changes something is typed as written: a slip away from one ("foute" from "foutje") is another
 * word.
 */
export function isCommand(hit: CueHit): boolean {
  return !hit.context.negated && !hit.context.retracted && (!hit.approximate || HARMLESS.has(hit.cue));
}

const SKIPPED: ReadonlySet<Cue> = new Set(["yes", "no"]);

/** Steps the user sends to someone: who comes after the phrase is whom it went to. */
const SENT_TO_SOMEONE: ReadonlySet<Cue> = new Set(["thanked", "followed-up"]);

/**
 * A phrase ending in a denial ("dijeron que no", "leider nicht") with words right after it denies
 * those words ("dijeron que no van a decidir"): it is not the phrase said on its own.
 */
function deniesWhatFollows(text: string, found: { index: number; text: string }, lexicon: Lexicon): boolean {
  const end = found.index + found.text.length;
  if (!/^ \p{L}/u.test(text.slice(end, end + 2))) return false;
  // "he said no sadly": regret after the denial denies nothing.
  if (table(lexicon.regrets).matches(text.slice(end + 1))[0]?.index === 0) return false;
  // "got the no yesterday", "me llegó el no ayer": a denial after an article is a noun, the answer.
  const article = (at: number) => {
    const before = found.text.slice(0, at).trimEnd();
    return table(lexicon.closingObjects.determiners)
      .matches(before)
      .some((word) => word.index + word.text.length === before.length);
  };
  return table(lexicon.negation)
    .matches(found.text)
    .some((denial) => denial.index + denial.text.length === found.text.length && !article(denial.index));
}

/**
 * A denial a phrase's "…" stood for denies the phrase: "hab das Interview nicht abgesagt",
 * "heb nog niet bedankt" (the rows "hab das interview … abgesagt", "heb … bedankt").
 */
export function deniedInGap(phrases: Phrases, text: string, match: PhraseMatch, lexicon: Lexicon): boolean {
  return gapWords(phrases, text, match).some((words) => table(lexicon.negation).test(words));
}

const phrasesOf = (hit: { cue: Cue; guess: boolean }, lexicon: Lexicon): Phrases =>
  (hit.guess ? lexicon.guesses[hit.cue as Closing] : lexicon.cues[hit.cue]) ?? [];

export function findCues(clauses: readonly Clause[], lexicon: Lexicon): CueHit[] {
  const hits: CueHit[] = [];
  for (const clause of clauses) {
    const found: Array<{ cue: Cue; index: number; text: string; guess: boolean; approximate: boolean }> = [];
    for (const cue of Object.keys(lexicon.cues) as Cue[]) {
      if (SKIPPED.has(cue)) continue;
      // A phrase not said on its own keeps no other from being read where it stands.
      for (const match of table(lexicon.cues[cue], true).candidates(clause.text))
        if (!deniesWhatFollows(clause.text, match, lexicon)) found.push({ cue, ...match, guess: false });
    }
    for (const cue of Object.keys(lexicon.guesses) as Array<keyof Lexicon["guesses"]>)
      for (const match of table(lexicon.guesses[cue]).matches(clause.text))
        found.push({ cue, index: match.index, text: match.text, guess: true, approximate: false });
    // What is written as a phrase goes before what a slip makes one; then the longer.
    found.sort(
      (a, b) =>
        Number(a.approximate) - Number(b.approximate) || b.text.length - a.text.length || a.index - b.index,
    );
    const kept: typeof found = [];
    for (const candidate of found) {
      const overlaps = kept.some(
        (other) =>
          candidate.index < other.index + other.text.length &&
          other.index < candidate.index + candidate.text.length,
      );
      if (!overlaps) kept.push(candidate);
    }
    kept.sort((a, b) => a.index - b.index);
    for (const hit of kept) {
      const context = contextAt(clause, hit.index, hit.text.length, lexicon, SENT_TO_SOMEONE.has(hit.cue));
      hits.push({
        cue: hit.cue,
        clause,
        index: clause.start + hit.index,
        text: hit.text,
        guess: hit.guess,
        context: deniedInGap(phrasesOf(hit, lexicon), clause.text, hit, lexicon)
          ? { ...context, negated: true }
          : context,
        approximate: hit.approximate,
      });
    }
  }
  return hits;
}

/** A bare yes or no, the whole reply ("yes", "Ja!", "oui 👍"). */
export function bareAnswer(folded: string, lexicon: Lexicon): "yes" | "no" | null {
  const words = folded.replace(/[^\p{L}\p{N}' -]+/gu, " ").trim();
  if (!words) return null;
  const whole = (phrases: Lexicon["negation"]) =>
    table(phrases)
      .matches(words)
      .some((match) => match.index === 0 && match.text.length === words.length);
  if (whole(lexicon.cues.yes)) return "yes";
  return whole(lexicon.cues.no) ? "no" : null;
}

/** "Danke für die Übersicht", "merci pour le récap": what the product sent thanked for, not asked for again. */
export function thankedFor(hit: CueHit, lexicon: Lexicon): boolean {
  const before = hit.clause.text.slice(0, hit.index - hit.clause.start).trimEnd();
  return table(lexicon.shapes.thanksFor)
    .matches(before)
    .some((found) => found.index + found.text.length === before.length);
}

/**
 * "j'ai oublié", "I forgot", "ils ont supprimé l'annonce": the user or the employer telling what
 * they forgot or removed, not asking to forget; the forget word comes after them as its subject.
 */
export function forgotten(hit: CueHit, lexicon: Lexicon): boolean {
  const before = hit.clause.text.slice(0, hit.index - hit.clause.start);
  const subject = before.trim().split(/\s+/).slice(-2).join(" ");
  if (table(lexicon.subjects.user).test(subject) || table(lexicon.subjects.employer).test(subject))
    return true;
  // "die hatten den feiertag vergessen", "ze waren het vergeten": the employer before the verb
  // in its part of the clause did the forgetting.
  const scope = before.slice(before.lastIndexOf(",") + 1);
  return table(lexicon.subjects.employer).test(scope);
}

/**
 * The employer is the subject of the phrase: the first subject in the words before it since the
 * last comma ("die haben heute angerufen", "ich warte noch, ze hebben gebeld"), not an object
 * after the user's own verb ("hab sie angerufen", "ze hebben me gebeld").
 */
export function byEmployer(hit: CueHit, lexicon: Lexicon): boolean {
  const before = hit.clause.text.slice(0, hit.index - hit.clause.start);
  const scope = before.slice(before.lastIndexOf(",") + 1);
  const first = (phrases: Phrases) => table(phrases).matches(scope)[0]?.index ?? -1;
  const employer = first(lexicon.subjects.employer);
  const user = first(lexicon.subjects.user);
  return employer >= 0 && (user < 0 || employer < user);
}

/**
 * "les escribí para ver cómo va todo", "je leur ai écrit pour savoir où ça en est": what a
 * follow-up asked the employer, after it in its clause, is no command to the product.
 */
export function askedOfThem(hit: CueHit, hits: readonly CueHit[]): boolean {
  return hits.some(
    (step) =>
      step.cue === "followed-up" &&
      step.clause === hit.clause &&
      step.index < hit.index &&
      isNews(step.context),
  );
}

/**
 * "j'ai annulé l'entretien", "cancelled the interview", "hab das Gespräch abgesagt": a meeting
 * named right after the phrase (within three words) is what it is about, not the user's last step
 * or the application itself.
 */
const meetingWords = new WeakMap<Lexicon, Phrases>();

export function ofAMeeting(hit: CueHit, lexicon: Lexicon): boolean {
  let meetings = meetingWords.get(lexicon);
  if (!meetings) {
    meetings = [...lexicon.closingObjects.meetings, ...lexicon.shapes.appointments];
    meetingWords.set(lexicon, meetings);
  }
  const at = hit.index - hit.clause.start;
  // Up to the nearest break on either side: "undo, the interview is friday" undoes.
  const after = /^[^,;:!?.]*/u.exec(hit.clause.text.slice(at + hit.text.length))?.[0] ?? "";
  const before = /[^,;:!?.]*$/u.exec(hit.clause.text.slice(0, at))?.[0] ?? "";
  const near = [after.trim().split(/\s+/).slice(0, 3), before.trim().split(/\s+/).slice(-3)];
  const named = table(meetings);
  return near.some((words) => named.test(words.join(" ")));
}
