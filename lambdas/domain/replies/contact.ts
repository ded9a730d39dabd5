/**
 * Contact, where who did it decides the step: the user calling or writing is a follow-up ("rang
 * the hiring manager", "hab nochmal angerufen", "les volví a marcar"), the user thanking a
 * thank-you ("hab mich bei allen bedankt"), the employer calling or writing with no verdict
 * "heard back" ("sarah texted, no decision", "me llamó carla", "pieter appte"). One family of
 * contact verbs per language (contact-lexicon.ts), read with the doer the words around it name,
 * first found first: someone else of the clause's, the verb's own ending where the language has
 * one, the user receiving it, the first subject or auxiliary before it, the user as its object, a
 * name opening the clause; none, the user (phones drop the pronoun). A contact denied, still to
 * come, or not yet had is no step at all.
 */
import { type Clause, contextAt, type Subject } from "../language/grammar";
import type { Cue, Lexicon, Phrases } from "../language/lexicon";
import { fold, table } from "../language/phrases";
import { type CueHit, deniedInGap, isNews } from "./cues";
import { strangeTo } from "./plain";
import { perLexicon } from "./shapes";

type Doer = "user" | "them" | "other";

/** The doer as the shared grammar names who a phrase is about: the reader weighs it so after. */
const SUBJECTS = { user: "user", them: "employer", other: "other" } as const satisfies Record<Doer, Subject>;

const CONTACT_CUES: ReadonlySet<Cue> = new Set(["followed-up", "heard-back", "thanked"]);

/** Words before the verb that name its doer, each with whose: built once per lexicon. */
const doersOf = perLexicon((lexicon): { phrases: Phrases; who: ReadonlyMap<string, Doer> } => {
  const who = new Map<string, Doer>();
  // The user's own words go last: "hab sie" (I … them) is the user's though "sie" is theirs.
  for (const phrase of lexicon.subjects.employer) who.set(fold(phrase), "them");
  for (const phrase of lexicon.contact.byThem) who.set(fold(phrase), "them");
  for (const phrase of lexicon.contact.byUser) who.set(fold(phrase), "user");
  return { phrases: [...who.keys()], who };
});

/** The part of the clause around `from`…`to` that no comma or colon cuts off. */
function segment(text: string, from: number, to: number): { start: number; end: number } {
  const start = Math.max(text.lastIndexOf(",", from - 1), text.lastIndexOf(":", from - 1)) + 1;
  const cut = text.slice(to).search(/[,:]/);
  return { start, end: cut < 0 ? text.length : to + cut };
}

/** How many words of the segment before the verb may still be its subject. */
const SUBJECT_WORDS = 5;

/**
 * Who did the contact the phrase at `at` (in the clause, `length` long) tells of; null when no word
 * says. `verb`: its first word as written, for the endings.
 */
function doerOf(
  clause: Clause,
  at: number,
  length: number,
  verb: string,
  lexicon: Lexicon,
  covered: (index: number) => boolean,
): Doer | null {
  const { contact } = lexicon;
  const { start, end } = segment(clause.text, at, at + length);
  const before = clause.text.slice(start, at);
  const doers = doersOf(lexicon);
  const first = table(doers.phrases).matches(before)[0];
  const named = first ? doers.who.get(first.text) : undefined;
  // "my sister got a call from them", "the other candidate withdrew, they called me": someone
  // else's; after the user's own word, whom it went to ("hab mich bei allen bedankt").
  if (named !== "user" && table(lexicon.subjects.others).test(clause.text.slice(0, at))) return "other";
  const ending = (phrases: Phrases | undefined) => phrases?.some((end) => verb.endsWith(end)) ?? false;
  if (ending(contact.endings?.them)) return "them";
  if (ending(contact.endings?.user)) return "user";
  const told = clause.text.slice(start, end);
  if (table(contact.received).test(told)) return "them";
  // "coup de fil de la rh, …": the noun the verb table also holds is theirs.
  if (
    table(contact.fromThem)
      .matches(told)
      .some((found) => opensSegment(clause.text, start + found.index, lexicon))
  )
    return "them";
  if (named) return named;
  // "called me", "rief mich an", "hr belde me": the user its object, someone else its doer.
  const after = clause.text
    .slice(at, end)
    .split(/\s+/)
    .slice(0, length + 3);
  if (table(contact.toUser).test(after.join(" ").slice(0, length + 12))) return "them";
  // "sarah texted", "pieter appte", "jen from hr rang": a name opening the clause, no object after;
  // a word of another cue phrase is none ("bedank mail gestuurd").
  const words = before.trim().split(/\s+/).filter(Boolean);
  const opener = words[0];
  const openerAt = clause.start + start + before.length - before.trimStart().length;
  if (
    opener &&
    words.length <= SUBJECT_WORDS &&
    /^\p{L}{3,}$/u.test(opener) &&
    strangeTo(lexicon)(opener) &&
    !covered(openerAt) &&
    takesSubject(clause.text.slice(at, at + length), lexicon)
  )
    return objectAfter(clause.text.slice(at + length, end), lexicon) ? "user" : "them";
  return null;
}

/** A verb form a name before it is the subject of (contact-lexicon.ts, `finite`). */
function takesSubject(phrase: string, lexicon: Lexicon): boolean {
  const { finite } = lexicon.contact;
  return !finite || table(finite).matches(phrase)[0]?.index === 0;
}

const peopleWords = perLexicon(
  (lexicon): Phrases => [...lexicon.subjects.employer, ...lexicon.subjects.thirdPersons],
);

/** Someone the verb is done to right after it ("finally texted her", "emailed jen"): its doer is the user. */
function objectAfter(after: string, lexicon: Lexicon): boolean {
  const next = after.trim().split(/\s+/)[0] ?? "";
  if (!next) return false;
  return (
    table(peopleWords(lexicon)).matches(next)[0]?.index === 0 ||
    (/^\p{L}{3,}$/u.test(next) && strangeTo(lexicon)(next))
  );
}

/** The contact is still to come ("gonna ping them tomorrow", "mañana les escribo"), within its segment. */
const comingWords = perLexicon((lexicon): { phrases: Phrases; coming: ReadonlySet<string> } => {
  // Day words of today or the past go along so that "heute morgen", "esta mañana" stay today.
  const coming = new Set(lexicon.contact.toCome.map(fold));
  return { phrases: [...coming, ...lexicon.dayOffsets.map(([word]) => fold(word))], coming };
});

function stillToCome(clause: Clause, at: number, length: number, lexicon: Lexicon): boolean {
  const { start, end } = segment(clause.text, at, at + length);
  const { phrases, coming } = comingWords(lexicon);
  return table(phrases)
    .matches(clause.text.slice(start, end))
    .some((found) => coming.has(found.text));
}

/** Words after a contact phrase a "yet" may still qualify: "called me yet", "gebeld nog niet". */
const YET_WORDS = 2;

/** "nobody has called me yet": not had; a "still" further on ("ligou só p dizer que ainda …") is what was said. */
function notYetAfter(hit: CueHit, lexicon: Lexicon): boolean {
  const end = hit.index - hit.clause.start + hit.text.length;
  const after = hit.clause.text.slice(end).split(/[,:;]/)[0] ?? "";
  const near = after.trim().split(/\s+/).slice(0, YET_WORDS).join(" ");
  return table(lexicon.notYet).test(near);
}

/** A contact said as news: not denied (within the phrase too: "ze hebben nog niet gebeld"), asked, planned, not yet had. */
function contactNews(hit: CueHit, lexicon: Lexicon): boolean {
  const at = hit.index - hit.clause.start;
  return (
    isNews({ ...hit.context, subject: "user" }) &&
    !hit.context.future &&
    !notYetAfter(hit, lexicon) &&
    !(table(lexicon.negation).test(hit.text) && table(lexicon.contact.verbs).test(hit.text)) &&
    !stillToCome(hit.clause, at, hit.text.length, lexicon)
  );
}

/** The phrase at `at` opens its segment, an article at most before it: "a call from hr, …". */
function opensSegment(text: string, at: number, lexicon: Lexicon): boolean {
  const { start } = segment(text, at, at);
  const before = text.slice(start, at).trim();
  return before === "" || table(lexicon.closingObjects.determiners).matches(before)[0]?.text === before;
}

/** The step a contact phrase found with the contact tables tells of, by its doer. */
function stepOf(doer: Doer | null, thanks: boolean): Cue | null {
  if (doer === "other") return null;
  if (doer === "them") return "heard-back";
  return thanks ? "thanked" : "followed-up";
}

/** The contact phrases of the lexicon's contact tables in a clause, each with the step it tells of. */
function contactHits(
  clause: Clause,
  lexicon: Lexicon,
  written: string,
  covered: (index: number) => boolean,
): CueHit[] {
  const { contact } = lexicon;
  const found: CueHit[] = [];
  const kinds: Array<[Phrases, boolean]> = [
    [contact.thanks, true],
    [contact.verbs, false],
    [contact.received, false],
    [contact.fromThem, false],
  ];
  for (const [phrases, thanks] of kinds)
    for (const match of table(phrases).matches(clause.text)) {
      if (phrases === contact.fromThem && !opensSegment(clause.text, match.index, lexicon)) continue;
      const index = clause.start + match.index;
      const verb = verbAt(written, index, lexicon);
      // Received or from them is theirs, unless someone else's ("my sister got a call from them").
      const read = doerOf(clause, match.index, match.text.length, verb, lexicon, covered);
      const doer =
        phrases !== contact.verbs && phrases !== contact.thanks && read !== "other" ? "them" : read;
      const cue = stepOf(doer, thanks);
      if (!cue) continue;
      const context = {
        ...contextAt(clause, match.index, match.text.length, lexicon, true),
        subject: SUBJECTS[doer ?? "user"],
        ...(deniedInGap(phrases, clause.text, match, lexicon) ? { negated: true } : {}),
      };
      found.push({ cue, clause, index, text: match.text, context, guess: false, approximate: false });
    }
  return found;
}

/**
 * The verb of a phrase at `index` as written, lower case, accents kept: its first word past the
 * object pronouns before it ("me llamaron", "le mandé"). Its ending may name the doer.
 */
const cliticWords = perLexicon(
  (lexicon): ReadonlySet<string> => new Set(lexicon.contact.endings?.clitics ?? []),
);

function verbAt(written: string, index: number, lexicon: Lexicon): string {
  const skipped = cliticWords(lexicon);
  const words =
    written
      .slice(index, index + 40)
      .toLowerCase()
      .match(/\p{L}+/gu) ?? [];
  return words.find((word) => !skipped.has(word)) ?? "";
}

const overlap = (a: CueHit, b: CueHit) =>
  a.index < b.index + b.text.length && b.index < a.index + a.text.length;

/**
 * The hits with contact read by its doer: contact phrases of the lexicon's cue tables said as news
 * only, a follow-up a third person made turned into news from them, and the contact tables' own
 * phrases added where no cue phrase stands (or a shorter contact one: "geschickt" in "ne whatsapp
 * geschickt").
 */
export function withContact(
  hits: readonly CueHit[],
  clauses: readonly Clause[],
  lexicon: Lexicon,
  written: string,
): CueHit[] {
  // A word inside another cue phrase is no name of who did it.
  const covered = (index: number) =>
    hits.some((hit) => hit.index <= index && index < hit.index + hit.text.length);
  const kept: CueHit[] = [];
  for (const hit of hits) {
    if (!CONTACT_CUES.has(hit.cue)) {
      kept.push(hit);
      continue;
    }
    if (!contactNews(hit, lexicon)) continue;
    const at = hit.index - hit.clause.start;
    const verb = verbAt(written, hit.index, lexicon);
    const doer = doerOf(hit.clause, at, hit.text.length, verb, lexicon, covered);
    const cue = hit.cue === "followed-up" && doer === "them" ? "heard-back" : hit.cue;
    kept.push(doer ? { ...hit, cue, context: { ...hit.context, subject: SUBJECTS[doer] } } : hit);
  }
  const added = clauses
    .flatMap((clause) => contactHits(clause, lexicon, written, covered))
    .filter((hit) => contactNews(hit, lexicon));
  // A contact phrase holding a shorter one of the cue tables is what was said: "ne whatsapp geschickt".
  const holds = (outer: CueHit, inner: CueHit) =>
    outer.index <= inner.index &&
    inner.index + inner.text.length <= outer.index + outer.text.length &&
    outer.text.length > inner.text.length;
  const result = kept.filter(
    (hit) => !(CONTACT_CUES.has(hit.cue) && added.some((other) => holds(other, hit))),
  );
  for (const hit of added) if (!result.some((other) => overlap(hit, other))) result.push(hit);
  return result.sort((a, b) => a.index - b.index);
}
