/** Text from mail cannot change how a header, an .ics or a CSV we write is read. */
import ICAL from "ical.js";
import { DateTime } from "luxon";
import PostalMime from "postal-mime";
import { describe, expect, it } from "vitest";
import { renderMime } from "../../../lambdas/adapters/mime-writer";
import { calendarFile } from "../../../lambdas/domain/messages/ics";
import { singleLine, stripUnsafe } from "../../../lambdas/domain/untrusted-text";

const HOSTILE = "Acme\u202Egnp.exe\u202C\u200B Corp\rBcc: victim@example.com\u2066x\u2069\u0007";

describe("untrusted text", () => {
  it("loses bare CR, other controls, bidi overrides and isolates, zero-width characters", () => {
    expect(stripUnsafe(HOSTILE)).toBe("Acmegnp.exe CorpBcc: victim@example.comx");
    expect(stripUnsafe("line one\r\nline two\tend")).toBe("line one\nline two\tend");
    expect(singleLine("a\nb\r\nc")).toBe("a b c");
  });

  it("a subject cannot inject a header or reorder what it shows", async () => {
    const raw = renderMime({
      to: "jordan@gmail.com",
      from: "Interview follow-up <followup@followup.example.com>",
      replyTo: null,
      subject: `Interview with ${HOSTILE}`,
      text: "hi",
      html: "<p>hi</p>",
      inReplyTo: null,
      references: [],
      attachments: [],
    });
    expect(raw).not.toMatch(/^Bcc:/im);
    expect(raw).not.toMatch(/[\u202A-\u202E\u2066-\u2069\u200B]/);
    const parsed = await PostalMime.parse(raw);
    expect(parsed.subject).toBe("Interview with Acmegnp.exe CorpBcc: victim@example.comx");
  });

  it("an .ics field is escaped (RFC 5545) and clean, and the file parses back to the same text", () => {
    const start = DateTime.fromISO("2026-12-03T16:00:00Z");
    const file = calendarFile([
      {
        uid: "u1@followup",
        start,
        end: start.plus({ hours: 1 }),
        stamp: start,
        summary: `Interview; with, ${HOSTILE}`,
        location: "Room 1\r\nATTENDEE:mailto:evil@example.com",
        description: "Line one\nLine two; with, specials \\ end",
      },
    ]);
    expect(file).not.toMatch(/^ATTENDEE/m);
    expect(file).not.toMatch(/[\u202A-\u202E\u2066-\u2069\u200B]/);
    const event = new ICAL.Component(ICAL.parse(file)).getFirstSubcomponent("vevent");
    expect(event?.getFirstPropertyValue("summary")).toBe(
      "Interview; with, Acmegnp.exe CorpBcc: victim@example.comx",
    );
    expect(event?.getFirstPropertyValue("location")).toBe("Room 1 ATTENDEE:mailto:evil@example.com");
    expect(event?.getFirstPropertyValue("description")).toBe("Line one\nLine two; with, specials \\ end");
  });
});
