/**
 * What keeps an employer's decision from being read in a forward written in a lexicon language:
 * mass mail (a job alert, a newsletter) and a mail that arranges a meeting at a time. A rejection
 * that thanks for the past interview and invites to an event for many ("unser nächster Karrieretag
 * findet am 14. März statt", "te invitamos a nuestra feria de empleo el sábado a las 10:00") is
 * neither: an event's name makes no mass mail, and an invitation to an event sets no meeting of
 * the reader's own. An invitation to an interview beside such an event still does.
 */
import type { InviteLexicon } from "../language/invite-lexicon";
import { fold, table } from "../language/phrases";
import { lexiconPattern, phrasePattern } from "./invite-language";
import type { OutcomeContext } from "./outcome";
import { newestPart } from "./slot-choice";

export interface DecisionEvidence {
  /** A meeting time was found in the mail. */
  readonly hasTime: boolean;
  /** It invites in the lexicon's words ("wir laden Sie ein", "nous vous convions"). */
  readonly invited: boolean;
  /** It moves a meeting. */
  readonly moved: boolean;
  /** It came through a mailing list. */
  readonly mailingList: boolean;
  /** It names mass mail or an event for many (the lexicon's bulkMailPhrases). */
  readonly bulk: boolean;
  /** The subject line the text opens with: a reply's ("AW: Einladung …") is the thread's, not its newest message's. */
  readonly subject: string;
}

/** Sentences end after a stop, a question or exclamation mark, a semicolon or a line. */
const SENTENCE_END = /(?<=[.!?;\n])/;

/** Each lexicon's mass-mail phrases that name no event for many ("abbestellen", "newsletter"). */
const massMail = new WeakMap<InviteLexicon, RegExp>();

function massMailPattern(lexicon: InviteLexicon): RegExp {
  let pattern = massMail.get(lexicon);
  if (!pattern) {
    const events = lexiconPattern(lexicon, "eventWords");
    const rows = lexicon.bulkMailPhrases.filter((row) => !events.test(row));
    // An empty table matches nothing.
    pattern = rows.length > 0 ? phrasePattern(rows) : /$^/;
    massMail.set(lexicon, pattern);
  }
  return pattern;
}

/**
 * Whether some sentence invites and every one that does names an event for many ("our open evening
 * is on 15 May at 6pm if you'd like to meet the team"): the invitation is to the event.
 */
export function invitesOnlyToEvents(
  text: string,
  invites: (sentence: string) => boolean,
  namesEvent: (sentence: string) => boolean,
): boolean {
  if (!namesEvent(text)) return false;
  const inviting = text.split(SENTENCE_END).filter(invites);
  return inviting.length > 0 && inviting.every(namesEvent);
}

/** Where ./outcome reads a decision, and in what context. */
export interface DecisionReading extends OutcomeContext {
  /** The text the decision is read in: the newest message when only a quoted one invites. */
  readonly text: string;
}

/**
 * The newest message of a thread when it states a decision and the invitation is only quoted below
 * it ("Leider haben wir uns anders entschieden" over "Am Mo. schrieb …: > gerne laden wir Sie am
 * Donnerstag um 14 Uhr ein"): the decision is the news, the quoted time an earlier message's.
 */
function decisionAboveQuotedInvitation(
  text: string,
  lexicon: InviteLexicon,
  invitation: RegExp,
  subject: string,
): string | null {
  const decisions = [table(lexicon.rejectionPhrases), table(lexicon.offerPhrases)];
  if (!decisions.some((decision) => decision.test(fold(text)))) return null;
  const newest = newestPart(text);
  const written = newest.startsWith(subject) ? newest.slice(subject.length) : newest;
  if (newest.length === text.length || invitation.test(written)) return null;
  if (lexiconPattern(lexicon, "reschedulePhrases").test(written)) return null;
  const folded = fold(newest);
  return decisions.some((decision) => decision.test(folded)) ? newest : null;
}

/** Where and in what context ./outcome reads a decision, for a mail in a lexicon language. */
export function decisionContext(
  text: string,
  lexicon: InviteLexicon,
  seen: DecisionEvidence,
): DecisionReading {
  const bulk = seen.mailingList || (seen.bulk && massMailPattern(lexicon).test(text));
  const invitation = lexiconPattern(lexicon, "invitationPhrases");
  const events = lexiconPattern(lexicon, "eventWords");
  const invitesToMeeting = () =>
    seen.invited &&
    !invitesOnlyToEvents(
      text,
      (sentence) => invitation.test(sentence),
      (sentence) => events.test(sentence),
    );
  const arrangesMeeting = seen.hasTime && (seen.moved || invitesToMeeting());
  const newest = arrangesMeeting
    ? decisionAboveQuotedInvitation(text, lexicon, invitation, seen.subject)
    : null;
  return newest !== null ? { text: newest, arrangesMeeting: false, bulk } : { text, arrangesMeeting, bulk };
}
