/**
 * The decision date (D of the reminder policy) an invitation promises: "we'll get back to you by
 * Friday, December 18", "you'll hear from us on Tuesday". Only a named day counts: "within two
 * business days" or "next week" give no date, and a day before the interview is not a decision
 * date for it.
 */
import type { InviteLexicon } from "../language/invite-lexicon";
import { UTC_ZONE } from "../zones";
import { chronoPieces } from "./chrono-time";
import { civilFromDays, daysFromCivil, isoDate, isoWeekday, isRealDate, SECONDS_PER_DAY } from "./civil";
import { findDates } from "./dates";
import { lexiconPattern, phraseAlternatives, phrasePattern } from "./invite-language";
import type { LocaleCues } from "./locale-cues";

/** The alternatives of PROMISE, one per line. */
const PROMISE_ALTERNATIVES: readonly string[] = (
  "hear back|hear from us|get back to you|get back in touch|be in touch|let you know|" +
  "reach out|decision|update you|follow up with you|feedback|an answer|our answer|next steps|" +
  "respond to you|come back to you|revert|the outcome|make a call|make their call|make our call"
).split("|");

const PROMISE = new RegExp(String.raw`\b(?:${PROMISE_ALTERNATIVES.join("|")})\b`, "i");

/** How far after the interview a promised date may be. */
const MAX_DAYS_AFTER = 120;

export interface DecisionContext {
  /** The day the mail was written: what "next week" counts from. */
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
  const { interviewDay } = context;
  const fits = (day: number, afterThePromise: boolean) =>
    interviewDay === null ||
    // A day written before the promise in its sentence may be the interview's own ("am 1. März …, wir melden uns").
    ((afterThePromise ? day >= interviewDay : day > interviewDay) && day <= interviewDay + MAX_DAYS_AFTER);
  // A dot after a number is an ordinal ("bis zum 18. Dezember"), not the end of the sentence.
  for (const sentence of text.slice(0, 20_000).split(/(?<=\D[.!?])\s+|\n{2,}/)) {
    const promised = promise.exec(sentence);
    if (!promised || asksTheReader(sentence, context.lexicon)) continue;
    const days = [
      ...chronoPieces(sentence, context.lexicon, from * SECONDS_PER_DAY, UTC_ZONE).flatMap((piece) =>
        piece.day === null ? [] : [{ index: piece.index, day: piece.day }],
      ),
      ...extraDays(sentence, from, context),
    ];
    // The promise's own date first ("Rückmeldung bis 18.12."), then one written before it (German verbs come last).
    const after = days.filter((day) => day.index >= promised.index).sort((a, b) => a.index - b.index);
    const before = days.filter((day) => day.index < promised.index);
    const chosen =
      after.find((day) => fits(day.day, true)) ?? before.reverse().find((day) => fits(day.day, false));
    if (chosen) return isoDate(chosen.day);
  }
  return null;
}

/**
 * A question or a request to the reader ("Laat je uiterlijk woensdag weten …?", "Bitte gib uns bis
 * Mittwoch Bescheid"): its date is the reader's to answer by, not the employer's promise.
 */
function asksTheReader(sentence: string, lexicon: InviteLexicon): boolean {
  return /\?\s*$/.test(sentence) || lexiconPattern(lexicon, "readerDeadlinePhrases").test(sentence);
}

interface ExtraPatterns {
  readonly week: RegExp;
  readonly dayOfMonth: RegExp;
  readonly weekEnd: RegExp;
}

const extraPatterns = new WeakMap<InviteLexicon, ExtraPatterns>();

/**
 * Days chrono's locales leave out of a promise: a calendar week ("bis Ende KW 10") gives its
 * Friday, a bare day of the month ("d'ici le 15", "até dia 11") the next such day, the end of a
 * week counted from the mail's ("Ende nächster Woche", "end of next week") that week's Friday.
 */
function extraDays(
  sentence: string,
  from: number,
  context: DecisionContext,
): Array<{ index: number; day: number }> {
  const { lexicon } = context;
  let patterns = extraPatterns.get(lexicon);
  if (!patterns) {
    patterns = {
      week: new RegExp(
        String.raw`(?<![\p{L}])(?:${phraseAlternatives(lexicon.weekWords)})\s*(\d{1,2})(?![\d:/]|[.,]\d)`,
        "giu",
      ),
      dayOfMonth: new RegExp(
        String.raw`(?<![\p{L}])(?:${phraseAlternatives(lexicon.dayOfMonthWords)})\s+(\d{1,2})(?:st|nd|rd|th|er|º|°|ª|e)?\.?(?![\d:/]|[.,]\d|\s*(?:h\b|uhr|uur|heure|hora|ore\b|[ap]\.?m\b))`,
        "giu",
      ),
      weekEnd: phrasePattern(Object.keys(lexicon.weekEndPhrases), "giu"),
    };
    extraPatterns.set(lexicon, patterns);
  }
  const found: Array<{ index: number; day: number }> = [];
  const { year } = civilFromDays(from);
  for (const match of sentence.matchAll(patterns.week)) {
    const week = Number(match[1]);
    const day = [year, year + 1]
      .map((candidate) => fridayOfWeek(candidate, week))
      .find((friday) => friday >= from);
    if (week >= 1 && week <= 53 && day !== undefined) found.push({ index: match.index, day });
  }
  for (const match of sentence.matchAll(patterns.dayOfMonth)) {
    const day = nextDayOfMonth(Number(match[1]), from);
    if (day !== null) found.push({ index: match.index, day });
  }
  for (const match of sentence.matchAll(patterns.weekEnd)) {
    const weeks = lexicon.weekEndPhrases[match[0].toLowerCase().replace(/\s+/g, " ")];
    // "next week" is the mail's next week, whenever the interview is.
    const mailDay = context.writtenDay ?? from;
    if (weeks !== undefined) found.push({ index: match.index, day: fridayOf(mailDay) + weeks * 7 });
  }
  return found;
}

/** The Friday of the week (Monday to Sunday) holding `day`. */
function fridayOf(day: number): number {
  return day - (isoWeekday(day) - 1) + 4;
}

/** The Friday of ISO week `week` of `year`. */
function fridayOfWeek(year: number, week: number): number {
  const january4 = daysFromCivil(year, 1, 4);
  const monday1 = january4 - (isoWeekday(january4) - 1);
  return monday1 + (week - 1) * 7 + 4;
}

/** The first day numbered `dayOfMonth` on or after `from`, within a year. */
function nextDayOfMonth(dayOfMonth: number, from: number): number | null {
  const { year, month } = civilFromDays(from);
  for (let ahead = 0; ahead < 12; ahead++) {
    const candidateMonth = ((month - 1 + ahead) % 12) + 1;
    const candidateYear = year + Math.floor((month - 1 + ahead) / 12);
    if (!isRealDate(candidateYear, candidateMonth, dayOfMonth)) continue;
    const day = daysFromCivil(candidateYear, candidateMonth, dayOfMonth);
    if (day >= from) return day;
  }
  return null;
}

export function findDecisionDate(text: string, context: DecisionContext): string | null {
  if (context.lexicon.lang !== "en") return decisionInLanguage(text, context);
  if (!PROMISE.test(text.slice(0, 20_000))) return null;
  const sentences = text.slice(0, 20_000).split(/(?<=[.!?])\s+|\n{2,}/);
  for (const sentence of sentences) {
    const promise = PROMISE.exec(sentence);
    if (!promise || asksTheReader(sentence, context.lexicon)) continue;
    const after = sentence.slice(promise.index);
    // "by Friday", "on or before 12/18", "around Dec 18", "the week of December 14", "Decision expected: Dec 18".
    if (!/\b(?:by|before|on|no later than|until|end of|around|the week of|expected)\b|:/i.test(after))
      continue;
    // Relative days count from the interview: the promise is about what follows it.
    const from = context.interviewDay ?? context.writtenDay;
    if (from === null) continue;
    const days = findDates(after, from, cuesOnNeed(context)).flatMap((mention) => {
      if (mention.problem) return [];
      if (mention.day === null && mention.relative?.kind === "weekday") {
        const ahead = (mention.relative.weekday - isoWeekday(from) + 7) % 7;
        return [from + (ahead === 0 ? 7 : ahead)];
      }
      return mention.day === null ? [] : [mention.day];
    });
    // "by the 23rd", "in week 51": what the date words leave out.
    const day = [...days, ...extraDays(after, from, context).map((extra) => extra.day)].find(
      (candidate) =>
        context.interviewDay === null ||
        (candidate >= context.interviewDay && candidate <= context.interviewDay + MAX_DAYS_AFTER),
    );
    if (day !== undefined) return isoDate(day);
  }
  return null;
}

/**
 * The message's date habits, read only when a date needs them: most promises write no date that
 * could be read both ways, and reading the habits scans the whole message.
 */
function cuesOnNeed(context: DecisionContext): LocaleCues {
  return {
    get dayFirst() {
      return context.cues.dayFirst;
    },
    get because() {
      return context.cues.because;
    },
    get country() {
      return context.cues.country;
    },
    get weak() {
      return context.cues.weak;
    },
  };
}
