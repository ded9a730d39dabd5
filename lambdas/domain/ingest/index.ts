/**
 * Ingest: whatever a user forwards → one interview, or a clear verdict that it is not one or
 * has no date. Pure: bytes in, data out; no exception escapes for bad input.
 */
import { createHash } from "node:crypto";
import { DateTime } from "luxon";
import { stripReply } from "../replies/strip";
import type { ParsedInterview } from "../types";
import { cachedZone } from "../zone-cache";
import {
  findCompany,
  findInterviewersInText,
  findLocation,
  findMeetingUrl,
  findRole,
  keepInterviewers,
} from "./fields";
import { unwrapForward } from "./forward";
import { type CalendarEvent, parseCalendar, UnreadableCalendarError } from "./ics";
import { type MailMessage, readMail } from "./mail";
import { findDecisionHint, findTimeInText } from "./text";

export { looksLikeCalendar, looksLikeMail, type MailMessage, readMail, UnreadableMailError } from "./mail";

export type IngestStatus = "ok" | "cancelled" | "needs-date" | "not-an-interview";

/** The `followup parse` contract: a parsed interview whose start may be unknown (null). */
export type ExtractedInterview = Omit<ParsedInterview, "start"> & { readonly start: string | null };

export interface IngestResult {
  readonly status: IngestStatus;
  readonly interview: ExtractedInterview;
  /** Why the status is not ok, in words for the user. */
  readonly reason: string | null;
  /** A decision date (YYYY-MM-DD) the text promised, e.g. "we'll get back to you by Friday". */
  readonly decisionHint: string | null;
  readonly originalSender: string | null;
  /** Stable across re-forwards: the UID, or a hash of company, start and original sender. */
  readonly dedupeKey: string;
  /** An Outlook winmail.dat was attached: its invite cannot be read. */
  readonly hasTnef: boolean;
}

export interface ExtractOptions {
  readonly now: DateTime;
  /** Addresses that are the user's own: never interviewers. */
  readonly ownerAddresses?: readonly string[];
  /** The user's zone: floating times and zone-less text are read in it. */
  readonly defaultZone?: string | null;
}

const INTERVIEW_WORDS =
  /\binterview|phone screen|screening call|recruiter call|hiring manager|onsite|on-site|technical (?:round|call|assessment)|panel|meet the team|coffee chat|final round|next round|intro call|introductory call|culture (?:fit|interview)|case study/i;

const CALENDAR_NOT_AN_INVITE = new Set(["REPLY", "COUNTER", "DECLINECOUNTER", "REFRESH", "ADD"]);

function toIso(value: DateTime | null): string | null {
  return value?.toISO({ suppressMilliseconds: true }) ?? null;
}

function dedupeKey(uid: string | null, parts: readonly (string | null)[]): string {
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

/** The zone a message was written in: the user's, else a fixed offset from its Date header, else UTC. */
function referenceTime(mail: MailMessage, forwardedDate: DateTime | null, options: ExtractOptions): DateTime {
  const zone = options.defaultZone ?? null;
  const written = forwardedDate ?? (mail.date ? DateTime.fromISO(mail.date, { setZone: true }) : null);
  if (written?.isValid) return zone ? written.setZone(cachedZone(zone)) : written;
  return zone ? options.now.setZone(cachedZone(zone)) : options.now;
}

/** Reads one mail (already parsed) into an ingest result. */
export function extractInterview(mail: MailMessage, options: ExtractOptions): IngestResult {
  const forwarded = unwrapForward(mail.text, options.defaultZone ?? "UTC");
  // Without a forward wrapper, quoted history (a reply to one of our own emails) is not the invite.
  const body = forwarded?.body ?? stripReply(mail.text);
  const subject = forwarded?.subject ?? mail.subject;
  const reference = referenceTime(mail, forwarded?.date ?? null, options);
  const originalSender = forwarded?.sender?.address ?? mail.from?.address ?? null;
  const originalSenderName = forwarded?.sender?.name ?? null;
  const excluded = [...(options.ownerAddresses ?? []), ...(mail.from ? [mail.from.address] : [])];
  const floatingZone = options.defaultZone ?? reference.zoneName ?? "UTC";

  let calendar: CalendarEvent | null = null;
  let calendarProblem: string | null = null;
  for (const part of mail.calendars) {
    try {
      calendar = parseCalendar(part.text, { now: options.now, floatingZone, methodHint: part.method });
    } catch (error) {
      calendarProblem =
        error instanceof UnreadableCalendarError ? error.message : "the calendar part could not be read";
    }
    if (calendar) break;
  }
  const context = { mail, body, subject, reference, originalSender, originalSenderName, excluded };
  if (calendar) return fromCalendar(calendar, context);
  return fromText({ ...context, calendarProblem });
}

interface Context {
  readonly mail: MailMessage;
  readonly body: string;
  readonly subject: string;
  readonly reference: DateTime;
  readonly originalSender: string | null;
  /** A display name such as "Wide World Importers" often spells the company its domain squashes. */
  readonly originalSenderName: string | null;
  readonly excluded: readonly string[];
}

function fromCalendar(event: CalendarEvent, context: Context): IngestResult {
  const { body, subject, reference, originalSender, excluded, mail } = context;
  const texts = [event.summary, subject, event.description, body, context.originalSenderName];
  const people = [...(event.organizer ? [event.organizer] : []), ...event.attendees];
  const company = findCompany(texts, [
    event.organizer?.email ?? null,
    originalSender,
    ...event.attendees.map((a) => a.email),
  ]);
  const interview: ExtractedInterview = {
    uid: event.uid,
    sequence: event.sequence,
    method: event.method,
    title: event.summary ?? (subject || null),
    company,
    role: findRole(texts),
    start: toIso(event.start),
    end: toIso(event.end),
    timeZone: event.zone,
    interviewers: keepInterviewers(people, excluded),
    location: event.location && !/^https?:\/\//i.test(event.location) ? event.location : null,
    meetingUrl: findMeetingUrl([event.url, event.location, event.description, body]),
    source: "ics",
  };
  const base = {
    interview,
    decisionHint: findDecisionHint(`${event.description ?? ""}\n${body}`, reference),
    originalSender,
    dedupeKey: dedupeKey(event.uid, [company, interview.start, originalSender]),
    hasTnef: mail.hasTnef,
  };
  if (event.method === "CANCEL" || event.status === "CANCELLED")
    return { ...base, status: "cancelled", reason: null };
  if (event.method && CALENDAR_NOT_AN_INVITE.has(event.method)) {
    return {
      ...base,
      status: "not-an-interview",
      reason: `this is a calendar ${event.method.toLowerCase()}, not an invitation`,
    };
  }
  if (!event.start) {
    const reason = event.allDayDate
      ? `the invite is for the whole day of ${event.allDayDate} without a time`
      : "the invite has no start time";
    return { ...base, status: "needs-date", reason };
  }
  return { ...base, status: "ok", reason: null };
}

function fromText(context: Context & { readonly calendarProblem: string | null }): IngestResult {
  const { mail, body, subject, reference, originalSender, excluded, calendarProblem } = context;
  const texts = [subject, body, context.originalSenderName];
  const found = findTimeInText(`${subject}\n${body}`, reference);
  const company = findCompany(texts, [originalSender]);
  const interview: ExtractedInterview = {
    uid: null,
    sequence: 0,
    method: null,
    title: subject || null,
    company,
    role: findRole(texts),
    start: toIso(found?.start ?? null),
    end: toIso(found?.end ?? null),
    timeZone: found?.zone && found.zone !== "UTC" && !found.zone.startsWith("UTC") ? found.zone : null,
    interviewers: keepInterviewers(findInterviewersInText(body), excluded),
    location: findLocation(body),
    meetingUrl: findMeetingUrl([body]),
    source: "text",
  };
  const base = {
    interview,
    decisionHint: findDecisionHint(body, reference),
    originalSender,
    dedupeKey: dedupeKey(null, [company, interview.start, originalSender]),
    hasTnef: mail.hasTnef,
  };
  const aboutInterview = INTERVIEW_WORDS.test(`${subject}\n${body}`);
  if (mail.hasTnef && !found) {
    return {
      ...base,
      status: "needs-date",
      reason: "the invite came as an Outlook winmail.dat attachment, which cannot be read",
    };
  }
  if (!aboutInterview) {
    return {
      ...base,
      status: "not-an-interview",
      reason: calendarProblem ?? "nothing in it looks like an interview invitation",
    };
  }
  if (!found)
    return {
      ...base,
      status: "needs-date",
      reason: calendarProblem ?? "no date and time of the interview was found",
    };
  return { ...base, status: "ok", reason: null };
}

/** Reads raw bytes (a mail message or a bare .ics) straight to an ingest result. */
export async function ingest(raw: Uint8Array | string, options: ExtractOptions): Promise<IngestResult> {
  return extractInterview(await readMail(raw), options);
}
