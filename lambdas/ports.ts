/**
 * The small interfaces (ports) between use cases and the outside world. Use cases receive them as a
 * `deps` argument; adapters/ implements them for AWS (and, through endpoints, for the local stand-ins).
 */
import type { DateTime } from "luxon";
import type { InterviewRecord } from "./domain/interview/record";
import type { UserSettings } from "./domain/settings";

export type { InterviewRecord, InterviewStatus } from "./domain/interview/record";

export interface Clock {
  now(): DateTime;
}

/** Raw mail as SES stored it. */
export interface RawMailStore {
  /** Null when it is gone (deleted by "forget", or expired). */
  get(key: string): Promise<Uint8Array | null>;
  put(key: string, raw: Uint8Array): Promise<void>;
  delete(key: string): Promise<void>;
}

/**
 * One user of a shared deployment. Listed owners need none; an address of an allowed domain gets a
 * pending profile on its first mail and is an owner once it confirms.
 */
export interface OwnerProfile {
  readonly ownerId: string;
  readonly status: "pending" | "confirmed";
  readonly settings: UserSettings;
  /** A pending confirmation expires (ISO instant); a confirmed profile does not. */
  readonly expiresAt: string | null;
  /** A "forget …" waiting for its confirmation reply, which comes to a reply address signed for `id`. */
  readonly pendingForget?: {
    readonly id: string;
    readonly target: string;
    readonly expiresAt: string;
    /** Raw mail of the request itself, deleted with the rest. */
    readonly requestKey: string;
    /** Exactly what the confirmation listed (absent in requests made before this was kept). */
    readonly interviewIds?: readonly string[];
  } | null;
  readonly revision: number;
}

export type ClaimResult = "taken" | "in-progress" | "done";

/**
 * What one applied mail (a reply or a forward) did, remembered by its own keys for as long as it
 * can be delivered again (see APPLIED_KEEP_DAYS): a redelivery answers with this, never applies twice.
 */
export interface AppliedMail {
  /** The message key its answer was claimed under (answer-once). */
  readonly key: string;
  /** The round its answer is about (whose reply address it carries). */
  readonly interviewId: string;
  /** The revision of the round once it was applied. */
  readonly revision: number;
  /** The outcome's detail, as the first delivery reported it. */
  readonly detail: string;
  /** The answer as composed then; null once it was sent (nothing is left to send). */
  readonly answer: {
    readonly subject: string;
    readonly text: string;
    readonly html: string;
    readonly attachments: readonly OutgoingAttachment[];
  } | null;
}

/**
 * An answer the sending limits held back (the owner's hourly cap, the account's daily SES quota),
 * kept until its one-time schedule sends it. Its `key` is the answer's claim (answer-once), so a
 * redelivery that sends it first leaves the schedule nothing to send.
 */
export interface HeldAnswer {
  readonly key: string;
  readonly answer: NonNullable<AppliedMail["answer"]>;
  /** The round whose reply address it carries; absent: the owner's plain address, or `replyTo`. */
  readonly interviewId?: string;
  /** A signed address of the owner's own it carries instead of the plain one (the digest's). */
  readonly replyTo?: string;
  /** For the answer to an applied mail (a reply, a forward): the round and raw mail its AppliedMail is kept by. */
  readonly about?: string;
  readonly storageKey?: string;
}

export class ConflictError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = "ConflictError";
  }
}

export interface InterviewStore {
  get(ownerId: string, interviewId: string): Promise<InterviewRecord | null>;
  /** Every round of one owner (a key query, never a scan). */
  listByOwner(ownerId: string): Promise<InterviewRecord[]>;
  /**
   * Writes the record if its stored revision is still `record.revision - 1` (or absent when the
   * record's revision is 1). Throws {@link ConflictError} otherwise.
   */
  save(record: InterviewRecord): Promise<void>;
  /** Deletes the round and what is remembered of the mails applied to it. */
  delete(ownerId: string, interviewId: string): Promise<void>;
  /**
   * Remembers what a mail about one round did, once under each of its keys (Message-ID, storage
   * key), until `keepUntil`: plain single-item puts, written right after the round's own write.
   */
  markApplied(
    ownerId: string,
    interviewId: string,
    keys: readonly string[],
    applied: AppliedMail,
    keepUntil: string,
  ): Promise<void>;
  /** What the mail with any of these keys did to the round, if it was applied (first key first). */
  applied(ownerId: string, interviewId: string, keys: readonly string[]): Promise<AppliedMail | null>;
  /** Keeps an answer the send cap held back until `keepUntil` (one item per answer, by its key). */
  holdAnswer(ownerId: string, held: HeldAnswer, keepUntil: string): Promise<void>;
  /** The owner's held answers, oldest first. */
  listHeldAnswers(ownerId: string): Promise<HeldAnswer[]>;
  /** Gives up one held answer (it was sent, in a summary or alone). */
  dropHeldAnswer(ownerId: string, key: string): Promise<void>;
  getProfile(ownerId: string): Promise<OwnerProfile | null>;
  /** Conditional on the revision, like save(); a confirmed profile is also listed in the directory. */
  saveProfile(profile: OwnerProfile): Promise<void>;
  /** Confirmed users of allowed domains (one small partition, read by the weekly digest only). */
  listConfirmedOwners(): Promise<string[]>;
  /**
   * Claims a one-time key (an answer, a prompt, a digest) for an owner with a lease: "taken" when it
   * was free (or its lease ran out: the invocation that held it died), "in-progress" while another
   * holds an unexpired lease, "done" once completed. Single-item conditional writes.
   */
  claim(ownerId: string, key: string, leaseUntil: string): Promise<ClaimResult>;
  /** Marks a claim done (what it guarded happened) and keeps it until `keepUntil`. */
  complete(ownerId: string, key: string, keepUntil: string): Promise<void>;
  /** Gives a claim back, so a retry after a failed send can send. */
  release(ownerId: string, key: string): Promise<void>;
  /** Notes that a raw mail kept in the store came from this owner, so "forget" can find it. */
  recordMail(ownerId: string, storageKey: string, keepUntil: string): Promise<void>;
  /** Where every raw mail noted for this owner is kept. */
  listMail(ownerId: string): Promise<string[]>;
  forgetMail(ownerId: string, storageKey: string): Promise<void>;
  /**
   * Counts one use of a per-owner budget (e.g. emails this hour) with a conditional update;
   * false once `limit` uses were counted before `expiresAt`. With a token, a use is counted once
   * however often it is retried.
   */
  spend(ownerId: string, key: string, limit: number, expiresAt: string, token?: string): Promise<boolean>;
}

/** The payload every reminder schedule delivers to the reminder handler. */
export interface ReminderEvent {
  readonly ownerId: string;
  readonly interviewId: string;
  readonly kind: string;
  readonly planVersion: number;
  /** How often the account's daily sending quota has held this email back (absent: never). */
  readonly quotaHolds?: number;
}

export interface OneTimeSchedule {
  /** Deterministic, so re-creating is idempotent: see scheduleName(). */
  readonly name: string;
  /** The local wall-clock time, "YYYY-MM-DDTHH:mm:ss", interpreted in `timeZone`. */
  readonly localTime: string;
  readonly timeZone: string;
  readonly payload: ReminderEvent;
}

export interface ReminderScheduler {
  /** Creates or replaces a one-time schedule that deletes itself after it fires. */
  put(schedule: OneTimeSchedule): Promise<void>;
  /** Deletes a schedule; a missing one is not an error. */
  delete(name: string): Promise<void>;
  /** Names of the schedules whose names start with the prefix. */
  list(prefix: string): Promise<string[]>;
}

export interface OutgoingAttachment {
  readonly filename: string;
  readonly contentType: string;
  readonly content: string | Uint8Array;
}

/** An email ready to send; the mailer turns it into MIME. `to` is always an owner address. */
export interface OutgoingEmail {
  readonly to: string;
  readonly from: string;
  readonly replyTo: string | null;
  readonly subject: string;
  readonly text: string;
  readonly html: string;
  readonly inReplyTo: string | null;
  readonly references: readonly string[];
  readonly attachments: readonly OutgoingAttachment[];
}

export interface SentEmail {
  /** The Message-ID header the email carries as delivered (the sending service assigns it). */
  readonly messageId: string;
}

/**
 * The account's 24-hour sending quota is used up: the email was not sent, and no email will be
 * until sends of the last 24 hours age out of the rolling window, which a retry within minutes
 * cannot wait for. Callers hold the email and try again hours later.
 */
export class SendingQuotaExceededError extends Error {
  constructor(options?: { cause?: unknown }) {
    super("The account's 24-hour sending quota is used up: the email waits until it allows", options);
    this.name = "SendingQuotaExceededError";
  }
}

export interface Mailer {
  /** Throws {@link SendingQuotaExceededError} when the account's daily quota refuses the email. */
  send(email: OutgoingEmail): Promise<SentEmail>;
}
