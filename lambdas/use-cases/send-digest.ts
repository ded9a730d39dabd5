/**
 * The weekly digest (a recurring schedule, Sunday 18:00 in the user's zone). Primary course: for
 * each owner → their rounds → nothing open, nothing sent → otherwise one digest per ISO week.
 */
import { DateTime } from "luxon";
import { digestMessage } from "../domain/messages";
import type { InterviewRecord } from "../ports";
import { answerOnce } from "./answer-once";
import type { DigestDeps } from "./deps";
import { depsForOwner } from "./owners";
import { summaryOf } from "./summaries";

const ANSWERS = new Set(["heard-back", "offer", "rejected"]);

function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2
    ? (sorted[middle] ?? null)
    : Math.round((((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2) * 10) / 10;
}

/** Days from an interview to its answer; the record's last change is when the answer was logged. */
function daysToAnswer(record: InterviewRecord): number | null {
  if (!record.log.outcome || !ANSWERS.has(record.log.outcome) || !record.interview.start) return null;
  const days = DateTime.fromISO(record.updatedAt).diff(DateTime.fromISO(record.interview.start), "days").days;
  return days >= 0 ? Math.round(days) : null;
}

export async function sendDigests(baseDeps: DigestDeps): Promise<{ sent: number; skipped: number }> {
  const now = baseDeps.clock.now();
  let sent = 0;
  let skipped = 0;
  const owners = new Set([...baseDeps.config.owners, ...(await baseDeps.interviews.listConfirmedOwners())]);
  for (const ownerId of owners) {
    const deps = await depsForOwner(ownerId, baseDeps);
    const records = await deps.interviews.listByOwner(ownerId);
    const open = records.filter((record) => record.status === "active" && !record.log.outcome);
    const week = now.toFormat("kkkk-'W'WW");
    if (
      open.length === 0 ||
      !(await deps.interviews.claim(ownerId, `digest#${week}`, now.plus({ days: 14 }).toISO() ?? ""))
    ) {
      skipped++;
      continue;
    }
    const applications = new Set(records.map((record) => record.applicationId));
    const answered = new Set(
      records
        .filter((record) => record.log.outcome && ANSWERS.has(record.log.outcome))
        .map((record) => record.applicationId),
    );
    const weekAgo = now.minus({ days: 7 });
    const content = digestMessage({
      open: open.map((record) => summaryOf(record, deps.config.policy)),
      interviewedThisWeek: records.filter((record) => {
        const start = DateTime.fromISO(record.interview.start);
        return start.isValid && start >= weekAgo && start <= now;
      }).length,
      answered: answered.size,
      applications: applications.size,
      medianDaysToAnswer: median(records.map(daysToAnswer).filter((days): days is number => days !== null)),
    });
    // One digest per owner and ISO week, however often the schedule fires.
    if (await answerOnce({ ownerId }, `digest-${week}`, content, deps)) sent++;
    else skipped++;
  }
  return { sent, skipped };
}
