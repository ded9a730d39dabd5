/**
 * The partial-fault matrix for the weekly digest, which works for every user at once: each run
 * gets its own deployment with two users, one fault at one call of the digest, then Lambda's
 * retries; each user has exactly one digest for the week and nothing is dead-lettered.
 * The two users' forwards go through the inbound function once; every run's deployment starts
 * from a copy of that deployment's data, as a restart would (test/integration/restart.test.ts),
 * instead of forwarding again: the same state, without a cold start of the inbound function and
 * two forwards per run.
 */
import { cpSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { DateTime } from "luxon";
import { beforeAll, describe, expect, it } from "vitest";
import { type LocalApp, startLocalApp } from "../../local/app";
import { TravelClock } from "../../local/clock";
import { confirmedUser, emailsTo, forward, type MatrixContext } from "../support/fault-matrix";
import { faultPoints } from "../support/fault-points";

const DOMAIN = "digest.example";
const isDigest = (subject: string) => subject.startsWith("Your week");

function start(dataDir: string): Promise<LocalApp> {
  const frozen = DateTime.fromISO("2026-11-29T18:00:00", { zone: "America/Chicago" }).toMillis();
  return startLocalApp({
    dataDir,
    owners: [],
    allowedDomains: [DOMAIN],
    timeZone: "America/Chicago",
    clock: new TravelClock(() => frozen),
  });
}

const usersOf = (app: LocalApp): MatrixContext[] =>
  [1, 2].map((index) => ({ app, owner: `user${index}@${DOMAIN}`, index }));

/** The data of a stopped deployment where two confirmed users have forwarded an invite each. */
async function prepared(): Promise<string> {
  const dataDir = mkdtempSync(join(tmpdir(), "followup-digest-prepared-"));
  const app = await start(dataDir);
  for (const user of usersOf(app)) {
    await confirmedUser(app, user.owner);
    await forward(user);
  }
  await app.stop();
  return dataDir;
}

/** A deployment of its own on a copy of the prepared data; its functions start cold. */
async function deployment(from: string): Promise<{ app: LocalApp; users: MatrixContext[] }> {
  const dataDir = mkdtempSync(join(tmpdir(), "followup-digest-matrix-"));
  cpSync(from, dataDir, { recursive: true });
  const app = await start(dataDir);
  return { app, users: usersOf(app) };
}

/** The digest as its weekly schedule invokes it: an asynchronous invocation with the schedule's payload. */
const runDigest = (app: LocalApp) => app.cloud.runtime.invokeAsync(app.cloud.functions.Digest?.arn ?? "", {});

describe("the partial-fault matrix: weekly digest", () => {
  let data: string;
  beforeAll(async () => {
    data = await prepared();
  });

  it("every single fault heals with retries: one digest per user, none lost, nothing dead-lettered", async () => {
    const probe = await deployment(data);
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
      const { app, users } = await deployment(data);
      const fault = `${point.when} call ${point.position}/${calls.length} (${point.service}:${point.operation})`;
      app.cloud.faults.inject(point);
      await runDigest(app);
      app.cloud.faults.inject(null);
      if (app.cloud.faults.struck()) injected++;
      for (const user of users) {
        const digests = (await emailsTo(app, user.owner)).filter((email) => isDigest(email.subject)).length;
        // A crash right after SES accepted an email is the one window where a retry sends it again.
        if (digests === 2 && point.when === "after" && point.service === "ses") knownDuplicates++;
        else if (digests !== 1) problems.push(`${fault}: ${user.owner} got ${digests} digests`);
      }
      if (app.cloud.deadLetters().length > 0) problems.push(`${fault}: an event is in a dead-letter queue`);
      await app.stop();
    }
    process.stdout.write(
      `\nfault matrix, digest: ${injected} faults injected, ${problems.length} violations, ${knownDuplicates} duplicate(s) from a crash right after SES accepted\n`,
    );
    expect(injected).toBeGreaterThan(10);
    expect(problems).toEqual([]);
  }, 900_000);
});
