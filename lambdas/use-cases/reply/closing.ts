/**
 * "Got the offer!", "they rejected me", "I'm withdrawing": the application closes, every round of
 * it, by the one close rule (steps/close-application.ts) → the answer says "undo" works. When the
 * user did not say it plainly, nothing changes yet: the closing waits for their "yes"
 * (confirm-closing.ts).
 */
import type { ClosingOutcome } from "../../domain/interview/record";
import { closedMessage, offerMessage, type RenderedMessage, rejectedMessage } from "../../domain/messages";
import type { InboundOutcome } from "../inbound/outcome";
import { closeApplication } from "../steps/close-application";
import { closingWords } from "../steps/language";
import { summaryOf } from "../steps/summaries";
import { answer, type Context } from "./context";

export function isClosing(intent: string): intent is ClosingOutcome {
  return intent === "offer" || intent === "rejected" || intent === "withdrawn";
}

export async function closeByReply(
  context: Context,
  outcome: ClosingOutcome,
  declinedOffer: boolean,
): Promise<InboundOutcome> {
  const { record, input, planning, deps } = context;
  const { language } = planning.policy;
  const source = {
    key: input.messageKey,
    change: closingWords(outcome, declinedOffer, language),
    storageKey: input.storageKey,
  };
  const after = await closeApplication(record, outcome, source, planning, deps);
  const summary = summaryOf(after, planning.policy);
  const messages: Record<ClosingOutcome, RenderedMessage> = {
    offer: offerMessage(summary, language),
    rejected: rejectedMessage(summary, language),
    withdrawn: closedMessage(summary, declinedOffer ? "declined" : "withdrawn", language),
  };
  return answer(context, after, messages[outcome], outcome);
}
