/**
 * An employer's decision in a forwarded mail, in any of the seven languages: one rule over each
 * lexicon's rejection and offer phrases. A decision is read only where it is stated: never under a
 * condition or a decision still to come that opens its sentence ("if you have not heard from us…",
 * "you will hear whether…", "falls wir Sie nicht berücksichtigen…"), nor from a job alert, nor from
 * an invitation that sets a time.
 */
import type { InviteLexicon } from "../language/invite-lexicon";
import type { Lang } from "../language/lang";
import { LEXICONS } from "../language/lexicons";
import { fold, type PhraseTable, table } from "../language/phrases";

export type Outcome = "rejection" | "offer";

export interface OutcomeContext {
  /** The mail invites to, or moves, a meeting at a time it gives: an interview, whatever it regrets. */
  readonly arrangesMeeting: boolean;
  /** The mail reads as a job alert or a newsletter. */
  readonly bulk: boolean;
}

/** Sentences end after a stop, a question or exclamation mark, a semicolon or a line. */
const SENTENCE_END = /(?<=[.!?;\n])/;

/**
 * Whether a phrase of `decision` is stated in the folded `sentence`: before any condition or pending
 * decision there (words after one, "…cujo perfil se alinha", are still stated).
 */
function statedIn(sentence: string, decision: PhraseTable, hedges: readonly PhraseTable[]): boolean {
  const found = decision.matches(sentence)[0];
  if (!found) return false;
  return hedges.every((hedge) => hedge.matches(sentence).every((match) => match.index > found.index));
}

/** The decision the mail states, if any: a rejection outweighs an offer word in the same mail. */
export function readOutcome(text: string, lexicon: InviteLexicon, context: OutcomeContext): Outcome | null {
  if (context.arrangesMeeting || context.bulk) return null;
  const hedges = [table(LEXICONS[lexicon.lang].conditional), table(lexicon.pendingDecisionPhrases)];
  const rejection = table(lexicon.rejectionPhrases);
  const offer = table(lexicon.offerPhrases);
  // A phrase in a sentence is also one in the whole text (sentences break between words): most mails
  // state none, and one look at the whole spares folding each sentence.
  const folded = fold(text);
  if (!rejection.test(folded) && !offer.test(folded)) return null;
  // One pass: each sentence is folded and cut into words once for all four tables.
  let offered = false;
  for (const written of text.split(SENTENCE_END)) {
    const sentence = fold(written);
    if (statedIn(sentence, rejection, hedges)) return "rejection";
    offered ||= statedIn(sentence, offer, hedges);
  }
  return offered ? "offer" : null;
}

/**
 * The text without its sentences that say something on a condition ("if you have not heard from us
 * by then, please assume …", "sans réponse de notre part d'ici le 25 juin, …"): a receipt that says
 * when to give up hope states no decision. The conditional words are the reply grammar's, read the
 * same way (its compiled table, on folded text).
 */
export function unconditional(text: string, lang: Lang): string {
  const conditional = table(LEXICONS[lang].conditional);
  return text
    .split(/(?<=[.!?;\n])/)
    .filter((sentence) => !conditional.test(fold(sentence)))
    .join("");
}
