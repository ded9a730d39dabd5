/**
 * Late is better than rude (issue 24 part 8), in local mode: prompts that fell due while it was
 * stopped do not go out in the night when it starts again; they wait for the end of quiet hours
 * and speak of the interview as of that day. The reminder function schedules them again itself,
 * with the permissions the stack gives it (the test app fails on any call AWS would deny).
 */
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { DateTime } from "luxon";
import { describe, expect, it } from "vitest";
import { startLocalApp } from "../../local/app";
import { TravelClock } from "../../local/clock";
import { deliver, inbox, OWNER } from "../support/local-app";

const ZONE = "America/Chicago";
/** Acme Robotics, Wed Dec 2 2026 1pm–2pm Chicago: prep 11:00, thank-you 15:00 that day. */
const invite = readFileSync(
  join(import.meta.dirname, "../fixtures/mail/google-calendar-forwarded-gmail.eml"),
);

describe("local mode started again in the night", () => {
  it("sends the overdue thank-you at 08:00, saying “yesterday”, and no prep after the interview", async () => {
    const dataDir = mkdtempSync(join(tmpdir(), "followup-late-"));
    let frozen = DateTime.fromISO("2026-12-01T10:00:00", { zone: ZONE }).toMillis();
    const start = () =>
      startLocalApp({ dataDir, owners: [OWNER], timeZone: ZONE, clock: new TravelClock(() => frozen) });
    const first = await start();
    await deliver(first, invite);
    await first.stop();

    // Stopped from Tuesday 10:00 until Thursday 02:10.
    frozen = DateTime.fromISO("2026-12-03T02:10:00", { zone: ZONE }).toMillis();
    const second = await start();
    try {
      const sentBefore = (await inbox(second)).length;
      await second.advance({ by: { minutes: 5 } });
      expect((await inbox(second)).length).toBe(sentBefore);

      await second.advance({ at: DateTime.fromISO("2026-12-03T08:30:00", { zone: ZONE }) });

      const sent = (await inbox(second)).slice(sentBefore);
      expect(sent.map((email) => email.subject)).toEqual(["Send your thank-you to Acme Robotics today"]);
      expect(sent[0]?.body.text).toContain("talk with me yesterday");
    } finally {
      await second.stop();
    }
    expect(second.cloud.denials()).toEqual([]);
  }, 60_000);
});
