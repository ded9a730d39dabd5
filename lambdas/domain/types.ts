/**
 * The vocabulary of the domain core. Everything here is plain data: no AWS, no I/O.
 * Instants are ISO-8601 strings at the edges (storage, CLI, events) and luxon DateTimes inside.
 */

import type { Lang } from "./language/lang";

/** The prompts of one interview's timeline, in timeline order. Follow-ups are numbered from 1. */
export type ReminderKind = "prep" | "thank-you" | `follow-up-${number}` | "move-on";

export interface Interviewer {
  readonly name: string | null;
  readonly email: string | null;
}

/** What ingest extracts from a forwarded invite or confirmation (the `followup parse` contract). */
export interface ParsedInterview {
  readonly uid: string | null;
  readonly sequence: number;
  readonly method: string | null;
  readonly title: string | null;
  readonly company: string | null;
  readonly role: string | null;
  /** ISO-8601 with offset. */
  readonly start: string;
  /** ISO-8601 with offset; null when the invite did not say. */
  readonly end: string | null;
  /** IANA zone the invite was written in; null when unknown (floating or plain text without zone). */
  readonly timeZone: string | null;
  readonly interviewers: readonly Interviewer[];
  readonly location: string | null;
  readonly meetingUrl: string | null;
  readonly source: "ics" | "text";
  /**
   * How each uncertain field was read, as sentences for the confirmation ("I read “next Tuesday”
   * as Tue Dec 1, 10:30 PT."); empty when nothing was guessed. Records stored before this field
   * existed lack it.
   */
  readonly guesses?: readonly string[];
  /** The language the invite is written in: drafts to the employer use it. Absent on older records. */
  readonly language?: Lang;
  /** Who sent the invite (a person, not a scheduling tool), when known. Absent on older records. */
  readonly recruiter?: Interviewer | null;
}

/**
 * How an application ended, or that the employer answered (which ends the follow-up chase);
 * `moved-on`: the move-on prompt went out without an answer.
 */
export type Outcome = "heard-back" | "offer" | "rejected" | "withdrawn" | "cancelled" | "moved-on";

/**
 * What the user has told us (or we have done) about one interview, as far as the planner cares.
 * Dates are local calendar dates (YYYY-MM-DD) in the user's zone; instants are ISO strings.
 */
export interface InterviewLog {
  /** Local date the decision was promised for ("they said Friday"). */
  readonly decisionDate?: string | null;
  /** Instant the user said they sent the thank-you note. */
  readonly thankedAt?: string | null;
  /** Local dates on which the user sent follow-up 1, 2, … (index 0 is follow-up 1). */
  readonly followUpsSent?: readonly string[];
  /** Prompts already emailed to the user; they are not planned again. */
  readonly promptsSent?: readonly ReminderKind[];
  /** A snooze moves one prompt to a new instant; later prompts are computed from it. */
  readonly snoozed?: { readonly kind: ReminderKind; readonly until: string } | null;
  readonly outcome?: Outcome | null;
}

/** The facts of one round that the planner needs. */
export interface InterviewTiming {
  /** ISO-8601 instant (any offset). */
  readonly start: string;
  /** ISO-8601 instant; when null the policy's default duration applies. */
  readonly end: string | null;
  /** IANA zone of the invite; used as the user's zone when the configuration has none. */
  readonly timeZone: string | null;
}

export interface PlannedReminder {
  readonly kind: ReminderKind;
  /** ISO-8601 in UTC. */
  readonly at: string;
  /** ISO-8601 in the user's local zone, with offset. */
  readonly local: string;
}
