/**
 * Fault injection against the real stand-ins: DynamoDB or SES goes away mid-run. Every forward
 * ends either stored (and answered) or visible in the dead-letter list with its raw mail kept,
 * and `redrive` finishes the job once the service is back. None vanish.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { GetObjectCommand } from "@aws-sdk/client-s3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { LocalApp } from "../../local/app";
import { deliver, inbox, startTestApp } from "../support/local-app";

const fixture = (name: string) => readFileSync(join(import.meta.dirname, "../fixtures/mail", name));

describe("faults", () => {
  let app: LocalApp;
  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(async () => {
    await app.stop();
  });

  it("DynamoDB down: SES accepts the forward, the function fails its attempts, the event is dead-lettered with its raw mail kept, and redriven later", async () => {
    await app.cloud.faults.stop("dynamodb");
    await deliver(app, fixture("zoom-utc-apple-mail-forward.eml"));
    await deliver(app, fixture("calendly-intro-call.eml"));
    const letters = app.deadLetters();
    expect(letters).toHaveLength(2);
    for (const letter of letters) {
      const stored = await app.cloud.clients.s3.send(
        new GetObjectCommand({ Bucket: app.cloud.bucket, Key: letter.storageKey }),
      );
      expect((await stored.Body?.transformToString())?.length).toBeGreaterThan(100);
    }
    expect(await inbox(app)).toHaveLength(0);

    await app.cloud.faults.start("dynamodb");
    expect(await app.redrive()).toEqual({ redriven: 2, remaining: 0 });
    expect((await inbox(app)).map((email) => email.subject).sort()).toEqual([
      "Got it: interview with Northwind Traders (Account Executive) — here is your plan",
      "Got it: interview with Tailspin Toys (Frontend Developer) — here is your plan",
    ]);
  }, 60_000);

  it("SES down after the interview was stored: redrive sends the one missing confirmation, not a duplicate", async () => {
    await app.cloud.faults.stop("ses");
    await deliver(app, fixture("greenhouse-onsite.eml"));
    expect(app.deadLetters()).toHaveLength(1);
    await app.cloud.faults.start("ses");
    expect(await app.redrive()).toEqual({ redriven: 1, remaining: 0 });
    expect(await app.redrive()).toEqual({ redriven: 0, remaining: 0 });
    const confirmations = (await inbox(app)).filter((email) => email.subject.includes("Wingtip"));
    expect(confirmations).toHaveLength(1);
  }, 60_000);
});
