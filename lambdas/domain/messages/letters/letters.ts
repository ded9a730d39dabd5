/**
 * What a set of letters to an employer must offer in each language. The letters are written for
 * their language (its greetings, formal address and sign-off), not translated from English, and
 * claim only what was logged.
 */
import type { Lang } from "../../language/lang";
import type { Interviewer } from "../../types";
import type { Draft } from "../blocks";
import { listOf } from "../catalogue/intl";
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
function namesAsWritten(interviewers: readonly Interviewer[]): string[] {
  return interviewers.map((person) => person.name?.trim() ?? "").filter((name) => name.length > 0);
}

/** First names, for the informal English greeting ("Hi Priya and Tom,"). */
export function firstNames(interviewers: readonly Interviewer[]): string[] {
  return interviewers
    .map((person) => person.name?.split(/[ ,]/)[0]?.trim() || "")
    .filter((name) => name.length > 0);
}

/** A follow-up after the first may say "once more" only when a first one was logged (or unknown). */
function firstFollowUpSent(context: DraftContext, number: number): boolean {
  return number > 1 && (context.followUpsLogged === undefined || context.followUpsLogged >= 1);
}

/** A follow-up's sentences in one language; the last one closes the letter. */
export interface FollowUpSentences {
  readonly first: readonly string[];
  /** After a logged first follow-up: "once more". */
  readonly again: readonly string[];
  /** "Acme remains my first choice" [001], said only when the user has other offers. */
  readonly firstChoice: string;
}

/** How a language says when you met, as the thank-you phrases it ("yesterday", "am Dienstag"). */
export interface DayWords {
  readonly today: string;
  readonly yesterday: string;
  readonly weekday: (weekday: string) => string;
  readonly date: (date: string) => string;
}

/**
 * The frame of a letter in one language: what goes around the sentences (greeting, sign-off, how
 * a company is named) but not the sentences themselves, which each language writes its own way.
 */
export interface LetterFrame {
  readonly language: Lang;
  /** Whose names the greeting uses. @default the names as the invite wrote them */
  readonly greetingNames?: (interviewers: readonly Interviewer[]) => string[];
  /** "Guten Tag Priya Patel und Tom Becker,": `names` joined as the language lists them. */
  readonly greet: (names: string, count: number) => string;
  /** The greeting when no name is known: "Sehr geehrte Damen und Herren,". */
  readonly greetNobody: string;
  /** The closing formula and the signature placeholder. */
  readonly signOff: string;
  /** " bei Acme", " chez Acme": where the role is, with its leading space. */
  readonly atCompany: (company: string) => string;
  /** Between a subject's opening and the role. @default "–" */
  readonly dash?: string;
  readonly whenWeMet: DayWords;
}

/**
 * Words that agree with whom the letter addresses ("usted dedicó" / "ustedes dedicaron"):
 * the form for one named reader, then the one for several or a team.
 */
export type ReaderForms = Readonly<Record<string, readonly [one: string, several: string]>>;

/** The frame's helpers, shared by every letter of a language. */
export interface LetterWriter {
  readonly greeting: (interviewers: readonly Interviewer[]) => string;
  /** " bei Acme", or nothing when the company is not known. */
  readonly at: (context: DraftContext) => string;
  /** "today", "am Dienstag": when you met. */
  readonly when: (day: RelativeDay) => string;
  /**
   * "Nachfrage zu meiner Bewerbung – Engineer bei Acme"; with no role, `fallback` stands in its
   * place ("Merci – ma candidature chez Acme"), or the opening goes straight to the company.
   */
  readonly subject: (opening: string, context: DraftContext, fallback?: string) => string;
  /** Greeting, a blank line, the lines, a blank line, the sign-off. */
  readonly letter: (context: DraftContext, lines: readonly string[], signOff?: string) => string;
  /** Which follow-up sentences apply, the first-choice line before the closing one when it does. */
  readonly followUpLines: (context: DraftContext, number: number, sentences: FollowUpSentences) => string[];
  /** Each word in the form that agrees with the readers: one named reader, or several or a team. */
  readonly agree: <Forms extends ReaderForms>(
    context: DraftContext,
    forms: Forms,
  ) => { readonly [Word in keyof Forms]: string };
}

export function letterWriter(frame: LetterFrame): LetterWriter {
  const names = frame.greetingNames ?? namesAsWritten;
  const greeting = (interviewers: readonly Interviewer[]) => {
    const known = names(interviewers);
    return known.length > 0
      ? frame.greet(listOf(frame.language, known, "conjunction"), known.length)
      : frame.greetNobody;
  };
  const at = (context: DraftContext) => (context.company ? frame.atCompany(context.company) : "");
  return {
    greeting,
    at,
    when: (day) => dayPhrase(day, frame.whenWeMet),
    subject: (opening, context, fallback) => {
      const role = context.role ?? fallback;
      return `${opening}${role ? ` ${frame.dash ?? "–"} ${role}` : ""}${at(context)}`;
    },
    letter: (context, lines, signOff = frame.signOff) =>
      [greeting(context.interviewers), "", ...lines, "", signOff].join("\n"),
    followUpLines: (context, number, { first, again, firstChoice }) => {
      const lines = firstFollowUpSent(context, number) ? again : first;
      return context.hasOtherOffers ? [...lines.slice(0, -1), firstChoice, ...lines.slice(-1)] : [...lines];
    },
    agree: (context, forms) => {
      const one = namesAsWritten(context.interviewers).length === 1;
      const chosen = Object.entries(forms).map(([word, [single, several]]) => [word, one ? single : several]);
      return Object.fromEntries(chosen) as { readonly [Word in keyof typeof forms]: string };
    },
  };
}

function dayPhrase(day: RelativeDay, words: DayWords): string {
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
