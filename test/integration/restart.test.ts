/**
 * Local mode keeps its promise: schedules, the inbox, the signing secret, the clock and failed
 * events live in the data folder, so after Ctrl-C and `npm start` pending prompts still fire and
 * old emails can still be replied to.
 */
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { DateTime } from "luxon";
import { describe, expect, it, vi } from "vitest";
import { startLocalApp } from "../../local/app";
import { TravelClock } from "../../local/clock";
import { DamagedStateFileError } from "../../local/standins/state-file";
import { deliver, inbox, OWNER, replyTo } from "../support/local-app";

const invite = readFileSync(
  join(import.meta.dirname, "../fixtures/mail/google-calendar-forwarded-gmail.eml"),
);

const secondInvite = readFileSync(
  join(import.meta.dirname, "../fixtures/mail/zoom-utc-apple-mail-forward.eml"),
);

describe("a restart of local mode", () => {
  it("keeps the web inbox as it was left: emptied there, it stays empty of what was cleared", async () => {
    const dataDir = mkdtempSync(join(tmpdir(), "followup-restart-"));
    const start = () => startLocalApp({ dataDir, owners: [OWNER], timeZone: "America/Chicago" });
    const first = await start();
    try {
      await deliver(first, invite);
      expect(await inbox(first)).toHaveLength(1);
      const cleared = await fetch(`${first.sesUrl}/clear-store`, { method: "POST" });
      expect(cleared.ok).toBe(true);
      await deliver(first, secondInvite);
    } finally {
      await first.stop();
    }
    const second = await start();
    try {
      expect((await inbox(second)).map((email) => email.subject)).toEqual([
        expect.stringContaining("Northwind Traders"),
      ]);
    } finally {
      await second.stop();
    }
  });

  it("loses nothing: pending prompts fire, the time travelled stays, old emails can be replied to", async () => {
    const dataDir = mkdtempSync(join(tmpdir(), "followup-restart-"));
    const frozen = DateTime.fromISO("2026-11-23T14:00:00Z").toMillis();
    const start = () =>
      startLocalApp({
        dataDir,
        owners: [OWNER],
        timeZone: "America/Chicago",
        clock: new TravelClock(() => frozen),
      });

    const first = await start();
    await deliver(first, invite);
    await first.advance({ by: { days: 1 } });
    const pendingBefore = first.cloud.scheduler
      .pending()
      .map((schedule) => schedule.name)
      .sort();
    expect(pendingBefore.length).toBeGreaterThan(0);
    await first.stop();

    const second = await start();
    try {
      expect(second.clock.now().toMillis()).toBe(DateTime.fromMillis(frozen).plus({ days: 1 }).toMillis());
      expect(
        second.cloud.scheduler
          .pending()
          .map((schedule) => schedule.name)
          .sort(),
      ).toEqual(pendingBefore);
      const [confirmation] = await inbox(second);
      expect(confirmation?.subject).toContain("Acme Robotics");

      await replyTo(second, confirmation as never, "they said Friday");
      const answer = (await inbox(second)).at(-1);
      expect(answer?.subject).not.toMatch(/didn't understand|could not/i);
      expect(answer?.body.text).toMatch(/Friday|Dec/);

      const fired = await second.advance({ by: { days: 9 } });
      expect(fired).toBeGreaterThan(0);
      expect((await inbox(second)).length).toBeGreaterThan(2);
      expect(second.cloud.denials()).toEqual([]);
    } finally {
      await second.stop();
    }
  });

  it("after a crash mid-write keeps the intact rest of its journals and says what it lost, file and line", async () => {
    const dataDir = mkdtempSync(join(tmpdir(), "followup-restart-"));
    const start = () => startLocalApp({ dataDir, owners: [OWNER], timeZone: "America/Chicago" });
    const first = await start();
    await deliver(first, invite);
    await deliver(first, secondInvite);
    const pending = first.cloud.scheduler.pending().length;
    await first.stop();
    // The inbox's last email half written (a crash during the append); a schedule line damaged.
    const inboxFile = join(dataDir, "ses-inbox.jsonl");
    const inboxText = readFileSync(inboxFile, "utf8");
    writeFileSync(inboxFile, inboxText.slice(0, inboxText.length - 40));
    const schedulesFile = join(dataDir, "schedules.jsonl");
    writeFileSync(schedulesFile, `{ damaged\n${readFileSync(schedulesFile, "utf8")}`);

    // What it lost is printed for the person restarting: held here, and checked below.
    const printed: string[] = [];
    const spy = vi.spyOn(console, "error").mockImplementation((line) => printed.push(String(line)));
    const second = await start().finally(() => spy.mockRestore());
    try {
      expect(printed).toEqual([
        expect.stringMatching(/^local state: .*ses-inbox\.jsonl:2: /),
        expect.stringMatching(/^local state: .*schedules\.jsonl:1: /),
      ]);
      expect((await inbox(second)).map((email) => email.subject)).toEqual([
        expect.stringContaining("Acme Robotics"),
      ]);
      expect(second.cloud.scheduler.pending()).toHaveLength(pending);
      expect(second.cloud.damage()).toEqual([
        expect.stringContaining(`${inboxFile}:2: the last entry was cut short by a crash`),
        expect.stringContaining(`${schedulesFile}:1: not a journal entry`),
      ]);
    } finally {
      await second.stop();
    }
  });

  it("names a truncated dead-letter file instead of failing with a bare SyntaxError", async () => {
    const dataDir = mkdtempSync(join(tmpdir(), "followup-restart-"));
    const deadLetterFile = join(dataDir, "dead-letters.json");
    writeFileSync(deadLetterFile, '[{"queueArn": "arn:aws:sqs:us-east-1:000000000000:dlq", "rec');

    const starting = startLocalApp({ dataDir, owners: [OWNER], timeZone: "America/Chicago" });

    await expect(starting).rejects.toThrow(DamagedStateFileError);
    await expect(starting).rejects.toThrow(`${deadLetterFile} cannot be read`);
  });
});
