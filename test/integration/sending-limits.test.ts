/**
 * Prompts and digests under SES's sandbox limits (1 email a second, 200 a day), enforced by the
 * SES stand-in as SES enforces them: several owners' prompts and digests fall due at the same
 * instant, so their sends collide. Every one must arrive, none twice, nothing dead-lettered.
 * Over a small daily quota, what SES refuses is held and arrives hours later, when the rolling
 * 24-hour window allows: prompts and digests, and the answer to a command, however often its mail
 * was delivered.
 */
import { DateTime } from "luxon";
import { afterEach, describe, expect, it } from "vitest";
import type { LocalApp } from "../../local/app";
import { SANDBOX_LIMITS } from "../../local/cloud/ses-outbound";
import { deliver, inbox, startTestApp } from "../support/local-app";

const OWNERS = ["ana@example.com", "ben@example.com", "cy@example.com"];
/** Wednesday Nov 25 2026, 9:00 in Chicago: every owner's interview, so their prompts coincide. */
const INTERVIEW = DateTime.fromISO("2026-11-25T15:00:00Z");

function invite(owner: string, index: number, interview = INTERVIEW): string {
  const stamp = (value: DateTime) => value.toUTC().toFormat("yyyyMMdd'T'HHmmss'Z'");
  return [
    `From: ${owner}`,
    "To: followup@followup.localhost",
    `Subject: Fwd: Interview with Company ${index}`,
    `Message-ID: <limits-${index}@mail.gmail.com>`,
    "Date: Mon, 23 Nov 2026 08:15:00 -0600",
    'Content-Type: text/calendar; charset="UTF-8"; method=REQUEST',
    "",
    "BEGIN:VCALENDAR",
    "METHOD:REQUEST",
    "BEGIN:VEVENT",
    `UID:limits-${index}@example.com`,
    `DTSTART:${stamp(interview)}`,
    `DTEND:${stamp(interview.plus({ hours: 1 }))}`,
    `SUMMARY:Interview: Engineer at Company${index}`,
    `ORGANIZER;CN=Recruiter:mailto:recruiter@company${index}.com`,
    "END:VEVENT",
    "END:VCALENDAR",
    "",
  ].join("\r\n");
}

/** A plain "status" command from the owner to our address; the same Message-ID each time it is sent. */
function statusCommand(owner: string): string {
  return [
    `From: ${owner}`,
    "To: followup@followup.localhost",
    "Subject: status",
    "Message-ID: <limits-status@mail.gmail.com>",
    "Date: Mon, 23 Nov 2026 08:20:00 -0600",
    "Content-Type: text/plain; charset=utf-8",
    "",
    "status",
    "",
  ].join("\r\n");
}

/** Each email as "owner: subject", and the lines that arrived more than once. */
async function received(current: LocalApp) {
  const lines = (await inbox(current)).map((email) => `${email.destination.to.join(",")}: ${email.subject}`);
  const counts = new Map<string, number>();
  for (const line of lines) counts.set(line, (counts.get(line) ?? 0) + 1);
  return { lines, twice: [...counts].filter(([, count]) => count > 1) };
}

let app: LocalApp | null = null;
afterEach(async () => {
  await app?.stop();
  app = null;
});

describe("sending within SES's sandbox limits", () => {
  it("delivers every owner's confirmation, prompts and digest exactly once when their sends collide", async () => {
    app = await startTestApp("2026-11-23T14:00:00Z", OWNERS, [], { sendingLimits: SANDBOX_LIMITS });
    for (const [index, owner] of OWNERS.entries()) await deliver(app, invite(owner, index), { from: owner });

    // Through the evening-before prep, the thank-you and Sunday's digest.
    await app.advance({ at: DateTime.fromISO("2026-11-29T19:00:00-06:00") });

    const { lines, twice } = await received(app);
    expect(twice).toEqual([]);
    for (const [index, owner] of OWNERS.entries()) {
      const own = lines.filter((line) => line.startsWith(`${owner}:`));
      expect({
        owner,
        kinds: own.length,
        company: own.filter((line) => line.includes(`Company ${index}`) || line.includes(`Company${index}`))
          .length,
      }).toEqual({
        owner,
        kinds: 4,
        company: 3,
      });
    }
    // The limits bit: sends were refused and had to be tried again.
    expect(app.cloud.ses.refusals()).toBeGreaterThan(0);
    expect(app.deadLetters()).toEqual([]);
    expect(app.cloud.deadLetters()).toEqual([]);
    expect(app.cloud.scheduler.deadLetters()).toEqual([]);
  }, 120_000);

  it("holds what a small daily quota refuses, and delivers every digest and prompt once when the window allows", async () => {
    // Prepare: 4 emails a day for three owners; Sunday 14:00 in Chicago, interviews on Wednesday.
    app = await startTestApp("2026-11-29T20:00:00Z", OWNERS, [], {
      sendingLimits: { maxSendRate: 1, max24HourSend: 4 },
    });
    const wednesday = DateTime.fromISO("2026-12-02T15:00:00Z");
    for (const [index, owner] of OWNERS.entries())
      await deliver(app, invite(owner, index, wednesday), { from: owner });

    // Act: Sunday's digests (one fits the quota), then the prep and thank-you prompts of all three.
    await app.advance({ at: DateTime.fromISO("2026-11-29T19:30:00-06:00") });
    const sundayEvening = (await received(app)).lines.length;
    await app.advance({ at: DateTime.fromISO("2026-12-04T12:00:00-06:00") });

    // Assess: each owner's confirmation, digest, prep and thank-you arrived, once; some late.
    const { lines, twice } = await received(app);
    expect(twice).toEqual([]);
    for (const owner of OWNERS) {
      expect(
        lines.filter((line) => line.startsWith(`${owner}:`)).map((line) => line.split(":")[1]?.trim()),
      ).toEqual([
        expect.stringMatching(/^Got it/),
        expect.stringMatching(/^Your week/),
        expect.stringMatching(/soon/),
        expect.stringMatching(/thank-you/),
      ]);
    }
    expect(sundayEvening).toBe(4);
    expect(app.cloud.ses.refusals()).toBeGreaterThan(0);
    expect(app.deadLetters()).toEqual([]);
    expect(app.cloud.deadLetters()).toEqual([]);
    expect(app.cloud.scheduler.deadLetters()).toEqual([]);
  }, 180_000);

  it("holds a command's answer the daily quota refuses, and delivers it once when the window allows, though its mail came twice", async () => {
    // Prepare: 1 email a day; the invite's confirmation uses it; the interview is weeks away.
    const [owner = ""] = OWNERS;
    app = await startTestApp("2026-11-23T14:00:00Z", [owner], [], {
      sendingLimits: { maxSendRate: 1, max24HourSend: 1 },
    });
    await deliver(app, invite(owner, 0, DateTime.fromISO("2026-12-16T15:00:00Z")), { from: owner });

    // Act: "status", refused; the sender sends it again; then the window rolls over.
    await deliver(app, statusCommand(owner), { from: owner });
    await deliver(app, statusCommand(owner), { from: owner });
    const thatDay = (await received(app)).lines;
    await app.advance({ at: DateTime.fromISO("2026-11-25T12:00:00Z") });

    // Assess
    const { lines, twice } = await received(app);
    expect(thatDay).toEqual([expect.stringMatching(/: Got it/)]);
    expect(twice).toEqual([]);
    expect(lines.map((line) => line.split(": ")[1])).toEqual([
      expect.stringMatching(/^Got it/),
      expect.stringMatching(/^Status/),
    ]);
    expect(app.cloud.ses.refusals()).toBeGreaterThan(0);
    expect(app.deadLetters()).toEqual([]);
    expect(app.cloud.deadLetters()).toEqual([]);
    expect(app.cloud.scheduler.deadLetters()).toEqual([]);
  }, 180_000);
});
