/**
 * A reply read through its language's lexicon and the shared grammar: the same code for every
 * language, the phrasings in the tables. A closing (offer, rejection, withdrawal) is applied only
 * when it is plain news about the user's own application; a plausible one is asked about.
 */
import type { DateTime } from "luxon";
import { type Clause, clausesOf } from "../language/grammar";
import type { Lang } from "../language/lang";
import type { Lexicon } from "../language/lexicon";
import { LEXICONS } from "../language/lexicons";
import { otherMatterBeside } from "../language/other-matters";
import { fold, table } from "../language/phrases";
import { withContact } from "./contact";
import { correctionOf, leadsIn } from "./corrections-grammar";
import {
  askedOfThem,
  bareAnswer,
  byEmployer,
  CLOSINGS,
  type Closing,
  type CueHit,
  findCues,
  forgotten,
  isCommand,
  isNews,
  ofAMeeting,
  thankedFor,
} from "./cues";
import { namedSnooze, newsDay, pastDay, snoozeUntil } from "./dates";
import { awaitedAnswer, decisionByShape, decisionDay, notTheEmployers, partOfATime } from "./decision-shape";
import { notNowUntil, saidOfThem } from "./later";
import { clauseWritten, namesAnotherCompany, plainlyStated } from "./plain";
import {
  appointmentOf,
  employerBack,
  fillerOff,
  meetingSetAfter,
  namedTimes,
  politenessOnly,
  reportsSomethingElse,
  roleOpenAgain,
  roundStart,
  snoozeAsked,
} from "./shapes";
import { suggestionsOf } from "./suggestions";
import type { Reading } from "./types";
import { keepsWaiting, snoozeToPrompt } from "./waiting";

interface Context {
  readonly written: string;
  readonly folded: string;
  readonly clauses: readonly Clause[];
  readonly lang: Lang;
  readonly lexicon: Lexicon;
  readonly now: DateTime;
  readonly zone: string;
  readonly sendTime: string;
  /** Closings in a language the user has not set are asked about, never applied at once. */
  readonly foreign: boolean;
  /** The reply answers a follow-up prompt: what it says was sent is the follow-up. */
  readonly toFollowUp: boolean;
  /** The reply answers the thank-you prompt: what it says was sent ("emailed both") is the thank-you. */
  readonly toThankYou: boolean;
  /** The reply answers a follow-up or move-on prompt: a time, maybe with a reason, asks to be asked again then. */
  readonly toRemind: boolean;
  /** The reply answers one of the product's prompts, whichever: a time alone asks to be asked again then. */
  readonly toPrompt: boolean;
  /** The reply answers the move-on prompt ("shall I close it?"): "not yet" keeps waiting. */
  readonly toMoveOn: boolean;
  /** The reply answers a prompt sent after the interview: a meeting to come is the next round. */
  readonly afterInterview: boolean;
  /** The reply answers the prep prompt: "domani" alone asks to be prompted tomorrow, a day further off nothing. */
  readonly toPrep: boolean;
  readonly plain: (hit: CueHit) => boolean;
  /** The hit names another company than the interview's (plain.ts). */
  readonly elsewhere: (hit: CueHit) => boolean;
}

/** Commands, the first found wins: an undo or a reopen is the most deliberate. */
const COMMANDS = ["reopen", "undo", "forget", "export", "help", "status"] as const;

/** The clause a hit was read in, as the user wrote it. */
function evidenceOf(hit: CueHit, written: string): string {
  return written.slice(hit.clause.start, hit.clause.start + hit.clause.text.length).trim();
}

/** The text from the hit's clause on: its date, not one named earlier for something else. */
const fromClause = (hit: CueHit, written: string) => written.slice(hit.clause.start);

function iso(value: DateTime): string {
  return value.toISO({ suppressMilliseconds: true }) ?? "";
}

type ClosingDecision =
  | {
      readonly kind: "apply" | "ask";
      readonly intent: Closing;
      readonly evidence: string;
      readonly declinedOffer: boolean;
      /** Read only from the lexicon's guesses: a decision promised for a day outweighs it. */
      readonly guess: boolean;
      readonly hit: CueHit;
    }
  | { readonly kind: "conflict"; readonly intents: readonly Closing[] };

/**
 * The closing a reply states as news, if any: applied only when stated plainly in a language the
 * user set, else asked about. Beside news of the interview's own company, news from another one
 * ("rejected by Lumen but I got an offer from Acme") is not this application's; alone, it is asked.
 */
function closingOf(hits: readonly CueHit[], context: Context): ClosingDecision | null {
  const { written, foreign, plain, lexicon } = context;
  const closings = hits.filter(
    (hit) => CLOSINGS.has(hit.cue) && isNews(hit.context) && !hit.context.future && !hit.context.notYet,
  );
  const here = closings.filter((hit) => !context.elsewhere(hit));
  const told = here.length > 0 ? here : closings;
  // Beside the user's withdrawal, a meeting or a no they called off is part of it ("und abgesagt").
  const ownNo = (hit: CueHit) => ofAMeeting(hit, lexicon) || hit.context.subject === "user";
  const news = told.some((hit) => hit.cue === "withdrawn")
    ? told.filter((hit) => hit.cue !== "rejected" || !ownNo(hit))
    : told;
  const intents = [...new Set(news.map((hit) => hit.cue as Closing))];
  const offer = news.find((hit) => hit.cue === "offer");
  const withdrawal = news.find((hit) => hit.cue === "withdrawn");
  // An offer, then the user turning it down, is one fact: "got an offer, turned it down".
  const declined =
    withdrawal !== undefined &&
    !intents.includes("rejected") &&
    ((offer !== undefined && offer.index < withdrawal.index) ||
      table(lexicon.cues.offer).test(withdrawal.text));
  // "rejected, so I'm out" is one fact; an offer beside either is not, unless declined.
  if (offer && intents.length > 1 && !declined) return { kind: "conflict", intents };
  const intent: Closing | undefined = declined
    ? "withdrawn"
    : intents.includes("rejected")
      ? "rejected"
      : intents[0];
  // What the lexicon says plainly stands before what it only guesses ("Zusage bekommen 🎉").
  const hit =
    news.find((found) => found.cue === intent && !found.guess) ?? news.find((found) => found.cue === intent);
  if (!intent || !hit) return null;
  // "got rejected... for the apartment, not the job": another matter named anywhere in the reply.
  const otherMatter = otherMatterBeside(context.clauses, lexicon, news);
  const kind = foreign || otherMatter || !plain(hit) ? "ask" : "apply";
  return { kind, intent, evidence: evidenceOf(hit, written), declinedOffer: declined, guess: hit.guess, hit };
}

const newsOf = (hit: CueHit) => isNews(hit.context);

function commandOf(cue: (typeof COMMANDS)[number], hit: CueHit, context: Context): Reading {
  if (cue !== "forget") return { intent: cue, date: null };
  // The name ends at the first break: "delete globex, never applied there" forgets Globex.
  const argument = fillerOff(
    context.written
      .slice(hit.index + hit.text.length)
      .split(/[\n,;!?]/)[0]
      ?.replace(/^[\s:,-]+|[\s.!?]+$/g, "") ?? "",
    context.lexicon,
  );
  // "forget all my data", "vergiss alles": everything, not a company of that name.
  const everything = table(context.lexicon.everything)
    .matches(fold(argument))
    .some((found) => found.index === 0 && found.text.length === argument.length);
  return { intent: "forget", date: null, argument: everything ? "everything" : argument };
}

/**
 * A decision promised for a time no day names ("fin mai", "a fine mese", "na de krokusvakantie"):
 * a decision still, undated; a bare "they said" is none.
 */
function undatedDecision(hits: readonly CueHit[], context: Context): boolean {
  return hits.some(
    (hit) =>
      hit.cue === "decision" &&
      newsOf(hit) &&
      table(namedTimes(context.lexicon)).test(fold(fromClause(hit, context.written))),
  );
}

/** A nod alone ("👍", "👌"): a step done only in answer to a prompt after the interview; to the digest it is a nod. */
const NOD = /^(?:👍|👌|🙏)$/u;

/** The logged steps of a reply, first the weightiest; the rest come along as `also`. */
function stepsOf(hits: readonly CueHit[], context: Context): Reading | null {
  const { written, now } = context;
  const steps: Array<{ intent: "thanked" | "decision-date" | "followed-up"; date: string | null }> = [];
  const decision = hits.find((hit) => hit.cue === "decision" && newsOf(hit));
  const decided =
    (decision ? decisionDay(decision, hits, context.lexicon, written, { now, lang: context.lang }) : null) ??
    decisionByShape(context.clauses, hits, context.lexicon, written, { now, lang: context.lang });
  if (decided) steps.push({ intent: "decision-date", date: decided });
  // What was sent beside a thank-you note is the thank-you; else, to a follow-up prompt, the follow-up.
  const namesThanks = (hit: CueHit) =>
    context.toThankYou || table(context.lexicon.thanks).test(hit.clause.text);
  const thanked = hits.find(
    (hit) =>
      (hit.cue === "thanked" || (hit.cue === "followed-up" && namesThanks(hit))) &&
      newsOf(hit) &&
      (context.afterInterview || !NOD.test(hit.text)),
  );
  const sentFollowUp = context.toFollowUp && thanked && !namesThanks(thanked) ? thanked : undefined;
  const followUp =
    hits.find(
      (hit) =>
        hit.cue === "followed-up" && newsOf(hit) && !namesThanks(hit) && !byEmployer(hit, context.lexicon),
    ) ?? sentFollowUp;
  if (followUp)
    steps.push({ intent: "followed-up", date: pastDay(fromClause(followUp, written), now, context.lang) });
  if (thanked && !followUp)
    steps.push({ intent: "thanked", date: pastDay(fromClause(thanked, written), now, context.lang) });
  const [first, ...rest] = steps;
  if (!first) return null;
  return { ...first, ...(rest.length > 0 ? { also: rest } : {}) };
}

function read(hits: readonly CueHit[], context: Context): Reading {
  const { written, lexicon, now, zone } = context;
  const correction = correctionOf(context);
  const dating = { now, zone, lang: context.lang };
  const fromThem = (hit: CueHit) =>
    newsOf(hit) && (hit.cue === "heard-back" || (hit.cue === "followed-up" && byEmployer(hit, lexicon)));
  // "they got back to me, nothing decided but I'm still in the running": news, not a reopen.
  const stillInNews = (hit: CueHit) => table(lexicon.stillIn).test(hit.text) && hits.some(fromThem);
  // A stage named beside a rejection or a withdrawal is where it ended: "recalé après le test
  // technique", "cancelled the final round, got another job".
  const ends = (other: CueHit) => other.cue === "rejected" || (other.cue === "withdrawn" && !other.guess);
  const endedAt = (hit: CueHit) =>
    hits.some((other) => ends(other) && other.clause === hit.clause && newsOf(other));
  // The last one named: its day comes after it ("chamaram-me para a segunda entrevista, quarta").
  const round = hits.findLast((hit) => hit.cue === "next-round" && newsOf(hit) && !endedAt(hit));
  // "die wollen mich nochmal sehen, am 3.12.": the employer back with a day named sets the round;
  // "aprila di nuovo" is the user's command.
  const back =
    round ??
    hits.findLast(
      (hit) =>
        hit.cue === "reopen" &&
        newsOf(hit) &&
        table(lexicon.subjects.employer).test(
          hit.clause.text.slice(0, hit.index - hit.clause.start + hit.text.length),
        ),
    );
  // After the cue first: "segunda entrevista" is no Monday ("segunda-feira").
  const date = back
    ? roundStart(written.slice(back.index + back.text.length), fromClause(back, written), dating)
    : null;
  for (const cue of COMMANDS) {
    const hit = hits.find(
      (found) =>
        found.cue === cue &&
        isCommand(found) &&
        (cue !== "forget" || !forgotten(found, lexicon)) &&
        !((cue === "status" || cue === "help") && (thankedFor(found, lexicon) || askedOfThem(found, hits))) &&
        // "j'ai annulé l'entretien" cancels a meeting, not the last step.
        !(cue === "undo" && (leadsIn(found, correction, lexicon) || ofAMeeting(found, lexicon))) &&
        // "j'ai annulé, je retire ma candidature": what is cancelled is the application.
        !(cue === "undo" && hits.some((other) => other.cue === "withdrawn" && newsOf(other))) &&
        // "they want to see me again, on the 3rd at 9:30": with its day named, the next round.
        !(cue === "reopen" && (stillInNews(found) || date !== null)),
    );
    if (hit) return commandOf(cue, hit, context);
  }
  if (correction)
    return {
      intent: "correct",
      date: correction.day ?? null,
      correction: correction.correction,
      ...(correction.unclear ? { needsConfirmation: true } : {}),
    };
  // "busy rn, tmrw", "gerade schlecht, heut abend": a not-now and a time, nothing else said.
  const news = hits.filter((hit) => hit.cue !== "snooze" && newsOf(hit)).map((hit) => hit.index);
  const notNow = notNowUntil(context, news);
  if (notNow) return { intent: "snooze", date: iso(notNow) };

  // "the role opened up again and they called me": back on.
  const openAgain = hits.some(fromThem) && roleOpenAgain(context.clauses, lexicon);
  if (!date && (employerBack(hits, context.clauses, context.folded, context.lexicon) || openAgain))
    return { intent: "reopen", date: null };
  if (round || date) return { intent: "next-round", date };
  const steps = stepsOf(hits, context);
  const closing = closingOf(hits, context);
  if (closing?.kind === "conflict")
    return {
      intent: "unknown",
      date: null,
      suggestions: closing.intents.map(
        (intent) => lexicon.suggestions[intent === "withdrawn" ? "withdraw" : intent],
      ),
    };
  // "the req is on hold, no decision before March 22": a guessed closing beside a day promised is not one.
  if (closing && !(closing.guess && steps?.intent === "decision-date" && steps.date))
    return {
      intent: closing.intent,
      // The day a rejection or withdrawal happened, as for every step; an offer is still to be taken.
      date: closing.intent === "offer" ? null : newsDay(fromClause(closing.hit, written), now, context.lang),
      evidence: closing.evidence,
      ...(closing.declinedOffer ? { declinedOffer: true } : {}),
      ...(closing.kind === "ask" ? { needsConfirmation: true } : {}),
    };
  const appointment = context.afterInterview
    ? appointmentOf(context.clauses, lexicon, written, dating)
    : null;
  if (appointment?.plain) return { intent: "next-round", date: appointment.date };
  const snooze = hits.find((hit) => snoozeAsked(hit, lexicon) && !saidOfThem(hit, hits));
  // "hold off til april 2, they said easter slows everything": the reply opens with the snooze
  // and its day; what they said after it is the reason.
  // "só depois da Páscoa que eles decidem": a snooze word opening the decision's day is no snooze.
  const dated = steps?.intent === "decision-date" && snooze !== undefined && partOfATime(snooze, lexicon);
  const snoozeFirst = snooze === hits[0] && snooze?.context.subject !== "other" && !dated;
  const until =
    snooze && snoozeFirst
      ? namedSnooze(fromClause(snooze, written), now, context.sendTime, context.lang)
      : null;
  if (until) return { intent: "snooze", date: iso(until) };
  if (steps && steps.intent !== "thanked") return steps;
  const heard = hits.find(fromThem);
  const meetingSet = heard ? meetingSetAfter(heard, written, dating) : null;
  if (meetingSet) return { intent: "next-round", date: meetingSet };
  if (heard)
    return {
      intent: "heard-back",
      date: newsDay(fromClause(heard, written), now, context.lang),
      ...(steps ? { also: [{ intent: "thanked", date: null }] } : {}),
    };
  if (undatedDecision(hits, context)) return { intent: "decision-date", date: null };
  if (steps) return steps;
  // "no aspetta ancora", "não fecha ainda", "nee, nog niet afsluiten": to the move-on prompt, a no
  // or a denial with no day keeps the application waiting; there is nothing to remind of.
  if (snooze && context.toMoveOn && keepsWaiting(snooze, context))
    return { intent: "unknown", date: null, suggestions: suggestionsOf(hits, lexicon) };
  if (snooze)
    return {
      intent: "snooze",
      date: iso(snoozeUntil(fromClause(snooze, written), now, context.sendTime, context.lang)),
    };
  if (context.toPrompt) {
    const until = snoozeToPrompt(written, hits.some(newsOf), { ...context, now });
    if (until) return { intent: "snooze", date: iso(until) };
  }
  // A day and hour to come, nothing else said: maybe the next round, asked.
  if (appointment && !hits.some(newsOf))
    return {
      intent: "next-round",
      date: appointment.date,
      needsConfirmation: true,
      suggestions: [lexicon.suggestions["next-round"], lexicon.suggestions["heard-back"]],
    };
  return { intent: "unknown", date: null, suggestions: suggestionsOf(hits, lexicon) };
}

/** Reads `written` (the user's own words, NFC) in `lang`. */
export function readByTables(
  written: string,
  lang: Lang,
  options: {
    now: DateTime;
    zone: string;
    sendTime: string;
    foreign: boolean;
    /** The interview's company, when known: a closing from another one is asked about. */
    company: string | null;
    toFollowUp: boolean;
    toThankYou: boolean;
    toRemind: boolean;
    toPrompt: boolean;
    toMoveOn: boolean;
    afterInterview: boolean;
    toPrep: boolean;
  },
): Reading {
  const lexicon = LEXICONS[lang];
  const folded = fold(written);
  const answer = bareAnswer(folded, lexicon);
  if (answer) return { intent: "unknown", date: null, answer };
  if (politenessOnly(folded, lexicon)) return { intent: "unknown", date: null };
  const clauses = clausesOf(folded, lexicon, written);
  const plain = (hit: CueHit) =>
    !hit.approximate &&
    plainlyStated(hit, { written, lexicon, company: options.company, single: clauses.length === 1 });
  const elsewhere = (hit: CueHit) =>
    namesAnotherCompany(clauseWritten(hit, written), hit.index - hit.clause.start, options.company, lexicon);
  const found = withContact(findCues(clauses, lexicon), clauses, lexicon, written);
  const hits = found.filter(
    (hit) =>
      !reportsSomethingElse(hit, found, lexicon, written) &&
      !awaitedAnswer(hit, lexicon) &&
      !notTheEmployers(hit, lexicon),
  );
  return read(hits, {
    written,
    folded,
    clauses,
    lang,
    lexicon,
    ...options,
    plain,
    elsewhere,
  });
}
