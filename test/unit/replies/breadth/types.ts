import type { ReminderKind } from "../../../../lambdas/domain/types";

/**
 * Replies written for breadth (round 6), intent by intent, as people type them on phones, with
 * traps that must change nothing: [reply, intent ("none": unknown or help, or a closing only
 * asked about), day YYYY-MM-DD, time HH:MM, prompt answered]. Read on Wednesday, Nov 25 2026,
 * 10:00 in Berlin, for a user who set the reply's language, about Acme. `later` was written after
 * the tables were built, to measure what they read with no new row; gaps are not read yet.
 */
export type BreadthRow = readonly [
  text: string,
  intent: string,
  date?: string | null,
  time?: string | null,
  replyingTo?: ReminderKind | null,
];

export interface BreadthTable {
  readonly first: readonly BreadthRow[];
  readonly later: readonly BreadthRow[];
  readonly gaps: readonly BreadthRow[];
}
