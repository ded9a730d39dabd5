/**
 * Whether a closing (offer, rejection, withdrawal) read as news is stated plainly enough to
 * apply at once. Safe by construction: every condition must hold, and anything short of it is
 * asked about. The clause is about the user or the employer (or names no one, but has a verb
 * form that means the user, or is the whole reply in a few words); no other company is named in
 * it; it is of the application (not another employer's offer, not "my expense report":
 * objects.ts); the reply does not say the user is still in the process; it is not a guess of the
 * lexicon's, nor inside quotation marks; and it is not denied, asked
 * (even by a tag: "…, right?"), a condition, a hope or fear, the future (before or after it: "offer
 * call tomorrow"), taken back or a slip.
 */
import type { Lexicon } from "../language/lexicon";
import { fold, table } from "../language/phrases";
import { type CueHit, isNews } from "./cues";
import { ofSomethingElse } from "./objects";

/** A reply this short that only names the closing is the user's own news ("Absage!", "rejected"). */
const BARE_WORDS = 3;

const WORD = /[\p{L}\p{N}][\p{L}\p{N}&-]*/gu;

const words = (text: string) => text.match(WORD) ?? [];

/** The company's own words, lower case: "Acme GmbH" → acme. */
function ownWords(company: string): Set<string> {
  return new Set(words(fold(company)).filter((word) => word.length > 1));
}

const knownWords = new WeakMap<Lexicon, ReadonlySet<string>>();

/**
 * Every word of the lexicon's tables ("Absage", "Sie", "Montag", "candidatura") but the people its
 * `others` rows name: a word a capital does not make a company, and that after "my" is no person.
 */
function lexiconWords(lexicon: Lexicon): ReadonlySet<string> {
  let known = knownWords.get(lexicon);
  if (!known) {
    const found = new Set<string>();
    const walk = (value: unknown): void => {
      if (typeof value === "string")
        for (const word of words(fold(value.replace(/\*/g, "")))) found.add(word);
      else if (value && typeof value === "object")
        for (const [key, inner] of Object.entries(value)) if (key !== "others") walk(inner);
    };
    walk(lexicon);
    known = found;
    knownWords.set(lexicon, known);
  }
  return known;
}

/** A word no table of the lexicon knows and no word of the interview's company's own name. */
export function strangeTo(lexicon: Lexicon, own: ReadonlySet<string> = new Set()): (word: string) => boolean {
  const known = lexiconWords(lexicon);
  return (word) => !known.has(fold(word)) && !own.has(fold(word));
}

/**
 * Someone of the user's named beside the closing ("my flatmate got an offer", "meine Nachbarin
 * hat eine Absage", "rechazaron a mi vecina"): a possessive before a word no table of the lexicon
 * knows, outside the phrase (not "my application", "mein Angebot").
 */
function besideSomeoneOfTheUsers(hit: CueHit, lexicon: Lexicon): boolean {
  const from = hit.index - hit.clause.start;
  const to = from + hit.text.length;
  return someoneOfTheUsers(hit.clause.text, lexicon).some((at) => at < from || at >= to);
}

/** Where a possessive names someone of the user's in `text` (folded): "my flatmate", "mi vecina". */
export function someoneOfTheUsers(text: string, lexicon: Lexicon): number[] {
  const strange = strangeTo(lexicon);
  return table(lexicon.subjects.possessives)
    .matches(text)
    .filter((found) => {
      const next = /^ +(\p{L}[\p{L}\p{N}&-]*)/u.exec(text.slice(found.index + found.text.length));
      return next?.[1] !== undefined && strange(next[1]);
    })
    .map((found) => found.index);
}

/**
 * Another company than the interview's named in the clause: a word the lexicon does not know
 * right after a company mark ("an offer from Lumen", "Absage von Siemens", "rejected by google"), or a capitalised one before
 * the phrase that the lexicon does not know ("Novatec hat mir ein Angebot gemacht"). Unknown
 * when the interview's company is not known: then nothing is taken for another.
 */
export function namesAnotherCompany(
  clause: string,
  phraseAt: number,
  company: string | null,
  lexicon: Lexicon,
): boolean {
  if (!company) return false;
  const strange = strangeTo(lexicon, ownWords(company));
  const unknown = (word: string | undefined): word is string => word !== undefined && strange(word);
  if (words(clause.slice(0, phraseAt)).some((word) => unknown(word) && /^\p{Lu}/u.test(word))) return true;
  // After the phrase, a name after a mark needs no capital: phones type "rejected by google".
  return table(lexicon.companyMarks)
    .matches(fold(clause))
    .some((mark) => {
      const word = /^['\s]*(\p{L}[\p{L}\p{N}&-]*)/u.exec(clause.slice(mark.index + mark.text.length))?.[1];
      return unknown(word) && (mark.index >= phraseAt || /^\p{Lu}/u.test(word));
    });
}

export interface PlainContext {
  readonly written: string;
  readonly lexicon: Lexicon;
  readonly company: string | null;
  /** The reply holds only this one clause. */
  readonly single: boolean;
}

/** The clause a hit was read in, as the user wrote it. */
export const clauseWritten = (hit: CueHit, written: string) =>
  written.slice(hit.clause.start, hit.clause.start + hit.clause.text.length);

/**
 * A word no table knows in front of a closing that names no one ("jake got rejected", "Lisa hat
 * eine Zusage bekommen"): it may be who the news is about, so the news is not plainly the user's.
 * The interview's company is known: "Acme rejected me" names the employer.
 */
function unknownSubject(hit: CueHit, context: PlainContext): boolean {
  const before =
    hit.clause.text
      .slice(0, hit.index - hit.clause.start)
      .split(/[,:;]/)
      .pop() ?? "";
  // The user or the employer named in the clause is who it is about ("bon ben j'ai pas été
  // retenu", "les avisé que ya no me interesa"); a possessive names no one ("un ragazzo del mio corso").
  const { subjects } = context.lexicon;
  const possessives = new Set(subjects.possessives);
  // Not after a comma that denies it: "sarah got the contract, not me" names the user only to deny it.
  const to = hit.index - hit.clause.start + hit.text.length;
  const denial = table(context.lexicon.negation);
  const after = hit.clause.text
    .slice(to)
    .split(/[,;]/)
    .filter((part, at) => at === 0 || denial.matches(part.trim())[0]?.index !== 0);
  const segment = hit.clause.text.slice(0, to) + after.join(",");
  const named = [subjects.user, subjects.employer].some((phrases) =>
    table(phrases)
      .matches(segment)
      .some((found) => !possessives.has(found.text)),
  );
  if (named) return false;
  const strange = strangeTo(context.lexicon, ownWords(context.company ?? ""));
  return words(before).some((word) => /^\p{L}{2}/u.test(word) && strange(word));
}

/**
 * The interview's company named before the phrase, since the last break: it is who did it
 * ("kestrel chose another guy", "nuvola ha preso un altro"), as "they" would be.
 */
function byTheCompany(hit: CueHit, context: PlainContext): boolean {
  const own = ownWords(context.company ?? "");
  const before = words(
    hit.clause.text
      .slice(0, hit.index - hit.clause.start)
      .split(/[,:;]/)
      .pop() ?? "",
  );
  // "bei acme nicht weiterzumachen": a company after its mark is where, not who.
  const marks = table(context.lexicon.companyMarks);
  const named = before.findLastIndex((word, at) => own.has(word) && !marks.test(before[at - 1] ?? ""));
  // "told kestrel i'm out": the user after it is who acts.
  return named >= 0 && !table(context.lexicon.subjects.user).test(before.slice(named + 1).join(" "));
}

/**
 * The employer opens the words before the phrase, since the last break, and the user is not named
 * after them: "they declined to make an offer" is theirs, "they ghosted me so i'm out" the user's.
 */
function employerOpens(hit: CueHit, lexicon: Lexicon): boolean {
  const before = (
    hit.clause.text
      .slice(0, hit.index - hit.clause.start)
      .split(/[,:;]/)
      .pop() ?? ""
  ).trim();
  const opening = table(lexicon.subjects.employer).matches(before)[0];
  if (opening?.index !== 0) return false;
  return !table(lexicon.subjects.user).test(before.slice(opening.text.length));
}

function aboutTheUser(hit: CueHit, context: PlainContext): boolean {
  const { subject } = hit.context;
  if (unknownSubject(hit, context)) return false;
  const company = byTheCompany(hit, context);
  // A withdrawal is the user's own step: one the company took ("kestrel pulled out", "they
  // declined to make an offer") is theirs.
  if (hit.cue === "withdrawn" && (company || employerOpens(hit, context.lexicon))) return false;
  if (subject === "user" || subject === "employer" || (subject === "none" && company)) return true;
  if (subject !== "none") return false;
  if (table(context.lexicon.subjects.impliedUser).test(hit.clause.text)) return true;
  return context.single && words(hit.clause.text).length <= BARE_WORDS;
}

/**
 * The phrase stands inside quotation marks: someone else's words the user passes on ("> we have
 * decided to move forward with other candidates" — from a friend's mail), not their own news.
 */
function quoted(hit: CueHit, written: string): boolean {
  return (fold(written).slice(0, hit.index).match(/"/g)?.length ?? 0) % 2 === 1;
}

/**
 * Said of one third person ("she got the offer", "sie haben ihm abgesagt", "ella recibió la
 * oferta") with the user nowhere in the clause: maybe the recruiter's doing, maybe another's news.
 */
function ofAThirdPerson(hit: CueHit, lexicon: Lexicon): boolean {
  const { text, start } = hit.clause;
  // A third person inside the phrase, after its first word, is the idiom's own ("het wordt 'm
  // niet": 'm is the job); one opening it ("she said no") is who it is said of.
  const from = hit.index - start;
  const to = from + hit.text.length;
  const outsideThePhrase = table(lexicon.subjects.thirdPersons)
    .matches(text)
    .some((found) => found.index <= from || found.index >= to);
  return (
    outsideThePhrase &&
    !table(lexicon.subjects.user).test(text) &&
    !table(lexicon.closingObjects.recipients).test(text)
  );
}

/** Every condition for applying a closing at once holds. */
export function plainlyStated(hit: CueHit, context: PlainContext): boolean {
  return (
    !hit.guess &&
    !quoted(hit, context.written) &&
    isNews(hit.context) &&
    !hit.context.future &&
    !hit.context.later &&
    !hit.context.tagged &&
    aboutTheUser(hit, context) &&
    !besideSomeoneOfTheUsers(hit, context.lexicon) &&
    !ofAThirdPerson(hit, context.lexicon) &&
    !table(context.lexicon.stillIn).test(fold(context.written)) &&
    !ofSomethingElse(hit, context.lexicon, ownWords(context.company ?? "")) &&
    !namesAnotherCompany(
      clauseWritten(hit, context.written),
      hit.index - hit.clause.start,
      context.company,
      context.lexicon,
    )
  );
}
