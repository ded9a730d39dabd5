/**
 * Reading a meeting's time from words: what counts as an instant, what is only a duration or a
 * lead time, and when the careful answer is a question.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { WorkBudget } from "../../../lambdas/domain/ingest/budget";
import type { LocaleCues } from "../../../lambdas/domain/ingest/locale-cues";
import { findWhen } from "../../../lambdas/domain/ingest/meeting-time";
import { htmlToText, plainText } from "../../../lambdas/domain/ingest/normalize";
import { ianaZone, type WallZone } from "../../../lambdas/domain/zones";

const CHICAGO = ianaZone("America/Chicago") as WallZone;
/** Written Monday 2026-11-23 08:15 in Chicago. */
const WRITTEN = Date.UTC(2026, 10, 23, 14, 15) / 1000;

function read(text: string, cues: LocaleCues = { dayFirst: false, because: "test" }) {
  return findWhen(plainText(text), {
    writtenUtc: WRITTEN,
    writtenByOriginal: true,
    writtenZone: CHICAGO,
    userZone: CHICAGO,
    userZoneName: "America/Chicago",
    assumedZone: "yours (America/Chicago)",
    cues,
    budget: new WorkBudget(),
  });
}

function startOf(text: string, cues?: LocaleCues): string | null {
  const result = read(text, cues);
  return result.kind === "found" ? new Date(result.time.start * 1000).toISOString() : null;
}

describe("times that are the meeting's", () => {
  it.each([
    ["Your interview is on Tuesday, December 8, 2026 at 2:00 PM ET.", "2026-12-08T19:00:00.000Z"],
    ["Interview: Dec 8 2pm-3pm PT", "2026-12-08T22:00:00.000Z"],
    ["See you on 8 December at 14:00 CET.", "2026-12-08T13:00:00.000Z"],
    ["Confirmed for 12/08/2026 at 9:30 a.m. Central", "2026-12-08T15:30:00.000Z"],
    ["Your call is tomorrow at 2pm.", "2026-11-24T20:00:00.000Z"],
    ["Let's talk next Tuesday at 10:30am PT.", "2026-12-01T18:30:00.000Z"],
    ["The interview: Wednesday Dec 2, 2026 ⋅ 1pm – 2pm\nCentral Time - Chicago", "2026-12-02T19:00:00.000Z"],
    ["Interview on Thursday 3rd December at 2.30pm (UK time)", "2026-12-03T14:30:00.000Z"],
    ["Date: 9th December 2026\nTime: 11:30 AM IST", "2026-12-09T06:00:00.000Z"],
    ["scheduled on 10-12-2026 at 1500 hrs IST", "2026-12-10T09:30:00.000Z"],
    ["Wednesday 9 December 2026, 10:00am AEDT", "2026-12-08T23:00:00.000Z"],
    [
      "Time: 1:00 PM - 2:00 PM (GMT-05:00) Eastern Time (US & Canada)\nDate: Tuesday, 12/08/2026",
      "2026-12-08T18:00:00.000Z",
    ],
    ["Your interview is at noon on Friday, December 11.", "2026-12-11T18:00:00.000Z"],
    ["Dec 11, 2026 03:00 PM Pacific Time (US and Canada)", "2026-12-11T23:00:00.000Z"],
    ["Tuesday, December 8 at 10:00 IST", "2026-12-08T04:30:00.000Z"],
    [
      "We need to move your final round from Tuesday 12/8 at 1pm to Thursday 12/10 at 3pm ET instead.",
      "2026-12-10T20:00:00.000Z",
    ],
    [
      "Could we do Thursday, December 10 at 3pm ET instead of Tuesday, December 8 at 1pm?",
      "2026-12-10T20:00:00.000Z",
    ],
  ])("%s", (text, expected) => {
    expect(startOf(text)).toBe(expected);
  });

  it("decodes HTML fully first: a narrow no-break space before PM is not a 2 am interview", () => {
    const text = htmlToText(
      "<p>Your interview: Wed, Dec&nbsp;2, 2026, 2:00&#8239;PM&nbsp;&ndash;&nbsp;3:00&#8239;PM CT</p>",
    );
    expect(startOf(text)).toBe("2026-12-02T20:00:00.000Z");
  });

  it("reads an ambiguous abbreviation in the sender's country: IST from Dublin is Irish time", () => {
    expect(
      startOf("Tuesday, December 8 at 10:00 IST", { dayFirst: true, because: "test", country: "ie" }),
    ).toBe("2026-12-08T10:00:00.000Z");
    expect(
      startOf("Tuesday, December 8 at 10:00 CST", { dayFirst: true, because: "test", country: "cn" }),
    ).toBe("2026-12-08T02:00:00.000Z");
  });

  it("takes a summer abbreviation in winter as the local time, and says so", () => {
    const result = read("Interview: Thursday December 10th at 3:00pm (EDT)");
    expect(result.kind === "found" && new Date(result.time.start * 1000).toISOString()).toBe(
      "2026-12-10T20:00:00.000Z",
    );
    expect(result.kind === "found" && result.time.guesses).toEqual([
      "The message says EDT, which is not in force on Thu Dec 10; I read it as the local time there.",
    ]);
  });

  it("the same instant said twice (two zones) is one answer", () => {
    expect(startOf("Interview on Tuesday, December 8 at 2:00 PM ET / 11:00 AM PT")).toBe(
      "2026-12-08T19:00:00.000Z",
    );
  });

  it("an itinerary is one meeting, from the first session to the end of the last", () => {
    const result = read(
      "Thursday, December 10, 2026 (all times Pacific):\n10:00 AM - 10:45 AM Coding\n11:00 AM - 11:45 AM Design\n12:00 PM - 12:30 PM Wrap-up with the team",
    );
    expect(result.kind).toBe("found");
    if (result.kind !== "found") return;
    expect(new Date(result.time.start * 1000).toISOString()).toBe("2026-12-10T18:00:00.000Z");
    expect(new Date((result.time.end ?? 0) * 1000).toISOString()).toBe("2026-12-10T20:30:00.000Z");
  });

  it("says what it guessed", () => {
    const result = read("Let's talk next Tuesday at 10:30am PT.");
    expect(result.kind === "found" && result.time.guesses).toEqual([
      "I read “next Tuesday” as Tue Dec 1 10:30 PT.",
    ]);
    const zoneless = read("Interview on Tuesday, December 8 at 3pm.");
    expect(zoneless.kind === "found" && zoneless.time.guesses).toEqual([
      "No time zone was given; I read the time in yours (America/Chicago).",
    ]);
  });
});

describe("replies that quote the proposal", () => {
  const quote = "\n\n> Would Tuesday December 1 at 2pm work for the interview?";
  it("a weekday in the reply is the date the quote gives for it", () => {
    expect(startOf(`Perfect, 2pm on Tuesday works.${quote}`)).toBe("2026-12-01T20:00:00.000Z");
  });
  it("a reply that names another day than the quote is a question", () => {
    expect(read(`Actually Wednesday suits me better.${quote}`).kind).toBe("unclear");
  });
  it("a quote alone is what was said", () => {
    expect(startOf(`See below.${quote}`)).toBe("2026-12-01T20:00:00.000Z");
  });
});

describe("when the careful answer is a question", () => {
  it.each([
    [
      "two readings of one meeting disagree",
      "Your interview is on Tuesday, December 8 at 2:00 PM ET (11:00 AM CT).",
    ],
    ["choices, not a meeting", "Which works: Monday, December 7 at 10am or Tuesday, December 8 at 2pm?"],
    ["a weekday that contradicts its date", "Interview on Tuesday, December 9 at 1:00 PM PT."],
    ["a numeric date the message gives no way to read", "Interview on 03/04/2027 at 10:00."],
  ])("%s", (_name, text) => {
    expect(read(text, { dayFirst: null, because: null }).kind).toBe("unclear");
  });

  it.each([
    ["a deadline", "Please confirm by Friday, December 4 at 5pm."],
    ["availability", "Our office hours are Monday, December 7 between 9am and 5pm."],
    ["the past", "We spoke on Friday, November 20 at 3pm."],
    ["a day without a time", "Your interview is on Tuesday, December 8."],
  ])("%s gives no time", (_name, text) => {
    expect(read(text).kind).not.toBe("found");
  });
});

/** Phrases of length, lead time and offset: none of them is a time of day. */
const DURATIONS = [
  "Please confirm 24 hours in advance",
  "join 10 minutes early",
  "a 30 minute phone screen",
  "a 30-minute call",
  "within 2 business days",
  "in 3 days",
  "a 2h session",
  "the call is 45 min",
  "1.5 hours long",
  "allow 15 minutes to get through reception",
  "with 48 hours notice",
  "it lasts 90 minutes",
  "we reply within a week",
  "at least 24h before",
  "5 minutes of questions at the end",
  "up to 2 hours",
  "every 2 weeks",
  "in 10 mins",
];
const FILLER = [
  "Hi Jordan,",
  "Thanks for applying!",
  "Your interview",
  "is confirmed.",
  "Best, Sam",
  "on Zoom",
  "with the team",
  "\n",
];
const DAY_ONLY = [
  "on Tuesday, December 8",
  "next Monday",
  "tomorrow",
  "on 12/09/2026",
  "on the 10th of December",
];

describe("properties (fast-check)", () => {
  it("no instant ever comes from a duration, a lead time or an offset", () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.oneof(fc.constantFrom(...DURATIONS), fc.constantFrom(...FILLER), fc.constantFrom(...DAY_ONLY)),
          {
            minLength: 1,
            maxLength: 14,
          },
        ),
        (parts) => {
          expect(read(parts.join(" ")).kind).not.toBe("found");
        },
      ),
      { numRuns: 500 },
    );
  });

  it("durations around the real time never move it", () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.constantFrom(...DURATIONS), fc.constantFrom(...FILLER)), { maxLength: 8 }),
        fc.array(fc.oneof(fc.constantFrom(...DURATIONS), fc.constantFrom(...FILLER)), { maxLength: 8 }),
        (before, after) => {
          const text = `${before.join(" ")}\nYour interview is on Tuesday, December 8 at 2:00 PM ET.\n${after.join(" ")}`;
          expect(startOf(text)).toBe("2026-12-08T19:00:00.000Z");
        },
      ),
      { numRuns: 300 },
    );
  });
});
