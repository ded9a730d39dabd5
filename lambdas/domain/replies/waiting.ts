/**
 * What a time or a wait means to the prompt it answers: a day near enough to come before the
 * interview to the prep prompt, and a "no, wait" to the move-on prompt, which keeps the
 * application open rather than asking to be reminded.
 */
import type { DateTime } from "luxon";
import type { Lang } from "../language/lang";
import type { Lexicon } from "../language/lexicon";
import { table } from "../language/phrases";
import type { CueHit } from "./cues";
import { namedSnooze } from "./dates";

/** A prep prompt goes out a day or two before the interview: only a day that near still comes before it. */
const PREP_SNOOZE_DAYS = 2;

/** "domani", "dale, mañana" to the prep prompt: a snooze; "lunes", "tra due settimane" there are none. */
export const nearEnough = (until: DateTime, now: DateTime): boolean =>
  until.startOf("day").diff(now.startOf("day"), "days").days <= PREP_SNOOZE_DAYS;

/**
 * "no aspetta ancora", "non attends encore un peu" to the move-on prompt: a no, then a wait that
 * names no day, keeps the application open; no reminder is asked for.
 */
export function keepsWaiting(
  snooze: CueHit,
  reply: {
    readonly written: string;
    readonly folded: string;
    readonly lexicon: Lexicon;
    readonly now: DateTime;
    readonly sendTime: string;
    readonly lang: Lang;
  },
): boolean {
  const opening = table(reply.lexicon.cues.no).matches(reply.folded)[0];
  return (
    opening?.index === 0 &&
    !namedSnooze(reply.written.slice(snooze.clause.start), reply.now, reply.sendTime, reply.lang)
  );
}
