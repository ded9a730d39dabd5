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

/** Each table's gate words, as written and folded: a row is found only where its word is. */
const gateWords = new WeakMap<readonly string[], readonly string[]>();

/**
 * Whether the lower-case text holds a word some row needs (its longest that is no interview or
 * meeting word, which most mails hold): a few look-ups that spare most forwards the cutting into
 * words a table reads.
 */
function mayHold(lower: string, phrases: readonly string[], lexicon: InviteLexicon): boolean {
  let words = gateWords.get(phrases);
  if (!words) {
    const common = new Set(
      [...lexicon.interviewWords, ...lexicon.meetingWords].map((word) => word.toLowerCase()),
    );
    const gate = (row: string) =>
      row
        .toLowerCase()
        .split(/\s+/)
        .map((word) => word.replace(/\*$/, ""))
        .filter((word) => !common.has(word))
        .reduce((best, word) => (word.length > best.length ? word : best), "");
    words = [...new Set(phrases.map(gate).flatMap((word) => [word, fold(word)]))];
    gateWords.set(phrases, words);
  }
  return words.some((word) => lower.includes(word));
}

/** Whether a phrase of `phrases` is stated in `text`: in a sentence with no condition. */
function stated(text: string, lower: string, phrases: readonly string[], lexicon: InviteLexicon): boolean {
  if (!mayHold(lower, phrases, lexicon)) return false;
  const rows = table(phrases);
  return rows.test(fold(text)) && rows.test(fold(unconditional(text, lexicon.lang)));
}

/** Why a mail with days and hours sets no interview yet, or null when nothing says so. */
export function noSlotYet(
  text: string,
  lexicon: InviteLexicon,
  context: NoSlotYetContext,
): NoSlotReading | null {
  const lower = text.toLowerCase();
  if (stated(text, lower, lexicon.slotBookingPhrases, lexicon)) return BOOK_A_SLOT;
  if (context.titled) return null;
  // "If your profile fits, we'll call you to arrange an interview": a promise under a condition is one still.
  const promises = lexicon.laterContactPhrases;
  if (
    (context.receipt || !context.invited) &&
    mayHold(lower, promises, lexicon) &&
    table(promises).test(fold(text))
  )
    return PROMISED_LATER;
  return context.receipt && !context.invited && context.otherMail() ? TEST_FIRST : null;
}
