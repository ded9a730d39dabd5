/**
 * Asking before acting: something that cannot be read plainly enough to act on ("forget Acme",
 * a closing the user only hinted at) is kept as pending, and the user's next reply confirms it or
 * lets it lapse. One mechanism for every such question.
 */
import type { DateTime } from "luxon";

/** How long a question waits for its answer. */
const CONFIRMATION_HOURS = 24;

/** The words that say yes, in the languages users write in. */
export const YES_WORDS: readonly string[] = ["yes", "y", "yep", "ja", "oui", "sí", "sì", "si", "sim"];

/** When a pending question lapses, asked now. */
export function confirmationExpiry(now: DateTime): string {
  return now.plus({ hours: CONFIRMATION_HOURS }).toUTC().toISO() ?? "";
}

/** Whether a pending question can still be answered. */
export function isLive(pending: { readonly expiresAt: string } | null | undefined, now: DateTime): boolean {
  return Boolean(pending) && Date.parse(pending?.expiresAt ?? "") > now.toMillis();
}

/**
 * Whether what the user wrote starts with a yes: one of `words` (YES_WORDS unless told), as the
 * first word or the first two ("delete it").
 */
export function confirms(written: string, words: readonly string[] = YES_WORDS): boolean {
  const [first = "", second = ""] = written.toLowerCase().match(/[\p{L}]+/gu) ?? [];
  return words.includes(first) || words.includes(`${first} ${second}`);
}
