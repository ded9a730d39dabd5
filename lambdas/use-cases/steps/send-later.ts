/**
 * Emails that cannot go out now go out later, by a one-time schedule of the same event: a prompt
 * firing inside quiet hours (reminder/quiet-hours.ts), and any email a sending limit refused.
 * The owner's hourly cap allows again at the next hour. The account's 24-hour SES quota is a
 * rolling window: it allows again as the sends of a day ago age out, at an hour no one can know,
 * so the event is tried again 1, 2, 4, … hours later, at most a day.
 */
import type { DateTime } from "luxon";
import { scheduleName } from "../../domain/schedule-name";
import {
  type OneTimeSchedule,
  type ReminderEvent,
  type ReminderScheduler,
  SendingQuotaExceededError,
} from "../../ports";
import { SendRateExceededError } from "./outgoing";

/** The limit that refused an email: the owner's hourly cap, or the account's daily SES quota. */
export type SendingLimit = "hourly-cap" | "daily-quota";

/** Which sending limit the error is a refusal by; null for any other failure. */
export function sendingLimitOf(error: unknown): SendingLimit | null {
  if (error instanceof SendRateExceededError) return "hourly-cap";
  if (error instanceof SendingQuotaExceededError) return "daily-quota";
  return null;
}

/**
 * The start of the next hour (UTC), when the hourly cap counts afresh; a minute past it, so a
 * schedule made at any moment of this hour (a redelivery too) names the same time.
 */
export function nextHour(now: DateTime): DateTime {
  return now.toUTC().startOf("hour").plus({ hours: 1, minutes: 1 });
}

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
  return nextHour(now).plus({ hours: hours - 1 });
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

/**
 * What became of an email a sending limit refused: held, and tried again at `retryAt`; `holds`
 * counts the daily quota's refusals so far.
 */
export interface SendingHold {
  readonly limit: SendingLimit;
  readonly holds: number;
  readonly retryAt: string;
}

/**
 * Schedules the event again for when the limit allows: the next hour for the hourly cap, after
 * the quota's refusal for the daily quota (counted in its payload). Quiet hours are the firing
 * schedule's to respect, as for any prompt.
 */
export async function holdForLimit(
  event: ReminderEvent,
  limit: SendingLimit,
  deps: { readonly scheduler: ReminderScheduler; readonly clock: { now(): DateTime } },
): Promise<SendingHold> {
  const now = deps.clock.now();
  const holds = (event.quotaHolds ?? 0) + (limit === "daily-quota" ? 1 : 0);
  const at = limit === "daily-quota" ? afterQuotaRefusal(now, holds) : nextHour(now);
  await deps.scheduler.put(laterSchedule(holds > 0 ? { ...event, quotaHolds: holds } : event, at));
  return { limit, holds, retryAt: at.toISO() ?? "" };
}
