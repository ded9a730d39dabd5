/**
 * The partial-fault matrix for the weekly digest, which works for every user at once: each run
 * gets its own deployment with two users, one fault at one call of the digest, then Lambda's
 * retries; each user has exactly one digest for the week and nothing is dead-lettered.
 */
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { DateTime } from "luxon";
import { describe, expect, it } from "vitest";
import { type LocalApp, startLocalApp } from "../../local/app";
import { TravelClock } from "../../local/clock";
import type { Fault } from "../../local/cloud/gateway";
import { confirmedUser, emailsTo, faultPoints, forward, type MatrixContext } from "../support/fault-matrix";

const DOMAIN = "digest.example";
const isDigest = (subject: string) => subject.startsWith("Your week");

async function deployment(): Promise<{ app: LocalApp; users: MatrixContext[] }> {
  const frozen = DateTime.fromISO("2026-11-29T18:00:00", { zone: "America/Chicago" }).toMillis();
  const app = await startLocalApp({
    dataDir: mkdtempSync(join(tmpdir(), "followup-digest-matrix-")),
    owners: [],
    allowedDomains: [DOMAIN],
    timeZone: "America/Chicago",
    clock: new TravelClock(() => frozen),
  });
  const users = [1, 2].map((index) => ({ app, owner: `user${index}@${DOMAIN}`, index }));
  for (const user of users) {
    await confirmedUser(app, user.owner);
    await forward(user);
  }
  await app.cloud.runtime.recycle();
  return { app, users };
}

/** The digest as its weekly schedule invokes it: an asynchronous invocation with the schedule's payload. */
const runDigest = (app: LocalApp) => app.cloud.runtime.invokeAsync(app.cloud.functions.Digest?.arn ?? "", {});

describe("the partial-fault matrix: weekly digest", () => {
  it("every single fault heals with retries: one digest per user, none lost, nothing dead-lettered", async () => {
    const probe = await deployment();
    const before = probe.app.cloud.calls().length;
    await runDigest(probe.app);
    const calls = probe.app.cloud.calls().slice(before);
    for (const user of probe.users) {
      expect((await emailsTo(probe.app, user.owner)).filter((email) => isDigest(email.subject))).toHaveLength(
        1,
      );
    }
    await probe.app.stop();

    const problems: string[] = [];
    let injected = 0;
    let knownDuplicates = 0;
    for (const point of faultPoints(calls)) {
      for (const when of ["before", "after"] satisfies Fault[]) {
        const { app, users } = await deployment();
        const fault = `${when} call ${point.position}/${calls.length} (${point.service}:${point.operation})`;
        app.cloud.faults.inject({ ...point, when });
        await runDigest(app);
        app.cloud.faults.inject(null);
        if (app.cloud.faults.struck()) injected++;
        for (const user of users) {
          const digests = (await emailsTo(app, user.owner)).filter((email) => isDigest(email.subject)).length;
          // A crash right after SES accepted an email is the one window where a retry sends it again.
          if (digests === 2 && when === "after" && point.service === "ses") knownDuplicates++;
          else if (digests !== 1) problems.push(`${fault}: ${user.owner} got ${digests} digests`);
        }
        if (app.cloud.deadLetters().length > 0) problems.push(`${fault}: an event is in a dead-letter queue`);
        await app.stop();
      }
    }
    process.stdout.write(
      `\nfault matrix, digest: ${injected} faults injected, ${problems.length} violations, ${knownDuplicates} duplicate(s) from a crash right after SES accepted\n`,
    );
    expect(injected).toBeGreaterThan(10);
    expect(problems).toEqual([]);
  }, 300_000);
});
