/**
 * Every email can be answered (issue 23 part 2): a reply to the digest, or to any email of ours
 * about no one round, acts on the application it names or asks which one; it is never a new
 * forward, and nothing is stored for it. Moved on means closed (part 4): the move-on prompt
 * closes the round, the digest stops counting it, and news or "reopen" opens it again.
 */
import { DateTime } from "luxon";
import { describe, expect, it } from "vitest";
import { readReplyAddress } from "../../../lambdas/domain/reply-token";
import { digestFacts, sendDigests } from "../../../lambdas/use-cases/digest/send-digest";
import { createWorld, mail, OWNER, type World } from "./world";

const SECRET = "test-secret";

/** Two open applications, interviews held on Wed Nov 18 (Chicago). */
async function twoApplications(): Promise<{ world: World; acme: string; harbourline: string }> {
  const world = createWorld("2026-11-16T10:00:00-06:00");
  const acme = await world.forward({ start: "2026-11-18T10:00:00-06:00" });
  const harbourline = await world.forward({
    start: "2026-11-18T13:00:00-06:00",
    company: "Harbourline Logistics",
    role: "Data Engineer",
  });
  await world.advanceTo("2026-11-22T12:00:00-06:00");
  return { world, acme: acme.interviewId, harbourline: harbourline.interviewId };
}

function replyAddressKind(address: string | null): string | undefined {
  return address ? readReplyAddress(address, SECRET, OWNER)?.kind : undefined;
}

describe("a reply to the weekly digest", () => {
  it("goes to the digest's own signed address", async () => {
    const { world } = await twoApplications();
    const sunday = { ...world.deps, clock: { now: () => DateTime.fromISO("2026-11-22T18:05:00-06:00") } };

    await sendDigests(sunday);

    expect(world.lastEmail()?.subject).toMatch(/^Your week: 2 open interviews/);
    expect(replyAddressKind(world.lastEmail()?.replyTo ?? null)).toBe("digest");
  });

  it("naming a company closes that application, undoably; nothing else is stored", async () => {
    const { world, acme, harbourline } = await twoApplications();
    const rounds = (await world.store.listByOwner(OWNER)).length;

    const answer = await world.answer(mail("Harbourline rejected me", "Re: Your week: 2 open interviews"));

    expect(answer?.subject).toMatch(/Harbourline/);
    expect(replyAddressKind(answer?.replyTo ?? null)).toBe("interview");
    expect(await world.record(harbourline)).toMatchObject({ status: "closed", log: { outcome: "rejected" } });
    expect((await world.record(acme)).status).toBe("active");
    expect((await world.store.listByOwner(OWNER)).length).toBe(rounds);

    const undone = await world.reply(harbourline, "undo");

    expect(undone?.subject).not.toMatch(/nothing to undo/i);
    expect(await world.record(harbourline)).toMatchObject({ status: "active", log: {} });
  });

  it.each([
    ["names no company", "they rejected me"],
    ["names a company with nothing open", "Zephyr rejected me"],
  ])("that %s changes nothing, stores nothing, and asks which application", async (_case, text) => {
    const { world, acme, harbourline } = await twoApplications();
    const before = await world.store.listByOwner(OWNER);

    const answer = await world.answer(mail(text, "Re: Your week: 2 open interviews"));

    expect(await world.store.listByOwner(OWNER)).toEqual(before);
    expect(replyAddressKind(answer?.replyTo ?? null)).toBe("digest");
    expect(answer?.text).toContain(`“Acme Robotics: ${text}”`);
    expect(answer?.text).toContain(`“Harbourline Logistics: ${text}”`);
    expect((await world.record(acme)).status).toBe("active");
    expect((await world.record(harbourline)).status).toBe("active");
  });

  it("the suggested reply, sent back to the digest's address, closes the application it names", async () => {
    const { world, harbourline } = await twoApplications();
    await world.answer(mail("they rejected me"));

    await world.answer(mail("Harbourline Logistics: they rejected me"));

    expect(await world.record(harbourline)).toMatchObject({ status: "closed", log: { outcome: "rejected" } });
  });
});

describe("a mail that answers one of ours without a signed address", () => {
  it("In-Reply-To an email SES sent for us (an old digest, a status answer) is not a forward", async () => {
    const { world, harbourline } = await twoApplications();
    const before = (await world.store.listByOwner(OWNER)).length;

    await world.answer(
      { ...mail("Harbourline rejected me"), inReplyTo: "<0100018c-abc@email.amazonses.com>" },
      false,
    );

    expect(await world.record(harbourline)).toMatchObject({ status: "closed", log: { outcome: "rejected" } });
    expect((await world.store.listByOwner(OWNER)).length).toBe(before);
  });

  it("a reply quoting one of ours, from a client that wrote no In-Reply-To, stores no phantom interview", async () => {
    const { world, harbourline } = await twoApplications();
    const before = (await world.store.listByOwner(OWNER)).length;
    const quoted = [
      "Harbourline rejected me",
      "",
      "On Sun, Nov 22, 2026 at 6:00 PM Interview follow-up <followup@followup.example.com> wrote:",
      "> Your job search this week",
      "> Open, with the next step:",
      "> - Harbourline Logistics: Send a follow-up — Wed, Nov 25, 9:00 AM",
    ].join("\n");

    await world.answer(mail(quoted, "Re: Your week: 2 open interviews — keep applying"), false);

    expect(await world.record(harbourline)).toMatchObject({ status: "closed", log: { outcome: "rejected" } });
    expect((await world.store.listByOwner(OWNER)).length).toBe(before);
  });

  it("a reply address that no longer verifies (the secret was rotated) gets the help, and nothing is stored", async () => {
    const { world } = await twoApplications();
    const before = await world.store.listByOwner(OWNER);

    const answer = await world.answer(mail("sent", "Re: Send your thank-you to Acme Robotics today"));

    expect(answer?.subject).toBe("Sorry, I did not understand that reply");
    expect(await world.store.listByOwner(OWNER)).toEqual(before);
  });

  it("an answer to a round's first email is about that round", async () => {
    const { world, acme } = await twoApplications();
    const threadId = (await world.record(acme)).threadId;

    await world.answer({ ...mail("heard back"), inReplyTo: threadId }, false);

    expect((await world.record(acme)).log.outcome).toBe("heard-back");
  });
});

describe("moved on means closed", () => {
  /** Acme alone, its whole timeline run: the move-on prompt went out on Wed Dec 9. */
  async function movedOn(): Promise<{ world: World; acme: string }> {
    const world = createWorld("2026-11-16T10:00:00-06:00");
    const acme = await world.forward({ start: "2026-11-18T13:00:00-06:00" });
    const sent = await world.advanceTo("2026-12-10T10:00:00-06:00");
    expect(sent.at(-1)?.subject).toMatch(/time to move forward/);
    expect((await world.record(acme.interviewId)).status).toBe("closed");
    return { world, acme: acme.interviewId };
  }

  it("the move-on prompt closes the round as moved on; the digest neither counts it nor goes out", async () => {
    const { world, acme } = await movedOn();

    expect(await world.record(acme)).toMatchObject({
      status: "closed",
      log: { outcome: "moved-on" },
      planned: [],
    });
    const facts = digestFacts(await world.store.listByOwner(OWNER), world.deps.config.policy, world.now());
    expect(facts.open).toEqual([]);
    const sunday = { ...world.deps, clock: { now: () => DateTime.fromISO("2026-12-13T18:05:00-06:00") } };
    expect(await sendDigests(sunday)).toEqual({ sent: 0, skipped: 1, held: 0, overCap: 0 });
  });

  it.each(["undo", "reopen"])("“%s” opens it again, with nothing more to send", async (word) => {
    const { world, acme } = await movedOn();

    await world.reply(acme, word);

    const record = await world.record(acme);
    expect(record).toMatchObject({ status: "active", planned: [] });
    expect(record.log.outcome ?? null).toBeNull();
  });

  it("news about it opens it again and is logged", async () => {
    const { world, acme } = await movedOn();

    await world.reply(acme, "heard back");

    expect(await world.record(acme)).toMatchObject({ status: "active", log: { outcome: "heard-back" } });
  });

  it("a digest reply naming it opens it again with the news", async () => {
    const { world, acme } = await movedOn();

    await world.answer(mail("Acme rejected me"));

    expect(await world.record(acme)).toMatchObject({ status: "closed", log: { outcome: "rejected" } });
    await world.reply(acme, "undo");
    expect(await world.record(acme)).toMatchObject({ status: "active", log: { outcome: null } });
  });
});
