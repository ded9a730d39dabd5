/**
 * A forwarded rejection or offer. Primary course: find the open application of the company it
 * names → close it by the one close rule (steps/close-application.ts: every round, undoable) →
 * answer with the same email as the replies "rejected" and "offer". Null when that company has no
 * open application: then the caller answers it as not an interview.
 */
import type { IngestResult } from "../../domain/ingest";
import { offerMessage, rejectedMessage } from "../../domain/messages";
import type { Deps } from "../deps";
import type { InboundOutcome } from "../inbound/outcome";
import { sendAnswer } from "../steps/answer";
import { closeApplication } from "../steps/close-application";
import { closingWords } from "../steps/language";
import { applicationIdFor } from "../steps/records";
import type { Planning } from "../steps/replan";
import { summaryOf } from "../steps/summaries";

export async function closeByForward(
  result: IngestResult,
  outcome: "rejected" | "offer",
  input: { readonly ownerId: string; readonly storageKey: string; readonly messageKey: string },
  planning: Planning,
  deps: Deps,
): Promise<InboundOutcome | null> {
  const company = result.interview.company;
  if (!company) return null;
  const applicationId = applicationIdFor(company, "");
  const rounds = await deps.interviews.listByOwner(input.ownerId);
  // Open rounds of that application; on a retry, the rounds this very forward already closed.
  const matched = rounds.filter(
    (round) =>
      round.applicationId === applicationId &&
      (round.status === "active" || round.appliedMessageIds.includes(input.messageKey)),
  );
  // The latest round answers (its thread is the newest), and "undo" to that answer opens them all.
  const latest = matched.reduce<(typeof matched)[number] | null>(
    (found, round) => (!found || round.round > found.round ? round : found),
    null,
  );
  if (!latest) return null;
  const { language } = planning.policy;
  const after = await closeApplication(
    latest,
    outcome,
    { key: input.messageKey, change: closingWords(outcome, false, language), storageKey: input.storageKey },
    planning,
    deps,
  );
  const summary = summaryOf(after, planning.policy);
  const sent = await sendAnswer(
    after,
    input.messageKey,
    outcome === "offer" ? offerMessage(summary, language) : rejectedMessage(summary, language),
    deps,
  );
  return { action: "answered", detail: outcome, ...sent };
}
