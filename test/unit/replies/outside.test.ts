/**
 * Reply phrasings written the way people write, kept apart from the rules' own examples: mixed
 * signals, negation and hedging, someone else's news, automatic answers. And the safety property:
 * a reply that is not clearly closing is never read as closing.
 */
import fc from "fast-check";
import { DateTime } from "luxon";
import { describe, expect, it } from "vitest";
import { understandReply } from "../../../lambdas/domain/replies";

// Thursday, Nov 19 2026, 17:30 in Chicago.
const now = DateTime.fromISO("2026-11-19T17:30:00", { zone: "America/Chicago" });
const understand = (text: string, company = "Acme Robotics") =>
  understandReply(text, { now, zone: "America/Chicago", company });

const CLOSING = new Set(["offer", "rejected", "withdrawn"]);

/** [reply, intent, date or null]; "*" accepts any date. */
const CASES: Array<[string, string, string | null]> = [
  // thanked
  ["Just sent my thank-you note to both interviewers", "thanked", "2026-11-19"],
  ["thank you email sent ✔", "thanked", "2026-11-19"],
  ["yep, sent it off!", "thanked", "2026-11-19"],
  ["thank-you's out", "thanked", "2026-11-19"],
  ["I emailed Priya a thank you this evening", "thanked", "2026-11-19"],
  // decision date
  ["They'll let me know by next Friday", "decision-date", "2026-11-27"],
  ["decision expected Dec 10", "decision-date", "2026-12-10"],
  ["recruiter mentioned a decision early next week", "decision-date", "2026-11-24"],
  ["should hear by Wednesday", "decision-date", "2026-11-25"],
  ["Not rejected yet — they said they'd decide by Monday", "decision-date", "2026-11-23"],
  ["No rejection so far; HR told me they'd get back to me by Dec 2", "decision-date", "2026-12-02"],
  // followed up
  ["Sent a follow-up email this morning", "followed-up", "2026-11-19"],
  ["I followed up with the recruiter on Monday", "followed-up", "2026-11-16"],
  ["pinged the recruiter yesterday", "followed-up", "2026-11-18"],
  ["sent a quick check-in note today", "followed-up", "2026-11-19"],
  // heard back
  ["The recruiter got back to me", "heard-back", null],
  ["they emailed me back this afternoon", "heard-back", "2026-11-19"],
  ["got a response from HR", "heard-back", null],
  // next round, also beating "offer"
  ["They invited me to a final round next Wednesday at 10am", "next-round", "2026-11-25T10:00:00-06:00"],
  ["2nd round scheduled for Tuesday 3pm", "next-round", "2026-11-24T15:00:00-06:00"],
  ["Got a call for a panel interview on the 10th at 1pm", "next-round", "*"],
  [
    "They liked me and want me back for the final round Dec 10 at 11am. Offer stage after that!",
    "next-round",
    "2026-12-10T11:00:00-06:00",
  ],
  ["They want me back! next round Dec 3 at 2pm", "next-round", "2026-12-03T14:00:00-06:00"],
  ["I got a second interview Thursday at 2pm", "next-round", "2026-11-26T14:00:00-06:00"],
  [
    "hoping for an offer, but first a third interview on Dec 1 at 9:30",
    "next-round",
    "2026-12-01T09:30:00-06:00",
  ],
  // offer
  ["I got it!!! They offered me the job", "offer", null],
  ["Offer received today 🎉", "offer", null],
  ["Signed the offer letter", "offer", null],
  ["They extended an offer this morning", "offer", null],
  ["Received a verbal offer", "offer", null],
  ["rejected by Lumen but I got an offer from Acme!", "offer", null],
  // rejected
  ["They decided to go with other candidates", "rejected", null],
  ["they're moving forward with other candidates", "rejected", null],
  ["Not selected, sadly", "rejected", null],
  ["They said no :(", "rejected", null],
  ["Rejection came in this morning", "rejected", "2026-11-19"],
  ["They filled the position internally", "rejected", null],
  ["Got an offer from Lumen, but Acme rejected me", "rejected", null],
  // withdrawn, incl. a declined offer
  ["I'm withdrawing my application", "withdrawn", null],
  ["Please stop the reminders for this one", "withdrawn", null],
  ["I've decided to pull out of the process", "withdrawn", null],
  ["I accepted a job elsewhere", "withdrawn", null],
  ["Offer! But I declined since I took another job", "withdrawn", null],
  ["got an offer, turned it down", "withdrawn", null],
  // snooze
  ["snooze 2 weeks", "snooze", "2026-12-03T09:00:00-06:00"],
  ["remind me next Tuesday", "snooze", "2026-11-24T09:00:00-06:00"],
  ["can you remind me in a few days?", "snooze", "2026-11-22T09:00:00-06:00"],
  ["push this back a week", "snooze", "2026-11-26T09:00:00-06:00"],
  ["ask me again tomorrow", "snooze", "2026-11-20T09:00:00-06:00"],
  ["haven't heard anything, remind me after the weekend", "snooze", "2026-11-23T09:00:00-06:00"],
  // not closing: denied, doubted, someone else's, a question
  ["No offer yet, still waiting", "unknown", null],
  ["Haven't been rejected yet", "unknown", null],
  ["They haven't made an offer", "unknown", null],
  ["I didn't withdraw", "unknown", null],
  ["Not withdrawing, just busy this week", "unknown", null],
  ["Hopefully an offer soon!", "unknown", null],
  ["I think they'll reject me", "unknown", null],
  ["Would I get an offer?", "unknown", null],
  ["Worried they went with someone else", "unknown", null],
  ["My friend got an offer there", "unknown", null],
  ["If I get the offer I'll take it", "unknown", null],
  ["Still no rejection, so that's good", "unknown", null],
  ["They didn't say no", "unknown", null],
  ["Rejected? Not yet!", "unknown", null],
  ["should I withdraw?", "unknown", null],
  ["I'm not quitting, don't stop the reminders", "unknown", null],
  ["another candidate got the offer I think", "unknown", null],
  ["They might be moving forward with someone else", "unknown", null],
  // written as people write to a friend
  [
    "Hi there,\n\nJust a quick update - I heard back from Acme today and they've offered me the role! Thanks.\n\nBest,\nJordan",
    "offer",
    null,
  ],
  ["Hey\nThey got back to me - unfortunately it's a no. Onwards!\nJ", "rejected", null],
  ["thx, sent", "thanked", "2026-11-19"],
  ["OFFER!!!", "offer", null],
  ["Verbal offer, waiting on the written one", "offer", null],
  ["no luck this time", "rejected", null],
  ["I didn't get it :(", "rejected", null],
  ["I was turned down", "rejected", null],
  ["nah they went another direction", "rejected", null],
  ["Unfortunately, they have decided to pursue other candidates", "rejected", null],
  ["offer rescinded", "rejected", null],
  ["Acme said no", "rejected", null],
  ["I turned them down", "withdrawn", null],
  ["Please stop emailing me about this one", "withdrawn", null],
  ["I'd like to withdraw my application", "withdrawn", null],
  ["cancel the reminders", "withdrawn", null],
  ["They scheduled the onsite for next Thursday 9am-1pm", "next-round", "2026-11-26T09:00:00-06:00"],
  ["meeting the CTO on Monday at 4pm", "next-round", "2026-11-23T16:00:00-06:00"],
  ["I have another interview with them on Dec 2 at 11:00 CET", "next-round", "2026-12-02T11:00:00+01:00"],
  ["They need another week to decide", "decision-date", "2026-11-26"],
  ["I was told I'd hear back within 5 business days", "decision-date", "2026-11-26"],
  ["did the follow up yesterday", "followed-up", "2026-11-18"],
  ["Chased them again today", "followed-up", "2026-11-19"],
  ["remind me in a fortnight", "snooze", "2026-12-03T09:00:00-06:00"],
  ["can we pause this for a week", "snooze", "2026-11-26T09:00:00-06:00"],
  ["remind me on the 5th", "snooze", "2026-12-05T09:00:00-06:00"],
  ["I'll follow up tomorrow", "unknown", null],
  ["Pretty sure I got it", "unknown", null],
  ["I think it's an offer but I'm not sure", "unknown", null],
  ["they never said no", "unknown", null],
  ["not moving forward with someone else yet", "unknown", null],
  ["I didn't get the offer yet :)", "unknown", null],
  // what follows a phrase can make it about someone or something else
  ["They rejected another candidate and picked me!", "offer", null],
  ["No, I didn't get the job... yet", "unknown", null],
  ["I'm out of town next week, remind me after", "snooze", "2026-11-23T09:00:00-06:00"],
  ["pull out the notes from the interview", "unknown", null],
  ["I pulled out of the process", "withdrawn", null],
  ["I'm no longer interested in the other company, this is my first choice", "unknown", null],
  ["withdraw the other application", "unknown", null],
  ["my friend got an offer and I'm happy", "unknown", null],
  // automatic answers
  [
    "I'm currently out of the office and will return on Monday, December 7. For urgent matters please contact hr@acme.example.",
    "unknown",
    null,
  ],
  ["Automatic reply: I am on annual leave until 4 January.", "unknown", null],
  ["Thanks for your message. I'm away until 3 January with no access to email.", "unknown", null],
];

describe("phrasings from outside the rules' own examples", () => {
  it.each(CASES)("%j → %s %s", (text, intent, date) => {
    const read = understand(text);
    expect(read.intent).toBe(intent);
    if (date !== "*") expect(read.date).toBe(date);
  });

  it("several steps in one reply are all logged", () => {
    expect(understand("They said they'll decide next Friday. Sent my thank you too.")).toMatchObject({
      intent: "decision-date",
      date: "2026-11-27",
      also: [{ intent: "thanked", date: "2026-11-19" }],
    });
    expect(understand("Thanked the panel, they said we'll hear by end of week")).toMatchObject({
      intent: "decision-date",
      date: "2026-11-20",
      also: [{ intent: "thanked" }],
    });
  });

  it("news about another company is not about this interview's", () => {
    expect(understand("rejected by Lumen but I got an offer from Acme!").intent).toBe("offer");
    expect(understand("Got an offer from Lumen, but Acme rejected me").intent).toBe("rejected");
    // Alone, another company's news is asked about, as in every language: never applied.
    expect(understand("Got an offer from Lumen", "Acme Robotics").needsConfirmation).toBe(true);
  });

  it("a bare “sent” answering a follow-up logs the follow-up", () => {
    expect(
      understandReply("sent", { now, zone: "America/Chicago", replyingTo: "follow-up-1" }),
    ).toMatchObject({ intent: "followed-up", date: "2026-11-19" });
    expect(understandReply("sent", { now, zone: "America/Chicago", replyingTo: "thank-you" }).intent).toBe(
      "thanked",
    );
  });

  it("automatic answers are marked, so they are never acted on nor answered", () => {
    expect(understand("I'm currently out of the office with limited access to email.").automatic).toBe(true);
    expect(
      understandReply("Back on Monday.", {
        now,
        zone: "America/Chicago",
        subject: "Automatic reply: Interview",
      }).automatic,
    ).toBe(true);
    expect(understand("I'm on vacation, snooze 2 weeks")).toMatchObject({ intent: "snooze" });
    expect(understand("they said Friday").automatic).toBeUndefined();
  });

  it("an unclear reply names the likeliest commands", () => {
    expect(understand("No offer yet, still waiting").suggestions?.length).toBeGreaterThan(0);
    expect(understand("I think they'll reject me").suggestions).toContain("rejected");
    expect(understand("should I withdraw?").suggestions).toContain("withdraw");
  });
});

describe("only what the user wrote counts, in every client's quoting style", () => {
  const quotes: Array<[string, string]> = [
    ["Gmail", "On Thu, Nov 19, 2026 at 9:00 AM Interview follow-up <\nfollowup@x.example> wrote:\n\n> offer"],
    [
      "Gmail, German",
      "Am Do., 19. Nov. 2026 um 09:00 Uhr schrieb Interview follow-up <followup@x.example>:\n> offer",
    ],
    [
      "Gmail, Spanish",
      "El jue, 19 nov 2026 a las 9:00, Interview follow-up (<followup@x.example>) escribió:\n> offer",
    ],
    [
      "Gmail, Dutch",
      "Op do 19 nov. 2026 om 09:00 schreef Interview follow-up <followup@x.example>:\n> offer",
    ],
    ["Gmail, Japanese", "2026年11月19日(木) 9:00 Interview follow-up <followup@x.example>:\n> offer"],
    [
      "Apple Mail",
      "> On Nov 19, 2026, at 09:00, Interview follow-up <followup@x.example> wrote:\n> \n> offer",
    ],
    [
      "Yahoo",
      "On Thursday, November 19, 2026, 09:00:00 AM CST, Interview follow-up <followup@x.example> wrote:\n\n\noffer",
    ],
    ["Thunderbird", "On 11/19/26 9:00 AM, Interview follow-up wrote:\n> offer"],
    [
      "Outlook desktop",
      "________________________________\nFrom: Interview follow-up <followup@x.example>\nSent: Thursday, November 19, 2026 9:00 AM\nTo: Jordan Lee\nSubject: offer",
    ],
    [
      "Outlook, bold headers as text",
      "*From:* Interview follow-up <followup@x.example>\n*Sent:* Thursday, November 19, 2026 9:00 AM\n*Subject:* offer",
    ],
    [
      "Outlook, German",
      "Von: Interview follow-up <followup@x.example>\nGesendet: Donnerstag, 19. November 2026 09:00\nBetreff: offer",
    ],
    [
      "Outlook, French",
      "De : Interview follow-up <followup@x.example>\nEnvoyé : jeudi 19 novembre 2026 09:00\nObjet : offer",
    ],
    ["Outlook classic", "-----Original Message-----\nFrom: followup\nrejected"],
    [
      "Proton Mail",
      "------- Original Message -------\nOn Thursday, November 19th, 2026 at 9:00 AM, Interview follow-up <followup@x.example> wrote:\n\n> offer",
    ],
    ["HCL Notes", "Interview follow-up <followup@x.example> wrote on 11/19/2026 09:00:00 AM:\n\noffer"],
    [
      "forwarded",
      "---------- Forwarded message ---------\nFrom: Recruiter <r@acme.example>\nWe are pleased to make you an offer",
    ],
    ["iPhone", "Sent from my iPhone\n\nOn Nov 19 … wrote: rejected"],
    ["Outlook mobile", "Get Outlook for iOS\nrejected"],
  ];

  it.each(quotes)("%s", (_client, quote) => {
    const read = understand(`they said Friday\n\n${quote}`);
    expect(read).toMatchObject({ intent: "decision-date", date: "2026-11-20" });
  });

  it("a reply written below the quote (bottom-posting) is read", () => {
    expect(understand("> Send your thank-you to Acme today\n> …\n\nsent, thanks!").intent).toBe("thanked");
  });
});

describe("never closing unless clearly closing (fast-check)", () => {
  const closingPhrase = fc.constantFrom(
    "rejected",
    "a rejection",
    "an offer",
    "the offer",
    "the job",
    "withdraw",
    "withdrawn",
    "moving forward with someone else",
    "hired",
    "going with another candidate",
  );
  const denial = fc.constantFrom(
    "not {} yet",
    "no {} yet",
    "still no {}",
    "haven't got {}",
    "I won't get {}",
    "I didn't get {} yet",
    "nothing about {} so far",
    "not {}",
    "I'm not {}",
  );
  const doubt = fc.constantFrom(
    "maybe {}",
    "I think {}",
    "hopefully {}",
    "fingers crossed for {}",
    "if they say {}",
    "what if {}?",
    "{}?",
    "probably {} soon",
    "worried about {}",
    "I might get {}",
    "should I {}?",
    "will it be {}?",
  );
  const otherPerson = fc.constantFrom("someone else got {}", "my friend got {}", "another candidate got {}");
  const decoration = fc.constantFrom("", "Hi! ", "Update: ", "FYI ", "Hmm, ", "ok so ");
  const ending = fc.constantFrom("", ".", "!", " :)", " — thanks", "...", " lol");

  it("denied, doubted or someone else's closing words never close", () => {
    fc.assert(
      fc.property(
        fc.oneof(denial, doubt, otherPerson),
        closingPhrase,
        decoration,
        ending,
        (template, phrase, before, after) => {
          const text = `${before}${template.replace("{}", phrase)}${after}`;
          expect(CLOSING.has(understand(text).intent), text).toBe(false);
        },
      ),
      { numRuns: 500 },
    );
  });

  it("closing words above a quoted history count; closing words inside the quote never do", () => {
    const quotes = fc.constantFrom(
      "On Thu, Nov 19, 2026 at 9:00 AM Interview follow-up <followup@x.example> wrote:\n> {}",
      "________________________________\nFrom: Interview follow-up <followup@x.example>\nSent: Thursday, November 19, 2026 9:00 AM\nSubject: {}",
      "-----Original Message-----\nFrom: followup\n{}",
      "Am Do., 19. Nov. 2026 um 09:00 Uhr schrieb Interview follow-up <followup@x.example>:\n> {}",
      "Le jeu. 19 nov. 2026 à 09:00, Interview follow-up <followup@x.example> a écrit :\n> {}",
      "On 19 Nov 2026, at 09:00, Interview follow-up <followup@x.example> wrote:\n\n{}",
      "Sent from my iPhone\n\n{}",
    );
    const quoted = fc.constantFrom("got the offer", "rejected", "withdraw", "stop", "offer accepted");
    fc.assert(
      fc.property(
        quotes,
        quoted,
        fc.constantFrom("sent", "they said Friday", "hmm, ok"),
        (quote, inner, written) => {
          const text = `${written}\n\n${quote.replace("{}", inner)}`;
          expect(CLOSING.has(understand(text).intent), text).toBe(false);
        },
      ),
      { numRuns: 300 },
    );
  });
});
