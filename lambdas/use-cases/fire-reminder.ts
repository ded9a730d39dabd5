import { applyEvent } from "../domain/events";
import { promptMessage } from "../domain/messages";
import type { ReminderKind } from "../domain/types";
import type { ReminderEvent } from "../ports";
import type { ReminderDeps } from "./deps";
import { updateRecord } from "./interview-records";
import { sendToOwner } from "./outgoing";
import { depsForOwner } from "./owners";
import { summaryOf } from "./summaries";

export type ReminderOutcome =
  | { readonly action: "sent"; readonly kind: string }
  | {
      readonly action: "skipped";
      readonly reason: "unknown-interview" | "closed" | "stale-plan" | "already-sent";
    };

/** How long a send claim lives: long past any retry of the same schedule. */
const CLAIM_DAYS = 30;

/**
 * A one-time schedule fired. Primary course: load the interview → check the prompt is still part
 * of the current plan → claim it (so a second firing sends nothing) → compose and send it to the
 * owner → record it as sent. A failed send gives the claim back so the retry can send.
 */
export async function fireReminder(event: ReminderEvent, baseDeps: ReminderDeps): Promise<ReminderOutcome> {
  const deps = await depsForOwner(event.ownerId, baseDeps);
  const record = await deps.interviews.get(event.ownerId, event.interviewId);
  if (!record) return { action: "skipped", reason: "unknown-interview" };
  if (record.status !== "active") return { action: "skipped", reason: "closed" };
  const kind = event.kind as ReminderKind;
  const planned = record.planned.find((reminder) => reminder.kind === kind);
  if (record.planVersion !== event.planVersion || !planned)
    return { action: "skipped", reason: "stale-plan" };

  const now = deps.clock.now();
  const claimKey = `prompt#${record.interviewId}#${kind}#${record.planVersion}`;
  const claimed = await deps.interviews.claim(
    record.ownerId,
    claimKey,
    now.plus({ days: CLAIM_DAYS }).toISO() ?? "",
  );
  if (!claimed) return { action: "skipped", reason: "already-sent" };
  try {
    await sendToOwner(record, promptMessage(kind, summaryOf(record, deps.config.policy), now), deps);
  } catch (error) {
    await deps.interviews.release(record.ownerId, claimKey);
    throw error;
  }
  await updateRecord(deps.interviews, record, now, (current) => ({
    ...current,
    log: applyEvent(current.log, { type: "prompt-sent", kind }),
    planned: current.planned.filter((reminder) => reminder.kind !== kind),
  }));
  return { action: "sent", kind };
}
