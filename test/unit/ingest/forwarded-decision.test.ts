/**
 * A forwarded rejection or offer closes the open application it names, with the emails of the
 * reply commands; a decision about a company with nothing open is answered as before.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readMail } from "../../../lambdas/domain/ingest";
import { interviewSchedulePrefix } from "../../../lambdas/domain/schedule-name";
import { applyForward } from "../../../lambdas/use-cases/forward/apply-forward";
import { createWorld, OWNER } from "../conversation/world";

const FIXTURES = join(import.meta.dirname, "../../fixtures/mail");

async function forward(world: ReturnType<typeof createWorld>, file: string, storageKey = `raw/${file}`) {
  const mail = await readMail(readFileSync(join(FIXTURES, file)));
  const before = world.mailer.sent.length;
  const outcome = await applyForward({ mail, ownerId: OWNER, storageKey }, world.deps);
  return { outcome, emails: world.mailer.sent.slice(before) };
}

describe("a forwarded decision", () => {
  it("a rejection closes every open round of that company's application, with the reply's email", async () => {
    // Prepare: two rounds at Wingtip, one at another company.
    const world = createWorld("2026-12-14T12:00:00-06:00");
    const first = await world.forward({ start: "2026-12-02T10:00:00-06:00", company: "Wingtip" });
    const onsite = await world.forward({ start: "2026-12-09T11:00:00-08:00", company: "Wingtip" });
    const other = await world.forward({ start: "2026-12-16T10:00:00-06:00", company: "Fabrikam" });

    // Act
    const { outcome, emails } = await forward(world, "rejection-greenhouse-after-onsite.eml");

    // Assess
    expect(outcome).toEqual({ action: "answered", detail: "rejected", emailed: true });
    for (const id of [first.interviewId, onsite.interviewId]) {
      const record = await world.record(id);
      expect(record.status).toBe("closed");
      expect(record.log.outcome).toBe("rejected");
      expect(record.planned).toEqual([]);
    }
    expect((await world.record(other.interviewId)).status).toBe("active");
    expect(emails).toHaveLength(1);
    expect(emails[0]?.subject).toMatch(/^Sorry about Wingtip/);
    // Only the other application's prompts are still scheduled.
    const open = [...world.scheduler.schedules.keys()].sort();
    const prefix = interviewSchedulePrefix(OWNER, other.interviewId);
    expect(open.length).toBeGreaterThan(0);
    expect(open.every((name) => name.startsWith(prefix))).toBe(true);
  });

  it("an offer closes the application with the congratulations email", async () => {
    const world = createWorld("2026-12-18T16:00:00+01:00");
    const round = await world.forward({ start: "2026-12-10T09:30:00+01:00", company: "Canalworks" });
    const { outcome, emails } = await forward(world, "offer-letter-attached.eml");
    expect(outcome).toEqual({ action: "answered", detail: "offer", emailed: true });
    expect((await world.record(round.interviewId)).log.outcome).toBe("offer");
    expect(emails[0]?.subject).toMatch(/^Congratulations on the offer/);
  });

  it("a redelivered forward changes nothing more and sends nothing twice", async () => {
    const world = createWorld("2026-12-14T12:00:00-06:00");
    await world.forward({ start: "2026-12-09T11:00:00-08:00", company: "Wingtip" });
    await forward(world, "rejection-greenhouse-after-onsite.eml");
    const again = await forward(world, "rejection-greenhouse-after-onsite.eml");
    expect(again.outcome).toEqual({ action: "answered", detail: "rejected", emailed: false });
    expect(again.emails).toHaveLength(0);
  });

  it("a decision about a company with nothing open is answered as not an interview", async () => {
    const world = createWorld("2026-12-14T12:00:00-06:00");
    const round = await world.forward({ start: "2026-12-16T10:00:00-06:00", company: "Fabrikam" });
    const { outcome, emails } = await forward(world, "rejection-greenhouse-after-onsite.eml");
    expect(outcome).toEqual({ action: "answered", detail: "not-an-interview", emailed: true });
    expect(emails).toHaveLength(1);
    expect((await world.record(round.interviewId)).status).toBe("active");
  });
});
