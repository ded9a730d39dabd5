/**
 * Rounds of one application: numbered in the order they come, and every email carries the reply
 * address of the round it is about, so a reply to it changes that round.
 */
import { describe, expect, it } from "vitest";
import { applyReply } from "../../../lambdas/use-cases/reply/apply-reply";
import { createWorld, mail, OWNER, planOf, type World } from "./world";

const INTERVIEW = { start: "2026-11-18T13:00:00-06:00", end: "2026-11-18T14:00:00-06:00" };

async function started(): Promise<{ world: World; id: string }> {
  const world = createWorld("2026-11-16T10:00:00-06:00");
  const record = await world.forward(INTERVIEW);
  await world.advanceTo("2026-11-19T10:00:00-06:00");
  return { world, id: record.interviewId };
}

/** The round a "next round" reply to `id` created, with the answer it got. */
async function nextRound(world: World, id: string, when: string) {
  const known = new Set((await world.store.listByOwner(OWNER)).map((round) => round.interviewId));
  const answer = await world.reply(id, `next round ${when}`);
  const created = (await world.store.listByOwner(OWNER)).find((round) => !known.has(round.interviewId));
  if (!created) throw new Error(`no round created by “next round ${when}”`);
  return { created, answer };
}

describe("rounds", () => {
  it("are numbered in order, from whichever round the reply came", async () => {
    // Prepare
    const { world, id } = await started();
    // Act
    const second = await nextRound(world, id, "Dec 3 at 2pm");
    const third = await nextRound(world, second.created.interviewId, "Dec 10 at 2pm");
    const fourth = await nextRound(world, id, "Dec 17 at 2pm");
    // Assess
    expect([second, third, fourth].map(({ created }) => created.round)).toEqual([2, 3, 4]);
  });

  it("the new round's plan email carries its reply address: “sent” to it is logged on it", async () => {
    // Prepare
    const { world, id } = await started();
    const { created, answer } = await nextRound(world, id, "Dec 3 at 2pm");
    await world.advanceTo("2026-12-03T17:00:00-06:00");
    // Act
    expect(answer?.replyTo).toContain(created.interviewId);
    await world.reply(created.interviewId, "sent the thank-you");
    // Assess
    expect((await world.record(created.interviewId)).log.thankedAt).toBeTruthy();
    expect((await world.record(id)).log.thankedAt ?? null).toBeNull();
  });

  it("“undo” to the new round's email removes it, and the earlier round is as it was", async () => {
    // Prepare
    const { world, id } = await started();
    const before = await world.record(id);
    const { created } = await nextRound(world, id, "Dec 3 at 2pm");
    // Act
    const undone = await world.reply(created.interviewId, "undo");
    // Assess
    expect(undone?.subject).toMatch(/^Undone/);
    expect(await world.store.listByOwner(OWNER)).toHaveLength(1);
    expect((await world.record(id)).planned).toEqual(before.planned);
    expect([...world.scheduler.schedules.values()].every((each) => each.payload.interviewId === id)).toBe(
      true,
    );
  });
});

describe("a day and hour to come with no meeting named", () => {
  it("changes nothing and offers the command that adds the round", async () => {
    // Prepare
    const { world, id } = await started();
    const before = planOf(await world.record(id));
    const rounds = (await world.store.listByOwner(OWNER)).length;
    const text = "she wants me to drop by monday at 2";

    // Act: read as a next round it is not sure of
    await applyReply(
      {
        mail: mail(text),
        ownerId: OWNER,
        messageKey: "maybe-round",
        storageKey: "raw/maybe-round",
        record: await world.record(id),
        understood: {
          intent: "next-round",
          date: "2026-11-23T14:00:00-06:00",
          needsConfirmation: true,
          suggestions: ["next round Dec 3 at 2pm", "heard back"],
        },
        written: text,
      },
      world.deps,
    );

    // Assess
    expect((await world.store.listByOwner(OWNER)).length).toBe(rounds);
    expect(planOf(await world.record(id))).toEqual(before);
    expect(world.lastEmail()?.text).toContain("next round Dec 3 at 2pm");
  });
});
