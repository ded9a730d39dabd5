/**
 * A closing the user only hinted at ("sounds like they went with someone else"). Primary course:
 * nothing changes; the closing is kept as pending on the round → the answer asks for a "yes" →
 * a "yes" (YES_WORDS) within a day closes the application as a plain closing reply would, and
 * "undo" takes it back. Any other reply lets the question lapse (domain/interview recordChange).
 */
import { confirmationExpiry, confirms, isLive } from "../../domain/interview/confirmation";
import {
  type ClosingOutcome,
  type InterviewRecord,
  type PendingClosing,
  undoStack,
} from "../../domain/interview/record";
import type { Lang } from "../../domain/language/lang";
import { catalogueOf, escapeHtml, type RenderedMessage } from "../../domain/messages";
import type { InboundOutcome } from "../inbound/outcome";
import { closingWords } from "../steps/language";
import { updateRecord } from "../steps/records";
import { closeByReply, isClosing } from "./closing";
import { answer, type Context } from "./context";

/** "It sounds like Acme made you an offer — reply "yes" and I'll close it; nothing changed yet." */
function confirmClosingMessage(
  company: string | null,
  outcome: ClosingOutcome,
  language: Lang,
): RenderedMessage {
  const words = catalogueOf(language).confirmClosing;
  const text = words[outcome](company);
  return {
    subject: words.subject(company, outcome === "withdrawn"),
    text: `${text}\n`,
    html: `<p>${escapeHtml(text)}</p>`,
    attachments: [],
  };
}

/** Keeps the closing as pending (nothing else changes) and asks for the "yes". */
export async function askToConfirmClosing(
  context: Context,
  outcome: ClosingOutcome,
): Promise<InboundOutcome> {
  const { record, input, understood, planning, deps } = context;
  const saved = await updateRecord(
    deps.interviews,
    record,
    planning.now,
    (current): InterviewRecord | null =>
      current.pendingClosing?.askedBy === input.messageKey
        ? null
        : {
            ...current,
            pendingClosing: {
              outcome,
              declinedOffer: Boolean(understood.declinedOffer),
              askedBy: input.messageKey,
              expiresAt: confirmationExpiry(planning.now),
            },
          },
  );
  return answer(
    context,
    saved?.after ?? record,
    confirmClosingMessage(record.interview.company, outcome, planning.policy.language),
    "confirm-closing",
  );
}

/**
 * The closing a "yes" confirms: the pending one while it is live; on a redelivery of the "yes"
 * that already closed the round, that closing again (closeByReply then only finishes what a
 * failure left undone). Null when the reply is not such a "yes".
 */
export function confirmedClosing(context: Context): Pick<PendingClosing, "outcome" | "declinedOffer"> | null {
  const { record, input, planning } = context;
  if (!confirms(input.written)) return null;
  if (record.pendingClosing && isLive(record.pendingClosing, planning.now)) return record.pendingClosing;
  const applied = undoStack(record).at(-1);
  const outcome = record.log.outcome;
  return applied?.key === input.messageKey && applied.closing && outcome && isClosing(outcome)
    ? { outcome, declinedOffer: applied.change === closingWords("withdrawn", true, planning.policy.language) }
    : null;
}

/** The "yes" to a pending closing: closed now, as if the user had said it plainly. */
export function confirmClosing(
  context: Context,
  confirmed: Pick<PendingClosing, "outcome" | "declinedOffer">,
): Promise<InboundOutcome> {
  return closeByReply(context, confirmed.outcome, confirmed.declinedOffer);
}
