import fc from "fast-check";
import { DateTime } from "luxon";
import { describe, expect, it } from "vitest";
import { stripReply, understandReply } from "../../../lambdas/domain/replies";

// Wednesday, Nov 25 2026, 10:00 in Chicago.
const now = DateTime.fromISO("2026-11-25T10:00:00", { zone: "America/Chicago" });
const understand = (text: string) => understandReply(text, { now, zone: "America/Chicago" });

/** [reply, intent, date] — date as the contract prints it, or null. */
const PHRASES: Array<[string, string, string | null]> = [
  // thanked
  ["sent", "thanked", "2026-11-25"],
  ["Sent!", "thanked", "2026-11-25"],
  ["sent it", "thanked", "2026-11-25"],
  ["thanked", "thanked", "2026-11-25"],
  ["thnaked them", "thanked", "2026-11-25"],
  ["Thanked both of them this afternoon", "thanked", "2026-11-25"],
  ["done", "thanked", "2026-11-25"],
  ["thank you note sent", "thanked", "2026-11-25"],
  ["✅", "thanked", "2026-11-25"],
  ["👍 sent", "thanked", "2026-11-25"],
  ["ok, sent", "thanked", "2026-11-25"],
  ["emailed them a thank you", "thanked", "2026-11-25"],
  // decision date
  ["they said Friday", "decision-date", "2026-11-27"],
  ["They said friday", "decision-date", "2026-11-27"],
  ["decision by Dec 12", "decision-date", "2026-12-12"],
  ["we'll hear by the 12th", "decision-date", "2026-12-12"],
  ["we should hear back by next Wednesday", "decision-date", "2026-12-02"],
  ["recruiter said they'd decide by December 4", "decision-date", "2026-12-04"],
  ["They'll get back to me by Monday", "decision-date", "2026-11-30"],
  ["expecting a decision on 12/9", "decision-date", "2026-12-09"],
  ["she told me end of next week", "decision-date", "2026-12-04"],
  ["hear back by tomorrow", "decision-date", "2026-11-26"],
  ["decison by friday", "decision-date", "2026-11-27"],
  // followed up
  ["followed up", "followed-up", "2026-11-25"],
  ["followed up today", "followed-up", "2026-11-25"],
  ["Followed up on Tuesday", "followed-up", "2026-11-24"],
  ["folowed up yesterday", "followed-up", "2026-11-24"],
  ["follow-up sent", "followed-up", "2026-11-25"],
  ["sent the follow up on Monday", "followed-up", "2026-11-23"],
  ["I nudged them", "followed-up", "2026-11-25"],
  ["checked in with the recruiter", "followed-up", "2026-11-25"],
  ["followd up last friday", "followed-up", "2026-11-20"],
  // heard back
  ["heard back", "heard-back", null],
  ["They replied!", "heard-back", null],
  ["they got back to me", "heard-back", null],
  ["got a response", "heard-back", null],
  ["they called me this morning", "heard-back", "2026-11-25"],
  // next round
  ["next round Dec 3 at 2pm", "next-round", "2026-12-03T14:00:00-06:00"],
  ["Next round next Tuesday at 10", "next-round", "2026-12-01T10:00:00-06:00"],
  ["second round on December 8 at 9:30am", "next-round", "2026-12-08T09:30:00-06:00"],
  ["final round!", "next-round", null],
  ["they invited me back for an onsite interview on Dec 10", "next-round", "2026-12-10"],
  ["moved to the next round", "next-round", null],
  ["round 2 on friday at 3pm", "next-round", "2026-11-27T15:00:00-06:00"],
  // offer
  ["offer", "offer", null],
  ["got the offer!!", "offer", null],
  ["GOT THE OFFER", "offer", null],
  ["I got an offer 🎉", "offer", null],
  ["they made me an offer", "offer", null],
  ["offer letter came in", "offer", null],
  ["got the job", "offer", null],
  ["I'm hired", "offer", null],
  ["ofer", "offer", null],
  // rejected
  ["rejected", "rejected", null],
  ["rejectd", "rejected", null],
  ["nope, they passed", "rejected", null],
  ["They went with someone else", "rejected", null],
  ["not moving forward", "rejected", null],
  ["they're not moving forward with my application", "rejected", null],
  ["didn't get it", "rejected", null],
  ["got a rejection email", "rejected", null],
  ["unfortunately unsuccessful", "rejected", null],
  ["position was filled", "rejected", null],
  // withdrawn
  ["withdraw", "withdrawn", null],
  ["I withdrew", "withdrawn", null],
  ["I pulled out", "withdrawn", null],
  ["stop", "withdrawn", null],
  ["STOP", "withdrawn", null],
  ["not interested anymore", "withdrawn", null],
  ["stop reminding me about this one", "withdrawn", null],
  ["I declined, took another job", "withdrawn", null],
  // snooze
  // Day-based snoozes go off at the send time of that day; hours are exact.
  ["snooze 3 days", "snooze", "2026-11-28T09:00:00-06:00"],
  ["snooze a week", "snooze", "2026-12-02T09:00:00-06:00"],
  ["snooze 2 hours", "snooze", "2026-11-25T12:00:00-06:00"],
  ["snooze", "snooze", "2026-11-26T09:00:00-06:00"],
  ["remind me Monday", "snooze", "2026-11-30T09:00:00-06:00"],
  ["remind me after the weekend", "snooze", "2026-11-30T09:00:00-06:00"],
  ["remind me next week", "snooze", "2026-11-30T09:00:00-06:00"],
  ["remind me tomorrow", "snooze", "2026-11-26T09:00:00-06:00"],
  ["remind me on Dec 5 at 3pm", "snooze", "2026-12-05T15:00:00-06:00"],
  ["snoze 1 day", "snooze", "2026-11-26T09:00:00-06:00"],
  // status, export, help
  ["status", "status", null],
  ["what's pending?", "status", null],
  ["What is next?", "status", null],
  ["show me everything", "status", null],
  ["export", "export", null],
  ["export please", "export", null],
  ["send me my data as csv", "export", null],
  ["help", "help", null],
  ["?", "help", null],
  ["HELP", "help", null],
  ["what can I say?", "help", null],
  // unknown, including negations that must not log anything
  ["not sent yet", "unknown", null],
  ["haven't sent it", "unknown", null],
  ["no offer yet", "unknown", null],
  ["haven't heard back", "unknown", null],
  ["hmm", "unknown", null],
  ["", "unknown", null],
  ["the weather is nice", "unknown", null],
  ["they said", "unknown", null],
  ["didn't follow up yet", "unknown", null],
];

describe("reply understanding: the phrasing corpus", () => {
  it("has at least 80 phrasings", () => {
    expect(PHRASES.length).toBeGreaterThanOrEqual(80);
  });

  it.each(PHRASES)("%j → %s %s", (text, intent, date) => {
    expect(understand(text)).toMatchObject({ intent, date });
  });
});

describe("quoted history and signatures are ignored", () => {
  it.each([
    [
      "Gmail",
      "sent\n\nOn Wed, Nov 25, 2026 at 9:00 AM Interview follow-up <followup@x.com> wrote:\n> Send your thank-you\n> offer",
    ],
    [
      "Outlook",
      "sent\n\n________________________________\nFrom: Interview follow-up <followup@x.com>\nSent: Wednesday, November 25, 2026 9:00 AM\nSubject: rejected?",
    ],
    ["Outlook classic", "sent\n-----Original Message-----\nFrom: followup\nwithdraw"],
    [
      "Apple Mail",
      "sent\n\n> On Nov 25, 2026, at 09:00, Interview follow-up <followup@x.com> wrote:\n> \n> offer",
    ],
    ["iPhone", "sent\n\nSent from my iPhone\n\nOn Nov 25 … wrote: rejected"],
    ["Android Outlook", "sent\nGet Outlook for Android\nrejected"],
    ["signature", "sent\n-- \nJordan Lee\nSenior Engineer | rejected from nowhere"],
  ])("%s", (_client, reply) => {
    expect(stripReply(reply)).toBe("sent");
    expect(understand(reply).intent).toBe("thanked");
  });
});

describe("robustness", () => {
  it("never throws and always answers with a known intent", () => {
    const intents = new Set([
      "thanked",
      "decision-date",
      "followed-up",
      "heard-back",
      "next-round",
      "offer",
      "rejected",
      "withdrawn",
      "snooze",
      "status",
      "export",
      "help",
      "check",
      "forget",
      "unknown",
    ]);
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (text) => {
        expect(intents.has(understand(text).intent)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it("reads no more of a 100 kB reply than its first 2,000 characters", () => {
    // A closing word past the cut would change the answer if it were read.
    const reply = `sent ${"lorem ipsum dolor ".repeat(6_000)} rejected`;
    expect(understand(reply)).toEqual(understand(reply.slice(0, 2_000)));
  });

  it("reads check: and forget commands with their argument", () => {
    expect(understand("check: I've been waiting to hear back")).toMatchObject({
      intent: "check",
      argument: "I've been waiting to hear back",
    });
    expect(understand("forget Acme Robotics")).toMatchObject({ intent: "forget", argument: "Acme Robotics" });
    expect(understand("forget everything")).toMatchObject({ intent: "forget", argument: "everything" });
  });
});
