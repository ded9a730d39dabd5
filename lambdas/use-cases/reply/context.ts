/**
 * What every reply story shares: the reply as classified, its round, and the two steps each ends
 * with (change the round once, undoably; answer once).
 */
import type { MailMessage } from "../../domain/ingest";
import type { InterviewRecord } from "../../domain/interview/record";
import { type Related, recordChange } from "../../domain/interview/transitions";
import type { RenderedMessage } from "../../domain/messages";
import type { UnderstoodReply } from "../../domain/replies";
import type { Deps } from "../deps";
import type { InboundOutcome } from "../inbound/outcome";
import { answerApplied } from "../steps/applied";
import { zoneOf } from "../steps/records";
import { changeAndReplan, type Planning } from "../steps/replan";
import { syncSchedules } from "../steps/sync-schedules";

/** A reply about one round, as the inbound classifier read it. */
export interface ReplyInput {
  readonly mail: MailMessage;
  readonly ownerId: string;
  readonly messageKey: string;
  readonly storageKey: string;
  /** The round the signed reply address names; null when it is gone. */
  readonly record: InterviewRecord | null;
  /** Null only when the round is gone. */
  readonly understood: UnderstoodReply | null;
  /** What the user wrote (see writtenPart). */
  readonly written: string;
}

/** One reply's context, passed through the story that handles it. */
export interface Context {
  readonly input: ReplyInput;
  readonly record: InterviewRecord;
  readonly understood: UnderstoodReply;
  readonly planning: Planning;
  readonly deps: Deps;
}

/** The reply's answer about `record`, remembered with the reply (see steps/applied) and sent once. */
export function answer(
  context: Context,
  record: InterviewRecord,
  message: RenderedMessage,
  detail: string,
): Promise<InboundOutcome> {
  const { input } = context;
  return answerApplied(
    {
      ownerId: context.record.ownerId,
      about: context.record.interviewId,
      messageKey: input.messageKey,
      storageKey: input.storageKey,
    },
    record,
    message,
    detail,
    context.deps,
  );
}

/**
 * Changes the replied-to round once per reply (recordChange: the change, the message recorded as
 * applied, an undo entry). A retry of an applied reply changes nothing and re-syncs the schedules
 * instead (whatever failed after the write is done again).
 */
export async function applyChange(
  context: Context,
  change: string,
  mutate: (current: InterviewRecord) => InterviewRecord,
  related: Related = {},
): Promise<InterviewRecord> {
  const { record, planning, deps, input } = context;
  if (record.appliedMessageIds.includes(input.messageKey)) {
    await syncSchedules([], record, zoneOf(record, planning.policy), deps);
    return record;
  }
  const source = { key: input.messageKey, change, storageKey: input.storageKey };
  const saved = await changeAndReplan(
    record,
    (current) =>
      current.appliedMessageIds.includes(input.messageKey)
        ? null
        : recordChange(current, mutate(current), source, related),
    planning,
    deps,
  );
  return saved?.after ?? record;
}
