/** "forget" leaves nothing to expire later: each raw mail goes with the mail-log row that noted it. */
import { describe, expect, it } from "vitest";
import { createWorld, mail, OWNER } from "./world";

describe("forget removes the mail-log rows at once", () => {
  it.each([
    ["forget Acme Robotics", ["raw/lumen"]],
    ["forget everything", []],
  ])("“%s” + “yes”: the rows of what it deleted are gone", async (request, kept) => {
    const world = createWorld("2026-11-16T10:00:00-06:00");
    for (const [company, key] of [
      ["Acme Robotics", "raw/acme"],
      ["Lumen", "raw/lumen"],
    ] as const) {
      const record = await world.forward({ start: "2026-11-18T13:00:00-06:00", company });
      await world.store.save({ ...record, rawMailKeys: [key], revision: record.revision + 1 });
      // What the forward's raw mail says does not name the company: it is found by the record.
      await world.deps.rawMail.put(
        key,
        new TextEncoder().encode("Subject: Interview\r\n\r\nSee you Wednesday"),
      );
      await world.store.recordMail(OWNER, key);
    }
    await world.answer(mail(request, "forget"), false);
    const pending = (await world.store.getProfile(OWNER))?.pendingForget?.id;
    if (!pending) throw new Error("no confirmation asked");

    await world.deliver(pending, mail("yes"), "raw/yes");

    expect(await world.store.listMail(OWNER)).toEqual(kept);
  });
});

describe("forget reaches answers the sending limits held back", () => {
  it("a held status answer naming the forgotten company never goes out", async () => {
    // Prepare: the daily quota holds the answer to "status", which lists Acme Robotics.
    const world = createWorld("2026-11-16T10:00:00-06:00");
    await world.forward({ start: "2026-11-18T13:00:00-06:00", company: "Acme Robotics" });
    world.mailer.dailyQuota = 0;
    await world.deliver(null, mail("status"), "raw/status");
    const heldBefore = (await world.store.listHeldAnswers(OWNER)).length;
    world.mailer.dailyQuota = null;

    // Act
    await world.answer(mail("forget Acme Robotics", "forget"), false);
    const pending = (await world.store.getProfile(OWNER))?.pendingForget?.id;
    if (!pending) throw new Error("no confirmation asked");
    await world.deliver(pending, mail("yes"), "raw/yes");
    const later = await world.advanceTo("2026-11-16T12:30:00-06:00");

    // Assess
    expect(heldBefore).toBe(1);
    expect(await world.store.listHeldAnswers(OWNER)).toEqual([]);
    expect(later.some((email) => email.text.includes("Acme"))).toBe(false);
  });
});
