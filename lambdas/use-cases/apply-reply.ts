/**
 * A reply to one of our emails, matched to its interview by the signed reply address (never by
 * guessing across interviews). Primary course: understand the words → fold the event into the
 * interview's log → re-plan → schedules follow → a short confirmation of what changed. Unclear
 * words change nothing and get the list of what works.
 */
import type { DateTime } from "luxon";
import { loadHolidays } from "../domain/business-days";
import { applyEvent, type LoggedEvent, NothingToSnoozeError } from "../domain/events";
import type { MailMessage } from "../domain/ingest";
import {
  closedMessage,
  helpMessage,
  offerMessage,
  rejectedMessage,
  replyAckMessage,
} from "../domain/messages";
import { stripReply, type UnderstoodReply, understandReply } from "../domain/replies";
import type { InterviewRecord } from "../ports";
import { answerCommand, isAccountCommand } from "./account-commands";
import { answerOnce, messageKeyOf } from "./answer-once";
import type { Deps } from "./deps";
import type { InboundOutcome } from "./inbound-mail";
import { stableId, zoneOf } from "./interview-records";
import { changeAndReplan, withFreshPlan } from "./replan";
import { summaryOf } from "./summaries";
import { syncSchedules } from "./sync-schedules";

export interface ReplyInput {
  readonly mail: MailMessage;
  readonly ownerId: string;
  readonly interviewId: string;
  readonly storageKey: string;
}

const CLOSING = new Set(["offer", "rejected", "withdrawn"]);

/** The logged event a reply means for its interview, and how to say what changed. */
function eventFor(understood: UnderstoodReply, now: DateTime): { event: LoggedEvent; change: string } | null {
  const date = understood.date;
  switch (understood.intent) {
    case "thanked":
      return { event: { type: "thanked", at: now.toUTC().toISO() ?? "" }, change: "thank-you sent" };
    case "decision-date":
      return date ? { event: { type: "decision-date", date }, change: `they will decide by ${date}` } : null;
    case "followed-up":
      return date ? { event: { type: "followed-up", date }, change: `follow-up sent on ${date}` } : null;
    case "heard-back":
    case "next-round":
      return { event: { type: "heard-back" }, change: "they answered; follow-ups stopped" };
    case "offer":
    case "rejected":
    case "withdrawn":
      return { event: { type: understood.intent }, change: understood.intent };
    case "snooze":
      return date
        ? { event: { type: "snooze", until: date }, change: `next reminder moved to ${date}` }
        : null;
    default:
      return null;
  }
}

export async function applyReply(input: ReplyInput, deps: Deps): Promise<InboundOutcome> {
  await loadHolidays();
  const now = deps.clock.now();
  const { policy } = deps.config;
  const messageKey = messageKeyOf(input.mail, input.storageKey);
  const record = await deps.interviews.get(input.ownerId, input.interviewId);
  if (!record) {
    await answerOnce(
      { ownerId: input.ownerId },
      messageKey,
      helpMessage("a reply about an interview that no longer exists"),
      deps,
    );
    return { action: "answered", detail: "unknown-interview" };
  }
  const zone = zoneOf(record, policy);
  const understood = understandReply(input.mail.text, { now, zone, sendTime: policy.sendTime });
  if (isAccountCommand(understood.intent)) return answerCommand(understood, { ...input, messageKey }, deps);
  const meaning = eventFor(understood, now);
  if (!meaning) {
    await answerOnce(record, messageKey, helpMessage(stripReply(input.mail.text) || "an empty reply"), deps);
    return { action: "answered", detail: "not-understood" };
  }
  if (record.status !== "active" && !record.appliedMessageIds.includes(messageKey)) {
    await answerOnce(
      record,
      messageKey,
      helpMessage("a reply about an interview that is already closed"),
      deps,
    );
    return { action: "answered", detail: "already-closed" };
  }

  let after = record;
  if (!record.appliedMessageIds.includes(messageKey)) {
    try {
      const saved = await changeAndReplan(
        record,
        (current) =>
          current.appliedMessageIds.includes(messageKey)
            ? null
            : {
                ...current,
                log: applyEvent(current.log, meaning.event, current.planned),
                status: CLOSING.has(meaning.event.type) ? "closed" : current.status,
                appliedMessageIds: [...current.appliedMessageIds, messageKey].slice(-20),
                rawMailKeys: [...new Set([...current.rawMailKeys, input.storageKey])],
              },
        now,
        deps,
      );
      if (saved) after = saved.after;
    } catch (error) {
      if (!(error instanceof NothingToSnoozeError)) throw error;
      await answerOnce(
        record,
        messageKey,
        replyAckMessage(summaryOf(record, policy), "there is nothing pending to snooze"),
        deps,
      );
      return { action: "answered", detail: "nothing-to-snooze" };
    }
    if (CLOSING.has(meaning.event.type)) await closeOtherRounds(after, meaning.event, now, deps);
    if (understood.intent === "next-round" && understood.date && understood.date.length > 10) {
      await addNextRound(after, understood.date, now, deps);
    }
  }
  const summary = summaryOf(after, policy);
  const answer =
    understood.intent === "offer"
      ? offerMessage(summary)
      : understood.intent === "rejected"
        ? rejectedMessage(summary)
        : understood.intent === "withdrawn"
          ? closedMessage(summary, "withdrawn")
          : replyAckMessage(
              summary,
              understood.intent === "next-round" && understood.date
                ? `next round on ${understood.date}`
                : meaning.change,
            );
  await answerOnce(after, messageKey, answer, deps);
  return { action: "answered", detail: understood.intent };
}

/** An offer, a rejection or a withdrawal closes the whole application, every round of it. */
async function closeOtherRounds(
  record: InterviewRecord,
  event: LoggedEvent,
  now: DateTime,
  deps: Deps,
): Promise<void> {
  const rounds = await deps.interviews.listByOwner(record.ownerId);
  for (const round of rounds) {
    if (
      round.applicationId !== record.applicationId ||
      round.interviewId === record.interviewId ||
      round.status !== "active"
    )
      continue;
    await changeAndReplan(
      round,
      (current) => ({ ...current, log: applyEvent(current.log, event), status: "closed" }),
      now,
      deps,
    );
  }
}

/** "next round Dec 3 at 2pm": a new interview of the same application, planned like any other. */
async function addNextRound(
  previous: InterviewRecord,
  start: string,
  now: DateTime,
  deps: Deps,
): Promise<void> {
  const interviewId = stableId(previous.ownerId, `round:${previous.interviewId}:${start}`);
  if (await deps.interviews.get(previous.ownerId, interviewId)) return;
  const stamp = now.toUTC().toISO() ?? "";
  const record = withFreshPlan(
    {
      ...previous,
      interviewId,
      round: previous.round + 1,
      interview: {
        ...previous.interview,
        uid: null,
        sequence: 0,
        method: null,
        start,
        end: null,
        timeZone: zoneOf(previous, deps.config.policy),
      },
      log: {},
      status: "active",
      planVersion: 0,
      planned: [],
      // The next round continues the conversation of the round it came from.
      threadId: previous.threadId,
      sourceKeys: [],
      rawMailKeys: [],
      appliedMessageIds: [],
      createdAt: stamp,
      updatedAt: stamp,
      revision: 1,
    },
    deps.config.policy,
    now,
  );
  await deps.interviews.save(record);
  await syncSchedules([], record, zoneOf(record, deps.config.policy), deps);
}
