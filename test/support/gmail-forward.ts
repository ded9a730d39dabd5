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
