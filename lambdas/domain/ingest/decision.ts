/**
 * The decision date (D of the reminder policy) an invitation promises: "we'll get back to you by
 * Friday, December 18", "you'll hear from us on Tuesday". Only a named day counts: "within two
 * business days" or "next week" give no date, and a day before the interview is not a decision
 * date for it.
 */
import type { InviteLexicon } from "../language/invite-lexicon";
import { UTC_ZONE } from "../zones";
import { chronoPieces } from "./chrono-time";
import { isoDate, isoWeekday, SECONDS_PER_DAY } from "./civil";
import { findDates } from "./dates";
import { lexiconPattern } from "./invite-language";
import type { LocaleCues } from "./locale-cues";

/** The alternatives of PROMISE, one per line. */
const PROMISE_ALTERNATIVES: readonly string[] = (
  "hear back|hear from us|get back to you|get back in touch|be in touch|let you know|" +
  "reach out|decision|update you|follow up with you|feedback|an answer|our answer|next steps|" +
  "respond to you|come back to you|revert"
).split("|");

const PROMISE = new RegExp(String.raw`\b(?:${PROMISE_ALTERNATIVES.join("|")})\b`, "i");

/** How far after the interview a promised date may be. */
const MAX_DAYS_AFTER = 120;

export interface DecisionContext {
  readonly writtenDay: number | null;
  readonly interviewDay: number | null;
  readonly cues: LocaleCues;
  readonly lexicon: InviteLexicon;
}

/**
 * In another language: a sentence with one of the lexicon's decision phrases ("Rückmeldung … bis
 * zum 18. Dezember", "nous reviendrons vers vous d'ici le 18 décembre") gives the first day chrono
 * reads in it, after the interview.
 */
function decisionInLanguage(text: string, context: DecisionContext): string | null {
  const promise = lexiconPattern(context.lexicon, "decisionPhrases");
  const from = context.interviewDay ?? context.writtenDay;
  if (from === null || !promise.test(text.slice(0, 20_000))) return null;
  // A dot after a number is an ordinal ("bis zum 18. Dezember"), not the end of the sentence.
  for (const sentence of text.slice(0, 20_000).split(/(?<=\D[.!?])\s+|\n{2,}/)) {
    if (!promise.test(sentence)) continue;
    for (const piece of chronoPieces(sentence, context.lexicon, from * SECONDS_PER_DAY, UTC_ZONE)) {
      if (piece.day === null) continue;
      if (
        context.interviewDay !== null &&
        (piece.day < context.interviewDay || piece.day > context.interviewDay + MAX_DAYS_AFTER)
      )
        continue;
      return isoDate(piece.day);
    }
  }
  return null;
}

export function findDecisionDate(text: string, context: DecisionContext): string | null {
  if (context.lexicon.lang !== "en") return decisionInLanguage(text, context);
  if (!PROMISE.test(text.slice(0, 20_000))) return null;
  const sentences = text.slice(0, 20_000).split(/(?<=[.!?])\s+|\n{2,}/);
  for (const sentence of sentences) {
    const promise = PROMISE.exec(sentence);
    if (!promise) continue;
    const after = sentence.slice(promise.index);
    // "by Friday", "on or before 12/18", "around Dec 18", "the week of December 14", "Decision expected: Dec 18".
    if (!/\b(?:by|before|on|no later than|until|end of|around|the week of|expected)\b|:/i.test(after))
      continue;
    // Relative days count from the interview: the promise is about what follows it.
    const from = context.interviewDay ?? context.writtenDay;
    if (from === null) continue;
    for (const mention of findDates(after, from, context.cues)) {
      if (mention.problem) continue;
      let day = mention.day;
      if (day === null && mention.relative?.kind === "weekday") {
        const ahead = (mention.relative.weekday - isoWeekday(from) + 7) % 7;
        day = from + (ahead === 0 ? 7 : ahead);
      }
      if (day === null) continue;
      if (
        context.interviewDay !== null &&
        (day < context.interviewDay || day > context.interviewDay + MAX_DAYS_AFTER)
      )
        continue;
      return isoDate(day);
    }
  }
  return null;
}
