/**
 * Late is better than rude: a prompt that fires inside quiet hours (it fell due while local mode
 * was stopped, or a Scheduler retry came late) waits for their end (docs/REMINDER_POLICY.md).
 */
import type { DateTime } from "luxon";
import { isQuietMinute, type PolicyConfig, quietWindow } from "../../domain/config";

/** The end of the quiet hours `now` falls in, in the user's zone; null when `now` is not quiet. */
export function endOfQuietHours(
  policy: Pick<PolicyConfig, "quietStart" | "quietEnd">,
  zone: string,
  now: DateTime,
): DateTime | null {
  const quiet = quietWindow(policy);
  const local = now.setZone(zone);
  const minute = local.hour * 60 + local.minute;
  if (!isQuietMinute(minute, quiet)) return null;
  // Before midnight the quiet hours end tomorrow; after it, today (luxon moves a DST gap forward).
  const day = minute >= quiet.end ? local.plus({ days: 1 }) : local;
  return day.set({ hour: Math.floor(quiet.end / 60), minute: quiet.end % 60, second: 0, millisecond: 0 });
}
