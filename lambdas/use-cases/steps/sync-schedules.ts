import { DateTime } from "luxon";
import { interviewSchedulePrefix, scheduleName } from "../../domain/schedule-name";
import type { PlannedReminder } from "../../domain/types";
import { isCanonicalZoneName } from "../../domain/zones";
import type { InterviewRecord } from "../../ports";
import type { Deps } from "../deps";
import { allWrites } from "./all-writes";

/** EventBridge Scheduler fires with minute precision; anything due sooner goes out next minute. */
const EARLIEST_LEAD_MINUTES = 1;

/**
 * Makes the interview's one-time schedules match its plan: schedules of prompts that left the plan
 * (or left behind by a failed run) are deleted, every planned one is (re)written with the current
 * plan version. Names are deterministic, so a retried call converges to the same set.
 */
export async function syncSchedules(
  previous: readonly PlannedReminder[],
  record: InterviewRecord,
  zone: string,
  deps: Pick<Deps, "scheduler" | "clock">,
): Promise<void> {
  // Stale schedules: those of prompts that left the plan, and any a failed earlier run left behind.
  const kept = new Set(
    record.planned.map((reminder) => scheduleName(record.ownerId, record.interviewId, reminder.kind)),
  );
  const existing = await deps.scheduler.list(interviewSchedulePrefix(record.ownerId, record.interviewId));
  const stale = new Set(
    [
      ...previous.map((reminder) => scheduleName(record.ownerId, record.interviewId, reminder.kind)),
      ...existing,
    ].filter((name) => !kept.has(name)),
  );
  await allWrites([...stale].map((name) => deps.scheduler.delete(name)));
  const earliest = deps.clock.now().plus({ minutes: EARLIEST_LEAD_MINUTES }).startOf("minute");
  // Scheduler takes canonical IANA names only; a record from before they were enforced may hold an
  // offset such as "UTC+2". The instant is what matters, so such a schedule is written in UTC.
  const scheduleZone = isCanonicalZoneName(zone) ? zone : "UTC";
  await allWrites(
    record.planned.map((reminder) =>
      deps.scheduler.put({
        name: scheduleName(record.ownerId, record.interviewId, reminder.kind),
        localTime: DateTime.max(DateTime.fromISO(reminder.at), earliest)
          .setZone(scheduleZone)
          .toFormat("yyyy-MM-dd'T'HH:mm:ss"),
        timeZone: scheduleZone,
        payload: {
          ownerId: record.ownerId,
          interviewId: record.interviewId,
          kind: reminder.kind,
          planVersion: record.planVersion,
        },
      }),
    ),
  );
}

/** Removes every schedule of an interview, including any left behind by an earlier, failed run. */
export async function deleteAllSchedules(
  record: Pick<InterviewRecord, "ownerId" | "interviewId">,
  deps: Pick<Deps, "scheduler">,
): Promise<void> {
  const names = await deps.scheduler.list(interviewSchedulePrefix(record.ownerId, record.interviewId));
  await allWrites(names.map((name) => deps.scheduler.delete(name)));
}
