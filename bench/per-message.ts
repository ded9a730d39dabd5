/**
 * Per-message CPU, run by bench/run.ts as a bundle in a plain `node` process (the code as Lambda
 * runs it, without the TypeScript loader): ingest + plan of one typical forward against a bare
 * postal-mime parse of the same bytes, interleaved; where that time goes (parse, read, plan, each
 * timed alone); and ingest of a message with hostile headers. Prints JSON samples (ms per message).
 */
import { readFileSync } from "node:fs";
import { DateTime } from "luxon";
import PostalMime from "postal-mime";
import { loadBusinessCalendars } from "../lambdas/domain/business-days";
import { resolvePolicy } from "../lambdas/domain/config";
import { extractInterview, type IngestResult, ingest, readMail } from "../lambdas/domain/ingest";
import { planReminders } from "../lambdas/domain/planner";
import { understandReply } from "../lambdas/domain/replies";

const [fixture = "", roundsArg = "15"] = process.argv.slice(2);
const raw = readFileSync(fixture);
const now = DateTime.fromISO("2026-11-23T12:00:00Z");
const policy = resolvePolicy({ timeZone: "America/Chicago" });
const calendar = (await loadBusinessCalendars()).of(policy.country, policy.region);
const options = { now, defaultZone: "America/Chicago" };

function plan(result: IngestResult): void {
  if (result.interview.start) {
    const { start, end, timeZone } = result.interview;
    planReminders({ timing: { start, end, timeZone }, log: {}, policy, now, calendar });
  }
}

async function ingestAndPlan(): Promise<void> {
  plan(await ingest(raw, options));
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
// The split: readMail (postal-mime and the parts ingest keeps), the readers on that mail, the planner
// on their result. Each runs alone here, its code and data warm, so the three add up to less than
// ingest + plan, where they take turns with each other's garbage.
const mail = await readMail(raw);
const read = extractInterview(mail, options);
const stages = {
  parse: () => readMail(raw),
  read: () => extractInterview(mail, options),
  plan: () => plan(read),
};
const split: Record<keyof typeof stages, number[]> = { parse: [], read: [], plan: [] };
for (let round = 0; round < Number(roundsArg); round++) {
  for (const [stage, work] of Object.entries(stages))
    split[stage as keyof typeof stages].push(await cpuMs(work, 100));
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
process.stdout.write(JSON.stringify({ ours, baseline, split, hostileMs, replyMs: replyMs / replies.length }));
