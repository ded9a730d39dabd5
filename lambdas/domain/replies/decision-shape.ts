/**
 * When the employer will decide or answer, read by the shape of a clause rather than by a listed
 * phrase, in every language over its `decisionShape` rows:
 *
 * 1. a future day (no hour: a day and hour is a meeting) in a clause that names the process
 *    coming to its end, as news: an act of the employer's ("they close the process on the 31st",
 *    "ze hakken de knoop door op vrijdag") or the answer awaited ("uitslag volgt volgende week");
 *    denied, only with a bound, which then names the day ("no decision until the 18th");
 * 2. a clause that only denies anything before a day ("nothing before the 25th", "rien avant le
 *    25", "vor dem 31. wird das nix"): no answer before it.
 *
 * Someone else's deadline ("my sister has to decide by friday"), the user's own act ("I'll get
 * back to them monday"), a question, a condition or a hope is none. A reported non-decision is a
 * decision date, never a closing.
 */
import type { DateTime } from "luxon";
import { type Clause, contextAt } from "../language/grammar";
import type { Lang } from "../language/lang";
import type { Cue, Lexicon } from "../language/lexicon";
import { type PhraseMatch, table } from "../language/phrases";
import { withShorthandsIn } from "../language/shorthands";
import { CLOSINGS, type CueHit } from "./cues";
import { futureDay } from "./dates";
import { awaitedDay, dayAhead, meetingTime } from "./decision-awaited";
import { someoneOfTheUsers } from "./plain";
import { perLexicon, timeWords, without } from "./shapes";

const acts = perLexicon((lexicon) => withShorthandsIn(lexicon.decisionShape.acts, lexicon.shorthands));
const answers = perLexicon((lexicon) => withShorthandsIn(lexicon.decisionShape.answers, lexicon.shorthands));
const self = perLexicon((lexicon) => withShorthandsIn(lexicon.decisionShape.self, lexicon.shorthands));

/** Words that bound a day: before, until, at the earliest. */
const bounds = perLexicon((lexicon) => [
  ...lexicon.before,
  ...lexicon.until,
  ...lexicon.shapes.bounds,
  ...lexicon.decisionShape.earliest,
]);

/** Words that deny an answer comes before the day: the language's denials, "nix", "at the earliest". */
const denials = perLexicon((lexicon) => [
  ...lexicon.negation,
  ...lexicon.decisionShape.nothing,
  ...lexicon.decisionShape.earliest,
]);

/** What a clause denying anything before a day may hold besides: who says it, and how sure. */
const bareWords = perLexicon((lexicon) =>
  withShorthandsIn(
    [
      ...timeWords(lexicon),
      ...bounds(lexicon),
      ...denials(lexicon),
      ...lexicon.stopWords,
      ...lexicon.subjects.user,
      ...lexicon.subjects.employer,
      ...lexicon.shapes.hedges,
      ...lexicon.shapes.saying,
      ...lexicon.decisionShape.reported,
      ...lexicon.decisionShape.happens,
      ...(lexicon.workingDays ?? []),
    ],
    lexicon.shorthands,
  ),
);

/** Words between the user and an act that still make it theirs: "i'll probably get back". */
const SELF_REACH = 3;

interface Options {
  readonly now: DateTime;
  readonly lang: Lang;
}

/** The clause as written: the folded text has the same offsets. */
/** The clause as written, with the dot that ends it: "bis 4.12." is a day, "bis 4.12" may be a time. */
const writtenOf = (clause: Clause, written: string) => {
  const end = clause.start + clause.text.length;
  return written.slice(clause.start, written[end] === "." ? end + 1 : end);
};

/** Words of `text`, counted as the phrase tables cut them. */
const wordCount = (text: string) => text.match(/[\p{L}\p{N}]+/gu)?.length ?? 0;

/**
 * Someone else before the word, not the employer's object ("they'll get back to everyone") nor
 * one who reports for them ("according to Sanne"): "my sister has to decide by friday", "my old
 * manager gets back to me on the 18th".
 */
function someoneElses(clause: Clause, at: number, lexicon: Lexicon): boolean {
  const others = table(lexicon.subjects.others).matches(clause.text);
  const first = Math.min(
    ...[...others.map((found) => found.index), ...someoneOfTheUsers(clause.text, lexicon)].filter(
      (index) => index < at,
    ),
  );
  if (!Number.isFinite(first)) return false;
  const before = clause.text.slice(0, first);
  return (
    !table(lexicon.subjects.employer).test(before) && !table(lexicon.decisionShape.reported).test(before)
  );
}

/**
 * A hope or fear before the word, not a hedge of what was reported ("apparently", "probably",
 * "je pense"): "i hope they decide by friday" is none, "probably friday" still the day told.
 */
function hoped(clause: Clause, at: number, lexicon: Lexicon): boolean {
  const hedges = table(lexicon.decisionShape.reported).matches(clause.text);
  return table(lexicon.hopeFear)
    .matches(clause.text)
    .some(
      (hope) =>
        hope.index < at &&
        !hedges.some((hedge) => hedge.index <= hope.index && hope.index < hedge.index + hedge.text.length),
    );
}

/**
 * A decision cue that is no decision of the employer's: an act of the user's own ("ich muss mich
 * bis Freitag entscheiden", "i have to decide by friday"), or someone else's ("my old manager
 * gets back to me on the 18th").
 */
export function notTheEmployers(hit: CueHit, lexicon: Lexicon): boolean {
  if (hit.cue !== "decision") return false;
  const at = { index: hit.index - hit.clause.start, text: hit.text, approximate: false };
  if (someoneElses(hit.clause, at.index, lexicon)) return true;
  const act = table(acts(lexicon))
    .matches(hit.clause.text)
    .some((found) => overlapping(found, at));
  return act && usersOwn(hit.clause, at, lexicon);
}

/** The user right before an act, no employer between: "i have to decide", "ich melde mich". */
function usersOwn(clause: Clause, act: PhraseMatch, lexicon: Lexicon): boolean {
  return table(self(lexicon))
    .matches(clause.text.slice(0, act.index))
    .some((user) => {
      const between = clause.text.slice(user.index + user.text.length, act.index);
      return wordCount(between) <= SELF_REACH && !table(lexicon.subjects.employer).test(between);
    });
}

const overlapping = (a: PhraseMatch, b: PhraseMatch) =>
  a.index < b.index + b.text.length && b.index < a.index + a.text.length;

/**
 * What `phrases` match in the clause as written, then with its time words left out: a verb whose
 * parts close around the day ("laten ze iedereen voor het eind van de maand weten") is one.
 */
function matchesAroundTimes(clause: Clause, phrases: readonly string[], lexicon: Lexicon): PhraseMatch[] {
  const found = table(phrases).matches(clause.text);
  const around = table(phrases)
    .matches(without(clause.text, timeWords(lexicon)))
    .filter((match) => !found.some((other) => overlapping(match, other)))
    .map((match) => ({ ...match, text: clause.text.slice(match.index, match.index + match.text.length) }));
  return [...found, ...around];
}

/**
 * The process words of a clause, and the decision cues the lexicon lists ("they said", "nothing
 * happens before"). Of two that overlap, the one said first: "have an answer" is no act of
 * answering, "let them know by friday" no answer known.
 */
function processWords(
  clause: Clause,
  hits: readonly CueHit[],
  lexicon: Lexicon,
): Array<PhraseMatch & { readonly act: boolean }> {
  const cues = hits
    .filter((hit) => hit.cue === "decision" && hit.clause === clause && !hit.approximate)
    .filter((hit) => hit.context.subject !== "other")
    .map((hit) => ({ index: hit.index - clause.start, text: hit.text, approximate: false, act: false }));
  const candidates = [
    ...matchesAroundTimes(clause, answers(lexicon), lexicon).map((word) => ({ ...word, act: false })),
    ...matchesAroundTimes(clause, acts(lexicon), lexicon).map((word) => ({ ...word, act: true })),
    ...cues,
  ].sort((a, b) => a.index - b.index || b.text.length - a.text.length);
  const kept: typeof candidates = [];
  for (const word of candidates) if (!kept.some((other) => overlapping(word, other))) kept.push(word);
  return kept;
}

/** `hit` lies within one of `found`. */
const within = (hit: CueHit, found: readonly PhraseMatch[]) => {
  const at = hit.index - hit.clause.start;
  return found.some((span) => span.index <= at && at + hit.text.length <= span.index + span.text.length);
};

/**
 * A closing word inside the answer awaited ("Zusage oder Absage kommt bis zum 2.", "yes or no by
 * friday"): part of what is awaited, no news of one.
 */
export function awaitedAnswer(hit: CueHit, lexicon: Lexicon): boolean {
  return CLOSINGS.has(hit.cue) && within(hit, table(answers(lexicon)).matches(hit.clause.text));
}

/**
 * A snooze word that is part of a time phrase ("só depois da Páscoa que eles decidem": "depois"
 * opens "depois da Páscoa"): the time of what the clause says, not a reminder asked for.
 */
export function partOfATime(hit: CueHit, lexicon: Lexicon): boolean {
  return within(hit, table(timeWords(lexicon)).matches(hit.clause.text));
}

/** Holidays and named days: "before Easter" is read as the working day before it. */
const periods = perLexicon((lexicon) => [
  ...lexicon.vaguePeriods,
  ...Object.values(lexicon.holidays).flat(),
  ...lexicon.namedDays.flatMap(([names]) => names),
]);

/**
 * The day a denied bound names: "not before the 26th" is the 26th; "pas avant Pâques", where the
 * reader takes "avant" to mean the day before, the first day after the holiday.
 */
function boundDay(clause: Clause, written: string, lexicon: Lexicon, options: Options): string | null {
  const text = writtenOf(clause, written);
  const bound = table(bounds(lexicon)).matches(clause.text)[0];
  if (!bound) return dayAhead(text, options);
  const after = lexicon.after[0];
  // The period is what the bound names, an article at most between: "voor de 20e, … op vakantie" is the 20th.
  const end = bound.index + bound.text.length;
  const period = table(periods(lexicon)).matches(clause.text.slice(end))[0];
  const named = period && wordCount(clause.text.slice(end, end + period.index)) <= 1;
  const past = after && named ? dayAhead(`${after} ${text.slice(end)}`, options) : null;
  return past ?? dayAhead(text.slice(bound.index), options) ?? dayAhead(text, options);
}

/** The day a decision denied before a bound comes on; null when the clause bounds no day. */
function deniedDay(clause: Clause, written: string, lexicon: Lexicon, options: Options): string | null {
  return table(bounds(lexicon)).test(clause.text) ? boundDay(clause, written, lexicon, options) : null;
}

/**
 * The day a decision cue promises: a bound's when the cue denies anything before it ("nothing
 * happens before", "voor … gebeurt er niks"); else written after the cue ("they said Friday"),
 * else anywhere in its clause ("Friday, they said") unless a step before the cue holds it ("les
 * marqué hoy, me dijeron que sigue en revisión": today is the follow-up's).
 */
export function decisionDay(
  decision: CueHit,
  hits: readonly CueHit[],
  lexicon: Lexicon,
  written: string,
  options: Options,
): string | null {
  const { now, lang } = options;
  const after = table(denials(lexicon)).test(decision.text)
    ? deniedDay(decision.clause, written, lexicon, options)
    : futureDay(written.slice(decision.index), now, lang);
  if (after || stepBefore(decision.clause, decision.index, hits)) return after;
  return futureDay(written.slice(decision.clause.start), now, lang);
}

/**
 * The part of a clause between commas, colons and quotes that holds a process word, whole and
 * from the word on: its day is told with it ("« …vous informer » c'est ce qu'a reçu mon frère"
 * quotes a letter; "mon" there is no Monday of theirs).
 */
function phraseAround(text: string, word: PhraseMatch): { readonly whole: string; readonly after: string } {
  const breaks = /[,;:«»"“”()]/gu;
  let start = 0;
  let end = text.length;
  for (const found of text.matchAll(breaks)) {
    if (found.index < word.index) start = found.index + 1;
    else if (found.index >= word.index + word.text.length) {
      end = found.index;
      break;
    }
  }
  return { whole: text.slice(start, end), after: text.slice(word.index, end) };
}

/** Steps whose day is written after them: a day between one and a process word is the step's. */
export const DATED_STEPS: ReadonlySet<Cue> = new Set(["followed-up", "thanked", "heard-back"]);

/** A step told in the clause before `at` ("ho scritto a Marco martedì per sapere novità"). */
const stepBefore = (clause: Clause, at: number, hits: readonly CueHit[]) =>
  hits.some((hit) => DATED_STEPS.has(hit.cue) && hit.clause === clause && hit.index < at);

/**
 * Shape 1: a process word as news and a day after today in its clause, after the word when a
 * step comes before it. `undated` when the word is told with no day (it may be in the clause before).
 */
function processDay(
  clause: Clause,
  hits: readonly CueHit[],
  written: string,
  lexicon: Lexicon,
  options: Options,
): { readonly day: string | null; readonly undated: boolean } {
  const text = writtenOf(clause, written);
  let undated = false;
  for (const found of processWords(clause, hits, lexicon)) {
    const context = contextAt(clause, found.index, found.text.length, lexicon);
    if (context.question || context.conditional || context.retracted) continue;
    if (context.hopeFear && hoped(clause, found.index, lexicon)) continue;
    if (context.selfCorrection || context.otherMatter || someoneElses(clause, found.index, lexicon)) continue;
    if (found.act && usersOwn(clause, found, lexicon)) continue;
    if (meetingTime(text, options)) return { day: null, undated: false };
    const denied = context.negated || table(denials(lexicon)).test(found.text);
    const phrase = phraseAround(text, found);
    const day = denied
      ? deniedDay(clause, written, lexicon, options)
      : (dayAhead(phrase.after, options) ??
        (stepBefore(clause, clause.start + found.index, hits) ? null : dayAhead(phrase.whole, options)));
    if (day) return { day, undated: false };
    undated ||= !denied;
  }
  return { day: null, undated };
}

/**
 * The day a process word without one takes from the clause before it in its sentence, when that
 * one tells nothing else ("das Gremium tagt am Donnerstag und entscheidet dann").
 */
function dayBefore(
  clauses: readonly Clause[],
  index: number,
  hits: readonly CueHit[],
  written: string,
  options: Options,
): string | null {
  const before = clauses[index - 1];
  const clause = clauses[index];
  if (!before || !clause || /[.!?\n]/.test(written.slice(before.start + before.text.length, clause.start)))
    return null;
  if (hits.some((hit) => hit.clause === before && hit.cue !== "decision")) return null;
  const earlier = writtenOf(before, written);
  return meetingTime(earlier, options) ? null : dayAhead(earlier, options);
}

/** Shape 2: a clause of a denial, a bound and a day, and who said so. */
function nothingBefore(clause: Clause, written: string, lexicon: Lexicon, options: Options): string | null {
  if (clause.question || !table(denials(lexicon)).test(clause.text)) return null;
  const bound = table(bounds(lexicon)).matches(clause.text)[0];
  if (!bound) return null;
  // A day's number with its ordinal letters ("the 25th", "de 20e") is part of the day.
  const rest = without(clause.text, bareWords(lexicon)).replace(/\p{N}+\p{L}{0,3}/gu, " ");
  if (/\p{L}/u.test(rest)) return null;
  const context = contextAt(clause, bound.index, bound.text.length, lexicon);
  if (context.conditional || context.hopeFear || context.retracted || context.selfCorrection) return null;
  return meetingTime(writtenOf(clause, written), options)
    ? null
    : boundDay(clause, written, lexicon, options);
}

/**
 * The day the employer will decide or answer by, read by shape; null when no clause has one.
 * `hits`: the reply's cues, whose steps keep their own days.
 */
export function decisionByShape(
  clauses: readonly Clause[],
  hits: readonly CueHit[],
  lexicon: Lexicon,
  written: string,
  options: Options,
): string | null {
  for (const [index, clause] of clauses.entries()) {
    const process = processDay(clause, hits, written, lexicon, options);
    const day =
      process.day ??
      (process.undated ? dayBefore(clauses, index, hits, written, options) : null) ??
      nothingBefore(clause, written, lexicon, options) ??
      awaitedDay(clause, hits, written, lexicon, options);
    if (day) return day;
  }
  return null;
}
