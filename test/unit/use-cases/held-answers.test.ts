/**
 * Every answer survives the sending limits (issue 23 part 10), not only the answers to replies
 * about a round: a command, a setting, a "which one?" the account's daily SES quota or the owner's
 * hourly cap refuses is held, sent once at the next hour (or when the quota allows), and a
 * redelivery of the same mail, before or after, never sends it twice.
 */
import { describe, expect, it } from "vitest";
import { readReplyAddress } from "../../../lambdas/domain/reply-token";
import { fireReminder } from "../../../lambdas/use-cases/reminder/fire-reminder";
import { HELD_ANSWERS } from "../../../lambdas/use-cases/steps/answer";
import { answerClaim } from "../../../lambdas/use-cases/steps/answer-once";
import { createWorld, mail, OWNER, useUpHourlyCap, type World } from "../conversation/world";

const INTERVIEW = { start: "2026-11-18T13:00:00-06:00", end: "2026-11-18T14:00:00-06:00" };

/** A world with one open interview, on Monday 10:00 in Chicago, before any prompt is due. */
async function oneInterview(): Promise<World> {
  const world = createWorld("2026-11-16T10:00:00-06:00");
  await world.forward(INTERVIEW);
  return world;
}

/** The subject the same mail is answered with when no limit is in the way. */
async function freeAnswerTo(text: string): Promise<string | undefined> {
  const world = await oneInterview();
  return (await world.deliver(null, mail(text), "raw/free"))?.subject;
}

function heldSchedules(world: World): string[] {
  return [...world.scheduler.schedules.values()]
    .filter((schedule) => schedule.payload.kind === HELD_ANSWERS)
    .map((schedule) => schedule.localTime);
}

describe("an answer about no one round that a sending limit refuses", () => {
  it.each([
    ["the daily quota", "status"],
    ["the daily quota", "help"],
    ["the daily quota", "settings"],
    ["the hourly cap", "status"],
    ["the hourly cap", "export"],
  ])("refused by %s, the answer to %j is held and goes out at the next hour, once", async (limit, text) => {
    // Prepare
    const world = await oneInterview();
    if (limit === "the daily quota") world.mailer.dailyQuota = 0;
    else await useUpHourlyCap(world, world.now());
    const expected = await freeAnswerTo(text);

    // Act
    const now = await world.deliver(null, mail(text), "raw/cmd");
    const held = heldSchedules(world);
    world.mailer.dailyQuota = null;
    const later = await world.advanceTo("2026-11-16T11:30:00-06:00");

    // Assess
    expect(now).toBeUndefined();
    expect(held).toEqual(["2026-11-16T17:01:00"]);
    expect(later.map((email) => email.subject)).toEqual([expected]);
    expect(later[0]?.replyTo).toBe(world.deps.config.inboundAddress);
    expect(await world.store.listHeldAnswers(OWNER)).toEqual([]);
  });

  it("redelivered while held, is held once; redelivered after it went out, is not sent again", async () => {
    // Prepare
    const world = await oneInterview();
    world.mailer.dailyQuota = 0;
    const status = mail("status");

    // Act
    await world.deliver(null, status, "raw/status");
    await world.deliver(null, status, "raw/status");
    const held = (await world.store.listHeldAnswers(OWNER)).length;
    const schedules = heldSchedules(world).length;
    world.mailer.dailyQuota = null;
    const later = await world.advanceTo("2026-11-16T11:30:00-06:00");
    const redelivered = await world.deliver(null, status, "raw/status");

    // Assess
    expect({ held, schedules }).toEqual({ held: 1, schedules: 1 });
    expect(later).toHaveLength(1);
    expect(redelivered).toBeUndefined();
    expect(world.mailer.sent).toHaveLength(1);
  });

  it("sent by a redelivery once the quota allows, leaves its schedule nothing to send", async () => {
    // Prepare
    const world = await oneInterview();
    world.mailer.dailyQuota = 0;
    const status = mail("status");
    await world.deliver(null, status, "raw/status");

    // Act
    world.mailer.dailyQuota = null;
    const redelivered = await world.deliver(null, status, "raw/status");
    const later = await world.advanceTo("2026-11-16T11:30:00-06:00");

    // Assess
    expect(redelivered?.subject).toBe(await freeAnswerTo("status"));
    expect(later).toEqual([]);
    expect(await world.store.listHeldAnswers(OWNER)).toEqual([]);
  });

  it("the answer to a reply to the digest goes out later to the digest's own signed address", async () => {
    // Prepare: two open applications, so a digest reply naming neither is answered "which one?".
    const world = await oneInterview();
    await world.forward({ ...INTERVIEW, company: "Harbourline Logistics" });
    world.mailer.dailyQuota = 0;

    // Act
    await world.answer(mail("they got back to me"));
    world.mailer.dailyQuota = null;
    const later = await world.advanceTo("2026-11-16T11:30:00-06:00");

    // Assess
    expect(later).toHaveLength(1);
    const replyTo = later[0]?.replyTo ?? "";
    expect(readReplyAddress(replyTo, "test-secret", OWNER)?.kind).toBe("digest");
  });
});

describe("several held answers", () => {
  it("go out as one summary, and no redelivery of their mails sends any of them again", async () => {
    // Prepare: a reply about the round and a command, both refused by the quota.
    const world = createWorld("2026-11-16T10:00:00-06:00");
    const record = await world.forward(INTERVIEW);
    world.mailer.dailyQuota = 0;
    const status = mail("status");
    const role = mail("role Staff Engineer");
    await world.deliver(record.interviewId, role, "raw/role");
    await world.deliver(null, status, "raw/status");

    // Act
    world.mailer.dailyQuota = null;
    const later = await world.advanceTo("2026-11-16T11:30:00-06:00");
    const again = [
      await world.deliver(null, status, "raw/status"),
      await world.deliver(record.interviewId, role, "raw/role"),
    ];

    // Assess
    expect(later.map((email) => email.subject)).toEqual([expect.stringMatching(/^2 answers/)]);
    expect(later[0]?.text).toContain("Staff Engineer");
    expect(again).toEqual([undefined, undefined]);
    expect(world.mailer.sent).toHaveLength(1);
    expect(await world.store.listHeldAnswers(OWNER)).toEqual([]);
  });

  it("wait for a redelivery that is sending one of them, then send only the rest", async () => {
    // Prepare: two held answers; the status answer's claim is held by a live redelivery.
    const world = await oneInterview();
    world.mailer.dailyQuota = 0;
    const status = mail("status");
    await world.deliver(null, status, "raw/status");
    await world.deliver(null, mail("help"), "raw/help");
    world.mailer.dailyQuota = null;
    const [first] = await world.store.listHeldAnswers(OWNER);
    const lease = world.now().plus({ minutes: 70 }).toISO() ?? "";
    await world.store.claim(OWNER, answerClaim(first?.key ?? ""), lease);

    // Act: the schedule fires while the claim is held; then the redelivery sends its answer.
    const busy = await world.advanceTo("2026-11-16T11:05:00-06:00").catch((error: unknown) => error);
    await world.store.release(OWNER, answerClaim(first?.key ?? ""));
    const redelivered = await world.deliver(null, status, "raw/status");
    const rest = await fireHeldAnswers(world);

    // Assess
    expect(busy).toMatchObject({ name: "ClaimInProgressError" });
    expect(redelivered?.subject).toBe(await freeAnswerTo("status"));
    expect(rest.map((email) => email.subject)).toEqual([await freeAnswerTo("help")]);
    expect(world.mailer.sent).toHaveLength(2);
    expect(await world.store.listHeldAnswers(OWNER)).toEqual([]);
  });
});

/** Fires the held answers' schedule again, as Lambda retries the failed invocation. */
async function fireHeldAnswers(world: World) {
  const before = world.mailer.sent.length;
  const payload = { ownerId: OWNER, interviewId: HELD_ANSWERS, kind: HELD_ANSWERS, planVersion: 0 };
  await fireReminder(payload, world.deps);
  return world.mailer.sent.slice(before);
}
