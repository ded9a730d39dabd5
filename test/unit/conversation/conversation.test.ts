/**
 * Whole conversations through the reply use case, with in-memory ports: what the user writes,
 * what the plan becomes, and what the answer says — in human words.
 */
import { describe, expect, it } from "vitest";
import type { OutgoingEmail } from "../../../lambdas/ports";
import { holdForDate } from "../../../lambdas/use-cases/forward/hold-for-date";
import { createWorld, mail, OWNER, planOf, UNDATED_FORWARD, type World } from "./world";

/** The policy's first worked example: Wed 2026-11-18 13:00–14:00 Chicago, no decision date. */
const INTERVIEW = { start: "2026-11-18T13:00:00-06:00", end: "2026-11-18T14:00:00-06:00" };
const ORIGINAL_PLAN = {
  prep: "2026-11-18 11:00",
  "thank-you": "2026-11-18 15:00",
  "follow-up-1": "2026-11-25 09:00",
  "follow-up-2": "2026-12-02 09:00",
  "move-on": "2026-12-09 09:00",
};

/** Machine-looking dates and times that must never reach a person. */
const ISO = /\d{4}-\d{2}-\d{2}|T\d{2}:\d{2}|[+-]\d{2}:\d{2}\b|\b(?:America|Europe|Asia|Australia)\/[A-Z]/;

function expectHumanWords(email: OutgoingEmail | undefined) {
  expect(email).toBeDefined();
  expect(`${email?.subject}\n${email?.text}`).not.toMatch(ISO);
  expect(email?.text).not.toMatch(/a reply about an interview|already closed”|no longer exists”/);
}

async function started(): Promise<{ world: World; id: string }> {
  const world = createWorld("2026-11-16T10:00:00-06:00");
  const record = await world.forward(INTERVIEW);
  return { world, id: record.interviewId };
}

describe("the forward's plan (the worked example)", () => {
  it("is the policy's", async () => {
    const { world, id } = await started();
    expect(planOf(await world.record(id))).toEqual(ORIGINAL_PLAN);
  });
});

describe("every closing reply can be undone", () => {
  it.each([
    ["offer", "got the offer!!", /^Congratulations on the offer/],
    ["rejected", "Unfortunately they went with another candidate.", /^Sorry about Acme Robotics/],
    ["withdrawn", "I'm withdrawing, took another job", /^Noted: withdrawn/],
    ["declined offer", "They made an offer but I declined it", /^Noted: offer declined/],
  ])("%s: closes, says “undo” works, and “undo” brings the plan back", async (_name, text, subject) => {
    const { world, id } = await started();
    await world.advanceTo("2026-11-19T10:00:00-06:00");
    const before = planOf(await world.record(id));
    const closing = await world.reply(id, text);
    expect(closing?.subject).toMatch(subject);
    expect(closing?.text).toContain("Reply “undo”");
    expectHumanWords(closing);
    expect((await world.record(id)).status).toBe("closed");
    expect(world.scheduler.schedules.size).toBe(0);

    const undone = await world.reply(id, "undo");
    expect(undone?.subject).toMatch(/^Reopened: /);
    expectHumanWords(undone);
    const after = await world.record(id);
    expect(after.status).toBe("active");
    expect(after.log.outcome ?? null).toBeNull();
    expect(planOf(after)).toEqual(before);
    expect(world.scheduler.schedules.size).toBe(Object.keys(before).length);
  });

  it("“reopen” takes back a closing reply made to another round of the application", async () => {
    const { world, id } = await started();
    await world.advanceTo("2026-11-19T10:00:00-06:00");
    await world.reply(id, "next round Dec 3 at 2pm");
    const second = (await world.store.listByOwner(OWNER)).find((round) => round.round === 2);
    if (!second) throw new Error("no second round");
    await world.reply(second.interviewId, "rejected");
    expect((await world.record(second.interviewId)).status).toBe("closed");
    const reopened = await world.reply(second.interviewId, "reopen");
    expect(reopened?.subject).toMatch(/^Reopened/);
    expect((await world.record(second.interviewId)).status).toBe("active");
  });

  it("“reopen” opens again every round that one forwarded rejection closed", async () => {
    const { world, id } = await started();
    const second = await world.forward({ start: "2026-11-25T13:00:00-06:00" });
    // As the invite flow closes an application on a forwarded rejection: every round, one message.
    for (const round of await world.store.listByOwner(OWNER)) {
      await world.store.save({
        ...round,
        status: "closed",
        planned: [],
        log: { ...round.log, outcome: "rejected" },
        appliedMessageIds: [...round.appliedMessageIds, "forwarded-rejection"],
        revision: round.revision + 1,
      });
    }
    const answer = await world.reply(id, "reopen");
    expect(answer?.subject).toMatch(/^Reopened: /);
    for (const roundId of [id, second.interviewId]) {
      const round = await world.record(roundId);
      expect(round.status).toBe("active");
      expect(round.planned.length).toBeGreaterThan(0);
    }
  });

  it("undo reverts any reply that changed the plan, newest first", async () => {
    const { world, id } = await started();
    await world.advanceTo("2026-11-18T16:00:00-06:00");
    await world.reply(id, "sent");
    await world.reply(id, "they said Tuesday Nov 24");
    expect(planOf(await world.record(id))).toEqual({
      "follow-up-1": "2026-11-27 09:00",
      "follow-up-2": "2026-12-04 09:00",
      "move-on": "2026-12-11 09:00",
    });
    const first = await world.reply(id, "undo");
    expect(first?.subject).toMatch(/^Undone: they will decide by Tue, Nov 24/);
    expect(planOf(await world.record(id))).toEqual({
      "follow-up-1": "2026-11-25 09:00",
      "follow-up-2": "2026-12-02 09:00",
      "move-on": "2026-12-09 09:00",
    });
    await world.reply(id, "undo");
    // The thank-you is no longer logged; its prompt already went out at 15:00 and is not sent again.
    const record = await world.record(id);
    expect(record.log.thankedAt ?? null).toBeNull();
    expect(planOf(record)["thank-you"]).toBeUndefined();
    const nothing = await world.reply(id, "undo");
    expect(nothing?.subject).toMatch(/^Nothing to undo/);
  });

  it("undo of a next round removes the round it created and its schedules", async () => {
    const { world, id } = await started();
    await world.advanceTo("2026-11-19T10:00:00-06:00");
    await world.reply(id, "They want me back! next round Dec 3 at 2pm");
    expect(await world.store.listByOwner(OWNER)).toHaveLength(2);
    await world.reply(id, "undo");
    expect(await world.store.listByOwner(OWNER)).toHaveLength(1);
    expect(
      [...world.scheduler.schedules.values()].every((schedule) => schedule.payload.interviewId === id),
    ).toBe(true);
  });

  it("a redelivered reply is applied once", async () => {
    const { world, id } = await started();
    const reply = mail("got the offer");
    await world.deliver(id, reply, "raw/a");
    await world.deliver(id, reply, "raw/a");
    expect(world.mailer.sent).toHaveLength(1);
    await world.reply(id, "undo");
    expect((await world.record(id)).status).toBe("active");
  });
});

describe("snooze moves only the prompt it answers, later", () => {
  it("“snooze 3 days” on the sent follow-up: that follow-up again on a business day, the rest never earlier", async () => {
    const { world, id } = await started();
    await world.advanceTo("2026-11-25T10:00:00-06:00");
    const prompt = world.mailer.sent.find((email) => email.subject.startsWith("Follow up with"));
    expect(prompt).toBeDefined();
    const before = planOf(await world.record(id));
    expect(before).toEqual({ "follow-up-2": "2026-12-02 09:00", "move-on": "2026-12-09 09:00" });
    const answer = await world.reply(id, "snooze 3 days", `Re: ${prompt?.subject}`);
    // Sat Nov 28 → Mon → Tue Dec 1: follow-ups never go out on weekends or Mondays.
    expect(planOf(await world.record(id))).toEqual({
      "follow-up-1": "2026-12-01 09:00",
      "follow-up-2": "2026-12-08 09:00",
      "move-on": "2026-12-15 09:00",
    });
    expect(answer?.subject).toBe("Snoozed: send a follow-up — Tue, Dec 1 at 9:00 AM");
    expect(answer?.text).toContain("never on a Monday");
    expectHumanWords(answer);
  });

  it("a snooze earlier than the prompt's time changes nothing", async () => {
    const { world, id } = await started();
    await world.advanceTo("2026-11-19T10:00:00-06:00");
    const answer = await world.reply(id, "remind me tomorrow");
    expect(answer?.text).toContain("already planned for then");
    expect(planOf(await world.record(id))).toEqual({
      "follow-up-1": "2026-11-25 09:00",
      "follow-up-2": "2026-12-02 09:00",
      "move-on": "2026-12-09 09:00",
    });
  });

  it("“remind me Monday” on a follow-up lands on the Tuesday and says why", async () => {
    const { world, id } = await started();
    await world.advanceTo("2026-11-25T10:00:00-06:00");
    const answer = await world.reply(id, "remind me Monday", "Re: Follow up with Acme Robotics today");
    expect(planOf(await world.record(id))["follow-up-1"]).toBe("2026-12-01 09:00");
    expect(answer?.text).toMatch(/never on a Monday/);
  });
});

describe("next round", () => {
  it("beats the word offer, stops this round's follow-ups, and lists the new round's plan", async () => {
    const { world, id } = await started();
    await world.advanceTo("2026-11-19T10:00:00-06:00");
    const answer = await world.reply(
      id,
      "They want me back! next round Dec 3 at 2pm, fingers crossed for an offer",
    );
    expect(answer?.subject).toBe(
      "Next round with Acme Robotics: Thu, Dec 3 at 2:00 PM Central Time — here is its plan",
    );
    expect(answer?.text).toContain("Prepare: ask when they will decide — Thu, Dec 3 at 12:00 PM");
    expect(answer?.text).toContain("Send your thank-you note — Thu, Dec 3 at 4:00 PM");
    expect(answer?.text).not.toContain("nothing more scheduled");
    expectHumanWords(answer);
    expect(planOf(await world.record(id))).toEqual({});
    const rounds = await world.store.listByOwner(OWNER);
    expect(rounds.map((round) => round.round).sort()).toEqual([1, 2]);
  });

  it("“I got a second interview Thursday at 2pm” is a next round on that Thursday", async () => {
    const { world, id } = await started();
    await world.advanceTo("2026-11-20T10:00:00-06:00");
    const answer = await world.reply(id, "I got a second interview Thursday at 2pm!");
    expect(answer?.subject).toMatch(/^Next round with Acme Robotics: Thu, Nov 26 at 2:00 PM/);
    // Said on a Thursday, "Thursday" is next week's: today would be "today".
    const thursday = createWorld("2026-11-16T10:00:00-06:00");
    const record = await thursday.forward(INTERVIEW);
    await thursday.advanceTo("2026-11-19T10:00:00-06:00");
    const sameDay = await thursday.reply(record.interviewId, "second interview Thursday at 2pm");
    expect(sameDay?.subject).toMatch(/: Thu, Nov 26 at 2:00 PM/);
  });
});

describe("unclear, automatic and closed", () => {
  it("an unclear reply changes nothing and asks “did you mean …?”", async () => {
    const { world, id } = await started();
    const before = planOf(await world.record(id));
    const answer = await world.reply(id, "not rejected yet but I think they might");
    expect(answer?.subject).toBe("Sorry, I did not understand that reply");
    expect(answer?.text).toMatch(/Did you mean “/);
    expect(planOf(await world.record(id))).toEqual(before);
  });

  it("a reply with nothing above the quote says it looked empty, not what it quoted", async () => {
    const { world, id } = await started();
    const answer = await world.reply(
      id,
      "\n\nOn Mon, Nov 16, 2026 at 9:00 AM Interview follow-up <f@x.example> wrote:\n> offer",
    );
    expect(answer?.text).toContain(
      "Your reply looked empty (only a quote or a signature), so nothing changed.",
    );
    expect((await world.record(id)).status).toBe("active");
  });

  it("an out-of-office body is never answered and changes nothing", async () => {
    const { world, id } = await started();
    const before = planOf(await world.record(id));
    const answer = await world.reply(
      id,
      "Thank you for your email. I am out of the office until December 7 with limited access to email.",
    );
    expect(answer).toBeUndefined();
    expect(planOf(await world.record(id))).toEqual(before);
  });

  it("a reply to a closed application says so in words, and how to reopen it", async () => {
    const { world, id } = await started();
    await world.reply(id, "rejected");
    const answer = await world.reply(id, "sent");
    expect(answer?.subject).toBe("This application is closed with Acme Robotics");
    expect(answer?.text).toContain("(they said no)");
    expect(answer?.text).toContain("Reply “reopen”");
    expectHumanWords(answer);
  });
});

describe("human words", () => {
  it("decision dates and follow-up days are written as people write them", async () => {
    const { world, id } = await started();
    await world.advanceTo("2026-11-19T10:00:00-06:00");
    const decided = await world.reply(id, "they said they'd decide by December 4");
    expect(decided?.subject).toBe("Noted: they will decide by Fri, Dec 4");
    const followed = await world.reply(id, "followed up yesterday");
    expect(followed?.subject).toBe("Noted: follow-up sent on Wed, Nov 18");
    for (const email of world.mailer.sent) expectHumanWords(email);
  });

  it("a reply with two steps logs both, and one “undo” takes both back", async () => {
    const { world, id } = await started();
    await world.advanceTo("2026-11-18T16:00:00-06:00");
    const answer = await world.reply(
      id,
      "They said they'll decide by Tuesday Nov 24. Sent my thank you too.",
    );
    expect(answer?.subject).toBe("Noted: they will decide by Tue, Nov 24; thank-you sent");
    const record = await world.record(id);
    expect(record.log.decisionDate).toBe("2026-11-24");
    expect(record.log.thankedAt).toBeTruthy();
    await world.reply(id, "undo");
    const undone = await world.record(id);
    expect(undone.log.decisionDate ?? null).toBeNull();
    expect(undone.log.thankedAt ?? null).toBeNull();
  });

  it("the thank-you draft says “yesterday” when it goes out the morning after", async () => {
    const world = createWorld("2026-11-16T10:00:00-06:00");
    await world.forward({ start: "2026-11-18T19:30:00-06:00", end: "2026-11-18T20:30:00-06:00" });
    const sent = await world.advanceTo("2026-11-19T09:00:00-06:00");
    const thankYou = sent.find((email) => email.subject.startsWith("Send your thank-you"));
    expect(thankYou?.text).toContain("talk with me yesterday about");
    expect(thankYou?.text).not.toContain("talk with me today");
  });

  it("an interview in another zone shows the user's time with the interview's beside it", async () => {
    const world = createWorld("2026-11-16T10:00:00-06:00");
    const record = await world.forward({ start: "2026-11-18T10:00:00-05:00", timeZone: "America/New_York" });
    const answer = await world.reply(record.interviewId, "status");
    expect(answer?.text).toContain("Wed, Nov 18 at 9:00 AM Central Time (10:00 AM Eastern Time)");
  });
});

describe("corrections re-plan at once", () => {
  it("date is Nov 24 10:30am PT", async () => {
    const { world, id } = await started();
    const answer = await world.reply(id, "date is Nov 24 10:30am PT");
    const record = await world.record(id);
    expect(Date.parse(record.interview.start)).toBe(Date.parse("2026-11-24T10:30:00-08:00"));
    expect(record.interview.timeZone).toBe("America/Los_Angeles");
    expect(planOf(record)).toMatchObject({ prep: "2026-11-24 10:30", "thank-you": "2026-11-24 14:30" });
    expect(answer?.subject).toMatch(
      /^Corrected: the interview is Tue, Nov 24 at 12:30 PM Central Time \(10:30 AM Pacific Time\)/,
    );
    expectHumanWords(answer);
  });

  it("company, role, add interviewer and remove, each undoable", async () => {
    const { world, id } = await started();
    await world.reply(id, "company Lumen Freight");
    await world.reply(id, "role Staff Frontend Engineer");
    await world.reply(id, "add interviewer Lena Fischer");
    const removed = await world.reply(id, "remove Priya");
    let record = await world.record(id);
    expect(record.interview.company).toBe("Lumen Freight");
    expect(record.interview.role).toBe("Staff Frontend Engineer");
    expect(record.interview.interviewers.map((person) => person.name)).toEqual(["Lena Fischer"]);
    expect(removed?.subject).toBe("Corrected: removed Priya Patel with Lumen Freight");
    await world.reply(id, "undo");
    record = await world.record(id);
    expect(record.interview.interviewers.map((person) => person.name)).toEqual([
      "Priya Patel",
      "Lena Fischer",
    ]);
    const nothing = await world.reply(id, "remove Talent");
    expect(nothing?.text).toContain("nothing here is called “Talent”");
  });
});

describe("a correction naming the company and the day", () => {
  it("moves the interview to that day at its time too, and one undo takes back both", async () => {
    const world = createWorld("2026-11-16T10:00:00-06:00", { language: "it" });
    const { interviewId: id } = await world.forward(INTERVIEW);
    const answer = await world.reply(id, "l'azienda si chiama Lumen Freight, e il colloquio è martedì 24");
    const record = await world.record(id);
    expect(record.interview.company).toBe("Lumen Freight");
    expect(Date.parse(record.interview.start)).toBe(Date.parse("2026-11-24T13:00:00-06:00"));
    expect(Date.parse(record.interview.end ?? "")).toBe(Date.parse("2026-11-24T14:00:00-06:00"));
    expect(answer?.text).toContain("Lumen Freight");
    expect(answer?.text).toMatch(/24/);
    await world.reply(id, "annulla");
    const undone = await world.record(id);
    expect(undone.interview.company).not.toBe("Lumen Freight");
    expect(Date.parse(undone.interview.start)).toBe(Date.parse(INTERVIEW.start));
  });
});

describe("a forward without a date waits for the user's reply", () => {
  it("the reply with the date completes that forward, keeping company and role", async () => {
    const world = createWorld("2026-11-16T10:00:00-06:00");
    await holdForDate(
      UNDATED_FORWARD,
      { mail: mail("fwd", "Fwd: Interview with Lumen Freight"), ownerId: OWNER, storageKey: "raw/1" },
      "key-1",
      world.deps,
    );
    const ask = world.mailer.sent.at(-1);
    expect(ask?.subject).toBe("Could not find the interview date — reply with it");
    const replyAddress = ask?.replyTo ?? "";
    expect(replyAddress).toMatch(/^followup\+[0-9a-f]+-[a-z2-7]+@/);
    const pending = (await world.store.listByOwner(OWNER))[0];
    if (!pending) throw new Error("nothing held");
    const still = await world.reply(pending.interviewId, "thanks, will check");
    expect(still?.subject).toBe("I still need the interview date");

    const done = await world.reply(pending.interviewId, "It's on Dec 3 at 2pm Eastern");
    const records = await world.store.listByOwner(OWNER);
    expect(records).toHaveLength(1);
    const record = records[0];
    expect(record?.interview.company).toBe("Lumen Freight");
    expect(record?.interview.role).toBe("Staff Frontend Engineer");
    expect(record?.status).toBe("active");
    expect(Date.parse(record?.interview.start ?? "")).toBe(Date.parse("2026-12-03T14:00:00-05:00"));
    expect(done?.subject).toBe(
      "Got it: interview with Lumen Freight (Staff Frontend Engineer) — here is your plan",
    );
    expect(world.scheduler.schedules.size).toBeGreaterThan(0);
  });
});
