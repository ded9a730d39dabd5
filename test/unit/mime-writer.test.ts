import PostalMime from "postal-mime";
import { describe, expect, it } from "vitest";
import { renderMime } from "../../lambdas/adapters/mime-writer";
import type { OutgoingEmail } from "../../lambdas/ports";

const email: OutgoingEmail = {
  to: "jordan.lee@gmail.com",
  from: "Interview follow-up <followup@followup.example.com>",
  replyTo: "followup+abc-def@followup.example.com",
  subject: "Send your thank-you to Zürich Robotics today ✉",
  text: "Hi Priya and Tom,\nThank you — really.",
  html: "<p>Hi Priya and Tom,</p>",
  inReplyTo: "<t@followup.example.com>",
  references: ["<t@followup.example.com>"],
  attachments: [
    {
      filename: "follow-up.ics",
      contentType: "text/calendar; method=PUBLISH; charset=utf-8",
      content: "BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n",
    },
  ],
};

describe("MIME writer", () => {
  it("writes a message that parses back with every part and threading header", async () => {
    const parsed = await PostalMime.parse(renderMime(email));
    expect(parsed.subject).toBe(email.subject);
    expect(parsed.text?.trim()).toBe(email.text);
    expect(parsed.html).toBe(email.html);
    expect(parsed.headers.some((header) => header.key === "message-id")).toBe(false); // SES assigns it
    expect(parsed.inReplyTo).toBe("<t@followup.example.com>");
    expect(parsed.replyTo?.[0]).toMatchObject({ address: "followup+abc-def@followup.example.com" });
    expect(parsed.attachments.map((attachment) => attachment.filename)).toEqual(["follow-up.ics"]);
    expect(parsed.headers.find((header) => header.key === "auto-submitted")?.value).toBe("auto-generated");
  });

  it.each([
    ["a comma", "Follow-up, Interviews", "Follow-up, Interviews"],
    ["a quote and a backslash", 'The "Follow-up" \\ bot', 'The "Follow-up" \\ bot'],
    ["a colon and a semicolon", "Follow-up: interviews; jobs", "Follow-up: interviews; jobs"],
  ])("keeps a display name with %s as one mailbox", async (_case, name, shown) => {
    // Prepare
    const from = `${name} <followup@followup.example.com>`;

    // Act
    const parsed = await PostalMime.parse(renderMime({ ...email, from }));

    // Assess
    expect(parsed.from).toMatchObject({ name: shown, address: "followup@followup.example.com" });
  });

  it("cannot be used for header injection and keeps lines under 998 characters", () => {
    const raw = renderMime({ ...email, subject: "Hi\r\nBcc: victim@example.com", text: "x".repeat(5_000) });
    expect(raw).not.toMatch(/^Bcc:/m);
    expect(Math.max(...raw.split("\r\n").map((line) => line.length))).toBeLessThanOrEqual(998);
  });
});
