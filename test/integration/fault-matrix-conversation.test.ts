/**
 * A long conversation through the local deployment, then a redrive of every one of its
 * replies (as `followup redrive` would send back a dead-letter queue holding them): every reply is
 * applied and answered once, nothing is applied or sent again, the round stays far below
 * DynamoDB's item limit, and its schedules follow its plan.
 */
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { DateTime } from "luxon";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { interviewItem } from "../../lambdas/adapters/dynamo-interview-store";
import { itemSize, MAX_ITEM_BYTES } from "../../lambdas/adapters/dynamo-item-size";
import { readMail } from "../../lambdas/domain/ingest";
import { MAX_LOGGED, MAX_RAW_MAIL_KEYS } from "../../lambdas/domain/interview/bounds";
import { KEPT_KEYS, MAX_UNDO } from "../../lambdas/domain/interview/record";
import { messageKeyOf } from "../../lambdas/use-cases/steps/answer-once";
import { type LocalApp, startLocalApp } from "../../local/app";
import { TravelClock } from "../../local/clock";
import {
  emailsTo,
  forward,
  latestTo,
  type MatrixContext,
  schedulesMatchPlans,
  store,
} from "../support/fault-matrix";
import { replyTo } from "../support/local-app";

const OWNER = "seeker@matrix.example";
/**
 * Five times the longest list a round keeps (the Message-IDs it remembers, its raw mail keys, its
 * undo stack, its logged events): every list fills and turns over several times, and most of the
 * redriven replies are older than any key the round still holds, so only their APPLIED# items stop
 * them. More replies repeat the same turnover (500 took 100–150 s); the record's size over any
 * sequence of mail is record-size.test.ts's property.
 */
const REPLIES = 5 * Math.max(KEPT_KEYS, MAX_RAW_MAIL_KEYS, MAX_UNDO, MAX_LOGGED);
/** What the user writes, in turn: changes of every kind, and taking them back. */
const WORDS = [
  (index: number) => `role Engineer ${index}`,
  () => "they said Friday",
  () => "followed up today",
  (index: number) => `add interviewer Person ${index}`,
  () => "undo",
  () => "sent the thank-you",
  () => "snooze 3 days",
];
/** Replies an hour: well within the hourly send budget, so every answer goes out at once. */
const PER_HOUR = 10;

let app: LocalApp;
beforeAll(async () => {
  const start = DateTime.fromISO("2026-11-23T14:00:00Z").toMillis();
  app = await startLocalApp({
    dataDir: mkdtempSync(join(tmpdir(), "followup-conversation-")),
    owners: [OWNER],
    timeZone: "America/Chicago",
    clock: new TravelClock(() => start),
  });
});
afterAll(async () => {
  await app.stop();
});

/** The message key the inbound flow gives a reply with this Message-ID. */
async function keyOf(messageId: string): Promise<string> {
  const mail = await readMail(new TextEncoder().encode(`Message-ID: ${messageId}\r\n\r\nx\r\n`));
  return messageKeyOf(mail, "");
}

describe(`a ${REPLIES}-reply conversation`, () => {
  it("answers every reply once, and a redrive of all of them applies and sends nothing again", async () => {
    // Prepare
    const context: MatrixContext = { app, owner: OWNER, index: 1 };
    await forward(context);
    const confirmation = await latestTo(app, OWNER, /^Got it/);
    const invocations: Array<{ arn: string; event: unknown }> = [];
    const runtime = app.cloud.runtime;
    const invoke = runtime.invokeAsync.bind(runtime);
    runtime.invokeAsync = (arn, event) => {
      invocations.push({ arn, event });
      return invoke(arn, event);
    };
    // Act: the conversation
    for (let index = 0; index < REPLIES; index++) {
      const words = WORDS[index % WORDS.length]?.(index) ?? "";
      await replyTo(app, confirmation, words, OWNER, `<conversation-${index}@mail.example>`);
      if (index % PER_HOUR === PER_HOUR - 1) await app.advance({ by: { hours: 1 } });
    }
    runtime.invokeAsync = invoke;
    const [round] = await store(app).listByOwner(OWNER);
    if (!round) throw new Error("the round is gone");
    const emails = (await emailsTo(app, OWNER)).length;
    // Act: the redrive of every reply (and of every prompt that fired meanwhile)
    for (const { arn, event } of invocations) await app.cloud.runtime.invokeAsync(arn, event);
    // Assess
    expect(app.cloud.deadLetters()).toEqual([]);
    const unanswered = [];
    for (let index = 0; index < REPLIES; index++) {
      const key = await keyOf(`<conversation-${index}@mail.example>`);
      const applied = await store(app).applied(OWNER, round.interviewId, [key]);
      if (applied?.answer !== null) unanswered.push(index);
    }
    expect(unanswered).toEqual([]);
    expect((await emailsTo(app, OWNER)).length).toBe(emails);
    const after = await store(app).get(OWNER, round.interviewId);
    expect(after?.revision).toBe(round.revision);
    expect(itemSize(interviewItem(round))).toBeLessThan(MAX_ITEM_BYTES / 4);
    expect(await schedulesMatchPlans(app, OWNER)).toEqual([]);
  }, 1_200_000);
});
