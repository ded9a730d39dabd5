/**
 * A weekly digest a sending limit refused (digest/send-digest.ts held it); its
 * one-time schedule fired. Primary course: the owner's policy → digests turned off, or nothing
 * open any more: nothing → inside quiet hours: again at their end → the digest as of now, under
 * its week's key (answer-once: sent once, whichever of the week's runs and schedules gets there).
 */
import type { ReminderEvent } from "../../ports";
import { depsForOwner } from "../account/owners";
import type { ReminderDeps } from "../deps";
import { digestNow, HELD_DIGEST, sendDigest } from "../digest/send-digest";
import { laterSchedule } from "../steps/send-later";
import { endOfQuietHours } from "./quiet-hours";

export async function sendHeldDigest(
  event: ReminderEvent,
  baseDeps: ReminderDeps,
): Promise<
  | { readonly action: "sent"; readonly kind: typeof HELD_DIGEST }
  | { readonly action: "skipped"; readonly reason: "closed" | "quiet-hours" | "already-sent" }
> {
  const deps = await depsForOwner(event.ownerId, baseDeps);
  const now = deps.clock.now();
  const { zone, facts } = await digestNow(event.ownerId, deps, now);
  if (!deps.config.policy.digest || facts.open.length === 0) return { action: "skipped", reason: "closed" };
  const later = endOfQuietHours(deps.config.policy, zone, now);
  if (later) {
    await deps.scheduler.put(laterSchedule(event, later));
    return { action: "skipped", reason: "quiet-hours" };
  }
  return (await sendDigest(event.ownerId, event.interviewId, facts, deps))
    ? { action: "sent", kind: HELD_DIGEST }
    : { action: "skipped", reason: "already-sent" };
}
