/**
 * One round of an application as stored: the interview read from a forward, what the user logged,
 * the plan, and what a reply can take back. Plain data; its changes are in transitions.ts.
 */
import type { DateTime } from "luxon";
import type { PlanLog } from "../planner";
import type { InterviewLog, ParsedInterview, PlannedReminder } from "../types";
import { asFieldChanges, type FieldChanges } from "./changes";

/**
 * - `awaiting-date`: a forward whose date could not be read, kept until a reply gives it; nothing
 *   is planned, reminded, listed or counted.
 * - `active`: planned and reminded.
 * - `closed`: an outcome ended it (offer, rejected, withdrawn, or moved on when the move-on prompt
 *   went out unanswered); "undo"/"reopen" opens it again.
 * - `cancelled`: the invite was cancelled.
 */
export type InterviewStatus = "awaiting-date" | "active" | "closed" | "cancelled";

/** The parts of one round a reply can change: of the interview and the log, only what it changed. */
interface RoundState {
  readonly interview: FieldChanges<ParsedInterview>;
  readonly log: FieldChanges<PlanLog>;
  readonly status: InterviewStatus;
  readonly applicationId: string;
}

/**
 * What "undo" needs to take one change back: what it changed of the round (as it was), the other
 * rounds of its application that the change closed (as they were), and the round it created, if any.
 */
export interface UndoEntry {
  /** The message key of the reply or forward: a redelivery is not pushed twice. */
  readonly key: string;
  /** What it did, in words: "offer", "thank-you sent", "company Lumen Freight". */
  readonly change: string;
  /** It closed the application (offer, rejected, withdrawn). */
  readonly closing: boolean;
  readonly before: RoundState;
  readonly rounds: ReadonlyArray<{
    readonly interviewId: string;
    readonly log: PlanLog;
    readonly status: InterviewStatus;
  }>;
  readonly createdRound: string | null;
}

/** The outcomes that close a whole application. */
export type ClosingOutcome = "offer" | "rejected" | "withdrawn";

/**
 * A closing the user did not plainly state ("sounds like they went another way"), waiting for
 * their "yes" (see confirmation.ts). Nothing changed when it was asked.
 */
export interface PendingClosing {
  readonly outcome: ClosingOutcome;
  /** withdrawn: the user turned down their offer. */
  readonly declinedOffer: boolean;
  /** The message key of the reply that was asked about. */
  readonly askedBy: string;
  readonly expiresAt: string;
}

/** One round of an application, with everything needed to re-plan and to compose its prompts. */
export interface InterviewRecord {
  /** Normalised owner address; every key starts with it so no request crosses owners. */
  readonly ownerId: string;
  /** Stable id derived from the invite UID (or a dedupe key for plain-text confirmations). */
  readonly interviewId: string;
  /** Groups the rounds of one company + role. */
  readonly applicationId: string;
  /** 1 for the first round of its application. */
  readonly round: number;
  /** `start` is empty while the round awaits its date. */
  readonly interview: ParsedInterview;
  readonly log: InterviewLog;
  readonly status: InterviewStatus;
  /** Bumped on every re-plan; a schedule carrying an older version does nothing when it fires. */
  readonly planVersion: number;
  readonly planned: readonly PlannedReminder[];
  /**
   * Message-ID of the first email about this interview that went out, as SES assigned it (SES
   * replaces any Message-ID we write), so every later one threads under it; null until then.
   */
  readonly threadId: string | null;
  /** Keys (hashed Message-IDs) of the forwards that created or changed it: a redelivery is recognised. */
  readonly sourceKeys: readonly string[];
  /** Where the raw mails about it are stored, so "forget" can delete them too. */
  readonly rawMailKeys: readonly string[];
  /** Message-IDs of the latest replies applied to it: a redelivered reply changes nothing twice. */
  readonly appliedMessageIds: readonly string[];
  /** The changes "undo" can take back, newest last (absent on records stored before undo). */
  readonly undo?: readonly UndoEntry[];
  /** A closing waiting for the user's "yes"; absent or null when none is. */
  readonly pendingClosing?: PendingClosing | null;
  readonly createdAt: string;
  readonly updatedAt: string;
  /** Optimistic-locking counter for conditional writes. */
  readonly revision: number;
}

/** How many message keys a record remembers (sources, applied replies): more than any redelivery needs. */
export const KEPT_KEYS = 20;

/** The keys with one more, the oldest dropped beyond KEPT_KEYS. */
export function withKey(keys: readonly string[], key: string): string[] {
  return [...keys, key].slice(-KEPT_KEYS);
}

/** The raw mails with one more (each once). */
export function withRawMail(keys: readonly string[], storageKey: string): string[] {
  return [...new Set([...keys, storageKey])];
}

/** Undo reaches back this many changes. */
export const MAX_UNDO = 8;

export function undoStack(record: Pick<InterviewRecord, "undo">): readonly UndoEntry[] {
  return record.undo ?? [];
}

export function isAwaitingDate(record: Pick<InterviewRecord, "status">): boolean {
  return record.status === "awaiting-date";
}

/** The fields a new round is made of; the rest start empty. */
export type NewRoundFields = Pick<
  InterviewRecord,
  | "ownerId"
  | "interviewId"
  | "applicationId"
  | "round"
  | "interview"
  | "log"
  | "status"
  | "sourceKeys"
  | "rawMailKeys"
> & { readonly threadId?: string | null };

/** What a round is when first stored: nothing planned, applied or sent yet; revision 1. */
export function newInterviewRecord(fields: NewRoundFields, now: DateTime): InterviewRecord {
  const stamp = now.toUTC().toISO() ?? "";
  return {
    ...fields,
    threadId: fields.threadId ?? null,
    planVersion: 0,
    planned: [],
    appliedMessageIds: [],
    createdAt: stamp,
    updatedAt: stamp,
    revision: 1,
  };
}

/** An undo entry as stored before entries kept only what changed: whole copies of interview and log. */
type StoredUndoEntry = Omit<UndoEntry, "before"> & {
  readonly before: Omit<RoundState, "interview" | "log"> & {
    readonly interview: ParsedInterview | FieldChanges<ParsedInterview>;
    readonly log: PlanLog | FieldChanges<PlanLog>;
  };
};

/**
 * A record as read from storage. Records stored before `awaiting-date` existed kept a forward
 * waiting for its date as `cancelled` with an empty start: they are read as awaiting their date.
 * Undo entries stored as whole copies are read as changes of every field.
 */
export function readStoredRecord(stored: InterviewRecord): InterviewRecord {
  const undo = (stored.undo as readonly StoredUndoEntry[] | undefined)?.map(
    (entry): UndoEntry => ({
      ...entry,
      before: {
        ...entry.before,
        interview: asFieldChanges(entry.before.interview),
        log: asFieldChanges(entry.before.log),
      },
    }),
  );
  const record = undo ? { ...stored, undo } : stored;
  return record.status === "cancelled" && record.interview.start === ""
    ? { ...record, status: "awaiting-date" }
    : record;
}
