/**
 * A forwarded invite or confirmation. Primary course: extract the interview → new round, update
 * (higher SEQUENCE) or cancel → store with a conditional write → schedules follow the plan →
 * one confirmation. A retry of the same message resumes where it stopped; another forward of
 * an invite we already have changes nothing and sends nothing. A forwarded rejection or offer
 * closes the open application it is about, with the same emails as the replies "rejected" and
 * "offer".
 */
import { extractInterview, type IngestResult, type MailMessage } from "../../domain/ingest";
import {
  type InterviewRecord,
  newInterviewRecord,
  withKey,
  withRawMail,
} from "../../domain/interview/record";
import type { Lang } from "../../domain/language/lang";
import {
  cancelledMessage,
  catalogueOf,
  confirmationMessage,
  notAnInterviewMessage,
  type RenderedMessage,
} from "../../domain/messages";
import type { Deps } from "../deps";
import type { InboundOutcome } from "../inbound/outcome";
import { sendAnswer } from "../steps/answer";
import { messageKeyOf } from "../steps/answer-once";
import { answerApplied, replayApplied } from "../steps/applied";
import { languageToPropose, storedInterview } from "../steps/language";
import { applicationIdFor, stableId, updateRecord, zoneOf } from "../steps/records";
import { endEarlierRounds, type Planning, planningFor, withFreshPlan } from "../steps/replan";
import { summaryOf } from "../steps/summaries";
import { deleteAllSchedules, syncSchedules } from "../steps/sync-schedules";

export interface InviteInput {
  readonly mail: MailMessage;
  readonly ownerId: string;
  readonly storageKey: string;
  /** What extractInvite read, when the caller extracted it (to time it). @default extracted here */
  readonly extracted?: IngestResult;
}

/** The interview a forward describes, read as of now with the owner's policy. */
export function extractInvite(mail: MailMessage, deps: Pick<Deps, "clock" | "config">): IngestResult {
  const { config } = deps;
  return extractInterview(mail, {
    now: deps.clock.now(),
    ownerAddresses: config.owners,
    defaultZone: config.policy.timeZone,
  });
}

export async function applyForward(input: InviteInput, deps: Deps): Promise<InboundOutcome> {
  const planning = await planningFor(deps);
  const result = input.extracted ?? extractInvite(input.mail, deps);
  const messageKey = messageKeyOf(input.mail, input.storageKey);
  const target = { ownerId: input.ownerId };
  switch (result.status) {
    case "needs-date":
      // Kept (company, role) until a reply gives the date, which completes this forward.
      return (await import("./hold-for-date")).holdForDate(result, input, messageKey, deps);
    case "not-an-interview": {
      if (result.outcome) {
        // The rarer branches are imported when taken, as the inbound routes are (routes.ts).
        const { closeByForward } = await import("./close-by-forward");
        const closed = await closeByForward(result, result.outcome, { ...input, messageKey }, planning, deps);
        if (closed) return closed;
      }
      const sent = await sendAnswer(
        target,
        messageKey,
        notAnInterviewMessage(
          result.reason ?? catalogueOf(planning.policy.language).changes.notAnInvitation,
          input.mail.subject || null,
          planning.policy.language,
        ),
        deps,
      );
      return { action: "answered", detail: "not-an-interview", ...sent };
    }
    case "cancelled":
    case "ok": {
      const interviewId = stableId(input.ownerId, result.dedupeKey);
      const existing = await deps.interviews.get(input.ownerId, interviewId);
      const keys = { ownerId: input.ownerId, about: interviewId, messageKey, storageKey: input.storageKey };
      // Applied before, and its key no longer among the round's recent ones: answered as it was then.
      const replayed =
        existing && !existing.sourceKeys.includes(messageKey) ? await replayApplied(keys, deps) : null;
      if (replayed) return replayed;
      const forward: Forward = { result, input, messageKey, planning, deps, interviewId, existing };
      return result.status === "ok" ? upsert(forward) : cancel(forward);
    }
  }
}

/** A forward of one interview, with the round it names as stored (null when new). */
interface Forward {
  readonly result: IngestResult;
  readonly input: InviteInput;
  readonly messageKey: string;
  readonly planning: Planning;
  readonly deps: Deps;
  readonly interviewId: string;
  readonly existing: InterviewRecord | null;
}

/** The round a forward describes, as first stored. */
function newRecord(
  { input, result, messageKey, interviewId, planning }: Forward,
  round: number,
): InterviewRecord {
  return newInterviewRecord(
    {
      ownerId: input.ownerId,
      interviewId,
      applicationId: applicationIdFor(result.interview.company, interviewId),
      round,
      interview: storedInterview(result, input, planning.policy.language),
      log: { decisionDate: result.decisionHint },
      status: result.status === "cancelled" ? "cancelled" : "active",
      sourceKeys: [messageKey],
      rawMailKeys: [input.storageKey],
    },
    planning.now,
  );
}

async function upsert(forward: Forward): Promise<InboundOutcome> {
  const { result, input, messageKey, planning, deps, interviewId, existing } = forward;
  const { policy, now } = planning;
  let record: InterviewRecord;
  let previousPlan = existing?.planned ?? [];
  let updated = false;
  let proposeLanguage: Lang | undefined;
  if (!existing) {
    const rounds = await deps.interviews.listByOwner(input.ownerId);
    const applicationId = applicationIdFor(result.interview.company, interviewId);
    const earlier = rounds.filter((round) => round.applicationId === applicationId);
    record = withFreshPlan(newRecord(forward, earlier.length + 1), planning);
    proposeLanguage = languageToPropose(record.interview, rounds.length, policy.language);
    await deps.interviews.save(record);
    await endEarlierRounds(earlier, planning, deps);
  } else {
    const isRetry = existing.sourceKeys.includes(messageKey);
    const newer = result.interview.sequence > existing.interview.sequence;
    // The same invite again (the first confirmation went to spam?): the plan, as it stands.
    if (!isRetry && !newer)
      return answerForward(forward, existing, alreadyPlanned(existing, policy), "duplicate-invite");
    if (isRetry) {
      record = existing;
      previousPlan = [];
      // A retry answers as the first attempt would have: an update unless this forward created it.
      updated = existing.sourceKeys.indexOf(messageKey) > 0;
    } else {
      const saved = await updateRecord(deps.interviews, existing, now, (current) =>
        withFreshPlan(
          {
            ...current,
            interview: storedInterview(result, input, policy.language),
            status: "active",
            log: { ...current.log, promptsSent: [], snoozed: null },
            sourceKeys: withKey(current.sourceKeys, messageKey),
            rawMailKeys: withRawMail(current.rawMailKeys, input.storageKey),
          },
          planning,
        ),
      );
      if (!saved)
        return answerForward(forward, existing, alreadyPlanned(existing, policy), "duplicate-invite");
      record = saved.after;
      previousPlan = saved.before.planned;
      updated = true;
    }
  }
  await syncSchedules(previousPlan, record, zoneOf(record, policy), deps);
  return answerForward(
    forward,
    record,
    confirmationMessage(summaryOf(record, policy), { updated, now, proposeLanguage }, policy.language),
    updated ? "updated" : "stored",
  );
}

/**
 * The confirmation of an invite we had already: the plan as it stands, said to be that; a
 * cancelled interview stays cancelled, and the answer says so.
 */
function alreadyPlanned(record: InterviewRecord, policy: Planning["policy"]): RenderedMessage {
  if (record.status === "cancelled") return cancelledMessage(summaryOf(record, policy), policy.language);
  return confirmationMessage(
    summaryOf(record, policy),
    { updated: false, alreadyPlanned: true },
    policy.language,
  );
}

/** A forward's answer, remembered with it (see steps/applied) and sent once. */
function answerForward(
  { input, messageKey, interviewId, deps }: Forward,
  record: InterviewRecord,
  message: RenderedMessage,
  detail: string,
): Promise<InboundOutcome> {
  const keys = { ownerId: input.ownerId, about: interviewId, messageKey, storageKey: input.storageKey };
  return answerApplied(keys, record, message, detail, deps);
}

async function cancel(forward: Forward): Promise<InboundOutcome> {
  const { result, input, messageKey, planning, deps, existing } = forward;
  const { policy, now } = planning;
  let record: InterviewRecord;
  if (!existing) {
    // A CANCEL before its REQUEST: remember it, so the late REQUEST (lower or equal SEQUENCE) is ignored.
    record = newRecord(forward, 1);
    await deps.interviews.save(record);
  } else if (existing.status === "cancelled" && !existing.sourceKeys.includes(messageKey)) {
    return answerForward(
      forward,
      existing,
      cancelledMessage(summaryOf(existing, policy)),
      "duplicate-cancel",
    );
  } else {
    const saved = await updateRecord(deps.interviews, existing, now, (current) =>
      current.status === "cancelled"
        ? null
        : withFreshPlan(
            {
              ...current,
              status: "cancelled",
              interview: {
                ...current.interview,
                sequence: Math.max(current.interview.sequence, result.interview.sequence),
              },
              sourceKeys: withKey(current.sourceKeys, messageKey),
              rawMailKeys: withRawMail(current.rawMailKeys, input.storageKey),
            },
            planning,
          ),
    );
    record = saved?.after ?? existing;
  }
  await deleteAllSchedules(record, deps);
  return answerForward(
    forward,
    record,
    cancelledMessage(summaryOf(record, policy), policy.language),
    "cancelled",
  );
}
