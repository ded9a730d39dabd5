/**
 * Mails that name interview days and hours but set no interview yet: a link to book one of many
 * slots ("please choose a time that suits you", "wählen Sie über den Link einen Termin"), and an
 * acknowledgement whose interview is promised for later ("we'll be in touch to arrange one", "ti
 * contatteremo per fissare un colloquio") or whose next step is a test with a deadline. The days
 * and hours they give are a window or a deadline, never the reader's slot: the booked slot's
 * confirmation is the mail to forward. Each is a lexicon row read by one rule; a sentence under a
 * condition ("if this time does not suit, please choose another slot") books nothing.
 */
import type { InviteLexicon } from "../language/invite-lexicon";
import { fold, table } from "../language/phrases";
import { unconditional } from "./outcome";

/** What the mail is instead, in the terms of ./classify (which imports this module). */
interface NoSlotReading {
  readonly kind: "unknown" | "receipt";
  readonly reason: string;
}

const BOOK_A_SLOT: NoSlotReading = {
  kind: "unknown",
  reason:
    "it asks you to book a time yourself, so no interview time is set yet; forward the confirmation once you have booked",
};

const PROMISED_LATER: NoSlotReading = {
  kind: "receipt",
  reason: "it confirms an application was received; the interview it mentions is one to be arranged later",
};

const TEST_FIRST: NoSlotReading = {
  kind: "receipt",
  reason:
    "it confirms an application was received; its date is a test's deadline, no interview is arranged in it",
};

export interface NoSlotYetContext {
  /** It confirms an application was received. */
  readonly receipt: boolean;
  /** Its subject names an interview. */
  readonly titled: boolean;
  /** It invites to a meeting in words of its own ("we'd like to invite you to an interview"). */
  readonly invited: boolean;
  /** It names a survey, a test or a job alert (the lexicon's otherMailPhrases); asked last, as it costs a look. */
  readonly otherMail: () => boolean;
}

/** Whether a phrase of `phrases` is stated in `text`: in a sentence with no condition. */
function stated(text: string, folded: string, phrases: readonly string[], lexicon: InviteLexicon): boolean {
  const rows = table(phrases);
  return rows.test(folded) && rows.test(fold(unconditional(text, lexicon.lang)));
}

/** Why a mail with days and hours sets no interview yet, or null when nothing says so. */
export function noSlotYet(
  text: string,
  lexicon: InviteLexicon,
  context: NoSlotYetContext,
): NoSlotReading | null {
  const folded = fold(text);
  if (stated(text, folded, lexicon.slotBookingPhrases, lexicon)) return BOOK_A_SLOT;
  if (context.titled) return null;
  // "If your profile fits, we'll call you to arrange an interview": a promise under a condition is one still.
  if ((context.receipt || !context.invited) && table(lexicon.laterContactPhrases).test(folded))
    return PROMISED_LATER;
  return context.receipt && !context.invited && context.otherMail() ? TEST_FIRST : null;
}
