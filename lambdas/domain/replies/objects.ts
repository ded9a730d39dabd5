/**
 * What a closing phrase is of (issue #20: no false closings). "I got another offer" is another
 * employer's offer, "they rejected my expense report" and "they offered me a coffee" are not the
 * application's outcome: such a closing is asked about, never applied. Read through each
 * language's `closingObjects` rows (lexicon.ts), the same way for every language.
 */
import type { Lexicon } from "../language/lexicon";
import { table } from "../language/phrases";
import type { CueHit } from "./cues";

const WORDS = /[\p{L}\p{N}]+/gu;

/** An object's words read for what it names: a few, as adjectives may stand before the noun. */
const OBJECT_WORDS = 4;

/**
 * The offer phrase's noun is qualified as another ("another offer", "un'altra offerta", "nog een
 * ander aanbod"): a qualifier with at most one word between it and the noun.
 */
function anotherOffer(hit: CueHit, lexicon: Lexicon): boolean {
  if (hit.cue !== "offer") return false;
  const { text } = hit.clause;
  const from = hit.index - hit.clause.start;
  const to = from + hit.text.length;
  const nouns = table(lexicon.closingObjects.offerNouns)
    .matches(text)
    .filter((noun) => noun.index < to && noun.index + noun.text.length > from);
  return table(lexicon.closingObjects.another)
    .matches(text)
    .some((qualifier) => {
      const end = qualifier.index + qualifier.text.length;
      return nouns.some(
        (noun) => noun.index >= end && (text.slice(end, noun.index).match(WORDS)?.length ?? 0) <= 1,
      );
    });
}

/**
 * The offer phrase holds a meeting word: the verb comes last in German and Dutch, and what was
 * offered stands inside the phrase ("haben mir ein zweites Gespräch angeboten"): a meeting, not a job.
 */
function aMeeting(hit: CueHit, lexicon: Lexicon): boolean {
  return hit.cue === "offer" && table(lexicon.closingObjects.meetings).test(hit.text);
}

/**
 * The offer is said with a verb of offering and the clause names no job, role, offer or pay ("they
 * offered me more time", "sie haben mir Kaffee angeboten", "me ofrecieron más tiempo").
 */
function offeredSomethingUnnamed(hit: CueHit, lexicon: Lexicon): boolean {
  const words = lexicon.closingObjects;
  const verb = hit.cue === "offer" ? table(words.offerVerbs).matches(hit.text)[0] : undefined;
  if (!verb) return false;
  // The clause but the verb: "offer*" names the job, not "offered" itself.
  const from = hit.index - hit.clause.start + verb.index;
  const rest = `${hit.clause.text.slice(0, from)} , ${hit.clause.text.slice(from + verb.text.length)}`;
  // An amount is the offer's pay ("offered me a 95k base").
  return !/\d/.test(rest) && !table(words.offerNouns).test(rest) && !table(words.application).test(rest);
}

/** `text` with a phrase of `phrases` opening it taken off, or null when none opens it. */
function without(text: string, phrases: Lexicon["negation"]): string | null {
  const opening = table(phrases)
    .matches(text)
    .find((found) => found.index === 0);
  return opening ? text.slice(opening.text.length).replace(/^[\s']+/, "") : null;
}

/**
 * The offer or rejection verb has an object that is not the application: after the phrase (and
 * who it was done to), a determiner and words naming neither the application, the employer, an
 * amount nor a time ("got rejected a week ago" names a time, "offered me a 95k base" an amount).
 * A withdrawal too: "recusei o convite pro aniversário" declines a party, not the offer; what one
 * leaves in many words ("out of this one") has no determiner right after the phrase.
 * A phrase ending in a company mark ("signed with") is followed by the employer, not an object.
 */
function anotherThing(hit: CueHit, lexicon: Lexicon, employer: ReadonlySet<string>): boolean {
  const words = lexicon.closingObjects;
  const marks = table(lexicon.companyMarks).matches(hit.text);
  if (marks.some((mark) => mark.index + mark.text.length === hit.text.length)) return false;
  const end = hit.index - hit.clause.start + hit.text.length;
  const after = (hit.clause.text.slice(end).split(/[,:;()]/)[0] ?? "").trimStart();
  // Some words are both ("ons": us, our): read as a determiner when no other follows.
  const object =
    without(without(after, words.recipients) ?? after, words.determiners) ??
    without(after, words.determiners);
  return object !== null && namesAnotherThing(object, lexicon, employer);
}

/**
 * An object's words, up to a companion ("the lunch with the team" is a lunch), name a thing other
 * than the application: neither it, the employer, an amount nor a time.
 */
function namesAnotherThing(object: string, lexicon: Lexicon, employer: ReadonlySet<string>): boolean {
  const words = lexicon.closingObjects;
  const companion = table(words.companions).matches(object)[0];
  const head = companion ? object.slice(0, companion.index) : object;
  const named = (head.match(WORDS) ?? []).slice(0, OBJECT_WORDS);
  const phrase = named.join(" ");
  return (
    named.length > 0 &&
    !named.some((word) => employer.has(word)) &&
    !/\d/.test(phrase) &&
    !table(words.application).test(phrase) &&
    !table(words.spans).test(phrase)
  );
}

/**
 * A verb that comes last, its object before it ("hab das Gehalt abgelehnt", "heb de uitnodiging
 * voor de banenbeurs afgeslagen"): from the first determiner since the last break, the words up
 * to the verb name another thing. Read where the phrase is the verb alone, or opens with the one a
 * companion joins ("das Abendessen mit denen abgesagt": "denen" is the company, not the object).
 * A meeting named so is no other thing here: a meeting called off is read as such (cues.ts).
 */
function anotherThingBefore(hit: CueHit, lexicon: Lexicon, employer: ReadonlySet<string>): boolean {
  const before =
    hit.clause.text
      .slice(0, hit.index - hit.clause.start)
      .split(/[,:;()]/)
      .pop() ?? "";
  const last = before.trim().split(/\s+/).pop() ?? "";
  const accompanied = table(lexicon.closingObjects.companions).test(last);
  if (!accompanied && /\s/.test(hit.text.trim())) return false;
  // "o email de reprovação": after "de" the phrase is a noun of the object, not its verb.
  if (!accompanied && table(lexicon.companyMarks).test(last)) return false;
  const determiner = table(lexicon.closingObjects.determiners).matches(before)[0];
  if (!determiner) return false;
  const object = before.slice(determiner.index + determiner.text.length);
  return !table(lexicon.closingObjects.meetings).test(object) && namesAnotherThing(object, lexicon, employer);
}

/**
 * The closing phrase is of another employer's offer, of a meeting, or of a thing other than the application.
 * `employer`: the interview's company's own words, folded ("pastificio"), which name no other thing.
 */
export function ofSomethingElse(hit: CueHit, lexicon: Lexicon, employer: ReadonlySet<string>): boolean {
  return (
    anotherOffer(hit, lexicon) ||
    aMeeting(hit, lexicon) ||
    offeredSomethingUnnamed(hit, lexicon) ||
    anotherThing(hit, lexicon, employer) ||
    anotherThingBefore(hit, lexicon, employer)
  );
}
