/**
 * Per-message CPU, run by bench/run.ts as a bundle in a plain `node` process (the code as Lambda
 * runs it, without the TypeScript loader): ingest + plan of one typical forward against a bare
 * postal-mime parse of the same bytes, interleaved; and ingest of a message with hostile headers.
 * Prints JSON samples (ms per message).
 */
import { readFileSync } from "node:fs";
import { DateTime } from "luxon";
import PostalMime from "postal-mime";
import { loadBusinessCalendars } from "../lambdas/domain/business-days";
import { resolvePolicy } from "../lambdas/domain/config";
import { ingest } from "../lambdas/domain/ingest";
import { planReminders } from "../lambdas/domain/planner";
import { understandReply } from "../lambdas/domain/replies";

const [fixture = "", roundsArg = "15"] = process.argv.slice(2);
const raw = readFileSync(fixture);
const now = DateTime.fromISO("2026-11-23T12:00:00Z");
const policy = resolvePolicy({ timeZone: "America/Chicago" });
const calendar = (await loadBusinessCalendars()).of(policy.country, policy.region);

async function ingestAndPlan(): Promise<void> {
  const result = await ingest(raw, { now, defaultZone: "America/Chicago" });
  if (result.interview.start) {
    const { start, end, timeZone } = result.interview;
    planReminders({ timing: { start, end, timeZone }, log: {}, policy, now, calendar });
  }
}

async function cpuMs(work: () => Promise<unknown> | unknown, iterations: number): Promise<number> {
  const started = process.cpuUsage();
  for (let index = 0; index < iterations; index++) await work();
  const used = process.cpuUsage(started);
  return (used.user + used.system) / 1000 / iterations;
}

const bare = () => PostalMime.parse(raw);
for (let index = 0; index < 100; index++) {
  await ingestAndPlan();
  await bare();
}
const ours: number[] = [];
const baseline: number[] = [];
for (let round = 0; round < Number(roundsArg); round++) {
  ours.push(await cpuMs(ingestAndPlan, 100));
  baseline.push(await cpuMs(bare, 100));
}
const replies = [
  "they said Friday",
  "sent",
  "next round Dec 3 at 2pm",
  "nope, they passed",
  "remind me after the weekend",
];
// Issue 24's hostile headers: a Subject of 1 MB of base64 words that do not decode.
const hostileWord = "=?UTF-8?B?////?= ";
const hostile = new TextEncoder().encode(
  `From: a@example.com\r\nSubject: ${hostileWord.repeat(Math.ceil(1_000_000 / hostileWord.length))}\r\n\r\nbody\r\n`,
);
const hostileMs: number[] = [];
for (let round = 0; round < 3; round++) {
  hostileMs.push(await cpuMs(() => ingest(hostile, { now, defaultZone: "America/Chicago" }), 1));
}
const replyMs = await cpuMs(() => {
  for (const text of replies) understandReply(text, { now, zone: "America/Chicago" });
}, 200);
process.stdout.write(JSON.stringify({ ours, baseline, hostileMs, replyMs: replyMs / replies.length }));
