import type { DateTime } from "luxon";
import { formatWhen, zoneLabel } from "../lambdas/domain/messages";

const RECRUITER = { name: "Priya Raman", address: "priya.raman@harbourline.io" };
const INTERVIEWER = { name: "Sam Okafor", address: "sam.okafor@harbourline.io" };
const COMPANY = "Harbourline";
const ROLE = "Senior Data Engineer";

/** An iCalendar local time, "20271208T140000". */
function icalTime(value: DateTime): string {
  return value.toFormat("yyyyMMdd'T'HHmmss");
}

/**
 * `followup forward --invite WHEN`: the invite a recruiter would send for a technical interview at
 * `start` (an hour long, on a video call), as a text/plain message with its calendar, written to
 * `owner` at `sent`. The same start gives the same UID, so sending it twice updates one interview.
 */
export function sampleInvite(start: DateTime, sent: DateTime, owner: string): string {
  const zone = start.zoneName ?? "UTC";
  const end = start.plus({ hours: 1 });
  const uid = `sample-${icalTime(start.toUTC())}Z@harbourline.io`;
  const boundary = `sample-${sent.toMillis()}`;
  const text = [
    "Hi,",
    "",
    `Thank you for your time so far. I am pleased to invite you to a technical interview for the ${ROLE} role at ${COMPANY}:`,
    "",
    `${formatWhen(start.toISO() ?? "", zone, { year: sent.year })} to ${end.toFormat("h:mm a")} ${zoneLabel(zone, start)}`,
    `with ${INTERVIEWER.name} (Staff Engineer) and me, on a video call: https://meet.harbourline.io/tech-interview`,
    "",
    "Best regards,",
    RECRUITER.name,
    `Talent Partner | ${COMPANY}`,
  ].join("\r\n");
  const calendar = [
    "BEGIN:VCALENDAR",
    "PRODID:-//interview-followup//sample invite//EN",
    "VERSION:2.0",
    "METHOD:REQUEST",
    "BEGIN:VEVENT",
    `UID:${uid}`,
    `DTSTAMP:${icalTime(sent.toUTC())}Z`,
    `DTSTART;TZID=${zone}:${icalTime(start)}`,
    `DTEND;TZID=${zone}:${icalTime(end)}`,
    `SUMMARY:${COMPANY}: ${ROLE} - Technical interview`,
    `ORGANIZER;CN=${RECRUITER.name}:mailto:${RECRUITER.address}`,
    `ATTENDEE;CN=${INTERVIEWER.name};ROLE=REQ-PARTICIPANT:mailto:${INTERVIEWER.address}`,
    `ATTENDEE;ROLE=REQ-PARTICIPANT:mailto:${owner}`,
    "LOCATION:https://meet.harbourline.io/tech-interview",
    "STATUS:CONFIRMED",
    "END:VEVENT",
    "END:VCALENDAR",
  ].join("\r\n");
  return [
    `From: ${RECRUITER.name} <${RECRUITER.address}>`,
    `To: ${owner}`,
    `Subject: Invitation: ${COMPANY} - ${ROLE}, technical interview`,
    `Date: ${sent.toRFC2822()}`,
    `Message-ID: <${boundary}@harbourline.io>`,
    "MIME-Version: 1.0",
    `Content-Type: multipart/alternative; boundary="${boundary}"`,
    "",
    `--${boundary}`,
    "Content-Type: text/plain; charset=utf-8",
    "",
    text,
    `--${boundary}`,
    'Content-Type: text/calendar; charset=utf-8; method="REQUEST"',
    "",
    calendar,
    `--${boundary}--`,
    "",
  ].join("\r\n");
}
