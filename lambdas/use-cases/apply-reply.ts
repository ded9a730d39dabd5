/**
 * A reply to one of our emails, matched to its interview by the signed reply address (never by
 * guessing across interviews). Primary course: understand the words → fold the event into the
 * interview's log, remembering how it was (so "undo" can take it back) → re-plan → schedules
 * follow → a short answer in human words. Unclear words change nothing and get "did you mean …?";
 * out-of-office bodies get no answer at all.
 *
 * Also here: corrections of what a forward was read as ("company Lumen Freight"), snoozes that
 * move only the prompt they answer, and a forward held until the user replies with its date.
 */
import { DateTime } from "luxon";
import { loadHolidays } from "../domain/business-days";
import {
  applyEvent,
  type LoggedEvent,
  NothingToSnoozeError,
  pushUndo,
  restoreLog,
  type UndoEntry,
} from "../domain/events";
import type { IngestResult, MailMessage } from "../domain/ingest";
import {
  alreadyClosedMessage,
  closedMessage,
  confirmationMessage,
  correctedMessage,
  helpMessage,
  type InterviewSummary,
  needsDateMessage,
  nextRoundMessage,
  nothingToUndoMessage,
  offerMessage,
  promptKindOfSubject,
  type RenderedMessage,
  rejectedMessage,
  replyAckMessage,
  snoozedMessage,
  stillNeedsDateMessage,
  undoneMessage,
  unknownInterviewMessage,
  whenDay,
  whenInterview,
} from "../domain/messages";
import type { PlanLog } from "../domain/planner";
import {
  type Correction,
  readInterviewDate,
  type UnderstoodReply,
  understandReply,
  writtenPart,
} from "../domain/replies";
import type { Interviewer, ParsedInterview, ReminderKind } from "../domain/types";
import type { InterviewRecord } from "../ports";
import { answerCommand, isAccountCommand } from "./account-commands";
import { answerOnce, messageKeyOf } from "./answer-once";
import type { Deps } from "./deps";
import type { InboundOutcome } from "./inbound-mail";
import { applicationIdFor, newInterviewRecord, stableId, updateRecord, zoneOf } from "./interview-records";
import { changeAndReplan, endEarlierRounds, withFreshPlan } from "./replan";
import { guessesOf, summaryOf } from "./summaries";
import { deleteAllSchedules, syncSchedules } from "./sync-schedules";

export interface ReplyInput {
  readonly mail: MailMessage;
  readonly ownerId: string;
  readonly interviewId: string;
  readonly storageKey: string;
}

type Undo = UndoEntry<ParsedInterview>;

/** A record with the replies "undo" can take back, newest last (kept inside the stored record). */
type UndoableRecord = InterviewRecord & { readonly undo?: readonly Undo[] };

function undoStack(record: InterviewRecord): readonly Undo[] {
  return (record as UndoableRecord).undo ?? [];
}

function withUndo(record: InterviewRecord, undo: readonly Undo[]): InterviewRecord {
  const next: UndoableRecord = { ...record, undo };
  return next;
}

/** A forward whose date could not be read, kept (with what was read) until the user replies with it. */
export function isAwaitingDate(record: Pick<InterviewRecord, "interview">): boolean {
  return record.interview.start === "";
}

const CLOSING_EVENTS = new Set<LoggedEvent["type"]>(["offer", "rejected", "withdrawn"]);

/** One reply's context, passed through the steps below. */
interface Context {
  readonly input: ReplyInput;
  readonly record: InterviewRecord;
  readonly messageKey: string;
  readonly understood: UnderstoodReply;
  readonly now: DateTime;
  readonly deps: Deps;
}

export async function applyReply(input: ReplyInput, deps: Deps): Promise<InboundOutcome> {
  await loadHolidays();
  const now = deps.clock.now();
  const { policy } = deps.config;
  const messageKey = messageKeyOf(input.mail, input.storageKey);
  const record = await deps.interviews.get(input.ownerId, input.interviewId);
  if (!record) {
    await answerOnce({ ownerId: input.ownerId }, messageKey, unknownInterviewMessage(), deps);
    return { action: "answered", detail: "unknown-interview" };
  }
  const understood = understandReply(input.mail.text, {
    now,
    zone: zoneOf(record, policy),
    sendTime: policy.sendTime,
    // The prompt a reply answers, read from its subject ("Re: Send your thank-you to Acme today").
    replyingTo: promptKindOfSubject(input.mail.subject),
    subject: input.mail.subject,
    company: record.interview.company,
  });
  // An out-of-office notice answered on the user's behalf: acting or answering could start a loop.
  if (understood.automatic) return { action: "dropped", reason: "auto-reply" };
  if (isAccountCommand(understood.intent)) return answerCommand(understood, { ...input, messageKey }, deps);
  const context: Context = { input, record, messageKey, understood, now, deps };
  // A forward waiting for its date: any reply but a correction of another field is read for the date.
  const correctsField = understood.intent === "correct" && understood.correction?.field !== "date";
  if (isAwaitingDate(record) && !correctsField && understood.intent !== "undo")
    return completeForward(context);
  switch (understood.intent) {
    case "undo":
    case "reopen":
      return undo(context);
    case "correct":
      return correct(context, understood.correction);
    case "unknown":
      return answer(
        context,
        record,
        helpMessage(writtenPart(input.mail.text), understood.suggestions ?? []),
        "not-understood",
      );
    default:
      break;
  }
  if (record.status !== "active" && !record.appliedMessageIds.includes(messageKey)) {
    return answer(
      context,
      record,
      alreadyClosedMessage(summaryOf(record, policy), record.log.outcome ?? null),
      "already-closed",
    );
  }
  if (understood.intent === "snooze") return snooze(context);
  if (understood.intent === "next-round") return nextRound(context);
  const first = eventFor(understood, summaryOf(record, policy), now);
  if (!first) return answer(context, record, helpMessage(writtenPart(input.mail.text)), "not-understood");
  // "They said Friday — sent my thank-you too": every step the reply logs, in one change.
  const more = (understood.also ?? []).flatMap((step) => {
    const extra = eventFor({ ...step }, summaryOf(record, policy), now);
    return extra ? [extra] : [];
  });
  const meaning = {
    event: first.event,
    events: [first.event, ...more.map((extra) => extra.event)],
    change: [first.change, ...more.map((extra) => extra.change)].join("; "),
  };
  const after = CLOSING_EVENTS.has(meaning.event.type)
    ? await applyClosing(context, meaning.event, meaning.change)
    : await applyChange(context, meaning.change, (current) => ({
        ...current,
        log: meaning.events.reduce((log, event) => applyEvent(log, event, current.planned), current.log),
      }));
  const summary = summaryOf(after, policy);
  const message =
    understood.intent === "offer"
      ? offerMessage(summary)
      : understood.intent === "rejected"
        ? rejectedMessage(summary)
        : understood.intent === "withdrawn"
          ? closedMessage(summary, understood.declinedOffer ? "declined" : "withdrawn")
          : replyAckMessage(summary, meaning.change);
  return answer(context, after, message, understood.intent);
}

/** The logged event a plain reply means, and how to say what changed in words. */
function eventFor(
  understood: UnderstoodReply,
  summary: InterviewSummary,
  now: DateTime,
): { event: LoggedEvent; change: string } | null {
  const date = understood.date;
  switch (understood.intent) {
    case "thanked":
      return { event: { type: "thanked", at: now.toUTC().toISO() ?? "" }, change: "thank-you sent" };
    case "decision-date":
      return date
        ? { event: { type: "decision-date", date }, change: `they will decide by ${whenDay(date, summary)}` }
        : null;
    case "followed-up":
      return date
        ? { event: { type: "followed-up", date }, change: `follow-up sent on ${whenDay(date, summary)}` }
        : null;
    case "heard-back":
      return { event: { type: "heard-back" }, change: "they answered; follow-ups stopped" };
    case "offer":
      return { event: { type: "offer" }, change: "offer" };
    case "rejected":
      return { event: { type: "rejected" }, change: "rejected" };
    case "withdrawn":
      return {
        event: { type: "withdrawn" },
        change: understood.declinedOffer ? "offer declined" : "withdrawn",
      };
    default:
      return null;
  }
}

async function answer(
  context: Context,
  record: InterviewRecord,
  message: RenderedMessage,
  detail: string,
): Promise<InboundOutcome> {
  await answerOnce(record, context.messageKey, message, context.deps);
  return { action: "answered", detail };
}

/**
 * Changes the replied-to round once per reply: the change itself, the message recorded as applied,
 * and an undo entry holding the round as it was. A retry of an applied reply changes nothing and
 * re-syncs the schedules instead (whatever failed after the write is done again).
 */
async function applyChange(
  context: Context,
  change: string,
  mutate: (current: InterviewRecord) => InterviewRecord,
  related: { readonly rounds?: readonly InterviewRecord[]; readonly createdRound?: string | null } = {},
): Promise<InterviewRecord> {
  const { record, messageKey, now, deps, input } = context;
  const { policy } = deps.config;
  if (record.appliedMessageIds.includes(messageKey)) {
    await syncSchedules([], record, zoneOf(record, policy), deps);
    return record;
  }
  const saved = await changeAndReplan(
    record,
    (current) => {
      if (current.appliedMessageIds.includes(messageKey)) return null;
      const changed = mutate(current);
      const closing = changed.status !== "active" && current.status === "active";
      const entry: Undo = {
        key: messageKey,
        change,
        closing,
        before: {
          interview: current.interview,
          log: current.log,
          status: current.status,
          applicationId: current.applicationId,
        },
        rounds: (related.rounds ?? []).map((round) => ({
          interviewId: round.interviewId,
          log: round.log,
          status: round.status,
        })),
        createdRound: related.createdRound ?? null,
      };
      return withUndo(
        {
          ...changed,
          appliedMessageIds: [...current.appliedMessageIds, messageKey].slice(-20),
          rawMailKeys: [...new Set([...current.rawMailKeys, input.storageKey])],
        },
        pushUndo(undoStack(current), entry),
      );
    },
    now,
    deps,
  );
  return saved?.after ?? record;
}

/** The other open rounds of the same application, which a closing reply closes too. */
async function otherOpenRounds(record: InterviewRecord, deps: Deps): Promise<InterviewRecord[]> {
  const rounds = await deps.interviews.listByOwner(record.ownerId);
  return rounds.filter(
    (round) =>
      round.applicationId === record.applicationId &&
      round.interviewId !== record.interviewId &&
      round.status === "active" &&
      !isAwaitingDate(round),
  );
}

/** An offer, a rejection or a withdrawal closes the whole application, every round of it. */
async function closeOtherRounds(record: InterviewRecord, event: LoggedEvent, now: DateTime, deps: Deps) {
  for (const round of await otherOpenRounds(record, deps)) {
    await changeAndReplan(
      round,
      (current) =>
        current.status === "active"
          ? { ...current, log: applyEvent(current.log, event), status: "closed" }
          : null,
      now,
      deps,
    );
  }
}

/** A closing reply: its undo entry lists the rounds it closes, so "undo" opens them all again. */
async function applyClosing(context: Context, event: LoggedEvent, change: string): Promise<InterviewRecord> {
  const rounds = await otherOpenRounds(context.record, context.deps);
  const after = await applyChange(
    context,
    change,
    (current) => ({ ...current, log: applyEvent(current.log, event, current.planned), status: "closed" }),
    { rounds },
  );
  await closeOtherRounds(after, event, context.now, context.deps);
  return after;
}

// ---------------------------------------------------------------------------------------------
// Snooze and "remind me": only the prompt answered moves, only later.

/** Whether the step a prompt asks for was already logged (then a snooze means the next prompt). */
function stepDone(log: PlanLog, kind: ReminderKind): boolean {
  if (kind === "thank-you") return Boolean(log.thankedAt);
  const followUp = /^follow-up-(\d+)$/.exec(kind);
  return followUp ? (log.followUpsSent ?? []).length >= Number(followUp[1]) : false;
}

async function snooze(context: Context): Promise<InboundOutcome> {
  const { record, understood, deps } = context;
  const { policy } = deps.config;
  const until = understood.date ?? "";
  const answered = promptKindOfSubject(context.input.mail.subject);
  const target =
    answered && !stepDone(record.log, answered) && answeredIsPartOfTimeline(answered, policy.maxFollowUps)
      ? answered
      : (record.planned[0]?.kind ?? null);
  const summary = summaryOf(record, policy);
  if (!target) {
    return answer(
      context,
      record,
      replyAckMessage(summary, "there is nothing pending to snooze"),
      "nothing-to-snooze",
    );
  }
  const planned = record.planned.find((reminder) => reminder.kind === target);
  if (
    planned &&
    Date.parse(planned.at) >= Date.parse(until) &&
    !record.appliedMessageIds.includes(context.messageKey)
  ) {
    // Already later than asked: a snooze never pulls a prompt earlier.
    return answer(
      context,
      record,
      snoozedMessage(summary, {
        kind: target,
        at: planned.at,
        asked: until,
        note: "It was already planned for then, later than you asked; nothing changed.",
      }),
      "snooze-already-later",
    );
  }
  let after: InterviewRecord;
  try {
    after = await applyChange(context, `snoozed ${target}`, (current) => ({
      ...current,
      log: applyEvent(
        current.log,
        { type: "snooze", until, kind: target, interviewStart: current.interview.start },
        current.planned,
      ),
    }));
  } catch (error) {
    if (!(error instanceof NothingToSnoozeError)) throw error;
    return answer(
      context,
      record,
      replyAckMessage(summary, "there is nothing pending to snooze"),
      "nothing-to-snooze",
    );
  }
  const afterSummary = summaryOf(after, policy);
  const moved = after.planned.find((reminder) => reminder.kind === target) ?? null;
  return answer(
    context,
    after,
    snoozedMessage(afterSummary, {
      kind: target,
      at: moved?.at ?? null,
      asked: until,
      note: snoozeNote(target, until, moved?.at ?? null, afterSummary.zone),
    }),
    "snooze",
  );
}

function answeredIsPartOfTimeline(kind: ReminderKind, maxFollowUps: number): boolean {
  const followUp = /^follow-up-(\d+)$/.exec(kind);
  return !followUp || Number(followUp[1]) <= maxFollowUps;
}

/** Why a snoozed prompt lands where it does, when that is not when it was asked for. */
function snoozeNote(kind: ReminderKind, asked: string, at: string | null, zone: string): string | null {
  if (!at) return kind === "prep" ? "it would come after the interview starts" : null;
  const wanted = DateTime.fromISO(asked, { setZone: true }).setZone(zone);
  const landed = DateTime.fromISO(at).setZone(zone);
  if (!wanted.isValid || !landed.isValid || landed.toMillis() === wanted.toMillis()) return null;
  if (!landed.hasSame(wanted, "day") && kind.startsWith("follow-up-"))
    return "Follow-ups go out on business days and never on a Monday, so that is the first such day.";
  if (!landed.hasSame(wanted, "day") && kind === "move-on")
    return "That is the first business day from then.";
  return "That is the first time outside your quiet hours and after the prompts planned before it.";
}

// ---------------------------------------------------------------------------------------------
// Next round: follow-ups of this round stop; a new round of the same application is planned.

async function nextRound(context: Context): Promise<InboundOutcome> {
  const { record, understood, now, deps } = context;
  const { policy } = deps.config;
  const start = understood.date && understood.date.length > 10 ? understood.date : null;
  const createdId = start ? stableId(record.ownerId, `round:${record.interviewId}:${start}`) : null;
  const after = await applyChange(
    context,
    "next round",
    (current) => ({ ...current, log: applyEvent(current.log, { type: "heard-back" }) }),
    { createdRound: createdId },
  );
  const next = start && createdId ? await addNextRound(after, createdId, start, now, deps) : null;
  return answer(
    context,
    after,
    nextRoundMessage(summaryOf(after, policy), next ? summaryOf(next, policy) : null),
    "next-round",
  );
}

/** "next round Dec 3 at 2pm": a new interview of the same application, planned like any other. */
async function addNextRound(
  previous: InterviewRecord,
  interviewId: string,
  start: string,
  now: DateTime,
  deps: Deps,
): Promise<InterviewRecord> {
  const existing = await deps.interviews.get(previous.ownerId, interviewId);
  if (existing) {
    await syncSchedules([], existing, zoneOf(existing, deps.config.policy), deps);
    return existing;
  }
  const interview: ParsedInterview = {
    ...previous.interview,
    uid: null,
    sequence: 0,
    method: null,
    start,
    end: null,
    timeZone: zoneOf(previous, deps.config.policy),
    // New people, a new link: nothing of the last round's meeting carries over.
    interviewers: [],
    meetingUrl: null,
    location: null,
    ...(guessesOf(previous.interview).length > 0 ? { guesses: [] } : {}),
  };
  const record = withFreshPlan(
    newInterviewRecord(
      {
        ownerId: previous.ownerId,
        interviewId,
        applicationId: previous.applicationId,
        round: previous.round + 1,
        interview,
        log: {},
        status: "active",
        // The next round continues the conversation of the round it came from.
        threadId: previous.threadId,
        sourceKeys: [],
        rawMailKeys: [],
      },
      now,
    ),
    deps.config.policy,
    now,
  );
  await deps.interviews.save(withUndo(record, []));
  await syncSchedules([], record, zoneOf(record, deps.config.policy), deps);
  return record;
}

// ---------------------------------------------------------------------------------------------
// Undo and reopen.

async function undo(context: Context): Promise<InboundOutcome> {
  const { record, messageKey, deps, understood } = context;
  const { policy } = deps.config;
  if (record.appliedMessageIds.includes(messageKey)) {
    // A redelivered "undo": it was applied; say so again (answerOnce sends nothing twice).
    await syncSchedules([], record, zoneOf(record, policy), deps);
    return answer(
      context,
      record,
      undoneMessage(summaryOf(record, policy), "your last reply", false),
      "undo",
    );
  }
  const stack = undoStack(record);
  const last = stack.at(-1);
  const reopening = understood.intent === "reopen" || record.status !== "active";
  if (last && (!reopening || last.closing || record.status !== "active")) {
    const after = await revert(context, record, last);
    return answer(context, after, undoneMessage(summaryOf(after, policy), last.change, last.closing), "undo");
  }
  if (record.status !== "active") {
    // Closed by something other than a reply here: a sibling round's reply, a forward, a settings change.
    const closer = await closingEntryOf(record, deps);
    if (closer) {
      await revert({ ...context, record: closer.round }, closer.round, closer.entry, record.interviewId);
      const reopened = (await deps.interviews.get(record.ownerId, record.interviewId)) ?? record;
      return answer(
        context,
        reopened,
        undoneMessage(summaryOf(reopened, policy), closer.entry.change, true),
        "reopen",
      );
    }
    const after = await applyChange(context, "reopened", (current) => ({
      ...current,
      status: "active",
      log: applyEvent(current.log, { type: "reopen" }),
    }));
    await reopenClosedTogether(record, context.now, deps);
    return answer(
      context,
      after,
      undoneMessage(summaryOf(after, policy), outcomeWords(record.log.outcome ?? null), true),
      "reopen",
    );
  }
  return answer(context, record, nothingToUndoMessage(summaryOf(record, policy)), "nothing-to-undo");
}

function outcomeWords(outcome: string | null): string {
  return outcome === "cancelled" ? "the cancellation" : outcome ? `“${outcome}”` : "the closing";
}

/**
 * A forwarded rejection or offer closes every round of its application with one message: reopening
 * one of them reopens the rounds that message closed too (those that are still closed that way).
 */
async function reopenClosedTogether(record: InterviewRecord, now: DateTime, deps: Deps): Promise<void> {
  const closedBy = record.appliedMessageIds.at(-1);
  if (!closedBy || !record.log.outcome) return;
  for (const round of await deps.interviews.listByOwner(record.ownerId)) {
    if (
      round.interviewId === record.interviewId ||
      round.applicationId !== record.applicationId ||
      round.status !== "closed" ||
      round.log.outcome !== record.log.outcome ||
      !round.appliedMessageIds.includes(closedBy)
    )
      continue;
    await changeAndReplan(
      round,
      (current) =>
        current.status === "closed"
          ? { ...current, status: "active", log: applyEvent(current.log, { type: "reopen" }) }
          : null,
      now,
      deps,
    );
  }
}

/** The sibling round whose last reply closed this one, if that is how it was closed. */
async function closingEntryOf(
  record: InterviewRecord,
  deps: Deps,
): Promise<{ round: InterviewRecord; entry: Undo } | null> {
  const rounds = await deps.interviews.listByOwner(record.ownerId);
  for (const round of rounds) {
    if (round.applicationId !== record.applicationId || round.interviewId === record.interviewId) continue;
    const entry = undoStack(round).at(-1);
    if (entry?.closing && entry.rounds.some((closed) => closed.interviewId === record.interviewId))
      return { round, entry };
  }
  return null;
}

/**
 * Takes one reply back: the round as it was (prompts already emailed stay emailed), the rounds it
 * closed opened again, the round it created removed with its schedules.
 */
async function revert(
  context: Context,
  record: InterviewRecord,
  entry: Undo,
  alsoApplied?: string,
): Promise<InterviewRecord> {
  const { messageKey, now, deps } = context;
  const saved = await changeAndReplan(
    record,
    (current) => {
      const stack = undoStack(current);
      if (stack.at(-1)?.key !== entry.key) return null;
      return withUndo(
        {
          ...current,
          interview: entry.before.interview,
          log: restoreLog(entry.before.log, current.log),
          status: entry.before.status,
          applicationId: entry.before.applicationId,
          appliedMessageIds: [...current.appliedMessageIds, messageKey].slice(-20),
        },
        stack.slice(0, -1),
      );
    },
    now,
    deps,
  );
  for (const closed of entry.rounds) {
    const round = await deps.interviews.get(record.ownerId, closed.interviewId);
    if (!round || round.status === "active") continue;
    await changeAndReplan(
      round,
      (current) =>
        current.status === "active"
          ? null
          : {
              ...current,
              log: restoreLog(closed.log, current.log),
              status: closed.status,
              appliedMessageIds:
                closed.interviewId === alsoApplied
                  ? [...current.appliedMessageIds, messageKey].slice(-20)
                  : current.appliedMessageIds,
            },
      now,
      deps,
    );
  }
  if (entry.createdRound) {
    const created = await deps.interviews.get(record.ownerId, entry.createdRound);
    if (created) {
      await deleteAllSchedules(created, deps);
      await deps.interviews.delete(created.ownerId, created.interviewId);
    }
  }
  return saved?.after ?? record;
}

// ---------------------------------------------------------------------------------------------
// Corrections: "date is Nov 24 10:30am PT", "company …", "role …", "add interviewer …", "remove …".

function sameText(a: string | null | undefined, b: string): boolean {
  return (a ?? "").trim().toLowerCase() === b.trim().toLowerCase();
}

/** Guesses that the corrected field makes moot. */
function keepGuesses(
  interview: ParsedInterview,
  stale: (guess: string) => boolean,
): Partial<ParsedInterview> {
  const guesses = guessesOf(interview);
  return guesses.length > 0
    ? ({ guesses: guesses.filter((guess) => !stale(guess)) } as Partial<ParsedInterview>)
    : {};
}

/** The new start of a date correction, or null when it cannot be read. */
function correctedStart(
  correction: Extract<Correction, { field: "date" }>,
  interview: ParsedInterview,
  zone: string,
): { start: string; timeZone: string | null } | null {
  const current = interview.start
    ? instantIn(interview.start, correction.zone ?? interview.timeZone ?? zone)
    : null;
  if (correction.start && correction.start.length > 10)
    return { start: correction.start, timeZone: correction.zone ?? interview.timeZone };
  if (!current) return null;
  if (correction.start) {
    // A day alone keeps the time of day.
    const [year, month, day] = correction.start.split("-").map(Number);
    const moved = current.set({ year, month, day });
    return moved.isValid
      ? { start: moved.toISO({ suppressMilliseconds: true }) ?? "", timeZone: interview.timeZone }
      : null;
  }
  if (correction.time) {
    // A time alone keeps the day.
    const [hour, minute] = correction.time.split(":").map(Number);
    const moved = current.set({ hour, minute });
    return moved.isValid
      ? {
          start: moved.toISO({ suppressMilliseconds: true }) ?? "",
          timeZone: correction.zone ?? interview.timeZone,
        }
      : null;
  }
  return null;
}

async function correct(context: Context, correction: Correction | undefined): Promise<InboundOutcome> {
  const { record, deps, input } = context;
  const { policy } = deps.config;
  if (!correction)
    return answer(context, record, helpMessage(writtenPart(input.mail.text)), "not-understood");
  const interview = record.interview;
  let mutate: (current: InterviewRecord) => InterviewRecord;
  let change: string;
  switch (correction.field) {
    case "date": {
      const moved = correctedStart(correction, interview, zoneOf(record, policy));
      if (!moved)
        return answer(context, record, stillNeedsDateMessage(null, correction.written), "correct-unreadable");
      const duration =
        interview.start && interview.end ? Date.parse(interview.end) - Date.parse(interview.start) : null;
      const end =
        duration !== null && duration > 0
          ? (instantIn(moved.start, moved.timeZone ?? zoneOf(record, policy))
              ?.plus({ milliseconds: duration })
              .toISO({ suppressMilliseconds: true }) ?? null)
          : null;
      const nextInterview: ParsedInterview = {
        ...interview,
        start: moved.start,
        end,
        timeZone: moved.timeZone,
        ...keepGuesses(interview, (guess) =>
          /\b(?:date|time|\d{1,2}:\d{2}|am|pm|mon|tue|wed|thu|fri|sat|sun)/i.test(guess),
        ),
      };
      change = `the interview is ${whenInterview({ ...summaryOf(record, policy), start: moved.start, interviewZone: moved.timeZone })}`;
      // The interview moved: its prompts go out again for the new time.
      mutate = (current) => ({
        ...current,
        interview: nextInterview,
        log: { ...current.log, promptsSent: [], snoozed: null, snoozes: [] } as PlanLog,
      });
      break;
    }
    case "company":
      change = `the company is ${correction.value}`;
      mutate = (current) => ({
        ...current,
        interview: {
          ...current.interview,
          company: correction.value,
          ...keepGuesses(
            current.interview,
            (guess) => Boolean(current.interview.company) && guess.includes(current.interview.company ?? ""),
          ),
        },
        applicationId: applicationIdFor(correction.value, current.interviewId),
      });
      break;
    case "role":
      change = `the role is ${correction.value}`;
      mutate = (current) => ({
        ...current,
        interview: {
          ...current.interview,
          role: correction.value,
          ...keepGuesses(
            current.interview,
            (guess) => Boolean(current.interview.role) && guess.includes(current.interview.role ?? ""),
          ),
        },
      });
      break;
    case "add-interviewer": {
      const known = interview.interviewers;
      const added = correction.people.filter(
        (person) =>
          !known.some(
            (existing) =>
              (person.name && sameText(existing.name, person.name)) ||
              (person.email && sameText(existing.email, person.email)),
          ),
      );
      change = `${added.length > 0 ? added.map((person) => person.name ?? person.email).join(" and ") : "nobody new"} added as interviewer${added.length === 1 ? "" : "s"}`;
      mutate = (current) => ({
        ...current,
        interview: { ...current.interview, interviewers: [...current.interview.interviewers, ...added] },
      });
      break;
    }
    case "remove": {
      const needle = correction.value.toLowerCase();
      const matches = (person: Interviewer) =>
        (person.name ?? "").toLowerCase().includes(needle) ||
        (person.email ?? "").toLowerCase().includes(needle);
      const removedPeople = interview.interviewers.filter(matches);
      const removeCompany = sameText(interview.company, correction.value);
      const removeRole = sameText(interview.role, correction.value);
      if (removedPeople.length === 0 && !removeCompany && !removeRole) {
        return answer(
          context,
          record,
          correctedMessage(
            summaryOf(record, policy),
            `nothing here is called “${correction.value}”, so nothing changed`,
          ),
          "correct-nothing",
        );
      }
      const what = [
        ...removedPeople.map((person) => person.name ?? person.email ?? ""),
        ...(removeCompany ? [`the company “${interview.company}”`] : []),
        ...(removeRole ? [`the role “${interview.role}”`] : []),
      ];
      change = `removed ${what.join(" and ")}`;
      mutate = (current) => ({
        ...current,
        interview: {
          ...current.interview,
          interviewers: current.interview.interviewers.filter((person) => !matches(person)),
          company: removeCompany ? null : current.interview.company,
          role: removeRole ? null : current.interview.role,
          ...keepGuesses(current.interview, (guess) => guess.toLowerCase().includes(needle)),
        },
        applicationId: removeCompany ? applicationIdFor(null, current.interviewId) : current.applicationId,
      });
      break;
    }
  }
  const after = await applyChange(context, change, mutate);
  if (isAwaitingDate(after)) {
    // Still waiting for its date: say what is kept, and ask for the date again.
    return answer(
      context,
      after,
      needsDateMessage(`${change}; now reply with the date and time`, after.interview.title),
      "correct",
    );
  }
  return answer(context, after, correctedMessage(summaryOf(after, policy), change), "correct");
}

/** An ISO instant placed in a zone, or null when it is not one. */
function instantIn(iso: string, zone: string): DateTime | null {
  const value = DateTime.fromISO(iso, { setZone: true });
  return value.isValid ? value.setZone(zone) : null;
}

// ---------------------------------------------------------------------------------------------
// A forward whose date could not be read: held until the user replies with it.

/**
 * "Could not find the date": keeps what was read (company, role, interviewers) as a round
 * awaiting its date, and asks for the date in an email whose reply address names that round, so
 * the user's answer completes this very forward. Called by the invite flow for `needs-date`.
 */
export async function holdForDate(
  result: IngestResult,
  input: { readonly mail: MailMessage; readonly ownerId: string; readonly storageKey: string },
  messageKey: string,
  deps: Deps,
): Promise<InboundOutcome> {
  const now = deps.clock.now();
  const interviewId = stableId(input.ownerId, "awaiting-date", messageKey);
  let record = await deps.interviews.get(input.ownerId, interviewId);
  if (!record) {
    record = newInterviewRecord(
      {
        ownerId: input.ownerId,
        interviewId,
        applicationId: applicationIdFor(result.interview.company, interviewId),
        round: 1,
        interview: { ...result.interview, start: "" },
        log: { decisionDate: result.decisionHint },
        // Not active: nothing is planned, reminded, listed or counted until the date is known.
        status: "cancelled",
        sourceKeys: [messageKey],
        rawMailKeys: [input.storageKey],
      },
      now,
    );
    await deps.interviews.save(record);
  }
  await answerOnce(
    record,
    messageKey,
    needsDateMessage(
      result.reason ?? "no date and time of the interview was found",
      input.mail.subject || null,
    ),
    deps,
  );
  return { action: "answered", detail: "needs-date" };
}

/** The user's reply to "could not find the date": with a date and time, the held forward is planned. */
async function completeForward(context: Context): Promise<InboundOutcome> {
  const { record, input, now, deps, messageKey } = context;
  const { policy } = deps.config;
  const written = writtenPart(input.mail.text);
  const zone = policy.timeZone ?? record.interview.timeZone ?? "UTC";
  const read = readInterviewDate(written, now, zone);
  if (!read.start || read.start.length <= 10) {
    return answer(
      context,
      record,
      stillNeedsDateMessage(record.interview.title, written || "your reply"),
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
  const saved = await updateRecord(deps.interviews, record, now, (current) =>
    isAwaitingDate(current)
      ? withFreshPlan(
          {
            ...current,
            round: earlier.length + 1,
            interview: {
              ...current.interview,
              start,
              end: null,
              timeZone: read.zone ?? current.interview.timeZone ?? zone,
            },
            status: "active",
            appliedMessageIds: [...current.appliedMessageIds, messageKey].slice(-20),
            rawMailKeys: [...new Set([...current.rawMailKeys, input.storageKey])],
          },
          policy,
          now,
        )
      : null,
  );
  const after = saved?.after ?? (await deps.interviews.get(record.ownerId, record.interviewId)) ?? record;
  await syncSchedules([], after, zoneOf(after, policy), deps);
  await endEarlierRounds(earlier, now, deps);
  return answer(context, after, confirmationMessage(summaryOf(after, policy), { updated: false }), "stored");
}
