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
  if (object === null) return false;
  const named = (object.match(WORDS) ?? []).slice(0, OBJECT_WORDS);
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
 * The closing phrase is of another employer's offer, of a meeting, or of a thing other than the application.
 * `employer`: the interview's company's own words, folded ("pastificio"), which name no other thing.
 */
export function ofSomethingElse(hit: CueHit, lexicon: Lexicon, employer: ReadonlySet<string>): boolean {
  return (
    anotherOffer(hit, lexicon) ||
    aMeeting(hit, lexicon) ||
    offeredSomethingUnnamed(hit, lexicon) ||
    anotherThing(hit, lexicon, employer)
  );
}
