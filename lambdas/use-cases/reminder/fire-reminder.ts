import { applyEvent } from "../../domain/events";
import { promptMessage } from "../../domain/messages";
import type { ReminderKind } from "../../domain/types";
import type { ReminderEvent } from "../../ports";
import { depsForOwner } from "../account/owners";
import type { ReminderDeps } from "../deps";
import { once } from "../steps/answer-once";
import { HELD_ANSWERS, sendHeldAnswers } from "../steps/applied";
import { recordThread, sendToOwner } from "../steps/outgoing";
import { updateRecord } from "../steps/records";
import { summaryOf } from "../steps/summaries";

export type ReminderOutcome =
  | { readonly action: "sent"; readonly kind: string }
  | {
      readonly action: "skipped";
      readonly reason: "unknown-interview" | "closed" | "stale-plan" | "already-sent";
    };

/**
 * A one-time schedule fired. Primary course: load the interview → check the prompt is still part
 * of the current plan → send it once (a claim, see once) → record it as sent, also when a retry
 * finds it was sent before.
 */
export async function fireReminder(event: ReminderEvent, baseDeps: ReminderDeps): Promise<ReminderOutcome> {
  if (event.kind === HELD_ANSWERS) return sendHeldAnswers(event.ownerId, baseDeps);
  const deps = await depsForOwner(event.ownerId, baseDeps);
  const record = await deps.interviews.get(event.ownerId, event.interviewId);
  if (!record) return { action: "skipped", reason: "unknown-interview" };
  if (record.status !== "active") return { action: "skipped", reason: "closed" };
  const kind = event.kind as ReminderKind;
  const planned = record.planned.find((reminder) => reminder.kind === kind);
  if (record.planVersion !== event.planVersion || !planned)
    return { action: "skipped", reason: "stale-plan" };

  const now = deps.clock.now();
  const sent = await once(
    record.ownerId,
    `prompt#${record.interviewId}#${kind}#${record.planVersion}`,
    () => sendToOwner(record, promptMessage(kind, summaryOf(record, deps.config.policy), now), deps),
    deps,
  );
  if (sent) await recordThread(record, sent.result, deps);
  // Also when it was sent before (a retry after a crash): the record must say so. Only this plan's
  // entry goes; a reschedule that raced the send keeps its new plan.
  await updateRecord(deps.interviews, record, now, (current) =>
    current.planVersion === event.planVersion && current.planned.some((reminder) => reminder.kind === kind)
      ? {
          ...current,
          log: applyEvent(current.log, { type: "prompt-sent", kind }),
          planned: current.planned.filter((reminder) => reminder.kind !== kind),
        }
      : null,
  );
  return sent ? { action: "sent", kind } : { action: "skipped", reason: "already-sent" };
}
