/** An invite read from its calendar part; a zone the text writes wins over a calendar in UTC. */
import { shortDate } from "./civil";
import type { CalendarEvent } from "./ics";
import { findMeetingUrl } from "./place";
import { readFields } from "./read-fields";
import { classifyReading, decisionHintOf, type Reading } from "./reading";
import {
  dedupeKey,
  type Evidence,
  type ExtractedInterview,
  type IngestResult,
  isoIn,
  notAnInterview,
  settle,
} from "./result";
import { zoneWrittenFor } from "./text-zone";

const CALENDAR_NOT_AN_INVITE = new Set(["REPLY", "COUNTER", "DECLINECOUNTER", "REFRESH", "ADD"]);

export function fromCalendar(event: CalendarEvent, reading: Reading): IngestResult {
  const { subject, body, originalSender, mail } = reading;
  const texts = [event.description ?? "", body].join("\n");
  const fields = readFields(reading, {
    titles: [event.summary, subject],
    texts,
    organizer: event.organizer,
    attendees: event.attendees,
  });
  // A calendar in UTC with the zone written in its text ("10:00 AM Japan Standard Time"), or a
  // time in its text showing the instant in the user's zone: that zone.
  const textZone =
    event.zone === null && event.startUtc !== null && event.start?.endsWith("Z")
      ? zoneWrittenFor(
          texts,
          event.startUtc,
          reading.budget,
          reading.lexicon,
          reading.userZone && reading.userZoneName
            ? { zone: reading.userZone, name: reading.userZoneName }
            : null,
        )
      : null;
  const inTextZone = (iso: string | null) =>
    iso && textZone ? isoIn(Date.parse(iso) / 1000, textZone.zone, textZone.name) : iso;
  const start = inTextZone(event.start);
  const interview: ExtractedInterview = {
    uid: event.uid,
    sequence: event.sequence,
    method: event.method,
    title: event.summary ?? (subject || null),
    company: fields.company,
    role: fields.role,
    start,
    end: inTextZone(event.end),
    timeZone: textZone?.name ?? event.zone,
    interviewers: fields.interviewers,
    location: event.location && !/^https?:\/\//i.test(event.location) ? event.location : null,
    meetingUrl: findMeetingUrl([event.url, event.location, event.description, body]),
    source: "ics",
    guesses: [...event.guesses, ...fields.guesses],
  };
  const startDay = event.startDay;
  const kind = classifyReading(reading, {
    summaries: event.summaries,
    hasCalendar: true,
    eventCount: event.eventCount,
    hasTime: Boolean(event.start),
    texts,
  });
  const decisionHint = decisionHintOf(texts, startDay, reading);
  const calendarZone: Evidence | null = textZone
    ? { source: "text line", text: textZone.phrase }
    : event.zone
      ? { source: "calendar part", text: event.zone }
      : null;
  const base = {
    interview,
    decisionHint,
    outcome: null,
    originalSender,
    dedupeKey: dedupeKey(event.uid, [fields.company, start, originalSender]),
    hasTnef: mail.hasTnef,
    evidence: {
      ...fields.evidence,
      ...(start ? { start: { source: "calendar part", text: event.start } as const } : {}),
      ...(calendarZone ? { timeZone: calendarZone } : {}),
      ...(decisionHint ? { decisionHint: { source: "text line", text: null } as const } : {}),
    },
  };
  if (event.method && CALENDAR_NOT_AN_INVITE.has(event.method)) {
    return settle(
      base,
      "not-an-interview",
      `this is a calendar ${event.method.toLowerCase()}, not an invitation`,
    );
  }
  if (kind.kind !== "interview") return notAnInterview(base, kind);
  if (event.method === "CANCEL" || event.status === "CANCELLED") return settle(base, "cancelled", null);
  if (event.problem) return settle(base, "needs-date", event.problem);
  if (!event.start) {
    // An all-day invite names the day, not the time: a wrong time costs more than a question.
    const reason = event.allDayDate
      ? `the invite is for the whole day of ${shortDate(event.startDay ?? 0)} without a time`
      : "the invite has no start time";
    return settle(base, "needs-date", reason);
  }
  return settle(base, "ok", null);
}
