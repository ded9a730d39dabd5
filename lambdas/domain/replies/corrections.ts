/**
 * Corrections of what a forward was read as, written as short commands in a reply to the
 * confirmation: "date is Nov 24 10:30am PT", "company Lumen Freight", "role Staff Frontend
 * Engineer", "add interviewer Lena Fischer", "remove Talent". These are the product's own
 * words, read whatever the language; corrections in the reply's language ("me equivoqué, es el
 * 15 no el 16") are read by its grammar (corrections-grammar.ts).
 */
import type { DateTime } from "luxon";
import { namesBareDay } from "../language/dates";
import type { Lang } from "../language/lang";
import type { Lexicon } from "../language/lexicon";
import { LEXICONS } from "../language/lexicons";
import { escapeRegExp, fold, table } from "../language/phrases";
import { readInstant } from "./dates";

export type Correction =
  | {
      readonly field: "date";
      /** ISO with offset when a time was given; YYYY-MM-DD when only the day was; null: no day. */
      readonly start: string | null;
      /** "HH:mm" when only a time of day was given ("time is 3pm"): the day stays. */
      readonly time: string | null;
      /** The zone written beside the time ("PT"), if any. */
      readonly zone: string | null;
      readonly written: string;
    }
  | { readonly field: "company" | "role"; readonly value: string }
  | {
      readonly field: "add-interviewer";
      readonly people: ReadonlyArray<{ name: string | null; email: string | null }>;
    }
  | { readonly field: "remove"; readonly value: string };

const DATE = new RegExp(
  [
    "^(?:the )?(?:correct |right |actual |real |new )?(?:",
    ["date(?: and time)?", "time", "start(?: time)?", "interview date", "interview time", "when"].join("|"),
    String.raw`)(?:\s+is|\s*:|\s*=|\s+should be|\s+was)?\s+(.+)$`,
  ].join(""),
  "i",
);
const MOVED = new RegExp(
  [
    "^(?:",
    [
      "(?:they |it |the interview |interview )?(?:was |has been |got |is )?(?:moved|rescheduled|changed|shifted)(?: it| the interview)? to",
      "it'?s (?:actually |really )?(?:on|at)",
      "the interview is (?:actually |really )?(?:on|at)",
      "interview is (?:on|at)",
    ].join("|"),
    String.raw`)\s+(.+)$`,
  ].join(""),
  "i",
);
/** "company is X", "company: X", or bare "company X" — but not "company was great". */
const COMPANY = new RegExp(
  [
    "^(?:the )?(?:company|employer|company name)(?:",
    [
      String.raw`(?:\s+is|\s*:|\s*=|\s+should be)\s+(.+)`,
      String.raw`\s+(?!(?:was|is|has|had|got|been|seems|looks|did|does|will|would|went|said|called|closed|filled)\b)(.+)`,
    ].join("|"),
    ")$",
  ].join(""),
  "i",
);
const ROLE = new RegExp(
  [
    "^(?:the )?(?:role|position|job title|title)(?:",
    [
      String.raw`(?:\s+is|\s*:|\s*=|\s+should be)\s+(.+)`,
      String.raw`\s+(?!(?:was|is|has|had|got|been|seems|looks|did|does|will|would|went|said|called|closed|filled|cancell?ed)\b)(.+)`,
    ].join("|"),
    ")$",
  ].join(""),
  "i",
);
const ADD = new RegExp(
  [
    "^(?:",
    [
      String.raw`add (?:the |an |another )?interviewers?\s*:?`,
      "add",
      "also met",
      "i also met",
      String.raw`(?:the |my )?interviewers?(?:\s+(?:is|are|was|were))?\s*:?`,
      "add interviewer is",
    ].join("|"),
    String.raw`)\s+(.+)$`,
  ].join(""),
  "i",
);
const REMOVE = /^(?:remove|delete|drop|take out)(?: interviewer| the interviewer| person)?\s*:?\s+(.+)$/i;
const NOT_AN_INTERVIEWER = /^(.+?)\s+(?:is not|isn't|was not|wasn't) an? (?:interviewer|person)\b/i;

/** "wrong company, it's Lumen Freight", "incorrect date: Dec 3 at 2pm". */
const WRONG =
  /^(?:(?:that'?s |the )?(?:wrong|incorrect|not right|not the right)\s+)(company|employer|role|position|title|job title|date|time|day|date and time|interviewers?)(?:\s+name)?[\s,:;.!-]+(?:(?:it'?s|it is|should be|is|was|the (?:right|correct) one is|actually)\s+)?(.+)$/i;

/** "remove it", "drop this", "remove me" are about the whole interview, not a field. */
const NOT_A_VALUE = new RegExp(
  [
    "^(?:",
    [
      "it",
      "this",
      "that",
      "me",
      "them",
      "everything",
      "all",
      "all of it",
      "the reminders?",
      "reminders?",
      "this one",
      "the interview",
      "interview",
      "my data",
      "the application",
      "application",
      "this application",
    ].join("|"),
    ")[.!]*$",
  ].join(""),
  "i",
);

/** "delete everything about Acme", "delete my account and all my data": the user's data, not a person. */
const THE_USERS_DATA = /^(?:everything|all\b|my (?:account|data|info|stuff|profile)\b)/i;

/**
 * A role's or company's value that tells how it is, not what it is called: "remote", "still
 * open", "wieder ausgeschrieben" (the lexicon's `corrections.news`).
 */
export function tellsNews(value: string, lang: Lang): boolean {
  return table(LEXICONS[lang].corrections.news).matches(fold(value))[0]?.index === 0;
}

/**
 * A value that opens on a meeting ("moved to the onsite — thursday 10am", "passé à l'entretien
 * final jeudi"): the user moved on to that step, no date put right.
 */
export function opensOnAStep(value: string, lexicon: Lexicon): boolean {
  const folded = fold(value).replace(/^[\s:,-]+/, "");
  const article = table(lexicon.closingObjects.determiners)
    .matches(folded)
    .find((found) => found.index === 0);
  const rest = article ? folded.slice(article.text.length).trimStart() : folded;
  const meeting = table(lexicon.closingObjects.meetings).matches(rest)[0];
  if (!meeting) return false;
  // One word may qualify it ("the final round"), but not a day's ("friday's call").
  // "the interview is at 3", "het gesprek is op 2 december": the meeting's own day, said again.
  const after = rest.slice(meeting.index + meeting.text.length).trimStart();
  if (table(lexicon.corrections.copulas).matches(after)[0]?.index === 0) return false;
  const before = rest.slice(0, meeting.index).trim();
  const dated = [...lexicon.weekdays.flat(), ...lexicon.months.flat(), ...lexicon.relative];
  return before === "" || (/^\p{L}+$/u.test(before) && !table(dated).test(before));
}

function clean(value: string): string {
  return value
    .replace(/^["'“‘]+|["'”’.!,;]+$/g, "")
    .replace(/\s+/g, " ")
    .trim()
    .slice(0, 120);
}

/**
 * "Staff Data Engineer not Senior": the value is what comes before the denial; "Lumen Freight,
 * and the interview is on the 24th": before another field.
 */
function withoutDenial(value: string): string {
  return value
    .replace(/[\s,;]+(?:not|instead of|rather than)\s+.*$/i, "")
    .replace(/\s*[,;]\s*(?:and\s+)?(?:the\s+)?(?:interview|date|time|role|position|company)\b.*$/i, "")
    .trim();
}

export function person(text: string): { name: string | null; email: string | null } {
  const email = /[^\s<>()"',;]+@[^\s<>()"',;]+\.[a-z]{2,}/i.exec(text)?.[0]?.toLowerCase() ?? null;
  const name = clean(text.replace(/<[^>]*>|\([^)]*\)/g, "").replace(email ?? "\u0000", "")) || null;
  return { name, email };
}

/** Each language's month names, with a day number beside them: "Dec 3", "3 juni", "9 marzo". */
const MONTHS = new Map<Lang, RegExp>();

/**
 * Whether a date phrase names a month or a numeric day (then the closest such day is meant, as
 * with a bare day of the month, "the 3rd", "el 6").
 */
function namesExplicitDay(written: string, lang: Lang): boolean {
  let months = MONTHS.get(lang);
  if (!months) {
    const names = LEXICONS[lang].months.flat().map((name) => escapeRegExp(fold(name)));
    const name = `(?:${names.join("|")})`;
    months = new RegExp(
      String.raw`\b${name}\.?\s*\d|\d{1,2}(?:st|nd|rd|th|e|er|º|°)?\.?\s+(?:of\s+|de\s+)?${name}\b`,
      "u",
    );
    MONTHS.set(lang, months);
  }
  const folded = fold(written);
  return (
    months.test(folded) ||
    /\b\d{1,2}[/.-]\d{1,2}\b|\b\d{4}-\d{2}-\d{2}\b/.test(folded) ||
    namesBareDay(written, lang)
  );
}

/**
 * Reads the interview's start from a correction or a reply to "could not find the date"; `found`
 * is where in `written` the date was read.
 */
export function readInterviewDate(
  written: string,
  now: DateTime,
  zone: string,
  lang: Lang = "en",
): {
  start: string | null;
  time: string | null;
  zone: string | null;
  found: { index: number; text: string } | null;
} {
  const found = readInstant(written, now, zone, !namesExplicitDay(written, lang), lang);
  if (!found) return { start: null, time: null, zone: null, found: null };
  const named = found.zoneWritten ? found.zone : null;
  const at = { index: found.index, text: found.text };
  if (!found.hasDay)
    return {
      start: null,
      time: found.hasTime ? found.start.toFormat("HH:mm") : null,
      zone: named,
      found: at,
    };
  return {
    start: found.hasTime
      ? (found.start.toISO({ suppressMilliseconds: true }) ?? null)
      : (found.start.toISODate() ?? null),
    time: null,
    zone: named,
    found: at,
  };
}

/** The correction the first line of a reply makes, or null when it is not one. */
export function readCorrection(firstLine: string, now: DateTime, zone: string): Correction | null {
  // A question is no correction: "the time is 2:30?".
  if (/[?¿]/.test(firstLine)) return null;
  const written = firstLine.trim().replace(/\s+/g, " ");
  const wrong = WRONG.exec(written);
  // "wrong company, it's X" reads as "company X".
  const line =
    wrong?.[1] && wrong[2]
      ? `${wrong[1].toLowerCase().replace(/^interviewers?$/, "add interviewer")} is ${wrong[2]}`
      : written;
  const said = DATE.exec(line);
  const date = said ?? MOVED.exec(line);
  if (date?.[1]) {
    const value = clean(date[1]);
    const read = readInterviewDate(value, now, zone);
    // "it's at Lumen" is not a date: only a moved/"it's on" line that holds one counts.
    if ((read.start || read.time || DATE.test(line)) && (said !== null || !opensOnAStep(value, LEXICONS.en)))
      return { field: "date", start: read.start, time: read.time, zone: read.zone, written: value };
  }
  const company = COMPANY.exec(line);
  const companyValue = withoutDenial(clean(company?.[1] ?? company?.[2] ?? ""));
  if (companyValue && !tellsNews(companyValue, "en")) return { field: "company", value: companyValue };
  const role = ROLE.exec(line);
  const roleValue = withoutDenial(clean(role?.[1] ?? role?.[2] ?? ""));
  if (roleValue && !tellsNews(roleValue, "en")) return { field: "role", value: roleValue };
  const notInterviewer = NOT_AN_INTERVIEWER.exec(line);
  if (notInterviewer?.[1] && clean(notInterviewer[1]))
    return { field: "remove", value: clean(notInterviewer[1]) };
  const remove = REMOVE.exec(line);
  const removed = remove?.[1]?.trim() ?? "";
  if (removed && !NOT_A_VALUE.test(removed) && !THE_USERS_DATA.test(removed) && clean(removed))
    return { field: "remove", value: clean(removed) };
  const add = ADD.exec(line);
  if (add?.[1] && !NOT_A_VALUE.test(add[1].trim())) {
    // "my interviewer was super nice" names nobody: told, not commanded, a name has a capital.
    const told = !/^add\b/i.test(add[0]) && /\b(?:is|are|was|were)\b/i.test(add[0]);
    const people = add[1]
      .split(/\s*(?:,|;|\band\b|&)\s*/i)
      .filter((part) => !told || /\p{Lu}|@/u.test(part))
      .map(person)
      .filter((entry) => entry.name || entry.email);
    if (people.length > 0) return { field: "add-interviewer", people };
  }
  return null;
}
