/**
 * The weekly digest, in each user's own zone. The schedule fires every hour; each run sends to the
 * owners whose local digest hour it is (Sunday 18:00 by default, never in quiet hours, see
 * isDigestDue). Primary course: for each owner → their policy and zone → not their hour, or
 * nothing open (a moved-on application is not): nothing sent → otherwise one digest per owner and
 * local ISO week, whose replies come to its own signed address (reply/digest-reply.ts); refused by
 * the account's daily sending quota or the owner's hourly cap: held, and sent by a one-time
 * schedule when it allows (reminder/held-digest.ts).
 */
import { DateTime } from "luxon";
import type { PolicyConfig } from "../../domain/config";
import { digestMessage } from "../../domain/messages";
import { isDigestDue } from "../../domain/planner";
import type { InterviewRecord } from "../../ports";
import { depsForOwner } from "../account/owners";
import type { DigestDeps } from "../deps";
import { answerOnce } from "../steps/answer-once";
import { zoneOf } from "../steps/records";
import { holdForLimit, sendingLimitOf } from "../steps/send-later";
import { summaryOf } from "../steps/summaries";
import { digestTarget } from "./reply-address";

const ANSWERS = new Set(["heard-back", "offer", "rejected"]);

function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2
    ? (sorted[middle] ?? null)
    : Math.round((((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2) * 10) / 10;
}

/** An interview that took place: its start is known and past. A forward waiting for its date is not one. */
function held(record: InterviewRecord, now: DateTime): boolean {
  const start = DateTime.fromISO(record.interview.start);
  return start.isValid && start <= now;
}

/** Days from an interview to its answer; the record's last change is when the answer was logged. */
function daysToAnswer(record: InterviewRecord, now: DateTime): number | null {
  if (!record.log.outcome || !ANSWERS.has(record.log.outcome) || !held(record, now)) return null;
  const days = DateTime.fromISO(record.updatedAt).diff(DateTime.fromISO(record.interview.start), "days").days;
  return days >= 0 ? Math.round(days) : null;
}

/**
 * The zone an owner lives in: their setting, else the zone of their open interviews (the policy's
 * own rule: without a user zone, the interview's), else UTC.
 */
export function ownerZone(policy: PolicyConfig, records: readonly InterviewRecord[]): string {
  if (policy.timeZone) return policy.timeZone;
  const zones = records
    .filter((record) => record.status === "active")
    .map((record) => zoneOf(record, policy));
  const counts = new Map<string, number>();
  for (const zone of zones) counts.set(zone, (counts.get(zone) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? "UTC";
}

/** The figures of one owner's digest: response figures count only interviews already held. */
export function digestFacts(records: readonly InterviewRecord[], policy: PolicyConfig, now: DateTime) {
  const open = records.filter(
    (record) => record.status === "active" && !record.log.outcome && record.interview.start !== "",
  );
  const heldRounds = records.filter((record) => held(record, now));
  const applications = new Set(heldRounds.map((record) => record.applicationId));
  const answered = new Set(
    heldRounds
      .filter((record) => record.log.outcome && ANSWERS.has(record.log.outcome))
      .map((record) => record.applicationId),
  );
  const weekAgo = now.minus({ days: 7 });
  return {
    open: open.map((record) => summaryOf(record, policy)),
    interviewedThisWeek: heldRounds.filter((record) => DateTime.fromISO(record.interview.start) >= weekAgo)
      .length,
    answered: answered.size,
    applications: applications.size,
    medianDaysToAnswer: median(
      records.map((record) => daysToAnswer(record, now)).filter((days): days is number => days !== null),
    ),
  };
}

/** The kind of the one-time schedule that sends a digest a sending limit held back. */
export const HELD_DIGEST = "held-digest";

/** The key of one owner's digest of a week (answer-once: one per owner and local ISO week). */
function digestKey(now: DateTime, zone: string): string {
  return `digest-${now.setZone(zone).toFormat("kkkk-'W'WW")}`;
}

/** One owner's digest as of `now`: their zone and its figures. */
export async function digestNow(
  ownerId: string,
  deps: Pick<DigestDeps, "interviews" | "config">,
  now: DateTime,
): Promise<{ readonly zone: string; readonly facts: ReturnType<typeof digestFacts> }> {
  const { policy } = deps.config;
  const records = await deps.interviews.listByOwner(ownerId);
  return { zone: ownerZone(policy, records), facts: digestFacts(records, policy, now) };
}

/** Sends the digest under its week's key, once; false when it went out before. */
export function sendDigest(
  ownerId: string,
  key: string,
  facts: ReturnType<typeof digestFacts>,
  deps: Omit<DigestDeps, "scheduler">,
): Promise<boolean> {
  return answerOnce(
    digestTarget(ownerId, deps.config),
    key,
    digestMessage(facts, deps.config.policy.language),
    deps,
  );
}

export async function sendDigests(
  baseDeps: DigestDeps,
): Promise<{ sent: number; skipped: number; held: number; overCap: number }> {
  const now = baseDeps.clock.now();
  let sent = 0;
  let skipped = 0;
  let held = 0;
  let overCap = 0;
  const failures: unknown[] = [];
  const owners = new Set([...baseDeps.config.owners, ...(await baseDeps.interviews.listConfirmedOwners())]);
  for (const ownerId of owners) {
    const deps = await depsForOwner(ownerId, baseDeps);
    const { policy } = deps.config;
    if (!policy.digest) {
      skipped++;
      continue;
    }
    // Most runs are nobody's hour: with a zone set (the deployment's, or the user's), no reads.
    if (policy.timeZone && !isDigestDue(policy, policy.timeZone, now)) {
      skipped++;
      continue;
    }
    const { zone, facts } = await digestNow(ownerId, deps, now);
    if (!isDigestDue(policy, zone, now) || facts.open.length === 0) {
      skipped++;
      continue;
    }
    // One digest per owner and local ISO week, however often the schedule fires. One owner's
    // failure does not stop the others; the retry sends only what is still missing. A digest the
    // daily quota or the owner's hourly cap refuses is held: the reminder function sends it when
    // the limit allows.
    const key = digestKey(now, zone);
    try {
      if (await sendDigest(ownerId, key, facts, deps)) sent++;
      else skipped++;
    } catch (error) {
      const limit = sendingLimitOf(error);
      if (!limit) {
        failures.push(error);
        continue;
      }
      const event = { ownerId, interviewId: key, kind: HELD_DIGEST, planVersion: 0 };
      await holdForLimit(event, limit, deps);
      if (limit === "daily-quota") held++;
      else overCap++;
    }
  }
  if (failures.length > 0)
    throw new AggregateError(failures, `${failures.length} digest(s) could not be sent`);
  return { sent, skipped, held, overCap };
}
