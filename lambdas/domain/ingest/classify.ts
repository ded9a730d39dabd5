/**
 * What a forwarded message is, before anything is planned from it: an interview invitation, or an
 * employer's decision (a rejection or an offer, which end an application), or something that only
 * mentions interviews (a newsletter, a job alert, an application receipt, a webinar, a meetup, a
 * TV episode in a calendar feed). Pure word evidence; the reason is said in words for the user.
 */
import type { InviteLexicon } from "../language/invite-lexicon";
import { decisionContext, invitesOnlyToEvents } from "./decision-context";
import {
  DECISION_STEMS,
  NOT_AN_OFFER,
  OFFER,
  OFFER_STEMS,
  REJECTION,
  REJECTION_STEMS,
} from "./english-decision";
import { EVENT_FOR_MANY, type EventReading, eventForMany } from "./event-invitation";
import { meetsAboutAJob } from "./informal-invitation";
import { lexiconPattern } from "./invite-language";
import { noSlotYet } from "./no-slot-yet";
import { type Outcome, readOutcome, unconditional } from "./outcome";

export type MessageKind =
  | "interview"
  | "rejection"
  | "offer"
  | "receipt"
  | "newsletter"
  | "event"
  | "unknown";

export interface Classification {
  readonly kind: MessageKind;
  /** Why it is not an interview, for the user; null for interviews. */
  readonly reason: string | null;
}

export interface ClassifyInput {
  readonly subject: string;
  readonly body: string;
  /** Summaries of the calendar's events; empty without a calendar. */
  readonly summaries: readonly string[];
  readonly hasCalendar: boolean;
  /** Distinct events in the calendar (a feed has many). */
  readonly eventCount: number;
  /** The message came through a mailing list (List-Id / List-Unsubscribe). */
  readonly mailingList: boolean;
  /** A meeting time was found in it. */
  readonly hasTime: boolean;
  /** It names people to meet or the meeting's length: what a meeting has, whatever it is called. */
  readonly meetingDetails?: boolean;
  /** The language it is written in; English is read with the patterns below, others by their lexicon. */
  readonly lexicon: InviteLexicon;
}

const OUTCOMES: Readonly<Record<Outcome, Classification>> = {
  rejection: { kind: "rejection", reason: "it reads as a decision not to go ahead with your application" },
  offer: { kind: "offer", reason: "it reads as a job offer" },
};

const RECEIPT_WITH_EVENT: Classification = {
  kind: "receipt",
  reason: "it confirms an application was received; its date is an event's, no interview is arranged in it",
};

/** Words every pattern of a family needs (lower case), as in ./english-decision. */
const RECEIPT_STEMS = ["thank", "received your", "application"];
const NEWSLETTER_STEMS = [
  "unsubscribe",
  "browser",
  "preferences",
  "receiving this",
  "job alert",
  "jobs",
  "newsletter",
  "digest",
  "roundup",
  "this week in",
];

const RECEIPT = [
  /\bthank(?:s| you) for (?:applying|your application|submitting your application)\b/i,
  /\bwe(?:'ve| have) received your (?:application|resume|cv)\b/i,
  /\bapplication (?:received|submitted|confirmation)\b/i,
  /\byour application (?:for|to) [^.!?\n]{1,80} (?:has been|was) (?:received|submitted)\b/i,
];

const NEWSLETTER = [
  /\bunsubscribe\b/i,
  /\bview (?:this (?:email|message) )?in (?:your |a )?browser\b/i,
  /\b(?:manage|update) (?:your )?(?:email |subscription |notification )?preferences\b/i,
  /\byou(?:'re| are) receiving this (?:email|message|newsletter)\b/i,
  /\b(?:job alert|jobs you (?:may|might) (?:be interested in|like)|recommended jobs|new jobs (?:for you|matching)|jobs matching your)\b/i,
  /\b(?:newsletter|digest|weekly roundup|this week in)\b/i,
];

/** Public events, wherever they are named. */
const EVENT = [
  /\b(?:webinar|web seminar)s?\b/i,
  /\b(?:live ?stream|livestream|watch (?:live|now)|tune in)\b/i,
  new RegExp(
    [
      String.raw`\b(?:`,
      [
        "meetup",
        "meet-up",
        "conference",
        "summit",
        "hackathon",
        "career fair",
        "job fair",
        "open house",
        "open (?:day|evening|night)",
        "careers? (?:day|evening|event)",
        "(?:hiring|recruiting|recruitment) event",
        "info(?:rmation)? session",
        "networking (?:event|night|evening)",
        "workshop",
        "bootcamp",
        "masterclass",
        "fireside chat",
      ].join("|"),
      String.raw`)s?\b`,
    ].join(""),
    "i",
  ),
  /\bS\d{1,2}\s?E\d{1,3}\b|\b(?:season \d+|episode \d+|premiere|series finale|airs (?:on|at)|new episode)\b/i,
];

/** Event words that count only in a title (a body says "register on our portal" or "a great match"). */
const EVENT_TITLE = [
  /\b(?:register|registration|rsvp|tickets?|concert|festival|gig|party|happy hour|birthday|holiday)\b/i,
  /\b\w+ (?:vs\.?|v\.?) \w+/i,
  /\b(?:on (?:HBO|Netflix|Hulu|BBC|ITV|NBC|CBS|ABC|Fox|Prime Video|Disney\+))\b/i,
];

/** The alternatives of INTERVIEW, one per line. */
const INTERVIEW_ALTERNATIVES: readonly string[] = [
  "interview\\w*",
  "phone screen\\w*",
  "screening (?:call|interview)",
  "recruiter (?:call|screen|chat)",
  "hiring manager (?:call|chat|interview|screen)",
  "technical (?:round|screen|call|interview|assessment|discussion)",
  "on-?site (?:interview|visit|loop)",
  "final (?:round|interview|stage)",
  "next (?:round|stage|step)",
  "panel (?:interview|discussion)",
  "intro(?:ductory)? (?:call|chat)",
  "coffee chat",
  "meet the team",
  "culture (?:fit|chat|interview)",
  "case (?:study|interview)",
  "system design",
  "pair(?:ing)? (?:session|programming)",
  "assessment centre",
  "assessment center",
];

/** Words that make it about the user's own interview. */
const INTERVIEW = new RegExp(String.raw`\b(?:${INTERVIEW_ALTERNATIVES.join("|")})\b`, "i");

/** The alternatives of INVITATION, one per line. */
const INVITATION_ALTERNATIVES: readonly string[] = [
  "invite you to (?:an? |the |your )?(?:interview|call|chat|conversation|meeting|next round|final round|on-?site|video)",
  "(?:schedule|scheduled|confirm(?:ed)?|book(?:ed)?|arrange(?:d)?|set up) (?:an? |your |the |our )?(?:interview|call|chat|phone screen|meeting|conversation|time to (?:speak|chat|talk))",
  "your (?:upcoming |scheduled |next |phone |video |virtual |on-?site |final )?(?:interview|phone screen|screening) (?:is|has|will|with|on|at|for|details|confirmation|time)",
  "(?:interview|call|meeting|screen) (?:is|has been) (?:scheduled|confirmed|booked|arranged|set)",
  "look(?:ing)? forward to (?:speaking|meeting|talking|chatting|connecting) with you",
  "(?:would|'d) (?:like|love) to (?:invite|schedule|speak|meet|chat|talk)",
];

/** An invitation to the user, rather than talk about interviews in general. */
const INVITATION = new RegExp(String.raw`\b(?:${INVITATION_ALTERNATIVES.join("|")})\b`, "i");

/** A link or request to pick the interview time oneself. */
const SELF_SCHEDULE = new RegExp(
  [
    String.raw`\b(?:please|kindly)\s+(?:pick|choose|select|book|schedule|use the (?:link|button)|share your availability|let us know your availability)`,
    String.raw`\bself-?schedul`,
    String.raw`\bschedule your interview\b`,
  ].join("|"),
  "i",
);

/** A message in another language: its lexicon's interview, rejection and offer phrases decide. */
function classifyByLexicon(input: ClassifyInput, all: string, forMany: EventReading): Classification | null {
  const { lexicon } = input;
  const invited = lexiconPattern(lexicon, "invitationPhrases").test(all);
  // A moved meeting with its new time is the interview, whatever words name it.
  const moved = input.hasTime && lexiconPattern(lexicon, "reschedulePhrases").test(all);
  const interviewWords = lexiconPattern(lexicon, "interviewWords");
  const interview = invited || moved || interviewWords.test(all);
  const bulk = lexiconPattern(lexicon, "bulkMailPhrases").test(all);
  const seen = {
    hasTime: input.hasTime,
    invited,
    moved,
    mailingList: input.mailingList,
    bulk,
    subject: input.subject,
  };
  const decision = decisionContext(all, lexicon, seen);
  const outcome = readOutcome(decision.text, lexicon, decision);
  if (outcome) return OUTCOMES[outcome];
  if (forMany === "event") return EVENT_FOR_MANY;
  const titled = interviewWords.test(input.subject);
  const receipt = lexiconPattern(lexicon, "receiptPhrases").test(all);
  const otherMail = () => lexiconPattern(lexicon, "otherMailPhrases").test(all);
  const notYet = input.hasCalendar ? null : noSlotYet(all, lexicon, { receipt, titled, invited, otherMail });
  if (notYet) return notYet;
  // "te invitamos a nuestra feria de empleo": an event for many, unless an interview is arranged beside it.
  if ((!invited || !interviewWords.test(all)) && bulk && forMany !== "interview")
    return {
      kind: "unknown",
      reason: "it reads as a newsletter or a job alert; no interview is arranged in it",
    };
  // Without a time, an interview word (or an invitation promised for later: "Sie erhalten dann
  // eine Einladung") does not make a receipt, a survey or a test an invitation; an invitation
  // that is one names the interview in its subject.
  // "Hemos recibido tu candidatura … te invitamos a nuestra jornada de puertas abiertas el martes a
  // las 17:00": a receipt's time is an event's (an open day, an afterwork, a live talk) and its
  // interview one promised for later, unless it moves a meeting or names one in its subject. A
  // receipt that names no event ("thanks for applying … could we talk tomorrow at 10?") may arrange one.
  if (receipt && input.hasTime && !titled && !moved && bulk) return RECEIPT_WITH_EVENT;
  if (!input.hasTime && !(invited && titled) && receipt)
    return {
      kind: "receipt",
      reason: "it confirms an application was received; no interview is arranged in it",
    };
  // "nous vous invitons à compléter un questionnaire": an invitation to a test.
  if (!input.hasTime && !(invited && titled) && otherMail())
    return {
      kind: "unknown",
      reason: "it mentions an interview but arranges none (a survey, a test or a job alert)",
    };
  // An interview word only in the body of a mail with no time and no invitation ("your
  // application is on hold", a job alert) arranges nothing; an invitation names it in the subject.
  // "Could we move our interview to Wednesday, same time?": a move with no time read is asked about.
  const arranges = () => invited || titled || lexiconPattern(lexicon, "reschedulePhrases").test(all);
  if (interview && !input.hasTime && !arranges())
    return { kind: "unknown", reason: "it mentions an interview but arranges none" };
  return interview ? { kind: "interview", reason: null } : null;
}

function any(patterns: readonly RegExp[], text: string): boolean {
  return patterns.some((pattern) => pattern.test(text));
}

const toEventsOnly = (text: string) =>
  invitesOnlyToEvents(
    text,
    (sentence) => INVITATION.test(sentence),
    (sentence) => any(EVENT, sentence),
  );

/** Classifies one message; `reason` is said to the user when it is not an interview. */
export function classify(input: ClassifyInput): Classification {
  const head = input.subject;
  const body = input.body.slice(0, 20_000);
  const all = `${head}\n${body}`;
  const titles = `${head}\n${input.summaries.join("\n")}`;
  const forMany = eventForMany([head, ...input.summaries], body, input.lexicon, INTERVIEW);
  if (input.lexicon.lang !== "en") {
    const byLexicon = classifyByLexicon(input, all, forMany);
    if (byLexicon) return byLexicon;
  }
  const invited = INVITATION.test(all);
  // Each family of patterns runs only when one of the words all its patterns need is there.
  const lower = all.toLowerCase();
  const mentions = (stems: readonly string[]) => stems.some((stem) => lower.includes(stem));
  const offerSeen =
    mentions(OFFER_STEMS) &&
    any(OFFER, all) &&
    !(NOT_AN_OFFER.test(all) && !/\boffer (?:letter|of employment)\b/i.test(all));
  // A decision's invitation to an open evening or a fair sets no meeting (./decision-context).
  const arranges = invited && input.hasTime && !(mentions(DECISION_STEMS) && toEventsOnly(all));
  // The patterns above, then the English lexicon's rows under the one rule every language has.
  const outcome = readOutcome(all, input.lexicon, {
    arrangesMeeting: arranges,
    bulk: input.mailingList || lexiconPattern(input.lexicon, "bulkMailPhrases").test(all),
  });
  const rejected =
    mentions(REJECTION_STEMS) && any(REJECTION, all) && any(REJECTION, unconditional(all, "en"));
  if ((rejected && !arranges) || outcome === "rejection") return OUTCOMES.rejection;
  const offered = outcome === "offer" && !NOT_AN_OFFER.test(all);
  if ((offerSeen && !(invited && input.hasTime)) || offered) return OUTCOMES.offer;
  if (forMany === "event") return EVENT_FOR_MANY;
  const receipt = mentions(RECEIPT_STEMS) && any(RECEIPT, all);
  if (!input.hasCalendar) {
    const otherMail = () => lexiconPattern(input.lexicon, "otherMailPhrases").test(all);
    const titled = INTERVIEW.test(head);
    const notYet = noSlotYet(all, input.lexicon, { receipt, titled, invited, otherMail });
    if (notYet) return notYet;
  }
  const interviewWords = INTERVIEW.test(titles) || INTERVIEW.test(body);
  // "Webinar: Ace the System Design Interview" is a webinar, whatever its topic.
  const publicEvent = any(EVENT, titles);
  const eventTitle = publicEvent || (any(EVENT_TITLE, titles) && !INTERVIEW.test(titles));
  if (input.hasCalendar) {
    if (publicEvent && !invited)
      return {
        kind: "event",
        reason: "the calendar event is not an interview (it looks like a public event)",
      };
    const eventWords = eventTitle || (any(EVENT, body) && !INTERVIEW.test(titles));
    if (eventWords && !INTERVIEW.test(titles) && !invited)
      return {
        kind: "event",
        reason: "the calendar event is not an interview (it looks like a public event)",
      };
    if (input.eventCount > 5 && !INTERVIEW.test(titles))
      return {
        kind: "event",
        reason: `the calendar holds ${input.eventCount} events, not one interview invitation`,
      };
    return { kind: "interview", reason: null };
  }
  if (eventTitle && !invited)
    return { kind: "event", reason: "it is an invitation to a public event, not an interview" };
  if ((input.mailingList || (mentions(NEWSLETTER_STEMS) && any(NEWSLETTER, all))) && !invited)
    return {
      kind: "newsletter",
      reason: "it reads as a newsletter or job alert, not an interview invitation",
    };
  // A receipt's time with no interview in its subject is an event's, as in classifyByLexicon.
  if (receipt && input.hasTime && !INTERVIEW.test(head) && any(EVENT, body)) return RECEIPT_WITH_EVENT;
  // A receipt may promise to schedule something; without a time or a link to pick one, it is a receipt.
  if (receipt && !input.hasTime && !SELF_SCHEDULE.test(all))
    return {
      kind: "receipt",
      reason: "it confirms an application was received; no interview is arranged in it",
    };
  if (any(EVENT, body) && !invited && !INTERVIEW.test(head))
    return { kind: "event", reason: "it is an invitation to a public event, not an interview" };
  // "please send two references by Friday": a step after the interviews that arranges none.
  if (!input.hasTime && !invited && lexiconPattern(input.lexicon, "otherMailPhrases").test(all))
    return {
      kind: "unknown",
      reason: "it asks for something (references, a survey) but arranges no interview",
    };
  if (interviewWords || invited) return { kind: "interview", reason: null };
  // No interview word, but a meeting at a set time about a job ("a portfolio review with me", "ci
  // vediamo martedì alle 11" about a "candidatura"): what the user forwarded it for.
  if (input.hasTime && meetsAboutAJob(input.lexicon, all, input.meetingDetails === true))
    return { kind: "interview", reason: null };
  // "we need to move Wednesday … Monday the 16th at 9:30 instead?": a moved meeting with its new
  // time is the interview, whatever words name it (as in classifyByLexicon).
  if (input.hasTime && lexiconPattern(input.lexicon, "reschedulePhrases").test(all))
    return { kind: "interview", reason: null };
  return { kind: "unknown", reason: "nothing in it looks like an interview invitation" };
}
