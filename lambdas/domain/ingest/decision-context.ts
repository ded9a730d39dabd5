/**
 * What keeps an employer's decision from being read in a forward written in a lexicon language:
 * mass mail (a job alert, a newsletter) and a mail that arranges a meeting at a time. A rejection
 * that thanks for the past interview and invites to an event for many ("unser nächster Karrieretag
 * findet am 14. März statt", "te invitamos a nuestra feria de empleo el sábado a las 10:00") is
 * neither: an event's name makes no mass mail, and an invitation to an event sets no meeting of
 * the reader's own. An invitation to an interview beside such an event still does.
 */
import type { InviteLexicon } from "../language/invite-lexicon";
import { lexiconPattern, phrasePattern } from "./invite-language";
import type { OutcomeContext } from "./outcome";

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

/** The context ./outcome reads a decision in, for a mail in a lexicon language. */
export function decisionContext(
  text: string,
  lexicon: InviteLexicon,
  seen: DecisionEvidence,
): OutcomeContext {
  const invitation = lexiconPattern(lexicon, "invitationPhrases");
  const events = lexiconPattern(lexicon, "eventWords");
  const invitesToMeeting = () =>
    seen.invited &&
    !invitesOnlyToEvents(
      text,
      (sentence) => invitation.test(sentence),
      (sentence) => events.test(sentence),
    );
  return {
    arrangesMeeting: seen.hasTime && (seen.moved || invitesToMeeting()),
    bulk: seen.mailingList || (seen.bulk && massMailPattern(lexicon).test(text)),
  };
}
