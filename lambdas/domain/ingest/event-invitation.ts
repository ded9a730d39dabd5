/**
 * An invitation to an event for many (an open day, an information evening, a job fair, a webinar,
 * a group session to book a slot for) arranges no interview of the reader's own, however warmly it
 * invites and whatever time it gives. A mail that also arranges a one-to-one meeting, a sentence
 * naming an interview with its day or time and no event ("an interview on Tuesday at 10; our open
 * day is on Saturday too"), stays the interview; so does one whose title names an interview.
 */
import type { InviteLexicon } from "../language/invite-lexicon";
import type { Lang } from "../language/lang";
import { LEXICONS } from "../language/lexicons";
import { lexiconPattern, phrasePattern } from "./invite-language";

/** Sentences end after a stop, a question or exclamation mark or a semicolon, or a line; never after a day's number ("8. Dezember"). */
const SENTENCE_BREAK = /(?<=[^\d\s][.!?;])\s+|\n+/u;
/** A clock time or a numeric date ("14:30", "9u30", "15 Uhr", "3 pm", "21.06."): never a count ("5 Fragen"). */
const CLOCK_OR_NUMERIC_DATE =
  /\d{1,2}(?:[:.hu]\d{2}|\s?(?:uhr|h|hs|hrs|am|pm|a\.\s?m|p\.\s?m|uur|ore|heures?|horas?)(?![\p{L}]))|\d{1,2}[./-]\d{1,2}/iu;

/** Each language's weekday names, and its month names: with a clock or a numeric date, what makes a day or time. */
const dayNames = new Map<Lang, { readonly weekdays: RegExp; readonly months: RegExp }>();

function namesADayOrTime(sentence: string, lang: Lang): boolean {
  if (CLOCK_OR_NUMERIC_DATE.test(sentence)) return true;
  let names = dayNames.get(lang);
  if (!names) {
    const { months, weekdays } = LEXICONS[lang];
    // Weekday abbreviations of two letters ("di", "do") are words of their own in most languages.
    const pattern = (words: readonly (readonly string[])[]) =>
      phrasePattern(words.flat().filter((name) => name.length > 2));
    names = { weekdays: pattern(weekdays), months: pattern(months) };
    dayNames.set(lang, names);
  }
  // A month alone names no day ("the interviews take place in January"); with a number it does.
  return names.weekdays.test(sentence) || (/\d/.test(sentence) && names.months.test(sentence));
}

export const EVENT_FOR_MANY = {
  kind: "event",
  reason:
    "it invites to an event for many (an open day, a fair, a webinar or a group session), not an interview of your own",
} as const;

/** What the mail's events say: it invites to one for many, it arranges an interview beside one, or it names none. */
export type EventReading = "event" | "interview" | null;

/** Each lexicon's event words as a global pattern, by its source, to blank them out of a sentence. */
const everyEvent = new Map<string, RegExp>();

/**
 * Whether a sentence with a day or time arranges an interview: it names one before any event it
 * names ("after your interview on Tuesday at 10, stay for our open day"; not "our open day on
 * Saturday at 10, with interviews on the spot", nor a group's "colloqui di gruppo").
 */
function arrangesInterview(sentence: string, events: RegExp, interviewWords: RegExp): boolean {
  const eventAt = sentence.search(events);
  if (eventAt < 0) return interviewWords.test(sentence);
  let every = everyEvent.get(events.source);
  if (!every) {
    every = new RegExp(events.source, "giu");
    everyEvent.set(events.source, every);
  }
  const interviewAt = sentence.replace(every, (event) => " ".repeat(event.length)).search(interviewWords);
  return interviewAt >= 0 && interviewAt < eventAt;
}

export function eventForMany(
  titles: readonly string[],
  body: string,
  lexicon: InviteLexicon,
  /** English interview words, which classify reads with patterns of its own rather than the lexicon's. */
  englishInterviewWords: RegExp,
): EventReading {
  const events = lexiconPattern(lexicon, "eventWords");
  const interviewWords =
    lexicon.lang === "en" ? englishInterviewWords : lexiconPattern(lexicon, "interviewWords");
  // One look at the whole text first: most mails name no event.
  if (!titles.some((title) => events.test(title)) && !events.test(body)) return null;
  let named = false;
  // "Die 5 häufigsten Fragen im Vorstellungsgespräch": a title may name an interview it arranges
  // or only talk of interviews; either way the mail is no event for many.
  let titled = false;
  for (const title of titles) {
    if (events.test(title)) named = true;
    else titled ||= interviewWords.test(title);
  }
  for (const sentence of body.split(SENTENCE_BREAK)) {
    if (arrangesInterview(sentence, events, interviewWords) && namesADayOrTime(sentence, lexicon.lang))
      return "interview";
    named ||= events.test(sentence);
  }
  return named && !titled ? "event" : null;
}
