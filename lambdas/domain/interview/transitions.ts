/**
 * The changes of one interview record, as pure functions: each takes the record as it is and
 * returns it as it becomes (nothing is planned here; the caller re-plans and stores).
 */
import type { DateTime } from "luxon";
import { applyEvent, type LoggedEvent, restoreLog } from "../events";
import type { PlanLog } from "../planner";
import type { ParsedInterview } from "../types";
import { bounded, cappedText } from "./bounds";
import { changedFields, restoreFields } from "./changes";
import {
  type ClosingOutcome,
  type InterviewRecord,
  MAX_UNDO,
  type NewRoundFields,
  newInterviewRecord,
  type UndoEntry,
  undoStack,
  withKey,
  withRawMail,
} from "./record";

/** The stack with one more entry (the oldest dropped beyond MAX_UNDO); a redelivery changes nothing. */
export function pushUndo(stack: readonly UndoEntry[], entry: UndoEntry): UndoEntry[] {
  if (stack.some((existing) => existing.key === entry.key)) return [...stack];
  return [...stack, entry].slice(-MAX_UNDO);
}

/** The message a change came from, and what it did in words. */
export interface ChangeSource {
  readonly key: string;
  readonly change: string;
  /** Where the message's raw mail is kept, so "forget" deletes it with the record. */
  readonly storageKey?: string;
}

/** What else one change did: rounds of the application it closed, a round it created. */
export interface Related {
  readonly rounds?: readonly InterviewRecord[];
  readonly createdRound?: string | null;
}

/**
 * `changed` recorded as the change one message made to `current`: the message is remembered as
 * applied, and an undo entry holds what it changed, as it was (so "undo" can take it back). A
 * pending closing lapses: the user has moved on to something else. Every list stays within its cap.
 */
export function recordChange(
  current: InterviewRecord,
  changed: InterviewRecord,
  source: ChangeSource,
  related: Related = {},
): InterviewRecord {
  const after = bounded(changed);
  const entry: UndoEntry = {
    key: source.key,
    change: cappedText(source.change),
    closing: changed.status === "closed" && current.status === "active",
    before: {
      interview: changedFields(current.interview, after.interview),
      log: changedFields<PlanLog>(current.log, after.log),
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
  return bounded({
    ...after,
    appliedMessageIds: withKey(current.appliedMessageIds, source.key),
    rawMailKeys: source.storageKey
      ? withRawMail(current.rawMailKeys, source.storageKey)
      : current.rawMailKeys,
    undo: pushUndo(undoStack(current), entry),
    pendingClosing: null,
  });
}

/** A forward whose date could not be read: kept with what was read, awaiting its date. */
export function hold(fields: Omit<NewRoundFields, "status">, now: DateTime): InterviewRecord {
  return newInterviewRecord(
    { ...fields, status: "awaiting-date", interview: { ...fields.interview, start: "" } },
    now,
  );
}

/** The date of a held forward arrived: the round is active (null when it no longer awaits it). */
export function complete(
  current: InterviewRecord,
  date: { readonly start: string; readonly timeZone: string | null; readonly round: number },
): InterviewRecord | null {
  if (current.status !== "awaiting-date") return null;
  return {
    ...current,
    round: date.round,
    interview: { ...current.interview, start: date.start, end: null, timeZone: date.timeZone },
    status: "active",
  };
}

/** An offer, a rejection or a withdrawal closes the round (null when it is not open). */
export function close(current: InterviewRecord, outcome: ClosingOutcome): InterviewRecord | null {
  if (current.status !== "active") return null;
  return { ...current, log: applyEvent(current.log, { type: outcome }, current.planned), status: "closed" };
}

/**
 * The move-on prompt went out and nobody answered: the application counts as moved on, closed
 * without an answer (docs/REMINDER_POLICY.md); news or "reopen" opens it again. Null when the
 * round is not open, or has an answer already.
 */
export function moveOn(current: InterviewRecord): InterviewRecord | null {
  if (current.status !== "active" || current.log.outcome) return null;
  return { ...current, status: "closed", planned: [], log: { ...current.log, outcome: "moved-on" } };
}

export function isMovedOn(record: Pick<InterviewRecord, "status" | "log">): boolean {
  return record.status === "closed" && record.log.outcome === "moved-on";
}

/** Open again, without an outcome (null when it is not closed or cancelled). */
export function reopen(current: InterviewRecord): InterviewRecord | null {
  if (current.status !== "closed" && current.status !== "cancelled") return null;
  return { ...current, status: "active", log: applyEvent(current.log, { type: "reopen" }) };
}

/** Logged events folded into the round's log ("sent", "they said Friday", "snooze 3 days"). */
export function log(current: InterviewRecord, events: readonly LoggedEvent[]): InterviewRecord {
  return {
    ...current,
    log: events.reduce((folded, event) => applyEvent(folded, event, current.planned), current.log),
  };
}

/** A corrected interview: when its time moved, its prompts go out again for the new time. */
export function correct(
  current: InterviewRecord,
  correction: {
    readonly interview: ParsedInterview;
    readonly applicationId?: string;
    readonly moved?: boolean;
  },
): InterviewRecord {
  return {
    ...current,
    interview: correction.interview,
    applicationId: correction.applicationId ?? current.applicationId,
    log: correction.moved
      ? ({ ...current.log, promptsSent: [], snoozed: null, snoozes: [] } as PlanLog)
      : current.log,
  };
}

/** "next round Dec 3 at 2pm": a new round of the same application, continuing its thread. */
export function nextRound(
  previous: InterviewRecord,
  next: {
    readonly interviewId: string;
    readonly start: string;
    readonly timeZone: string;
    /** The round's number: after every round of the application so far. */
    readonly round: number;
  },
  now: DateTime,
): InterviewRecord {
  const { guesses, ...interview } = previous.interview;
  return {
    ...newInterviewRecord(
      {
        ownerId: previous.ownerId,
        interviewId: next.interviewId,
        applicationId: previous.applicationId,
        round: next.round,
        interview: {
          ...interview,
          uid: null,
          sequence: 0,
          method: null,
          start: next.start,
          end: null,
          timeZone: next.timeZone,
          // New people, a new link: nothing of the last round's meeting carries over.
          interviewers: [],
          meetingUrl: null,
          location: null,
          ...(guesses ? { guesses: [] } : {}),
        },
        log: {},
        status: "active",
        threadId: previous.threadId,
        sourceKeys: [],
        rawMailKeys: [],
      },
      now,
    ),
    undo: [],
  };
}

/**
 * Takes the newest change back: the round as it was (prompts already emailed stay emailed), its
 * entry popped. Null when `entry` is no longer the newest (a retry did it already).
 */
export function undo(current: InterviewRecord, entry: UndoEntry, key: string): InterviewRecord | null {
  const stack = undoStack(current);
  if (stack.at(-1)?.key !== entry.key) return null;
  return {
    ...current,
    interview: restoreFields(current.interview, entry.before.interview),
    log: restoreLog(restoreFields<PlanLog>(current.log, entry.before.log), current.log),
    status: entry.before.status,
    applicationId: entry.before.applicationId,
    appliedMessageIds: withKey(current.appliedMessageIds, key),
    undo: stack.slice(0, -1),
    pendingClosing: null,
  };
}

/** A round the undone change closed, as it was (null when it is open again already). */
export function restoreClosed(
  current: InterviewRecord,
  closed: UndoEntry["rounds"][number],
  appliedKey: string | null,
): InterviewRecord | null {
  if (current.status === "active") return null;
  return {
    ...current,
    log: restoreLog(closed.log, current.log),
    status: closed.status,
    appliedMessageIds: appliedKey
      ? withKey(current.appliedMessageIds, appliedKey)
      : current.appliedMessageIds,
  };
}
