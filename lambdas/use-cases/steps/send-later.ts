/**
 * Emails that cannot go out now go out later, by a one-time schedule of the same event: a prompt
 * firing inside quiet hours (reminder/quiet-hours.ts), and any email the account's 24-hour SES
 * quota refused. The quota is a rolling window: it allows again as the sends of a day ago age out,
 * at an hour no one can know, so the event is tried again 1, 2, 4, … hours later, at most a day.
 */
import type { DateTime } from "luxon";
import { scheduleName } from "../../domain/schedule-name";
import type { OneTimeSchedule, ReminderEvent, ReminderScheduler } from "../../ports";

/** The wait after the daily quota's first refusal; each refusal after it doubles the wait. */
export const QUOTA_FIRST_WAIT_HOURS = 1;
/** The longest wait: the whole window has rolled over by then. */
export const QUOTA_LONGEST_WAIT_HOURS = 24;

/**
 * When to try again after the daily quota's `holds`-th refusal (1 for the first): a minute past
 * the start of an hour (as the hourly cap's holds), so a redelivery of the same event within the
 * same hour names the same schedule.
 */
export function afterQuotaRefusal(now: DateTime, holds: number): DateTime {
  const hours = Math.min(QUOTA_FIRST_WAIT_HOURS * 2 ** Math.max(0, holds - 1), QUOTA_LONGEST_WAIT_HOURS);
  return now.toUTC().startOf("hour").plus({ hours, minutes: 1 });
}

/**
 * The same event once more at `at`. Its own name (the time in it): the schedule firing now deletes
 * itself when done, and must not take this one with it. For a prompt, a re-plan removes it with the
 * interview's other schedules (same prefix).
 */
export function laterSchedule(event: ReminderEvent, at: DateTime): OneTimeSchedule {
  const utc = at.toUTC();
  return {
    name: `${scheduleName(event.ownerId, event.interviewId, event.kind)}-${utc.toFormat("MMddHHmm")}`,
    localTime: utc.toFormat("yyyy-MM-dd'T'HH:mm:ss"),
    timeZone: "UTC",
    payload: event,
  };
}

/** What became of an email the daily quota refused: held, and tried again at `retryAt`. */
export interface QuotaHold {
  readonly holds: number;
  readonly retryAt: string;
}

/** Schedules the event again for after the quota's refusal, counting the refusal in its payload. */
export async function holdForQuota(
  event: ReminderEvent,
  deps: { readonly scheduler: ReminderScheduler; readonly clock: { now(): DateTime } },
): Promise<QuotaHold> {
  const holds = (event.quotaHolds ?? 0) + 1;
  const at = afterQuotaRefusal(deps.clock.now(), holds);
  await deps.scheduler.put(laterSchedule({ ...event, quotaHolds: holds }, at));
  return { holds, retryAt: at.toISO() ?? "" };
}
