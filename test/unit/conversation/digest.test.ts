/**
 * The weekly digest in each user's zone: an hourly schedule sends each owner one digest, in their
 * Sunday 18:00 hour, never in quiet hours; its response figures count only interviews held.
 */
import fc from "fast-check";
import { DateTime } from "luxon";
import { describe, expect, it } from "vitest";
import { isQuietMinute, quietWindow, resolvePolicy } from "../../../lambdas/domain/config";
import { isDigestDue } from "../../../lambdas/domain/planner";
import { digestFacts, sendDigests } from "../../../lambdas/use-cases/digest/send-digest";
import { createWorld, OWNER } from "./world";

const ZONES = [
  "America/Chicago",
  "America/Los_Angeles",
  "Europe/Berlin",
  "Asia/Kolkata",
  "Asia/Kathmandu",
  "Australia/Sydney",
  "Pacific/Chatham",
  "America/St_Johns",
] as const;

describe("isDigestDue", () => {
  const policy = resolvePolicy({});
  const at = (iso: string, zone: string) => DateTime.fromISO(iso, { zone });

  it("is the user's Sunday 18:00 hour, in their zone", () => {
    expect(isDigestDue(policy, "America/Chicago", at("2026-11-29T18:00", "America/Chicago"))).toBe(true);
    expect(isDigestDue(policy, "America/Chicago", at("2026-11-29T18:59", "America/Chicago"))).toBe(true);
    expect(isDigestDue(policy, "America/Chicago", at("2026-11-29T17:59", "America/Chicago"))).toBe(false);
    expect(isDigestDue(policy, "America/Chicago", at("2026-11-29T19:00", "America/Chicago"))).toBe(false);
    expect(isDigestDue(policy, "America/Chicago", at("2026-11-30T18:00", "America/Chicago"))).toBe(false);
    // The same instant is Monday 01:00 in Berlin.
    expect(isDigestDue(policy, "Europe/Berlin", at("2026-11-29T18:00", "America/Chicago"))).toBe(false);
  });

  it("an hour that would reach into quiet hours ends where they begin", () => {
    const late = resolvePolicy({ digest: { weekday: 7, time: "20:30" } });
    expect(isDigestDue(late, "UTC", at("2026-11-29T20:00", "UTC"))).toBe(true);
    expect(isDigestDue(late, "UTC", at("2026-11-29T20:59", "UTC"))).toBe(true);
    expect(isDigestDue(late, "UTC", at("2026-11-29T21:00", "UTC"))).toBe(false);
    expect(isDigestDue(resolvePolicy({ digest: null }), "UTC", at("2026-11-29T18:00", "UTC"))).toBe(false);
  });

  it("an hourly schedule at any minute meets it exactly once a week, in every zone, across DST (fast-check)", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...ZONES),
        fc.integer({ min: 0, max: 59 }),
        fc.integer({ min: 0, max: 156 }),
        fc.constantFrom("18:00", "08:00", "20:30", "12:15"),
        (zone, minute, week, time) => {
          const rules = resolvePolicy({ digest: { weekday: 7, time } });
          const quiet = quietWindow(rules);
          // One local week, Monday 00:00 to Monday 00:00 in the zone (167, 168 or 169 hours).
          const monday = DateTime.fromISO("2026-01-05T00:00:00", { zone }).plus({ weeks: week });
          const next = monday.plus({ weeks: 1 });
          let due = 0;
          for (
            let fire = monday.toUTC().startOf("hour").plus({ minutes: minute });
            fire < next;
            fire = fire.plus({ hours: 1 })
          ) {
            if (fire < monday) continue;
            if (!isDigestDue(rules, zone, fire)) continue;
            due++;
            const local = fire.setZone(zone);
            expect(local.weekday).toBe(7);
            expect(isQuietMinute(local.hour * 60 + local.minute, quiet)).toBe(false);
          }
          expect(due, `${zone} :${minute} week ${week} ${time}`).toBe(1);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe("sendDigests, run every hour", () => {
  it("sends each owner one digest in their own Sunday 18:00 hour", async () => {
    const world = createWorld("2026-11-23T10:00:00-06:00");
    const berlin = "lena@example.de";
    const deps = { ...world.deps, config: { ...world.deps.config, owners: [OWNER, berlin] } };
    await world.forward({ start: "2026-12-02T13:00:00-06:00" });
    await world.store.saveProfile({
      ownerId: berlin,
      status: "confirmed",
      settings: { timeZone: "Europe/Berlin", country: "DE" },
      expiresAt: null,
      revision: 1,
    });
    const berlinWorld = { ...world.deps, config: deps.config };
    const record = (await world.store.listByOwner(OWNER))[0];
    if (!record) throw new Error("no interview");
    await world.store.save({ ...record, ownerId: berlin, revision: 1 });

    const sentAt: Array<{ to: string; local: string }> = [];
    let clock = DateTime.fromISO("2026-11-23T00:00:00Z");
    const hourly = { ...berlinWorld, clock: { now: () => clock } };
    for (let hour = 0; hour < 7 * 24; hour++) {
      clock = DateTime.fromISO("2026-11-23T12:00:00Z").plus({ hours: hour });
      const before = world.mailer.sent.length;
      await sendDigests(hourly);
      for (const email of world.mailer.sent.slice(before)) {
        const zone = email.to === berlin ? "Europe/Berlin" : "America/Chicago";
        sentAt.push({ to: email.to, local: clock.setZone(zone).toFormat("ccc HH:mm") });
      }
    }
    expect(sentAt).toEqual([
      { to: berlin, local: "Sun 18:00" },
      { to: OWNER, local: "Sun 18:00" },
    ]);
  });

  it("counts in its response figures only interviews already held", async () => {
    const world = createWorld("2026-11-23T10:00:00-06:00");
    const heldRound = await world.forward({ start: "2026-11-20T13:00:00-06:00", company: "Acme" });
    await world.forward({ start: "2026-12-02T13:00:00-06:00", company: "Lumen" });
    await world.store.save({
      ...heldRound,
      log: { outcome: "heard-back" },
      revision: heldRound.revision + 1,
    });
    const facts = digestFacts(await world.store.listByOwner(OWNER), world.deps.config.policy, world.now());
    expect(facts).toMatchObject({ applications: 1, answered: 1, interviewedThisWeek: 1 });
    expect(facts.open.map((summary) => summary.company)).toEqual(["Lumen"]);
  });
});
