/**
 * An employer's decision in a forwarded mail, in any of the seven languages: one rule over each
 * lexicon's rejection and offer phrases. A decision is read only where it is stated: never under a
 * condition or a decision still to come that opens its sentence ("if you have not heard from us…",
 * "you will hear whether…", "falls wir Sie nicht berücksichtigen…"), nor from a job alert, nor from
 * an invitation that sets a time.
 */
import type { InviteLexicon } from "../language/invite-lexicon";
import { LEXICONS } from "../language/lexicons";
import { fold, table } from "../language/phrases";

export type Outcome = "rejection" | "offer";

export interface OutcomeContext {
  /** The mail invites to, or moves, a meeting at a time it gives: an interview, whatever it regrets. */
  readonly arrangesMeeting: boolean;
  /** The mail reads as a job alert or a newsletter. */
  readonly bulk: boolean;
}

/**
 * Whether a phrase of `phrases` is stated in `text`: in a sentence, before any condition or pending
 * decision there (words after one, "…cujo perfil se alinha", are still stated).
 */
export function statesPhrase(text: string, lexicon: InviteLexicon, phrases: readonly string[]): boolean {
  const hedges = [table(LEXICONS[lexicon.lang].conditional), table(lexicon.pendingDecisionPhrases)];
  const decision = table(phrases);
  return text.split(/(?<=[.!?;\n])/).some((written) => {
    const sentence = fold(written);
    const found = decision.matches(sentence)[0];
    if (!found) return false;
    const hedged = hedges.flatMap((hedge) => hedge.matches(sentence).map((match) => match.index));
    return hedged.every((index) => index > found.index);
  });
}

/** The decision the mail states, if any: a rejection outweighs an offer word in the same mail. */
export function readOutcome(text: string, lexicon: InviteLexicon, context: OutcomeContext): Outcome | null {
  if (context.arrangesMeeting || context.bulk) return null;
  if (statesPhrase(text, lexicon, lexicon.rejectionPhrases)) return "rejection";
  if (statesPhrase(text, lexicon, lexicon.offerPhrases)) return "offer";
  return null;
}
