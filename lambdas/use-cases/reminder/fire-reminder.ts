import { DateTime } from "luxon";
import { applyEvent } from "../../domain/events";
import type { InterviewRecord } from "../../domain/interview/record";
import { moveOn, recordChange } from "../../domain/interview/transitions";
import type { Lang } from "../../domain/language/lang";
import { catalogueOf, promptMessage } from "../../domain/messages";
import type { ReminderKind } from "../../domain/types";
import type { ReminderEvent } from "../../ports";
import { depsForOwner } from "../account/owners";
import type { ReminderDeps } from "../deps";
import { HELD_DIGEST } from "../digest/send-digest";
import { HELD_ANSWERS } from "../steps/answer";
import { once } from "../steps/answer-once";
import { sendHeldAnswers } from "../steps/held-answers";
import { recordThread, sendToOwner } from "../steps/outgoing";
import { updateRecord, zoneOf } from "../steps/records";
import { holdForLimit, laterSchedule, type SendingHold, sendingLimitOf } from "../steps/send-later";
import { summaryOf } from "../steps/summaries";
import { sendHeldDigest } from "./held-digest";
import { endOfQuietHours } from "./quiet-hours";

export type ReminderOutcome =
  | { readonly action: "sent"; readonly kind: string }
  /** A sending limit (hourly cap, daily quota) refused it: scheduled again (see steps/send-later). */
  | ({ readonly action: "held"; readonly kind: string } & SendingHold)
  | {
      readonly action: "skipped";
      readonly reason:
        | "unknown-interview"
        | "closed"
        | "stale-plan"
        | "already-sent"
        | "quiet-hours"
        | "too-late";
    };

/**
 * A one-time schedule fired. Primary course: load the interview → check the prompt is still part
 * of the current plan → a prep firing once its interview began is too late to help: nothing
 * → inside quiet hours (it is late), schedule it again for their end and stop
 * → send it once (a claim, see once), worded for the moment it goes out → record it as sent, also
 * when a retry finds it was sent before; the move-on prompt also marks the application moved on
 * (undoably). The schedule of held answers (steps/applied) or of a held digest (held-digest.ts)
 * sends those instead. Whatever a sending limit refuses is scheduled again, for the next hour (the
 * owner's hourly cap) or hours later (the account's daily quota): the claim was given back and the
 * plan is unchanged, so it goes out once when the limit allows, and inside quiet hours at their end.
 */
export async function fireReminder(event: ReminderEvent, baseDeps: ReminderDeps): Promise<ReminderOutcome> {
  try {
    if (event.kind === HELD_ANSWERS)
      return await sendHeldAnswers(event.ownerId, await depsForOwner(event.ownerId, baseDeps));
    if (event.kind === HELD_DIGEST) return await sendHeldDigest(event, baseDeps);
    return await sendPrompt(event, baseDeps);
  } catch (error) {
    const limit = sendingLimitOf(error);
    if (!limit) throw error;
    return { action: "held", kind: event.kind, ...(await holdForLimit(event, limit, baseDeps)) };
  }
}

async function sendPrompt(event: ReminderEvent, baseDeps: ReminderDeps): Promise<ReminderOutcome> {
  const deps = await depsForOwner(event.ownerId, baseDeps);
  const record = await deps.interviews.get(event.ownerId, event.interviewId);
  if (!record) return { action: "skipped", reason: "unknown-interview" };
  if (record.status !== "active") return { action: "skipped", reason: "closed" };
  const kind = event.kind as ReminderKind;
  const planned = record.planned.find((reminder) => reminder.kind === kind);
  if (record.planVersion !== event.planVersion || !planned)
    return { action: "skipped", reason: "stale-plan" };

  const now = deps.clock.now();
  if (kind === "prep" && DateTime.fromISO(record.interview.start) <= now)
    return { action: "skipped", reason: "too-late" };
  const later = endOfQuietHours(deps.config.policy, zoneOf(record, deps.config.policy), now);
  if (later) {
    await deps.scheduler.put(laterSchedule(event, later));
    return { action: "skipped", reason: "quiet-hours" };
  }
  const claimKey = `prompt#${record.interviewId}#${kind}#${record.planVersion}`;
  const sent = await once(
    record.ownerId,
    claimKey,
    () =>
      sendToOwner(
        record,
        promptMessage(kind, summaryOf(record, deps.config.policy), now, deps.config.policy.language),
        deps,
      ),
    deps,
  );
  if (sent) await recordThread(record, sent.result, deps);
  // Also when it was sent before (a retry after a crash): the record must say so. Only this plan's
  // entry goes; a reschedule that raced the send keeps its new plan.
  await updateRecord(deps.interviews, record, now, (current) =>
    current.planVersion === event.planVersion && current.planned.some((reminder) => reminder.kind === kind)
      ? afterSending(current, kind, claimKey, deps.config.policy.language)
      : null,
  );
  return sent ? { action: "sent", kind } : { action: "skipped", reason: "already-sent" };
}

/** The round once its prompt went out; after the move-on prompt, moved on ("undo" opens it again). */
function afterSending(
  current: InterviewRecord,
  kind: ReminderKind,
  key: string,
  language: Lang,
): InterviewRecord {
  const sent = {
    ...current,
    log: applyEvent(current.log, { type: "prompt-sent", kind }),
    planned: current.planned.filter((reminder) => reminder.kind !== kind),
  };
  const movedOn = kind === "move-on" ? moveOn(sent) : null;
  return movedOn ? recordChange(sent, movedOn, { key, change: catalogueOf(language).changes.movedOn }) : sent;
}
