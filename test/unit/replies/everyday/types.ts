import type { PhoneRow } from "../phone/types";

/**
 * Everyday replies that name no keyword of the product's (Wednesday, Nov 25 2026), by class:
 * a promise of an answer reported by someone named, an outcome said in passing about the user's
 * own application, a command in everyday words, a next round or a step said by what happened.
 * Rows as in phone/types.ts; gaps are not read yet and expected to fail.
 */
export interface EverydayTable {
  readonly reportedDates: readonly PhoneRow[];
  readonly indirectOutcomes: readonly PhoneRow[];
  readonly everydayCommands: readonly PhoneRow[];
  readonly roundsAndSteps: readonly PhoneRow[];
  /** Ordinary phone replies: several facts in one, typos, slang, emoji, thanks to the assistant, dates said of something else. */
  readonly phoneMixed: readonly PhoneRow[];
  readonly gaps: readonly PhoneRow[];
}
