/**
 * Replies as people type them on a phone, one table per language: [reply, intent, date]. The
 * date is checked when given (YYYY-MM-DD, or the ISO instant of a time or snooze). A closing in
 * `replies` is stated plainly about the user's own application and applied at once; one whose
 * intent ends in "?" ("rejected?") is read but asked about, as the lexicon only guesses it or the
 * clause names no one. Traps must read as nothing: no closing, no news. Gaps are replies not read
 * yet: they are expected to fail, so that the one who teaches the reader them moves them up.
 */
export type PhoneRow = readonly [text: string, intent: string, date?: string];

export interface PhoneTable {
  readonly replies: readonly PhoneRow[];
  readonly traps: readonly string[];
  readonly gaps: readonly PhoneRow[];
}
