/**
 * A weekly digest a sending limit refused (digest/send-digest.ts held it); its one-time schedule
 * fired. Primary course: the owner's policy → digests turned off, or nothing open any more:
 * nothing → the next week's digest is due already: nothing (too late), that one tells the news →
 * inside quiet hours: again at their end → the digest as of now, under its week's key
 * (answer-once: sent once, whichever of the week's runs and schedules gets there).
 */
import { DateTime } from "luxon";
import { minutesOfDay, type PolicyConfig } from "../../domain/config";
import type { ReminderEvent } from "../../ports";
import { depsForOwner } from "../account/owners";
import type { ReminderDeps } from "../deps";
import { digestNow, HELD_DIGEST, sendDigest } from "../digest/send-digest";
import { laterSchedule } from "../steps/send-later";
import { endOfQuietHours } from "./quiet-hours";

/**
 * When the regular digest of the week after a held digest's week is due: from then on a held
 * digest would only repeat, late, what that one says.
 */
function nextWeeksDigest(key: string, digest: NonNullable<PolicyConfig["digest"]>, zone: string): DateTime {
  const minutes = minutesOfDay(digest.time);
  // Wall-clock hour and minute, not minutes added: a DST change may fall on that day.
  return DateTime.fromFormat(key.replace(/^digest-/, ""), "kkkk-'W'WW", { zone })
    .plus({ weeks: 1, days: digest.weekday - 1 })
    .set({ hour: Math.floor(minutes / 60), minute: minutes % 60 });
}

export async function sendHeldDigest(
  event: ReminderEvent,
  baseDeps: ReminderDeps,
): Promise<
  | { readonly action: "sent"; readonly kind: typeof HELD_DIGEST }
  | {
      readonly action: "skipped";
      readonly reason: "closed" | "too-late" | "quiet-hours" | "already-sent";
    }
> {
  const deps = await depsForOwner(event.ownerId, baseDeps);
  const now = deps.clock.now();
  const { zone, facts } = await digestNow(event.ownerId, deps, now);
  const { digest } = deps.config.policy;
  if (!digest || facts.open.length === 0) return { action: "skipped", reason: "closed" };
  if (now >= nextWeeksDigest(event.interviewId, digest, zone))
    return { action: "skipped", reason: "too-late" };
  const later = endOfQuietHours(deps.config.policy, zone, now);
  if (later) {
    await deps.scheduler.put(laterSchedule(event, later));
    return { action: "skipped", reason: "quiet-hours" };
  }
  return (await sendDigest(event.ownerId, event.interviewId, facts, deps))
    ? { action: "sent", kind: HELD_DIGEST }
    : { action: "skipped", reason: "already-sent" };
}
