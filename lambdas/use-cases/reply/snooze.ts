/**
 * "Snooze 3 days", "remind me Monday": only the prompt the reply answers moves (or the next one
 * pending when that step is done), and only later; the answer says where it landed and why.
 */
import { DateTime } from "luxon";
import { NothingToSnoozeError } from "../../domain/events";
import type { InterviewRecord } from "../../domain/interview/record";
import { log } from "../../domain/interview/transitions";
import {
  type Catalogue,
  catalogueOf,
  promptKindOfSubject,
  replyAckMessage,
  snoozedMessage,
} from "../../domain/messages";
import type { PlanLog } from "../../domain/planner";
import type { ReminderKind } from "../../domain/types";
import type { InboundOutcome } from "../inbound/outcome";
import { summaryOf } from "../steps/summaries";
import { answer, applyChange, type Context } from "./context";

/** Whether the step a prompt asks for was already logged (then a snooze means the next prompt). */
function stepDone(log: PlanLog, kind: ReminderKind): boolean {
  if (kind === "thank-you") return Boolean(log.thankedAt);
  const followUp = /^follow-up-(\d+)$/.exec(kind);
  return followUp ? (log.followUpsSent ?? []).length >= Number(followUp[1]) : false;
}

export async function snooze(context: Context): Promise<InboundOutcome> {
  const { record, understood, planning } = context;
  const { policy } = planning;
  const until = understood.date ?? "";
  const answered = promptKindOfSubject(context.input.mail.subject);
  const target =
    answered && !stepDone(record.log, answered) && answeredIsPartOfTimeline(answered, policy.maxFollowUps)
      ? answered
      : (record.planned[0]?.kind ?? null);
  const summary = summaryOf(record, policy);
  const { changes } = catalogueOf(policy.language);
  if (!target) {
    return answer(
      context,
      record,
      replyAckMessage(summary, changes.nothingToSnooze, policy.language),
      "nothing-to-snooze",
    );
  }
  const planned = record.planned.find((reminder) => reminder.kind === target);
  if (
    planned &&
    Date.parse(planned.at) >= Date.parse(until) &&
    !record.appliedMessageIds.includes(context.input.messageKey)
  ) {
    // Already later than asked: a snooze never pulls a prompt earlier.
    return answer(
      context,
      record,
      snoozedMessage(
        summary,
        {
          kind: target,
          at: planned.at,
          asked: until,
          note: changes.snoozeAlreadyLater,
        },
        policy.language,
      ),
      "snooze-already-later",
    );
  }
  let after: InterviewRecord;
  try {
    after = await applyChange(context, changes.snoozed(target), (current) =>
      log(current, [{ type: "snooze", until, kind: target, interviewStart: current.interview.start }]),
    );
  } catch (error) {
    if (!(error instanceof NothingToSnoozeError)) throw error;
    return answer(
      context,
      record,
      replyAckMessage(summary, changes.nothingToSnooze, policy.language),
      "nothing-to-snooze",
    );
  }
  const afterSummary = summaryOf(after, policy);
  const moved = after.planned.find((reminder) => reminder.kind === target) ?? null;
  return answer(
    context,
    after,
    snoozedMessage(
      afterSummary,
      {
        kind: target,
        at: moved?.at ?? null,
        asked: until,
        note: snoozeNote(target, until, moved?.at ?? null, afterSummary.zone, changes),
      },
      policy.language,
    ),
    "snooze",
  );
}

function answeredIsPartOfTimeline(kind: ReminderKind, maxFollowUps: number): boolean {
  const followUp = /^follow-up-(\d+)$/.exec(kind);
  return !followUp || Number(followUp[1]) <= maxFollowUps;
}

/** Why a snoozed prompt lands where it does, when that is not when it was asked for. */
function snoozeNote(
  kind: ReminderKind,
  asked: string,
  at: string | null,
  zone: string,
  changes: Catalogue["changes"],
): string | null {
  if (!at) return kind === "prep" ? changes.snoozeAfterStart : null;
  const wanted = DateTime.fromISO(asked, { setZone: true }).setZone(zone);
  const landed = DateTime.fromISO(at).setZone(zone);
  if (!wanted.isValid || !landed.isValid || landed.toMillis() === wanted.toMillis()) return null;
  if (!landed.hasSame(wanted, "day") && kind.startsWith("follow-up-")) return changes.snoozeFollowUpDay;
  if (!landed.hasSame(wanted, "day") && kind === "move-on") return changes.snoozeBusinessDay;
  return changes.snoozeQuietHours;
}
