/**
 * Date mentions in text: "Tuesday, December 1, 2026", "1 Dec", "01/12/2026" (day or month first by
 * the sender's habits and country), "tomorrow", "next Tuesday". Every date is a wall-clock day
 * number (./civil).
 */
import { civilFromDays, daysFromCivil, isoWeekday, isRealDate, shortDate } from "./civil";

export const MONTHS =
  "jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?";
const WEEKDAYS =
  "mon(?:day)?|tue(?:s(?:day)?)?|wed(?:nesday)?|thu(?:r(?:s(?:day)?)?)?|fri(?:day)?|sat(?:urday)?|sun(?:day)?";

function monthNumber(word: string): number {
  const key = word.slice(0, 3).toLowerCase();
  return (
    ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"].indexOf(key) + 1
  );
}

function weekdayNumber(word: string): number {
  const key = word.slice(0, 2).toLowerCase();
  return ["mo", "tu", "we", "th", "fr", "sa", "su"].indexOf(key) + 1;
}

const ORDINAL = "(?:st|nd|rd|th)?";
/** "Tuesday, December 1, 2026", "Tue Dec 1", "December 1st" */
const MONTH_FIRST = new RegExp(
  `\\b(?:(${WEEKDAYS})\\.?,?\\s+(?:the\\s+)?)?(${MONTHS})\\.?\\s+(\\d{1,2})${ORDINAL}\\b(?:,?\\s+(\\d{4})\\b)?`,
  "gi",
);
/** "Tuesday 1 December 2026", "1st of Dec", "Tue, 01 Dec" */
const DAY_FIRST = new RegExp(
  `\\b(?:(${WEEKDAYS})\\.?,?\\s+(?:the\\s+)?)?(\\d{1,2})${ORDINAL}\\.?(?:\\s+of)?\\s+(${MONTHS})\\b\\.?(?:,?\\s+(\\d{4})\\b)?`,
  "gi",
);
/** "01/12/2026", "2026-12-01", "1.12.2026", "Tue 12/01/26" */
const NUMERIC = new RegExp(
  `(?:\\b(${WEEKDAYS})\\.?,?\\s+)?(?<![\\d./-])(\\d{1,4})([/.-])(\\d{1,2})\\3(\\d{4}|\\d{2})(?![\\d]|[./-]\\d)`,
  "gi",
);
/** "Tue 12/01" (no year): only after a weekday or "on", where it cannot be a fraction or "24/7". */
const NUMERIC_SHORT = new RegExp(
  `(?:\\b(${WEEKDAYS})\\.?,?\\s+|\\bon\\s+)(\\d{1,2})/(\\d{1,2})(?![\\d/])`,
  "gi",
);
const RELATIVE = /\b(today|tonight|tomorrow|day after tomorrow)\b/gi;
/** A weekday on its own: full names in any case, abbreviations only as "Tue 2pm" or "Tue, at 2pm". */
const WEEKDAY_ALONE =
  /\b(?:(this|next|coming|following)\s+)?(monday|tuesday|tues|wednesday|thursday|thurs|friday|saturday|sunday)\b|\b(?:(This|Next|this|next)\s+)?(Mon|Tue|Wed|Thu|Fri|Sat|Sun)\.?,?(?=\s+(?:at\s+|@\s*)?\d)/gi;

/** Deadline, past and availability words: a date or time right after them is not the meeting. */

export interface DateMention {
  readonly index: number;
  readonly end: number;
  readonly text: string;
  /** A definite day number, when the text names one. */
  readonly day: number | null;
  /** For relative words: how to get the day from the written date. */
  readonly relative:
    | { readonly kind: "offset"; readonly days: number }
    | { readonly kind: "weekday"; readonly weekday: number; readonly modifier: string | null }
    | null;
  /** A weekday written beside a date, to check it. */
  readonly weekday: number | null;
  /** Why the day is unclear (day/month order unknown, weekday disagrees). */
  readonly problem: string | null;
  /** How an ambiguous numeric date was read, for the user. */
  readonly note: string | null;
}

export interface LocaleCues {
  /** True when numeric dates are day first (01/12 is 1 December), false month first, null unknown. */
  readonly dayFirst: boolean | null;
  /** Where dayFirst came from, for the guess sentence. */
  readonly because: string | null;
  /** The sender's country domain ("ie", "cn"), which decides what an ambiguous abbreviation means. */
  readonly country?: string | null;
  /** True when the order comes only from the user's zone: weaker than a date that has passed. */
  readonly weak?: boolean;
}

/**
 * How a signature shows the sender's country: a US or Canadian phone number ("(512) 555-0142",
 * "+1 415…") or a US state and ZIP code ("Austin, TX 78701") writes dates month first; a UK
 * postcode or a +44 number, day first.
 */
const MONTH_FIRST_COUNTRY = [
  /(?:\+1[ .-]?)?\(\d{3}\)[ .-]?\d{3}-\d{4}\b/, // (512) 555-0142
  /\+1[ .-]\d{3}[ .-]\d{3}[ .-]\d{4}\b/, // +1 415 555 0100
  /,[ ][A-Z]{2}[ ]\d{5}(?:-\d{4})?\b/, // Austin, TX 78701
];
const DAY_FIRST_COUNTRY = [
  /\+44[ ]?\(?0?\)?[ ]?\d{2,4}/, // +44 117 496 0000
  /\b[A-Z]{1,2}\d[A-Z\d]?[ ]\d[A-Z]{2}\b/, // BS1 4DJ
];

/**
 * Abbreviations that mean another zone in the sender's country: IST is Irish in Dublin and Israeli
 * in Tel Aviv, CST is China Standard Time in Beijing, BST Bangladesh time in Dhaka.
 */
export function localeCues(
  text: string,
  hints: { readonly senderDomains: readonly (string | null)[]; readonly userZone: string | null },
): LocaleCues {
  const order = dayOrder(text, hints);
  const tld = hints.senderDomains.find(Boolean)?.toLowerCase().split(".").pop() ?? null;
  return { dayFirst: order.dayFirst, because: order.because, country: tld && tld.length === 2 ? tld : null };
}

function dayOrder(
  text: string,
  hints: { readonly senderDomains: readonly (string | null)[]; readonly userZone: string | null },
): LocaleCues {
  for (const match of text.matchAll(NUMERIC)) {
    const [a, b] = [Number(match[2]), Number(match[4])];
    if ((match[2] ?? "").length === 4) continue;
    if (match[3] === ".") return { dayFirst: true, because: "the message writes dates day first" };
    if (a > 12 && b <= 12) return { dayFirst: true, because: "the message writes dates day first" };
    if (b > 12 && a <= 12) return { dayFirst: false, because: "the message writes dates month first" };
  }
  const zone = /\b(?:ET|EST|EDT|CT|CST|CDT|MT|MST|MDT|PT|PST|PDT|Eastern|Central|Pacific|Mountain)\b/.exec(
    text,
  );
  if (zone) return { dayFirst: false, because: "the times are in a US zone" };
  const european = /\b(?:BST|GMT|CET|CEST|EET|EEST|WET|IST|AEST|AEDT|ACST|AWST|NZST|NZDT|SGT|UK time)\b/.exec(
    text,
  );
  if (european) return { dayFirst: true, because: `the times are in ${european[0]}` };
  for (const domain of hints.senderDomains) {
    const tld = domain?.toLowerCase().split(".").pop() ?? "";
    if (DAY_FIRST_TLDS.has(tld)) return { dayFirst: true, because: `the sender writes from .${tld}` };
    if (tld === "us") return { dayFirst: false, because: "the sender writes from .us" };
  }
  if (MONTH_FIRST_COUNTRY.some((pattern) => pattern.test(text)))
    return { dayFirst: false, because: "the sender's signature is in the US" };
  if (DAY_FIRST_COUNTRY.some((pattern) => pattern.test(text)))
    return { dayFirst: true, because: "the sender's signature is in the UK" };
  const spelledDayFirst = SPELLED_DAY_FIRST.test(text);
  const spelledMonthFirst = SPELLED_MONTH_FIRST.test(text);
  if (spelledDayFirst !== spelledMonthFirst)
    return {
      dayFirst: spelledDayFirst,
      because: `the message spells dates ${spelledDayFirst ? "day" : "month"} first`,
    };
  if (hints.userZone)
    return hints.userZone.startsWith("America/")
      ? { dayFirst: false, because: "your zone is in the Americas", weak: true }
      : { dayFirst: true, because: "your zone is outside the Americas", weak: true };
  return { dayFirst: null, because: null };
}

const SPELLED_DAY_FIRST = new RegExp(`\\b\\d{1,2}(?:st|nd|rd|th)?\\s+(?:${MONTHS})\\b`, "i");
const SPELLED_MONTH_FIRST = new RegExp(`\\b(?:${MONTHS})\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?\\b`, "i");
const DAY_FIRST_TLDS = new Set([
  "uk",
  "ie",
  "au",
  "nz",
  "in",
  "sg",
  "za",
  "de",
  "fr",
  "es",
  "it",
  "nl",
  "be",
  "ch",
  "at",
  "se",
  "dk",
  "no",
  "fi",
  "pl",
  "pt",
  "cz",
  "gr",
  "hu",
  "ro",
  "br",
  "ar",
  "mx",
  "co",
  "cl",
  "eu",
  "my",
  "pk",
  "ng",
  "ke",
  "il",
  "tr",
  "hk",
]);

function yearFor(month: number, day: number, written: number): number {
  const { year } = civilFromDays(written);
  // The nearest such date that is not well before the message was written.
  for (const candidate of [year, year + 1])
    if (isRealDate(candidate, month, day) && daysFromCivil(candidate, month, day) >= written - 31)
      return candidate;
  return year + 1;
}

function fullYear(text: string | undefined): number | null {
  if (!text) return null;
  const value = Number(text);
  return text.length === 2 ? 2000 + value : value;
}

function datedMention(
  match: RegExpMatchArray,
  weekdayText: string | undefined,
  year: number | null,
  month: number,
  day: number,
  written: number,
  note: string | null = null,
): DateMention | null {
  const actualYear = year ?? yearFor(month, day, written);
  const index = match.index ?? 0;
  const weekday = weekdayText ? weekdayNumber(weekdayText) : null;
  if (!isRealDate(actualYear, month, day)) return null;
  const days = daysFromCivil(actualYear, month, day);
  const text = match[0].trim();
  return {
    index,
    end: index + match[0].length,
    text,
    relative: null,
    note,
    day: days,
    weekday,
    problem:
      weekday && isoWeekday(days) !== weekday
        ? `“${text}” does not add up: ${shortDate(days)} is not a ${weekdayText}`
        : null,
  };
}

/** Every date mention in the text, earliest first; overlapping readings keep the longest. */
export function findDates(text: string, writtenDay: number, cues: LocaleCues): DateMention[] {
  const mentions: DateMention[] = [];
  for (const match of text.matchAll(MONTH_FIRST)) {
    const mention = datedMention(
      match,
      match[1],
      fullYear(match[4]),
      monthNumber(match[2] ?? ""),
      Number(match[3]),
      writtenDay,
    );
    if (mention) mentions.push(mention);
  }
  for (const match of text.matchAll(DAY_FIRST)) {
    const mention = datedMention(
      match,
      match[1],
      fullYear(match[4]),
      monthNumber(match[3] ?? ""),
      Number(match[2]),
      writtenDay,
    );
    if (mention) mentions.push(mention);
  }
  for (const match of text.matchAll(NUMERIC)) {
    const mention = numericMention(
      match,
      match[1],
      match[2] ?? "",
      match[3] ?? "/",
      match[4] ?? "",
      match[5] ?? "",
      writtenDay,
      cues,
    );
    if (mention) mentions.push(mention);
  }
  for (const match of text.matchAll(NUMERIC_SHORT)) {
    const mention = numericMention(
      match,
      match[1],
      match[2] ?? "",
      "/",
      match[3] ?? "",
      "",
      writtenDay,
      cues,
    );
    if (mention) mentions.push(mention);
  }
  for (const match of text.matchAll(RELATIVE)) {
    const word = (match[1] ?? "").toLowerCase();
    const days = word === "tomorrow" ? 1 : word === "day after tomorrow" ? 2 : 0;
    const index = match.index ?? 0;
    mentions.push({
      index,
      end: index + match[0].length,
      text: match[0],
      day: null,
      relative: { kind: "offset", days },
      weekday: null,
      problem: null,
      note: null,
    });
  }
  for (const match of text.matchAll(WEEKDAY_ALONE)) {
    const index = match.index ?? 0;
    // Abbreviations count only capitalised ("Sat" is a day, "sat" a verb).
    if (match[4] && !/^[A-Z]/.test(match[4])) continue;
    // "Mon-Fri" and "Monday to Friday" are hours, not a day.
    if (
      /^\s*(?:-|to|through|thru)\s*(?:mon|tue|wed|thu|fri|sat|sun)/i.test(
        text.slice(index + match[0].length, index + match[0].length + 14),
      )
    )
      continue;
    if (
      /(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?\s*(?:-|to|through|thru)\s*$/i.test(
        text.slice(Math.max(0, index - 14), index),
      )
    )
      continue;
    mentions.push({
      index,
      end: index + match[0].length,
      text: match[0].trim(),
      day: null,
      relative: {
        kind: "weekday",
        weekday: weekdayNumber(match[2] ?? match[4] ?? ""),
        modifier: (match[1] ?? match[3])?.toLowerCase() ?? null,
      },
      weekday: null,
      problem: null,
      note: null,
    });
  }
  // Keep the longest of overlapping mentions ("Tuesday" inside "Tuesday, December 1").
  mentions.sort((a, b) => a.index - b.index || b.end - a.end);
  const kept: DateMention[] = [];
  for (const mention of mentions) {
    const previous = kept.at(-1);
    if (previous && mention.index < previous.end) {
      if (mention.end - mention.index > previous.end - previous.index) kept[kept.length - 1] = mention;
      continue;
    }
    kept.push(mention);
  }
  return kept;
}

function numericMention(
  match: RegExpMatchArray,
  weekdayText: string | undefined,
  first: string,
  separator: string,
  second: string,
  third: string,
  writtenDay: number,
  cues: LocaleCues,
): DateMention | null {
  const a = Number(first);
  const b = Number(second);
  if (first.length === 4) {
    // 2026-12-01
    return third.length === 2 && isRealDate(a, b, Number(third))
      ? datedMention(match, weekdayText, a, b, Number(third), writtenDay)
      : null;
  }
  if (first.length === 3) return null;
  const year = fullYear(third || undefined);
  if (year !== null && (year < 1900 || year > 2200)) return null;
  const dayFirst = separator === "." ? true : a > 12 ? true : b > 12 ? false : a === b ? true : null;
  if (dayFirst !== null)
    return datedMention(match, weekdayText, year, dayFirst ? b : a, dayFirst ? a : b, writtenDay);
  // Both readings are dates: a weekday beside it decides, then the message's habits.
  const asDayFirst = datedMention(match, weekdayText, year, b, a, writtenDay);
  const asMonthFirst = datedMention(match, weekdayText, year, a, b, writtenDay);
  if (weekdayText) {
    if (asDayFirst && !asDayFirst.problem && asMonthFirst?.problem) return asDayFirst;
    if (asMonthFirst && !asMonthFirst.problem && asDayFirst?.problem) return asMonthFirst;
  }
  // An invitation is for the coming months: a reading that has passed is not meant; one most of a
  // year away is unlikely, unless the sender's own habits say so ("4/6/2027" from a UK sender).
  // Without a year, a reading next year means this year's has passed ("12/10" in November).
  const upcoming = (mention: DateMention | null) =>
    mention?.day != null &&
    !mention.problem &&
    mention.day >= writtenDay - 1 &&
    (year !== null || mention.day <= writtenDay + 300);
  const soon = (mention: DateMention | null) => upcoming(mention) && (mention?.day ?? 0) <= writtenDay + 180;
  const strongCues = cues.dayFirst !== null && !cues.weak;
  for (const [test, strong] of [
    [upcoming, true],
    [soon, !strongCues],
  ] as const) {
    if (!strong || test(asDayFirst) === test(asMonthFirst)) continue;
    const chosen = test(asDayFirst) ? asDayFirst : asMonthFirst;
    const other = chosen === asDayFirst ? asMonthFirst : asDayFirst;
    if (chosen?.day != null)
      return {
        ...chosen,
        note: `I read “${match[0].trim()}” as ${shortDate(chosen.day)}${other?.day != null ? ` (not ${shortDate(other.day)}, which is not in the coming months)` : ""}`,
      };
  }
  if (cues.dayFirst === null) {
    const index = match.index ?? 0;
    return {
      index,
      end: index + match[0].length,
      text: match[0].trim(),
      day: asMonthFirst?.day ?? null,
      relative: null,
      weekday: null,
      problem: `“${match[0].trim()}” could be ${asMonthFirst?.day ? shortDate(asMonthFirst.day) : "?"} or ${asDayFirst?.day ? shortDate(asDayFirst.day) : "?"}`,
      note: null,
    };
  }
  const chosen = cues.dayFirst ? asDayFirst : asMonthFirst;
  if (!chosen) return null;
  return {
    ...chosen,
    note:
      chosen.day !== null
        ? `I read “${match[0].trim()}” as ${shortDate(chosen.day)} (${cues.dayFirst ? "day" : "month"} first, as ${cues.because})`
        : null,
  };
}
