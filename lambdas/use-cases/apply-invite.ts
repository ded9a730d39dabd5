/**
 * A forwarded invite or confirmation. Primary course: extract the interview → new round, update
 * (higher SEQUENCE) or cancel → store with a conditional write → schedules follow the plan →
 * one confirmation. A retry of the same message resumes where it stopped; another forward of
 * an invite we already have changes nothing and sends nothing. A forwarded rejection or offer
 * closes the open application it is about, with the same emails as the replies "rejected" and
 * "offer".
 */
import type { DateTime } from "luxon";
import { loadHolidays } from "../domain/business-days";
import { applyEvent } from "../domain/events";
import { extractInterview, type IngestResult, type MailMessage } from "../domain/ingest";
import {
  cancelledMessage,
  confirmationMessage,
  notAnInterviewMessage,
  offerMessage,
  rejectedMessage,
} from "../domain/messages";
import type { ParsedInterview } from "../domain/types";
import type { InterviewRecord } from "../ports";
import { answerOnce, messageKeyOf } from "./answer-once";
import { holdForDate } from "./apply-reply";
import type { Deps } from "./deps";
import type { InboundOutcome } from "./inbound-mail";
import { applicationIdFor, newInterviewRecord, stableId, updateRecord, zoneOf } from "./interview-records";
import { changeAndReplan, endEarlierRounds, withFreshPlan } from "./replan";
import { summaryOf } from "./summaries";
import { deleteAllSchedules, syncSchedules } from "./sync-schedules";

export interface InviteInput {
  readonly mail: MailMessage;
  readonly ownerId: string;
  readonly storageKey: string;
  /** What extractInvite read, when the caller extracted it (to time it). @default extracted here */
  readonly extracted?: IngestResult;
}

function parsedInterview(result: IngestResult): ParsedInterview {
  const { interview } = result;
  return { ...interview, start: interview.start ?? "" };
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

export async function applyInvite(input: InviteInput, deps: Deps): Promise<InboundOutcome> {
  await loadHolidays();
  const now = deps.clock.now();
  const result = input.extracted ?? extractInvite(input.mail, deps);
  const messageKey = messageKeyOf(input.mail, input.storageKey);
  const target = { ownerId: input.ownerId };
  switch (result.status) {
    case "needs-date":
      // Kept (company, role) until a reply gives the date, which completes this forward.
      return holdForDate(result, input, messageKey, deps);
    case "not-an-interview":
      if (result.outcome) {
        const closed = await closeApplication(result, result.outcome, input, messageKey, now, deps);
        if (closed) return closed;
      }
      await answerOnce(
        target,
        messageKey,
        notAnInterviewMessage(
          result.reason ?? "it does not look like an invitation",
          input.mail.subject || null,
        ),
        deps,
      );
      return { action: "answered", detail: "not-an-interview" };
    case "cancelled":
      return cancel(result, input, messageKey, now, deps);
    case "ok":
      return upsert(result, input, messageKey, now, deps);
  }
}

/** The round a forward describes, as first stored. */
function newRecord(
  input: InviteInput,
  result: IngestResult,
  messageKey: string,
  interviewId: string,
  round: number,
  now: DateTime,
): InterviewRecord {
  return newInterviewRecord(
    {
      ownerId: input.ownerId,
      interviewId,
      applicationId: applicationIdFor(result.interview.company, interviewId),
      round,
      interview: parsedInterview(result),
      log: { decisionDate: result.decisionHint },
      status: result.status === "cancelled" ? "cancelled" : "active",
      sourceKeys: [messageKey],
      rawMailKeys: [input.storageKey],
    },
    now,
  );
}

async function upsert(
  result: IngestResult,
  input: InviteInput,
  messageKey: string,
  now: DateTime,
  deps: Deps,
): Promise<InboundOutcome> {
  const { policy } = deps.config;
  const interviewId = stableId(input.ownerId, result.dedupeKey);
  const existing = await deps.interviews.get(input.ownerId, interviewId);
  let record: InterviewRecord;
  let previousPlan = existing?.planned ?? [];
  let updated = false;
  if (!existing) {
    const rounds = await deps.interviews.listByOwner(input.ownerId);
    const applicationId = applicationIdFor(result.interview.company, interviewId);
    const earlier = rounds.filter((round) => round.applicationId === applicationId);
    record = withFreshPlan(
      newRecord(input, result, messageKey, interviewId, earlier.length + 1, now),
      policy,
      now,
    );
    await deps.interviews.save(record);
    await endEarlierRounds(earlier, now, deps);
  } else {
    const isRetry = existing.sourceKeys.includes(messageKey);
    const newer = result.interview.sequence > existing.interview.sequence;
    if (!isRetry && !newer) return { action: "answered", detail: "duplicate-invite" };
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
            interview: parsedInterview(result),
            status: "active",
            log: { ...current.log, promptsSent: [], snoozed: null },
            sourceKeys: [...current.sourceKeys, messageKey].slice(-20),
            rawMailKeys: [...new Set([...current.rawMailKeys, input.storageKey])],
          },
          policy,
          now,
        ),
      );
      if (!saved) return { action: "answered", detail: "duplicate-invite" };
      record = saved.after;
      previousPlan = saved.before.planned;
      updated = true;
    }
  }
  await syncSchedules(previousPlan, record, zoneOf(record, policy), deps);
  await answerOnce(record, messageKey, confirmationMessage(summaryOf(record, policy), { updated }), deps);
  return { action: "answered", detail: updated ? "updated" : "stored" };
}

async function cancel(
  result: IngestResult,
  input: InviteInput,
  messageKey: string,
  now: DateTime,
  deps: Deps,
): Promise<InboundOutcome> {
  const { policy } = deps.config;
  const interviewId = stableId(input.ownerId, result.dedupeKey);
  const existing = await deps.interviews.get(input.ownerId, interviewId);
  let record: InterviewRecord;
  if (!existing) {
    // A CANCEL before its REQUEST: remember it, so the late REQUEST (lower or equal SEQUENCE) is ignored.
    record = newRecord(input, result, messageKey, interviewId, 1, now);
    await deps.interviews.save(record);
  } else if (existing.status === "cancelled" && !existing.sourceKeys.includes(messageKey)) {
    return { action: "answered", detail: "duplicate-cancel" };
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
              sourceKeys: [...current.sourceKeys, messageKey].slice(-20),
              rawMailKeys: [...new Set([...current.rawMailKeys, input.storageKey])],
            },
            policy,
            now,
          ),
    );
    record = saved?.after ?? existing;
  }
  await deleteAllSchedules(record, deps);
  await answerOnce(record, messageKey, cancelledMessage(summaryOf(record, policy)), deps);
  return { action: "answered", detail: "cancelled" };
}

/**
 * A forwarded rejection or offer: the open application of the company it names is closed (every
 * round, as the reply commands do) and answered with the same email. Null when that company has
 * no open application: then it is answered as not an interview.
 */
async function closeApplication(
  result: IngestResult,
  outcome: "rejected" | "offer",
  input: InviteInput,
  messageKey: string,
  now: DateTime,
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
      (round.status === "active" || round.appliedMessageIds.includes(messageKey)),
  );
  if (matched.length === 0) return null;
  const event = { type: outcome } as const;
  let latest: InterviewRecord | null = null;
  for (const round of matched) {
    const saved = await changeAndReplan(
      round,
      (current) =>
        current.status === "active"
          ? {
              ...current,
              log: applyEvent(current.log, event, current.planned),
              status: "closed",
              appliedMessageIds: [...current.appliedMessageIds, messageKey].slice(-20),
              rawMailKeys: [...new Set([...current.rawMailKeys, input.storageKey])],
            }
          : null,
      now,
      deps,
    );
    const after = saved?.after ?? round;
    if (!latest || after.round > latest.round) latest = after;
  }
  if (!latest) return null;
  const summary = summaryOf(latest, deps.config.policy);
  await answerOnce(
    latest,
    messageKey,
    outcome === "offer" ? offerMessage(summary) : rejectedMessage(summary),
    deps,
  );
  return { action: "answered", detail: outcome };
}
