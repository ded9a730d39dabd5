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

/** How a language says when you met, as the thank-you phrases it ("yesterday", "am Dienstag"). */
export interface DayWords {
  readonly today: string;
  readonly yesterday: string;
  readonly weekday: (weekday: string) => string;
  readonly date: (date: string) => string;
}

/**
 * Words that agree with whom the letter addresses ("usted dedicó" / "ustedes dedicaron"):
 * the form for one named reader, then the one for several or a team.
 */
export type ReaderForms = Readonly<Record<string, readonly [one: string, several: string]>>;

/** What a sentence may use: the draft's context, where the role is, words agreeing with the readers. */
export interface SentenceParts<Forms extends ReaderForms> {
  readonly context: DraftContext;
  /** " bei Acme", or nothing when the company is not known. */
  readonly at: string;
  readonly you: { readonly [Word in keyof Forms]: string };
}

type Sentences<Forms extends ReaderForms> = (parts: SentenceParts<Forms>) => readonly string[];

/**
 * A letter's subject: "Nachfrage zu meiner Bewerbung – Engineer bei Acme". With no role known,
 * `fallback` stands in its place ("Merci – ma candidature chez Acme"), or the opening goes
 * straight to the company.
 */
interface Subject {
  readonly opening: string;
  readonly fallback?: string;
}

/**
 * One language's letters: the frame around them (greeting, sign-off, how a company is named) and
 * each letter's own sentences, which each language writes its own way.
 */
export interface LanguageLetters<Forms extends ReaderForms> {
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
  /** Words that agree with the readers. @default none */
  readonly you?: Forms;
  /** `met`: when you talked, as `whenWeMet` says it. */
  readonly thankYou: Subject & {
    readonly lines: (parts: SentenceParts<Forms>, met: string) => readonly string[];
  };
  /** The last of `first` and of `again` closes the letter. */
  readonly followUp: Subject & {
    readonly first: Sentences<Forms>;
    /** After a logged first follow-up: "once more". */
    readonly again: Sentences<Forms>;
    /** "Acme remains my first choice" [001], said before the closing line when the user has other offers. */
    readonly firstChoice: (parts: SentenceParts<Forms>) => string;
  };
  readonly feedbackRequest: Subject & { readonly lines: Sentences<Forms> };
  /** @default signOff */
  readonly closure: Subject & { readonly lines: Sentences<Forms>; readonly signOff?: string };
}

/** The letters of one language, built from its sentences. */
export function lettersOf<Forms extends ReaderForms = Record<never, never>>(
  texts: LanguageLetters<Forms>,
): Letters {
  const names = texts.greetingNames ?? namesAsWritten;
  const greeting = (interviewers: readonly Interviewer[]) => {
    const known = names(interviewers);
    return known.length > 0
      ? texts.greet(listOf(texts.language, known, "conjunction"), known.length)
      : texts.greetNobody;
  };
  const partsOf = (context: DraftContext): SentenceParts<Forms> => {
    const one = namesAsWritten(context.interviewers).length === 1;
    const forms = Object.entries(texts.you ?? {}).map(([word, [single, several]]) => [
      word,
      one ? single : several,
    ]);
    return {
      context,
      at: context.company ? texts.atCompany(context.company) : "",
      you: Object.fromEntries(forms) as SentenceParts<Forms>["you"],
    };
  };
  const draft = (
    { context, at }: SentenceParts<Forms>,
    { opening, fallback }: Subject,
    lines: readonly string[],
    signOff = texts.signOff,
  ): Draft => {
    const role = context.role ?? fallback;
    return {
      subject: `${opening}${role ? ` ${texts.dash ?? "–"} ${role}` : ""}${at}`,
      body: [greeting(context.interviewers), "", ...lines, "", signOff].join("\n"),
    };
  };
  const { thankYou, followUp, feedbackRequest, closure } = texts;
  return {
    greeting,
    thankYou: (context, met) => {
      const parts = partsOf(context);
      return draft(parts, thankYou, thankYou.lines(parts, dayPhrase(met, texts.whenWeMet)));
    },
    followUp: (context, number) => {
      const parts = partsOf(context);
      const lines = firstFollowUpSent(context, number) ? followUp.again(parts) : followUp.first(parts);
      const withChoice = context.hasOtherOffers
        ? [...lines.slice(0, -1), followUp.firstChoice(parts), ...lines.slice(-1)]
        : lines;
      return draft(parts, followUp, withChoice);
    },
    feedbackRequest: (context) => {
      const parts = partsOf(context);
      return draft(parts, feedbackRequest, feedbackRequest.lines(parts));
    },
    closure: (context) => {
      const parts = partsOf(context);
      return draft(parts, closure, closure.lines(parts), closure.signOff);
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
