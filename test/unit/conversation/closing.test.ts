/**
 * Closing an application, in conversations with in-memory ports: a closing the user only hinted
 * at waits for their "yes"; a forwarded rejection closes every round and "undo" opens them all;
 * a forward still awaiting its date answers "undo" sensibly.
 */
import { describe, expect, it } from "vitest";
import type { IngestResult } from "../../../lambdas/domain/ingest";
import { YES_WORDS } from "../../../lambdas/domain/interview/confirmation";
import type { InterviewRecord } from "../../../lambdas/domain/interview/record";
import type { UnderstoodReply } from "../../../lambdas/domain/replies";
import { closeByForward } from "../../../lambdas/use-cases/forward/close-by-forward";
import { holdForDate } from "../../../lambdas/use-cases/forward/hold-for-date";
import { applyReply } from "../../../lambdas/use-cases/reply/apply-reply";
import { planningFor } from "../../../lambdas/use-cases/steps/replan";
import { createWorld, mail, OWNER, planOf, type World } from "./world";

const INTERVIEW = { start: "2026-11-18T13:00:00-06:00", end: "2026-11-18T14:00:00-06:00" };

async function started(): Promise<{ world: World; id: string }> {
  const world = createWorld("2026-11-16T10:00:00-06:00");
  const record = await world.forward(INTERVIEW);
  await world.advanceTo("2026-11-19T10:00:00-06:00");
  return { world, id: record.interviewId };
}

/** A reply the reply reader understood as a closing it is not sure of (needsConfirmation). */
async function hinted(world: World, id: string, understood: UnderstoodReply, key: string) {
  const text = "sounds like they went another way";
  await applyReply(
    {
      mail: mail(text),
      ownerId: OWNER,
      messageKey: key,
      storageKey: `raw/${key}`,
      record: await world.record(id),
      understood,
      written: text,
    },
    world.deps,
  );
  return world.lastEmail();
}

describe("a closing the user did not plainly state waits for their “yes”", () => {
  it.each([
    ["offer", {}, "It sounds like Acme Robotics made you an offer"],
    ["rejected", {}, "It sounds like Acme Robotics turned you down"],
    ["withdrawn", {}, "It sounds like you withdrew from Acme Robotics"],
  ] as const)("%s: asks, changes nothing, and “yes” closes it, undoably", async (intent, extra, words) => {
    // Prepare
    const { world, id } = await started();
    const before = planOf(await world.record(id));
    const schedules = world.scheduler.schedules.size;

    // Act
    const asked = await hinted(
      world,
      id,
      { intent, date: null, needsConfirmation: true, ...extra },
      "hint-1",
    );

    // Assess: asked, nothing changed
    expect(asked?.text).toContain(`${words} — reply “yes” and I'll close it; nothing changed yet.`);
    const pending = await world.record(id);
    expect(pending.status).toBe("active");
    expect(pending.log.outcome ?? null).toBeNull();
    expect(planOf(pending)).toEqual(before);
    expect(world.scheduler.schedules.size).toBe(schedules);

    // Act: the "yes"
    const closed = await world.reply(id, "yes");

    // Assess: closed as a plain closing reply closes, and "undo" works
    expect(closed?.text).toContain("Reply “undo”");
    expect((await world.record(id)).status).toBe("closed");
    expect(world.scheduler.schedules.size).toBe(0);
    await world.reply(id, "undo");
    const reopened = await world.record(id);
    expect(reopened.status).toBe("active");
    expect(planOf(reopened)).toEqual(before);
  });

  it.each(YES_WORDS.map((word) => [word]))("“%s” confirms", async (word) => {
    const { world, id } = await started();
    await hinted(world, id, { intent: "rejected", date: null, needsConfirmation: true }, "hint-2");
    await world.reply(id, word);
    expect((await world.record(id)).log.outcome).toBe("rejected");
  });

  it("a redelivered “yes” closes once and answers once", async () => {
    const { world, id } = await started();
    await hinted(
      world,
      id,
      { intent: "withdrawn", date: null, needsConfirmation: true, declinedOffer: true },
      "hint-5",
    );
    const yes = mail("yes");
    const sent = world.mailer.sent.length;
    await world.deliver(id, yes, "raw/yes");
    await world.deliver(id, yes, "raw/yes");
    expect(world.mailer.sent.length).toBe(sent + 1);
    expect(world.mailer.sent.at(-1)?.subject).toMatch(/^Noted: offer declined/);
    const record = await world.record(id);
    expect(record.undo?.filter((entry) => entry.closing)).toHaveLength(1);
    expect(record.log.outcome).toBe("withdrawn");
  });

  it("another reply lets the question lapse: a later “yes” closes nothing", async () => {
    const { world, id } = await started();
    await hinted(world, id, { intent: "rejected", date: null, needsConfirmation: true }, "hint-3");
    await world.reply(id, "sent");
    await world.reply(id, "yes");
    const record = await world.record(id);
    expect(record.status).toBe("active");
    expect(record.log.thankedAt).toBeTruthy();
  });

  it("a “yes” after a day closes nothing", async () => {
    const { world, id } = await started();
    await hinted(world, id, { intent: "offer", date: null, needsConfirmation: true }, "hint-4");
    await world.advanceTo("2026-11-20T11:00:00-06:00");
    await world.reply(id, "yes");
    expect((await world.record(id)).status).toBe("active");
  });

  it("a plainly stated closing closes at once", async () => {
    const { world, id } = await started();
    await hinted(world, id, { intent: "rejected", date: null }, "plain-1");
    expect((await world.record(id)).status).toBe("closed");
  });
});

function rejection(company: string): IngestResult {
  return {
    status: "not-an-interview",
    outcome: "rejected",
    interview: {
      uid: null,
      sequence: 0,
      method: null,
      title: null,
      company,
      role: null,
      start: null,
      end: null,
      timeZone: null,
      interviewers: [],
      location: null,
      meetingUrl: null,
      source: "text",
    },
    reason: "a decision, not an invitation",
    decisionHint: null,
    originalSender: "talent@acme.example",
    dedupeKey: "text:rejection",
    hasTnef: false,
  } as IngestResult;
}

describe("a forwarded rejection closes by the same rule as a reply", () => {
  it("closes every round, and “undo” to its answer opens them all again", async () => {
    // Prepare
    const { world, id } = await started();
    const second = await world.forward({ start: "2026-11-25T13:00:00-06:00" });
    const plans = [planOf(await world.record(id)), planOf(await world.record(second.interviewId))];

    // Act
    const outcome = await closeByForward(
      rejection("Acme Robotics"),
      "rejected",
      { ownerId: OWNER, storageKey: "raw/fwd", messageKey: "fwd-1" },
      await planningFor(world.deps),
      world.deps,
    );

    // Assess
    expect(outcome).toEqual({ action: "answered", detail: "rejected", emailed: true });
    for (const round of [id, second.interviewId]) expect((await world.record(round)).status).toBe("closed");
    const rounds = await world.store.listByOwner(OWNER);
    const answered = rounds.find((round) => round.undo?.at(-1)?.key === "fwd-1");
    if (!answered) throw new Error("no round holds the forward's undo entry");
    expect(answered.undo?.at(-1)).toMatchObject({ change: "rejected", closing: true });
    const other = answered.interviewId === id ? second.interviewId : id;
    expect(answered.undo?.at(-1)?.rounds.map((round) => round.interviewId)).toEqual([other]);
    const undone = await world.reply(answered.interviewId, "undo");
    expect(undone?.subject).toMatch(/^Reopened: /);
    expect([planOf(await world.record(id)), planOf(await world.record(second.interviewId))]).toEqual(plans);
  });
});

describe("a forward awaiting its date", () => {
  /** A rejection forwarded without a date, held until the user replies with one. */
  async function heldForDate(): Promise<{ world: World; pending: InterviewRecord }> {
    const world = createWorld("2026-11-16T10:00:00-06:00");
    const held = { ...rejection("Lumen Freight"), status: "needs-date", outcome: undefined } as IngestResult;
    await holdForDate(
      held,
      { mail: mail("fwd", "Fwd: Lumen"), ownerId: OWNER, storageKey: "raw/1" },
      "k1",
      world.deps,
    );
    const [pending] = await world.store.listByOwner(OWNER);
    if (!pending) throw new Error("nothing held");
    return { world, pending };
  }

  it("“undo” takes a correction back and still waits for the date", async () => {
    // Prepare
    const { world, pending } = await heldForDate();
    await world.reply(pending.interviewId, "company Lumen Logistics");
    expect((await world.record(pending.interviewId)).interview.company).toBe("Lumen Logistics");

    // Act
    const answer = await world.reply(pending.interviewId, "undo");

    // Assess
    const record = await world.record(pending.interviewId);
    expect(record).toMatchObject({ status: "awaiting-date", interview: { company: "Lumen Freight" } });
    expect(answer?.text).toContain("the company is Lumen Logistics undone");
  });

  it("is exported with the status code awaiting-date", async () => {
    // Prepare
    const { world } = await heldForDate();

    // Act
    const exported = await world.deliver(null, mail("export", "export"), "raw/export");

    // Assess
    const csv = exported?.attachments.find((file) => file.filename === "interviews.csv")?.content;
    expect(String(csv)).toContain('"Lumen Freight"');
    expect(String(csv)).toContain('"awaiting-date"');
  });

  it.each([["undo"], ["reopen"]])(
    "answers “%s” by asking for the date again, changing nothing",
    async (word) => {
      // Prepare
      const { world, pending } = await heldForDate();

      // Act
      const answer = await world.reply(pending.interviewId, word);

      // Assess
      expect(answer?.subject).toBe("Could not find the interview date — reply with it");
      expect(answer?.text).toContain("still waiting for its date");
      expect((await world.record(pending.interviewId)).status).toBe("awaiting-date");
    },
  );
});
