/**
 * Exactly once over any history: a mail applied once is never applied again, however late it comes
 * back and however many other mails came between; its answer is the one composed when it was
 * applied, sent once; a forward of an invite we already have is answered with the plan.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readMail } from "../../../lambdas/domain/ingest";
import { KEPT_KEYS } from "../../../lambdas/domain/interview/record";
import type { OutgoingEmail } from "../../../lambdas/ports";
import { applyForward } from "../../../lambdas/use-cases/forward/apply-forward";
import { MAX_EMAILS_PER_OWNER_PER_HOUR } from "../../../lambdas/use-cases/steps/outgoing";
import { createWorld, mail, OWNER, type World } from "./world";

const INTERVIEW = { start: "2026-11-18T13:00:00-06:00", end: "2026-11-18T14:00:00-06:00" };

async function started(): Promise<{ world: World; id: string }> {
  const world = createWorld("2026-11-16T10:00:00-06:00");
  const record = await world.forward(INTERVIEW);
  return { world, id: record.interviewId };
}

/** More changing replies than the round keeps keys of, each a correction of the role. */
async function manyReplies(world: World, id: string, count = KEPT_KEYS + 5): Promise<void> {
  for (let index = 1; index <= count; index++) await world.reply(id, `role Engineer ${index}`);
}

/** The next delivery fails to send, as SES would when throttled; later ones go out. */
function failNextSend(world: World): void {
  const send = world.mailer.send.bind(world.mailer);
  let failed = false;
  world.mailer.send = async (email: OutgoingEmail) => {
    if (failed) return send(email);
    failed = true;
    throw new Error("SES throttled");
  };
}

describe("a redelivery after more replies than the round keeps keys of", () => {
  it("changes nothing and sends nothing when its answer went out", async () => {
    // Prepare
    const { world, id } = await started();
    const first = mail("company Lumen Freight");
    await world.deliver(id, first, "raw/first");
    await manyReplies(world, id);
    // 40 days later every answer claim has expired
    await world.advanceTo("2026-12-26T10:00:00-06:00");
    const before = await world.record(id);
    const sent = world.mailer.sent.length;
    // Act: redriven
    await world.deliver(id, first, "raw/first");
    // Assess
    const after = await world.record(id);
    expect(after.revision).toBe(before.revision);
    expect(after.interview.company).toBe("Lumen Freight");
    expect(world.mailer.sent.length).toBe(sent);
  });

  it("answers, once, with what was applied when it was, if its answer never went out", async () => {
    // Prepare: the first answer fails; 25 more replies follow
    const { world, id } = await started();
    const first = mail("company Lumen Freight");
    failNextSend(world);
    await expect(world.deliver(id, first, "raw/first")).rejects.toThrow("SES throttled");
    await manyReplies(world, id);
    const before = await world.record(id);
    // Act: the dead letter is redriven twice
    const redriven = await world.deliver(id, first, "raw/first");
    const again = await world.deliver(id, first, "raw/first");
    // Assess
    expect((await world.record(id)).revision).toBe(before.revision);
    expect(redriven?.subject).toMatch(/Lumen Freight/);
    expect(redriven?.text).not.toMatch(new RegExp(`Engineer ${KEPT_KEYS + 5}`));
    expect(again).toBeUndefined();
  });

  it("a redrive of every reply of a long conversation applies none of them again", async () => {
    // Prepare
    const { world, id } = await started();
    const replies = Array.from({ length: 30 }, (_, index) => mail(`role Engineer ${index}`));
    for (const [index, reply] of replies.entries()) await world.deliver(id, reply, `raw/${index}`);
    const before = await world.record(id);
    const sent = world.mailer.sent.length;
    // Act
    for (const [index, reply] of replies.entries()) await world.deliver(id, reply, `raw/${index}`);
    // Assess
    expect(await world.record(id)).toEqual(before);
    expect(world.mailer.sent.length).toBe(sent);
  });
});

describe("the same invite forwarded again", () => {
  const FIXTURE = join(import.meta.dirname, "../../fixtures/mail/google-calendar-forwarded-gmail.eml");

  async function forwardInvite(world: World, messageId: string, storageKey: string) {
    const read = await readMail(readFileSync(FIXTURE));
    return applyForward({ mail: { ...read, messageId }, ownerId: OWNER, storageKey }, world.deps);
  }

  it("is answered “already planned”, with the plan, once; the round is unchanged", async () => {
    // Prepare
    const world = createWorld("2026-11-23T09:00:00-06:00");
    await forwardInvite(world, "<first@mail.gmail.com>", "raw/first");
    const [record] = await world.store.listByOwner(OWNER);
    const sent = world.mailer.sent.length;
    // Act: forwarded again (the first confirmation went to spam), then that mail redelivered
    const outcome = await forwardInvite(world, "<again@mail.gmail.com>", "raw/again");
    await forwardInvite(world, "<again@mail.gmail.com>", "raw/again");
    // Assess
    expect(outcome).toEqual({ action: "answered", detail: "duplicate-invite", emailed: true });
    expect(world.mailer.sent.length).toBe(sent + 1);
    expect(world.lastEmail()?.subject).toMatch(/^Already planned: interview/);
    expect(world.lastEmail()?.text).toMatch(/Acme Robotics/);
    expect((await world.store.listByOwner(OWNER))[0]?.revision).toBe(record?.revision);
  });
});

describe("the hourly send cap", () => {
  /** Replies within one hour, each a change with its own answer. */
  async function replies(world: World, id: string, count: number) {
    const sent = [];
    for (let index = 0; index < count; index++) {
      const reply = mail(`role Engineer ${index}`);
      await world.deliver(id, reply, `raw/cap-${index}`);
      sent.push(reply);
    }
    return sent;
  }

  it("holds the answers over it and sends them as one summary when the next hour allows", async () => {
    // Prepare: the forward's own emails are not counted here (stored directly)
    const { world, id } = await started();
    // Act: 35 changing replies in one hour, one of the held ones redelivered meanwhile
    const sent = await replies(world, id, MAX_EMAILS_PER_OWNER_PER_HOUR + 5);
    const applied = await world.record(id);
    const [, , , , late] = sent.slice(MAX_EMAILS_PER_OWNER_PER_HOUR);
    if (late) await world.deliver(id, late, "raw/redelivered");
    const within = world.mailer.sent.length;
    const later = await world.advanceTo("2026-11-16T11:05:00-06:00");
    // Assess
    expect(within).toBe(MAX_EMAILS_PER_OWNER_PER_HOUR);
    expect(applied.interview.role).toBe(`Engineer ${MAX_EMAILS_PER_OWNER_PER_HOUR + 4}`);
    expect((await world.record(id)).revision).toBe(applied.revision);
    expect(later.map((email) => email.subject)).toEqual([
      "5 answers to your replies, held back by the email limits",
    ]);
    expect(later[0]?.text).toContain(`Engineer ${MAX_EMAILS_PER_OWNER_PER_HOUR + 4}`);
    expect(await world.store.listHeldAnswers(OWNER)).toEqual([]);
    expect(await world.deliver(id, late ?? mail(""), "raw/again")).toBeUndefined();
  });

  it("one held answer goes out as it was, with its round's reply address", async () => {
    // Prepare
    const { world, id } = await started();
    await replies(world, id, MAX_EMAILS_PER_OWNER_PER_HOUR + 1);
    // Act
    const later = await world.advanceTo("2026-11-16T11:05:00-06:00");
    // Assess
    expect(later).toHaveLength(1);
    expect(later[0]?.subject).toMatch(/^Corrected: the role is Engineer 30/);
    expect(later[0]?.replyTo).toContain(id);
  });
});
