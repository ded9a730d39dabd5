/** A mail with a text part and a calendar part (one event), as Outlook and Google send invitations. */
export function withCalendar(subject: string, text: string, event: readonly string[]): string {
  const calendar = [
    "BEGIN:VCALENDAR",
    "VERSION:2.0",
    "METHOD:REQUEST",
    "BEGIN:VEVENT",
    ...event,
    "END:VEVENT",
    "END:VCALENDAR",
  ];
  return [
    "From: Bram Visser <bram@tulp.nl>",
    "To: Jordan Lee <jordan.lee@gmail.com>",
    `Subject: ${subject}`,
    "Date: Mon, 23 Nov 2026 10:00:00 +0100",
    "MIME-Version: 1.0",
    'Content-Type: multipart/mixed; boundary="b"',
    "",
    "--b",
    "Content-Type: text/plain; charset=utf-8",
    "",
    text,
    "",
    "--b",
    "Content-Type: text/calendar; method=REQUEST; charset=utf-8",
    "",
    calendar.join("\r\n"),
    "--b--",
    "",
  ].join("\n");
}
