import { interviewSchedulePrefix } from "../lambdas/domain/schedule-name";
import type { InterviewRecord } from "../lambdas/ports";

/** A pending schedule of the scheduler stand-in, as `GET /status` lists it. */
export interface PendingSchedule {
  readonly name: string;
  readonly groupName: string;
  readonly due: string | null;
}

/** The interview a prompt's schedule is for, so `followup local status` can name it. */
export interface ScheduleSubject {
  readonly company: string | null;
  readonly role: string | null;
  readonly round: number;
}

/**
 * Each pending schedule with the interview it belongs to, when it is an owner's prompt. Schedule
 * names carry hashes of the owner and interview (lambdas/domain/schedule-name.ts), so they are
 * matched against the owners' rounds; the digest's recurring schedule has none.
 */
export async function describePending(
  pending: readonly PendingSchedule[],
  owners: readonly string[],
  listByOwner: (ownerId: string) => Promise<readonly InterviewRecord[]>,
): Promise<Array<PendingSchedule & { readonly about?: ScheduleSubject }>> {
  const subjects = new Map<string, ScheduleSubject>();
  for (const owner of owners) {
    for (const record of await listByOwner(owner)) {
      subjects.set(interviewSchedulePrefix(record.ownerId, record.interviewId), {
        company: record.interview.company,
        role: record.interview.role,
        round: record.round,
      });
    }
  }
  return pending.map((schedule) => {
    const about = subjects.get(/^fu-[0-9a-f]+-[0-9a-f]+-/.exec(schedule.name)?.[0] ?? "");
    return about ? { ...schedule, about } : schedule;
  });
}
