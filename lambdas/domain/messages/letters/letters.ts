/**
 * What a set of letters to an employer must offer in each language. The letters are written for
 * their language (its greetings, formal address and sign-off), not translated from English, and
 * claim only what was logged.
 */
import type { Interviewer } from "../../types";
import type { Draft } from "../blocks";
import type { RelativeDay } from "../format-when";

/** What a draft may mention: all of it taken from the invite or the user's replies, so all optional. */
export interface DraftContext {
  readonly company: string | null;
  readonly role: string | null;
  readonly interviewers: readonly Interviewer[];
  /** The user said they have other offers: add the "still my first choice" line [001]. */
  readonly hasOtherOffers?: boolean;
  /**
   * The day they said they would decide, when the user logged one ("they said Friday"): only then
   * may a follow-up speak of the timeline "we discussed".
   */
  readonly decisionDate?: string | null;
  /**
   * How many follow-ups the user logged as sent; a second follow-up says "once more" only after a
   * logged first one. @default unknown: the second follow-up assumes the first went out.
   */
  readonly followUpsLogged?: number;
}

export interface Letters {
  /** "Hi Priya and Tom," / "Guten Tag Priya Patel und Tom Becker," — or a neutral greeting. */
  readonly greeting: (interviewers: readonly Interviewer[]) => string;
  /** A short thank-you to everyone met, within 24 hours [002 §4, 004, 000]. */
  readonly thankYou: (context: DraftContext, met: RelativeDay) => Draft;
  /** Polite and brief: they are busy; is the timeline still right; still interested [001, 002 §2, §4]. */
  readonly followUp: (context: DraftContext, number: number) => Draft;
  /** After a rejection: ask, kindly, what could be better next time [003 §6]. */
  readonly feedbackRequest: (context: DraftContext) => Draft;
  /** Move on: closure without bitterness, the door left open [002 §4]. */
  readonly closure: (context: DraftContext) => Draft;
}

/** The interviewers' names as the invite wrote them. */
export function namesAsWritten(interviewers: readonly Interviewer[]): string[] {
  return interviewers.map((person) => person.name?.trim() ?? "").filter((name) => name.length > 0);
}

/** First names, for the informal English greeting ("Hi Priya and Tom,"). */
export function firstNames(interviewers: readonly Interviewer[]): string[] {
  return interviewers
    .map((person) => person.name?.split(/[ ,]/)[0]?.trim() || "")
    .filter((name) => name.length > 0);
}

/** A follow-up after the first may say "once more" only when a first one was logged (or unknown). */
export function firstFollowUpSent(context: DraftContext, number: number): boolean {
  return number > 1 && (context.followUpsLogged === undefined || context.followUpsLogged >= 1);
}

/** How a language says when you met, as the thank-you phrases it ("yesterday", "am Dienstag"). */
export interface DayWords {
  readonly today: string;
  readonly yesterday: string;
  readonly weekday: (weekday: string) => string;
  readonly date: (date: string) => string;
}

export function dayPhrase(day: RelativeDay, words: DayWords): string {
  switch (day.kind) {
    case "today":
      return words.today;
    case "yesterday":
      return words.yesterday;
    case "weekday":
      return words.weekday(day.weekday);
    case "date":
      return words.date(day.date);
  }
}

/** Greeting, a blank line, the lines, a blank line, the sign-off. */
export function letterText(greeting: string, lines: readonly string[], signOff: string): string {
  return [greeting, "", ...lines, "", signOff].join("\n");
}
