/**
 * "Next round Dec 3 at 2pm": this round's follow-ups stop (they answered); with a date, a new
 * round of the same application is planned like any other, continuing the thread, numbered after
 * every round of the application so far. The answer is the new round's first email and carries
 * its reply address. "Undo", to either round's email, removes that round again.
 */
import { MAX_ROUNDS } from "../../domain/interview/bounds";
import type { InterviewRecord } from "../../domain/interview/record";
import { log, nextRound as nextRoundOf } from "../../domain/interview/transitions";
import { catalogueOf, correctedMessage, nextRoundMessage } from "../../domain/messages";
import type { Deps } from "../deps";
import type { InboundOutcome } from "../inbound/outcome";
import { stableId, zoneOf } from "../steps/records";
import { type Planning, withFreshPlan } from "../steps/replan";
import { summaryOf } from "../steps/summaries";
import { syncSchedules } from "../steps/sync-schedules";
import { answer, applyChange, type Context } from "./context";

export async function nextRound(context: Context): Promise<InboundOutcome> {
  const { record, understood, planning, deps } = context;
  const { policy } = planning;
  const start = understood.date && understood.date.length > 10 ? understood.date : null;
  if (start && (await roundsOf(record, deps)).length >= MAX_ROUNDS) {
    return answer(
      context,
      record,
      correctedMessage(
        summaryOf(record, policy),
        catalogueOf(policy.language).changes.tooManyRounds(MAX_ROUNDS),
        policy.language,
      ),
      "next-round",
    );
  }
  const createdId = start ? stableId(record.ownerId, `round:${record.interviewId}:${start}`) : null;
  const after = await applyChange(
    context,
    catalogueOf(policy.language).changes.nextRound,
    (current) => log(current, [{ type: "heard-back" }]),
    {
      createdRound: createdId,
    },
  );
  const next = start && createdId ? await addNextRound(after, createdId, start, planning, deps) : null;
  return answer(
    context,
    next ?? after,
    nextRoundMessage(summaryOf(after, policy), next ? summaryOf(next, policy) : null, policy.language),
    "next-round",
  );
}

/** Every stored round of the record's application. */
async function roundsOf(record: InterviewRecord, deps: Deps): Promise<InterviewRecord[]> {
  const rounds = await deps.interviews.listByOwner(record.ownerId);
  return rounds.filter((each) => each.applicationId === record.applicationId);
}

/** The new round, planned and scheduled (a retry finds it stored and makes its schedules follow). */
async function addNextRound(
  previous: InterviewRecord,
  interviewId: string,
  start: string,
  planning: Planning,
  deps: Deps,
): Promise<InterviewRecord> {
  const existing = await deps.interviews.get(previous.ownerId, interviewId);
  if (existing) {
    await syncSchedules([], existing, zoneOf(existing, planning.policy), deps);
    return existing;
  }
  const round = 1 + Math.max(previous.round, ...(await roundsOf(previous, deps)).map((each) => each.round));
  const timeZone = zoneOf(previous, planning.policy);
  const record = withFreshPlan(
    nextRoundOf(previous, { interviewId, start, timeZone, round }, planning.now),
    planning,
  );
  await deps.interviews.save(record);
  await syncSchedules([], record, zoneOf(record, planning.policy), deps);
  return record;
}
