import { createHash } from "node:crypto";

/**
 * The one-time schedule of one prompt of one interview has a deterministic name, so re-planning
 * overwrites instead of duplicating. Names allow [0-9a-zA-Z-_.] and 64 characters: owner and
 * interview ids are hashed; the prefix per interview lets the whole set be listed and removed.
 */
export function interviewSchedulePrefix(ownerId: string, interviewId: string): string {
  return `fu-${shortHash(ownerId)}-${shortHash(interviewId)}-`;
}

export function scheduleName(ownerId: string, interviewId: string, kind: string): string {
  return `${interviewSchedulePrefix(ownerId, interviewId)}${kind}`;
}

function shortHash(value: string): string {
  return createHash("sha256").update(value).digest("hex").slice(0, 16);
}
