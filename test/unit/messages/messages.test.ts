import fc from "fast-check";
import ICAL from "ical.js";
import { DateTime } from "luxon";
import { describe, expect, it } from "vitest";
import { LANGS } from "../../../lambdas/domain/language/lang";
import {
  closedMessage,
  closureDraft,
  confirmationMessage,
  feedbackRequestDraft,
  followUpDraft,
  greeting,
  helpMessage,
  type InterviewSummary,
  interviewsCalendar,
  loggedFacts,
  mailtoLink,
  offerMessage,
  promptKindOfSubject,
  promptMessage,
  rejectedMessage,
  thankYouDraft,
} from "../../../lambdas/domain/messages";
import { checkTone } from "../../../lambdas/domain/tone";

const now = DateTime.fromISO("2026-11-25T09:00:00", { zone: "America/Chicago" });

function summary(overrides: Partial<InterviewSummary> = {}): InterviewSummary {
  return {
    interviewId: "0123456789abcdef01234567",
    title: "Interview: Senior Backend Engineer",
    company: "Acme Robotics",
    role: "Senior Backend Engineer",
    interviewers: [
      { name: "Priya Patel", email: "priya@acme.com" },
      { name: "Tom Becker", email: "tom@acme.com" },
    ],
    start: "2026-12-02T19:00:00Z",
    round: 1,
    meetingUrl: "https://meet.google.com/abc-defg-hij",
    location: null,
    planned: [{ kind: "follow-up-1", at: "2026-12-09T15:00:00Z", local: "2026-12-09T09:00:00-06:00" }],
    zone: "America/Chicago",
    ...overrides,
  };
}

const ALL_DRAFTS = [
  ["thank-you", thankYouDraft(summary())],
  ["follow-up 1", followUpDraft(summary(), 1)],
  ["follow-up 2", followUpDraft(summary(), 2)],
  ["follow-up with other offers", followUpDraft(summary({ hasOtherOffers: true }), 1)],
  ["feedback request", feedbackRequestDraft(summary())],
  ["closure", closureDraft(summary())],
  ["thank-you, nothing known", thankYouDraft(summary({ company: null, role: null, interviewers: [] }))],
] as const;

describe("drafts", () => {
  it("greets every known interviewer by first name, or neutrally", () => {
    expect(greeting(summary().interviewers)).toBe("Hi Priya and Tom,");
    expect(greeting([{ name: "Ana Ruiz", email: null }, ...summary().interviewers])).toBe(
      "Hi Ana, Priya and Tom,",
    );
    expect(greeting([{ name: null, email: "x@y.com" }])).toBe("Hello,");
  });

  it("the thank-you names the role and company and leaves a line to personalise", () => {
    const draft = thankYouDraft(summary());
    expect(draft.body).toContain("Senior Backend Engineer role at Acme Robotics");
    expect(draft.body).toContain("[something you talked about]");
  });

  it("the follow-up asks about the timeline and consideration; the first-choice line only with other offers", () => {
    expect(followUpDraft(summary({ decisionDate: "2026-12-04" }), 1).body).toMatch(
      /timeline we discussed.*still on track.*still being considered/s,
    );
    expect(followUpDraft(summary(), 1).body).toMatch(
      /where things stand on the timeline.*still being considered/s,
    );
    expect(followUpDraft(summary(), 1).body).not.toContain("first choice");
    expect(followUpDraft(summary({ hasOtherOffers: true }), 1).body).toContain("remains my first choice");
  });

  it.each(ALL_DRAFTS)("%s passes the project's own tone check", (_name, draft) => {
    expect(checkTone(`${draft.subject}\n${draft.body}`)).toEqual([]);
  });

  it("the mailto link has an empty recipient and decodes back to the draft", () => {
    const draft = followUpDraft(summary(), 1);
    const link = mailtoLink(draft);
    expect(link.startsWith("mailto:?")).toBe(true);
    const params = new URLSearchParams(link.slice("mailto:?".length).replace(/\+/g, "%2B"));
    expect(params.get("subject")).toBe(draft.subject);
    expect(params.get("body")).toBe(draft.body);
  });
});

describe("messages", () => {
  it("every prompt says what to do in the subject and how to log it", () => {
    for (const kind of ["prep", "thank-you", "follow-up-1", "follow-up-2", "move-on"] as const) {
      const rendered = promptMessage(kind, summary(), now);
      expect(rendered.subject.length).toBeGreaterThan(10);
      expect(rendered.text).toMatch(/Reply/);
      expect(rendered.html).toContain('<meta name="color-scheme" content="light dark">');
    }
  });

  it("follow-up prompts attach an .ics that parses back with the right UTC time", () => {
    const rendered = promptMessage("follow-up-1", summary(), now);
    expect(rendered.attachments).toHaveLength(1);
    const calendar = new ICAL.Component(ICAL.parse(rendered.attachments[0]?.content ?? "") as unknown[]);
    const event = calendar.getFirstSubcomponent("vevent");
    const start = event?.getFirstPropertyValue("dtstart") as InstanceType<typeof ICAL.Time>;
    expect(start.toJSDate().toISOString()).toBe("2026-11-25T15:30:00.000Z");
    expect(promptMessage("thank-you", summary(), now).attachments).toEqual([]);
  });

  it("the confirmation lists the plan in the user's zone, in human words", () => {
    const rendered = confirmationMessage(summary(), { updated: false });
    expect(rendered.text).toContain("Send a follow-up — Wed, Dec 9 at 9:00 AM");
    expect(rendered.text).toContain("Times are Central Time.");
    expect(rendered.text).toContain("When: Wed, Dec 2 at 1:00 PM Central Time");
    expect(rendered.text).not.toMatch(/America\/Chicago|\d{4}-\d{2}-\d{2}/);
  });

  it("an interview in another zone shows its own time beside the user's", () => {
    const rendered = confirmationMessage(summary({ interviewZone: "Europe/Berlin" }), { updated: false });
    expect(rendered.text).toContain(
      "When: Wed, Dec 2 at 1:00 PM Central Time (8:00 PM Central European Time)",
    );
    const nextDay = confirmationMessage(
      summary({ start: "2026-12-03T04:30:00Z", interviewZone: "Asia/Kolkata" }),
      {
        updated: false,
      },
    );
    expect(nextDay.text).toContain(
      "When: Wed, Dec 2 at 10:30 PM Central Time (Thu, Dec 3, 10:00 AM India Standard Time)",
    );
  });

  it("dates in another year than the interview's carry the year", () => {
    const rendered = confirmationMessage(
      summary({
        planned: [{ kind: "move-on", at: "2027-01-05T15:00:00Z", local: "2027-01-05T09:00:00-06:00" }],
      }),
      { updated: false },
    );
    expect(rendered.text).toContain("Time to move on — Tue, Jan 5, 2027 at 9:00 AM");
  });

  it("shows what ingest had to guess, with how to correct it", () => {
    const rendered = confirmationMessage(
      summary({ guesses: ["I read “next Tuesday” as Tue Dec 1, 10:30 PT"] }),
      { updated: false },
    );
    expect(rendered.text).toContain("What I had to guess — check it:");
    expect(rendered.text).toContain("• I read “next Tuesday” as Tue Dec 1, 10:30 PT");
    expect(rendered.text).toContain("“company Lumen Freight”");
    expect(confirmationMessage(summary(), { updated: false }).text).not.toContain("What I had to guess");
  });

  it("the thank-you draft says when you met as it reads on the day it goes out", () => {
    const sameDay = promptMessage(
      "thank-you",
      summary({ start: "2026-11-25T13:00:00-06:00" }),
      now.set({ hour: 15 }),
    );
    expect(sameDay.text).toContain("talk with me today about");
    const nextMorning = promptMessage(
      "thank-you",
      summary({ start: "2026-11-24T19:30:00-06:00" }),
      now.set({ hour: 8 }),
    );
    expect(nextMorning.text).toContain("talk with me yesterday about");
  });

  it("an unclear reply gets “did you mean …?” with the likeliest commands", () => {
    const rendered = helpMessage("not rejected yet", ["they said Friday", "status"]);
    expect(rendered.text).toContain("so nothing changed. Did you mean “they said Friday” or “status”?");
  });

  it("closing emails say that “undo” takes them back", () => {
    expect(rejectedMessage(summary()).text).toContain("Reply “undo”");
    expect(offerMessage(summary()).text).toContain("Reply “undo”");
    expect(closedMessage(summary(), "withdrawn").text).toContain("Reply “undo”");
  });

  it("reads which prompt a reply answers from its subject", () => {
    for (const kind of ["prep", "thank-you", "follow-up-1", "follow-up-2", "move-on"] as const) {
      const { subject } = promptMessage(kind, summary(), now);
      expect(promptKindOfSubject(`Re: ${subject}`)).toBe(kind);
      expect(promptKindOfSubject(`AW: ${subject}`)).toBe(kind);
    }
    expect(promptKindOfSubject("Re: Got it: interview with Acme")).toBeNull();
  });

  it("the rejection carries a feedback-request draft and reflection questions", () => {
    const rendered = rejectedMessage(summary());
    expect(rendered.text).toContain("If you are able to share any feedback");
    expect(rendered.text).toContain("What would you prepare differently next time?");
  });

  it("loads no remote content", () => {
    const html = confirmationMessage(summary(), { updated: false }).html;
    expect(html).not.toMatch(/<img|<link|@import|url\(|<script/i);
  });
});

describe("prompts carry what the user needs, and claim only what was logged", () => {
  it("names the people to send a draft to, with their addresses, the recruiter first and once", () => {
    const rendered = promptMessage(
      "follow-up-1",
      summary({
        recruiter: { name: "Dana Reyes", email: "dana@acme.com" },
        interviewers: [
          { name: "Priya Patel", email: "priya@acme.com" },
          { name: "Dana Reyes", email: "DANA@acme.com" },
          { name: null, email: "tom@acme.com" },
        ],
      }),
      now,
    );
    expect(rendered.text).toContain(
      "  Send to: Dana Reyes <dana@acme.com>, Priya Patel <priya@acme.com>, tom@acme.com\n",
    );
    expect(rendered.text).toContain("the draft below leaves the recipient empty");
    expect(promptMessage("follow-up-1", summary({ interviewers: [] }), now).text).not.toContain("Send to:");
  });

  it("asks before the call ends on a video call, before you leave in person", () => {
    expect(promptMessage("prep", summary(), now).text).toContain("Before the call ends, ask:");
    const inPerson = summary({ meetingUrl: null, location: "Acme HQ, 5th floor" });
    expect(promptMessage("prep", inPerson, now).text).toContain("Before you leave, ask:");
  });

  it("says “You followed up” only when a follow-up was logged", () => {
    expect(promptMessage("move-on", summary({ followUpsLogged: 0 }), now).text).toContain(
      "You gave them time. Silence is rarely personal",
    );
    expect(promptMessage("move-on", summary({ followUpsLogged: 1 }), now).text).toContain(
      "You followed up and gave them time.",
    );
  });

  it("reads from the log what drafts may claim", () => {
    expect(loggedFacts({})).toEqual({ decisionDate: null, followUpsLogged: 0 });
    expect(loggedFacts({ decisionDate: "2026-12-04", followUpsSent: ["2026-12-09"] })).toEqual({
      decisionDate: "2026-12-04",
      followUpsLogged: 1,
    });
    const nothingLogged = summary(loggedFacts({}));
    expect(followUpDraft(nothingLogged, 1).body).not.toContain("timeline we discussed");
    expect(followUpDraft(nothingLogged, 2).body).not.toContain("once more");
  });

  it("says why a forward of an interview already past plans no prep and no thank-you", () => {
    const past = summary({ start: "2026-11-20T15:00:00Z", planned: [] });
    const text = confirmationMessage(past, { updated: false, now }).text;
    expect(text).toContain("No prep prompt: the interview has already started.");
    expect(text).toContain("No thank-you prompt: the interview ended more than a day ago.");
    const thisMorning = summary({
      start: now.minus({ hours: 3 }).toISO() ?? "",
      planned: [{ kind: "thank-you", at: "2026-11-25T16:00:00Z", local: "2026-11-25T10:00:00-06:00" }],
    });
    const started = confirmationMessage(thisMorning, { updated: false, now }).text;
    expect(started).toContain("No prep prompt: the interview has already started.");
    expect(started).not.toContain("No thank-you prompt");
    expect(confirmationMessage(summary(), { updated: false, now }).text).not.toMatch(
      /No (?:prep|thank-you) prompt/,
    );
  });
});

describe("export", () => {
  const rows = [
    {
      ...summary({
        company: "Lumen Freight Logistics International",
        role: "Staff Frontend Engineer, Platform Experience (Remote — Europe) 🚚",
        start: "2026-12-02T19:00:00Z",
        end: "2026-12-02T20:30:00Z",
        location: "Zoom; 2nd floor, Room “Ørsted”",
      }),
      status: "active",
      outcome: null,
    },
    {
      ...summary({ start: "2026-12-09T15:00:00Z", end: null, round: 2 }),
      status: "closed",
      outcome: "offer",
    },
    { ...summary({ start: null }), status: "cancelled", outcome: null },
  ];
  const ics = interviewsCalendar(rows, now);

  it("is a calendar ical.js parses back: full titles, real end times, one event per dated round", () => {
    const calendar = new ICAL.Component(ICAL.parse(ics) as unknown[]);
    const events = calendar.getAllSubcomponents("vevent").map((event) => new ICAL.Event(event));
    expect(events.map((event) => event.summary)).toEqual([
      "Lumen Freight Logistics International — Staff Frontend Engineer, Platform Experience (Remote — Europe) 🚚 (round 1, active)",
      "Acme Robotics — Senior Backend Engineer (round 2, offer)",
    ]);
    expect(events.map((event) => event.endDate.toJSDate().toISOString())).toEqual([
      "2026-12-02T20:30:00.000Z",
      "2026-12-09T16:00:00.000Z",
    ]);
    expect(events[0]?.location).toBe("Zoom; 2nd floor, Room “Ørsted”");
  });

  it("folds every line at 75 octets with CRLF, never inside a character", () => {
    expect(ics.endsWith("\r\n")).toBe(true);
    const lines = ics.split("\r\n").slice(0, -1);
    expect(lines.some((line) => line.startsWith(" "))).toBe(true);
    for (const line of lines) {
      expect(Buffer.byteLength(line, "utf8"), line).toBeLessThanOrEqual(75);
      expect(line).not.toContain("\uFFFD");
    }
    expect(ics).not.toMatch(/[^\r]\n/);
  });
});

describe("untrusted text", () => {
  const hostile = summary({
    company: `<script>alert("x")</script> & Co`,
    role: `"><img src=x onerror=alert(1)>`,
    interviewers: [{ name: "Eve <eve@evil.test>", email: "eve@evil.test" }],
    meetingUrl: "javascript:alert(1)",
    location: "Room 1\r\nBcc: victim@example.com",
  });

  it("is escaped in HTML and never linked unless http(s)", () => {
    const { html } = promptMessage("prep", hostile, now);
    expect(html).not.toContain("<script>");
    expect(html).not.toContain("<img");
    expect(html).toContain("&#60;script&#62;");
    expect(html).not.toMatch(/href="javascript:/i);
  });

  it("never puts CR or LF in a subject", () => {
    const { subject } = confirmationMessage(summary({ company: "Acme\r\nBcc: x@y.z" }), { updated: false });
    expect(subject).not.toMatch(/[\r\n]/);
  });

  it("any string in any field, in any language: no raw < in HTML text, no CR/LF in subjects (fast-check)", () => {
    const kinds = ["prep", "thank-you", "follow-up-2", "move-on"] as const;
    fc.assert(
      fc.property(
        fc.string(),
        fc.string(),
        fc.string(),
        fc.string(),
        fc.constantFrom(...LANGS),
        fc.constantFrom(...LANGS),
        fc.constantFrom(...kinds),
        (company, role, name, url, language, inviteLanguage, kind) => {
          const rendered = promptMessage(
            kind,
            summary({
              company,
              role,
              interviewers: [{ name, email: null }],
              meetingUrl: url,
              inviteLanguage,
            }),
            now,
            language,
          );
          expect(rendered.subject).not.toMatch(/[\r\n]/);
          const withoutTags = rendered.html.replace(/<\/?[a-z][a-z0-9]*(?:\s[^<>]*)?>|<!DOCTYPE html>/gi, "");
          expect(withoutTags).not.toContain("<");
        },
      ),
      { numRuns: 200 },
    );
  });

  it("the help message quotes what was not understood, escaped", () => {
    expect(helpMessage("<b>huh</b>").html).toContain("&#60;b&#62;huh&#60;/b&#62;");
  });
});
