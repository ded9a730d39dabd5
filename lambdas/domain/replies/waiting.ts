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
import { snoozeByTrailingTime } from "./later";
import { snoozeByLeadingTime, snoozeByTime } from "./shapes";

/** A prep prompt goes out a day or two before the interview: only a day that near still comes before it. */
const PREP_SNOOZE_DAYS = 2;

/** "domani", "dale, mañana" to the prep prompt: a snooze; "lunes", "tra due settimane" there are none. */
export const nearEnough = (until: DateTime, now: DateTime): boolean =>
  until.startOf("day").diff(now.startOf("day"), "days").days <= PREP_SNOOZE_DAYS;

/**
 * To the move-on prompt, the application stays open and no reminder is asked for: a no, then a
 * wait that names no day ("no aspetta ancora", "non attends encore un peu"), or a wait denied in
 * its own words ("não fecha ainda", "nog niet afsluiten").
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
  if (table(reply.lexicon.negation).test(snooze.text)) return true;
  const opening = table(reply.lexicon.cues.no).matches(reply.folded)[0];
  return (
    opening?.index === 0 &&
    !namedSnooze(reply.written.slice(snooze.clause.start), reply.now, reply.sendTime, reply.lang)
  );
}

/**
 * A time answering a prompt: to a follow-up or move-on prompt with filler and a reason before or after it;
 * to the others only alone ("morgen", "daqui a 4 dias"), or, to the prep prompt, a near day with
 * filler ("dale, mañana").
 */
export function snoozeToPrompt(
  written: string,
  news: boolean,
  reply: {
    readonly folded: string;
    readonly lexicon: Lexicon;
    readonly now: DateTime;
    readonly sendTime: string;
    readonly lang: Lang;
    readonly toRemind: boolean;
    readonly toPrep: boolean;
  },
): DateTime | null {
  const { folded, lexicon, now, sendTime, lang, toRemind } = reply;
  const timing = { now, sendTime, lang, bare: !toRemind };
  const until =
    snoozeByTime(written, folded, lexicon, timing) ??
    (toRemind && !news
      ? (snoozeByLeadingTime(written, folded, lexicon, timing) ??
        snoozeByTrailingTime(written, folded, lexicon, timing))
      : null);
  if (until || !reply.toPrep) return until;
  const near = snoozeByTime(written, folded, lexicon, { ...timing, bare: false });
  return near && nearEnough(near, now) ? near : null;
}
