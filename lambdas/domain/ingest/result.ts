/** What ingest returns: the result shapes, and the helpers that fill them. */
import { createHash } from "node:crypto";
import type { DateTime } from "luxon";
import type { ParsedInterview } from "../types";
import type { WallZone } from "../zones";
import { isoInstant } from "./civil";
import type { Classification } from "./classify";

export type IngestStatus = "ok" | "cancelled" | "needs-date" | "not-an-interview";

/** An employer's decision a forwarded message carries (status stays not-an-interview). */
export type ForwardedOutcome = "rejected" | "offer";

/** The `followup parse` contract: a parsed interview whose start may be unknown (null). */
export type ExtractedInterview = Omit<ParsedInterview, "start"> & { readonly start: string | null };

/** Where a field of a parse came from, so the confirmation can name what was guessed. */
export type EvidenceSource =
  | "calendar part"
  | "text line"
  | "subject"
  | "signature"
  | "sender name"
  | "sender address"
  | "your time zone"
  | "the sender's time zone";

export interface Evidence {
  readonly source: EvidenceSource;
  /** The words read (a line, a name, a TZID), when there are any. */
  readonly text: string | null;
}

export type EvidencedField = "start" | "timeZone" | "company" | "role" | "interviewers" | "decisionHint";

export interface IngestResult {
  readonly status: IngestStatus;
  readonly interview: ExtractedInterview;
  /** Why the status is not ok, in words for the user. */
  readonly reason: string | null;
  /** A decision date (YYYY-MM-DD) the text promised, e.g. "we'll get back to you by Friday". */
  readonly decisionHint: string | null;
  /** A rejection or an offer: the message ends an application rather than arranging a round. */
  readonly outcome?: ForwardedOutcome | null;
  readonly originalSender: string | null;
  /** Stable across re-forwards: the UID, or a hash of company, start and original sender. */
  readonly dedupeKey: string;
  /** An Outlook winmail.dat was attached: its invite cannot be read. */
  readonly hasTnef: boolean;
  /** Where each field came from (fields not found have none). */
  readonly evidence?: Partial<Record<EvidencedField, Evidence>>;
  /**
   * "reschedule": the text moves an interview already arranged ("we need to move your interview to
   * Thursday at 3pm"); the start is the new one. Matching it to the known interview is the caller's.
   */
  readonly change?: "reschedule" | null;
}

export interface ExtractOptions {
  readonly now: DateTime;
  /** Addresses that are the user's own: never interviewers. */
  readonly ownerAddresses?: readonly string[];
  /** The user's zone: floating times and zone-less text are read in it. */
  readonly defaultZone?: string | null;
  /** Work units one parse may spend (tests lower it); see ./budget. */
  readonly workUnits?: number;
  /** The wall-clock backstop of that budget, in ms; tests that pin units lift it (see ./budget). */
  readonly workDeadlineMs?: number;
}

export function dedupeKey(uid: string | null, parts: readonly (string | null)[]): string {
  if (uid) return `uid:${uid}`;
  return `text:${createHash("sha256")
    .update(
      parts
        .map((part) => part ?? "")
        .join("|")
        .toLowerCase(),
    )
    .digest("hex")
    .slice(0, 32)}`;
}

/** An ISO instant in the zone it was written in: IANA zones by name, offsets as offsets. */
export function isoIn(utcSeconds: number, zone: WallZone, zoneName: string | null): string {
  return isoInstant(utcSeconds, zone.offsetAt(utcSeconds), !zoneName || zoneName === "UTC");
}

export function emptyInterview(title: string | null): ExtractedInterview {
  return {
    uid: null,
    sequence: 0,
    method: null,
    title,
    company: null,
    role: null,
    start: null,
    end: null,
    timeZone: null,
    interviewers: [],
    location: null,
    meetingUrl: null,
    source: "text",
    guesses: [],
  };
}

export function notAnInterview(
  base: Omit<IngestResult, "status" | "reason">,
  kind: Classification,
): IngestResult {
  const outcome: ForwardedOutcome | null =
    kind.kind === "rejection" ? "rejected" : kind.kind === "offer" ? "offer" : null;
  // A decision is news about an application, not a date to plan a round by; a webinar's speaker or
  // an offer's future manager is no one the candidate meets at an interview.
  return {
    status: "not-an-interview",
    interview: { ...base.interview, interviewers: [] },
    reason: kind.reason ?? "nothing in it looks like an interview invitation",
    decisionHint: outcome ? null : base.decisionHint,
    outcome,
    originalSender: base.originalSender,
    dedupeKey: base.dedupeKey,
    hasTnef: base.hasTnef,
    evidence: base.evidence ?? {},
    change: base.change ?? null,
  };
}

/** The result, its properties written out (spreading a fresh object is slow in V8's hot paths). */
export function settle(
  base: Omit<IngestResult, "status" | "reason">,
  status: IngestStatus,
  reason: string | null,
): IngestResult {
  return {
    status,
    interview: base.interview,
    reason,
    decisionHint: base.decisionHint,
    outcome: base.outcome ?? null,
    originalSender: base.originalSender,
    dedupeKey: base.dedupeKey,
    hasTnef: base.hasTnef,
    evidence: base.evidence ?? {},
    change: base.change ?? null,
  };
}
