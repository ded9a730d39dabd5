/**
 * The user's reply to "could not find the date" (forward/hold-for-date.ts). Primary course: the
 * date and time are read from what they wrote → the held round becomes active, numbered after the
 * application's other rounds → planned and scheduled → earlier rounds stop chasing → the usual
 * confirmation. Without a readable date and time, nothing changes and the date is asked for again.
 */
import { isAwaitingDate, withKey, withRawMail } from "../../domain/interview/record";
import { complete } from "../../domain/interview/transitions";
import { catalogueOf, confirmationMessage, stillNeedsDateMessage } from "../../domain/messages";
import { readInterviewDate } from "../../domain/replies";
import type { InboundOutcome } from "../inbound/outcome";
import { updateRecord, zoneOf } from "../steps/records";
import { endEarlierRounds, withFreshPlan } from "../steps/replan";
import { summaryOf } from "../steps/summaries";
import { syncSchedules } from "../steps/sync-schedules";
import { answer, type Context } from "./context";

export async function completeForward(context: Context): Promise<InboundOutcome> {
  const { record, input, planning, deps } = context;
  const { policy, now } = planning;
  const zone = policy.timeZone ?? record.interview.timeZone ?? "UTC";
  const read = readInterviewDate(input.written, now, zone);
  if (!read.start || read.start.length <= 10) {
    return answer(
      context,
      record,
      stillNeedsDateMessage(
        record.interview.title,
        input.written || catalogueOf(policy.language).changes.yourReply,
        policy.language,
      ),
      "needs-date",
    );
  }
  const start = read.start;
  const rounds = await deps.interviews.listByOwner(record.ownerId);
  const earlier = rounds.filter(
    (round) =>
      round.applicationId === record.applicationId &&
      round.interviewId !== record.interviewId &&
      !isAwaitingDate(round),
  );
  const saved = await updateRecord(deps.interviews, record, now, (current) => {
    const completed = complete(current, {
      start,
      timeZone: read.zone ?? current.interview.timeZone ?? zone,
      round: earlier.length + 1,
    });
    return completed
      ? withFreshPlan(
          {
            ...completed,
            appliedMessageIds: withKey(current.appliedMessageIds, input.messageKey),
            rawMailKeys: withRawMail(current.rawMailKeys, input.storageKey),
          },
          planning,
        )
      : null;
  });
  const after = saved?.after ?? (await deps.interviews.get(record.ownerId, record.interviewId)) ?? record;
  await syncSchedules([], after, zoneOf(after, policy), deps);
  await endEarlierRounds(earlier, planning, deps);
  return answer(
    context,
    after,
    confirmationMessage(summaryOf(after, policy), { updated: false, now }, policy.language),
    "stored",
  );
}
