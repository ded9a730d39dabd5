import type { ReminderKind } from "../../../../lambdas/domain/types";

/**
 * Replies as people type them on a phone, one table per language: [reply, intent, date]. The
 * date is checked when given (YYYY-MM-DD, or the start of the ISO instant of a time or snooze;
 * "*": any day). A closing in
 * `replies` is stated plainly about the user's own application and applied at once; one whose
 * intent ends in "?" ("rejected?") is read but asked about, as the lexicon only guesses it or the
 * clause names no one. Traps must read as nothing: no closing, no news. Gaps are replies not read
 * yet: they are expected to fail, so that the one who teaches the reader them moves them up. A
 * row may name the prompt it answers: a meeting named with a day to come ("rdv avec le directeur
 * jeudi 17h") is the next round in a reply to a prompt sent after the interview.
 */
export type PhoneRow = readonly [
  text: string,
  intent: string,
  date?: string | null,
  replyingTo?: ReminderKind,
];

export interface PhoneTable {
  readonly replies: readonly PhoneRow[];
  readonly traps: readonly string[];
  readonly gaps: readonly PhoneRow[];
}
