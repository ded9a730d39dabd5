/**
 * The ingest budget leaves about 0.1 ms per English mail (issue 20): chrono's parser, which costs
 * about 0.75 ms per KB, runs on no English invitation our own readers date, whatever its day,
 * hour, people and phrasing; an invitation in another language is what it is for.
 */
import fc from "fast-check";
import { DateTime } from "luxon";
import { describe, expect, it } from "vitest";
import { ingest } from "../../../lambdas/domain/ingest";
import { chronoRuns } from "../../../lambdas/domain/language/dates";
import { gmailForward } from "../../support/gmail-forward";

const NOW = DateTime.fromISO("2026-11-23T12:00:00-06:00");
const FIRST = ["Priya", "Marcus", "Elena", "Tom", "Aisha"] as const;
const LAST = ["Patel", "Okafor", "Lindqvist", "Brennan", "Haddad"] as const;
const COMPANIES = ["Copperline", "Northwind Labs", "Acme Robotics", "Bluefin Health"] as const;

function forward(subject: string, body: string): string {
  return gmailForward({
    from: "Sam Harper <sam.harper@example-employer.com>",
    subject,
    body,
    offset: "-0600",
  });
}

const invitation = fc.record({
  day: fc.integer({ min: 0, max: 40 }),
  hour: fc.integer({ min: 8, max: 17 }),
  minute: fc.constantFrom(0, 15, 30, 45),
  first: fc.constantFrom(...FIRST),
  last: fc.constantFrom(...LAST),
  company: fc.constantFrom(...COMPANIES),
  zone: fc.constantFrom("CT", "ET", "PT", "Central Time", ""),
  phrasing: fc.constantFrom(
    (when: string, person: string) => `Your interview is scheduled for ${when}. You'll meet ${person}.`,
    (when: string, person: string) => `We'd like to invite you to a video call with ${person} on ${when}.`,
    (when: string, person: string) => `Interviewers: ${person}\nWhen: ${when}\nAllow about 45 minutes.`,
  ),
});

describe("chrono's budget on English invitations (fast-check)", () => {
  it("runs chrono on no English invitation our readers date", async () => {
    await fc.assert(
      fc.asyncProperty(invitation, async (mail) => {
        // Prepare
        const day = NOW.plus({ days: 2 + mail.day }).set({ hour: mail.hour, minute: mail.minute });
        const when = `${day.toFormat("cccc, LLLL d")} at ${day.toFormat("h:mm a")} ${mail.zone}`;
        const body = `Hi Jordan,\n\n${mail.phrasing(when.trim(), `${mail.first} ${mail.last}`)}\n\nBest regards,\nSam Harper\n${mail.company}`;
        const before = chronoRuns();
        // Act
        const result = await ingest(forward(`Interview with ${mail.company}`, body), {
          now: NOW,
          ownerAddresses: ["jordan.lee@gmail.com"],
          defaultZone: "America/Chicago",
        });
        // Assess
        expect(result.interview.start).not.toBeNull();
        expect(chronoRuns()).toBe(before);
      }),
      { numRuns: 60 },
    );
  });

  it("runs chrono on an invitation in another language", async () => {
    // Prepare
    const body =
      "Hallo Jordan,\n\nwir laden Sie herzlich zu einem Vorstellungsgespräch am Dienstag, 8. Dezember 2026, um 14:00 Uhr ein.\n\nViele Grüße\nSam Harper";
    const before = chronoRuns();
    // Act
    const result = await ingest(forward("Einladung zum Vorstellungsgespräch", body), {
      now: NOW,
      ownerAddresses: ["jordan.lee@gmail.com"],
      defaultZone: "Europe/Berlin",
    });
    // Assess
    expect(result.interview.start).toBe("2026-12-08T14:00:00+01:00");
    expect(chronoRuns()).toBeGreaterThan(before);
  });
});
