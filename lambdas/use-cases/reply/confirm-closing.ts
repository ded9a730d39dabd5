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
import { escapeHtml, type RenderedMessage } from "../../domain/messages";
import type { InboundOutcome } from "../inbound/outcome";
import { updateRecord } from "../steps/records";
import { closeByReply, closingWords, isClosing } from "./closing";
import { answer, type Context } from "./context";

/** "It sounds like Acme made you an offer — reply "yes" and I'll close it; nothing changed yet." */
function confirmClosingMessage(company: string | null, outcome: ClosingOutcome): RenderedMessage {
  const employer = company ?? "the company";
  const happened: Record<ClosingOutcome, string> = {
    offer: `${employer} made you an offer`,
    rejected: `${employer} turned you down`,
    withdrawn: `you withdrew from ${employer}`,
  };
  const text = `It sounds like ${happened[outcome]} — reply “yes” and I'll close it; nothing changed yet.`;
  return {
    subject: `Did ${outcome === "withdrawn" ? "you withdraw" : `${employer} answer`}? Reply “yes” to close it`,
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
    confirmClosingMessage(record.interview.company, outcome),
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
    ? { outcome, declinedOffer: applied.change === closingWords("withdrawn", true) }
    : null;
}

/** The "yes" to a pending closing: closed now, as if the user had said it plainly. */
export function confirmClosing(
  context: Context,
  confirmed: Pick<PendingClosing, "outcome" | "declinedOffer">,
): Promise<InboundOutcome> {
  return closeByReply(context, confirmed.outcome, confirmed.declinedOffer);
}
