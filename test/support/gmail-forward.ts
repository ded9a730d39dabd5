import { DateTime } from "luxon";
import { ingest } from "../../lambdas/domain/ingest";

/** A plain-text Gmail forward of one message by Jordan Lee (jordan.lee@gmail.com), as ingest tests read it. */
export function gmailForward(message: {
  readonly from: string;
  readonly subject: string;
  readonly body: string;
  /** The forward's Date header offset ("+0100"). */
  readonly offset?: string;
}): string {
  return [
    "From: Jordan Lee <jordan.lee@gmail.com>",
    "To: f@followup.example.com",
    `Subject: Fwd: ${message.subject}`,
    `Date: Mon, 23 Nov 2026 12:00:00 ${message.offset ?? "+0100"}`,
    "Content-Type: text/plain; charset=utf-8",
    "",
    "---------- Forwarded message ---------",
    `From: ${message.from}`,
    "Date: Mon, 23 Nov 2026 10:00",
    `Subject: ${message.subject}`,
    "To: Jordan Lee <jordan.lee@gmail.com>",
    "",
    message.body,
    "",
  ].join("\n");
}

/** When gmailForward's forward arrives: Monday, 23 November 2026. */
export const FORWARDED_AT = DateTime.fromISO("2026-11-23T12:00:00Z");

/** Ingest of a Gmail forward by Jordan Lee, arriving at FORWARDED_AT, in `zone` (Berlin by default). */
export function readGmailForward(from: string, subject: string, body: string, zone = "Europe/Berlin") {
  return ingest(gmailForward({ from, subject, body }), {
    now: FORWARDED_AT,
    ownerAddresses: ["jordan.lee@gmail.com"],
    defaultZone: zone,
  });
}
