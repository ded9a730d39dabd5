/**
 * A plain reply ("sent", "they said Friday", "I followed up Tuesday", "they got back to me"):
 * every step it logs, folded into the round's log in one undoable change → re-plan → "Noted: …"
 * with what comes next. A reply with two steps logs both.
 */
import type { DateTime } from "luxon";
import type { LoggedEvent } from "../../domain/events";
import { log } from "../../domain/interview/transitions";
import type { Lang } from "../../domain/language/lang";
import {
  catalogueOf,
  helpMessage,
  type InterviewSummary,
  replyAckMessage,
  whenDay,
} from "../../domain/messages";
import type { UnderstoodReply } from "../../domain/replies";
import type { InboundOutcome } from "../inbound/outcome";
import { summaryOf } from "../steps/summaries";
import { answer, applyChange, type Context } from "./context";

/** The logged event a plain reply means, and how to say what changed in words. */
function eventFor(
  understood: Pick<UnderstoodReply, "intent" | "date">,
  summary: InterviewSummary,
  now: DateTime,
  language: Lang,
): { event: LoggedEvent; change: string } | null {
  const date = understood.date;
  const { changes } = catalogueOf(language);
  switch (understood.intent) {
    case "thanked":
      return { event: { type: "thanked", at: now.toUTC().toISO() ?? "" }, change: changes.thankYouSent };
    case "decision-date":
      return date
        ? {
            event: { type: "decision-date", date },
            change: changes.decisionBy(whenDay(date, summary, language)),
          }
        : null;
    case "followed-up":
      return date
        ? {
            event: { type: "followed-up", date },
            change: changes.followUpSentOn(whenDay(date, summary, language)),
          }
        : null;
    case "heard-back":
      return { event: { type: "heard-back" }, change: changes.heardBack };
    default:
      return null;
  }
}

export async function plainReply(context: Context): Promise<InboundOutcome> {
  const { record, understood, planning } = context;
  const summary = summaryOf(record, planning.policy);
  const steps = [understood, ...(understood.also ?? [])].flatMap((step) => {
    const meaning = eventFor(step, summary, planning.now, planning.policy.language);
    return meaning ? [meaning] : [];
  });
  const first = eventFor(understood, summary, planning.now, planning.policy.language);
  if (!first)
    return answer(
      context,
      record,
      helpMessage(context.input.written, [], planning.policy.language),
      "not-understood",
    );
  const change = steps.map((step) => step.change).join("; ");
  const after = await applyChange(context, change, (current) =>
    log(
      current,
      steps.map((step) => step.event),
    ),
  );
  return answer(
    context,
    after,
    replyAckMessage(summaryOf(after, planning.policy), change, planning.policy.language),
    understood.intent,
  );
}
