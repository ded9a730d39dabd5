/**
 * Reads when a meeting is from text, as a careful person would.
 *
 * Only two kinds of words can give an instant: a calendar date ("Tuesday, December 1, 2026",
 * "1 Dec", "01/12/2026", "tomorrow", "next Tuesday") and a clock time ("10:30am", "14:00",
 * "noon"). Durations, lead times and offsets ("24 hours in advance", "join 10 minutes early",
 * "a 30 minute call", "within 2 business days") are neither, so by construction they can never
 * become the interview time. A time must be paired with a date close to it; times next to
 * deadline, past or availability words ("confirm by", "we spoke on", "office hours") are not the
 * meeting. When the candidates left disagree, the answer is "unclear" with what was found: asking
 * costs the user less than a wrong reminder.
 *
 * Every date is computed on wall-clock day numbers (./civil) and placed in a zone once.
 */

import {
  fixedOffsetZone,
  ianaZone,
  type WallZone,
  ZONE_WORD_LIST,
  zoneFromDisplayName,
  zoneFromWord,
} from "../zones";
import type { WorkBudget } from "./budget";
import { civilFromDays, daysFromCivil, isoWeekday, isRealDate, SECONDS_PER_DAY, shortDate } from "./civil";

// ——— vocabulary ———

const MONTHS =
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
const NOT_THE_MEETING = new RegExp(
  [
    // deadlines: "confirm by Friday 5pm", "no later than", "valid until"
    "\\b(?:by|before|no later than|until|till|deadline|expires?|expiring|due)\\b[^\\n.!?]{0,14}$",
    // the past: "we spoke on", "sent: …", "you applied on"
    "\\b(?:sent|wrote|posted|applied|submitted|received|spoke|talked|met|last|since|ago)\\b[^\\n.!?]{0,24}$",
    // hours and availability, not a meeting: "office hours", "available Tuesday 2pm", "between 2 and 4pm"
    "\\b(?:between|office hours|business hours|opening hours|availability)\\b[^\\n.!?]{0,30}$",
  ].join("|"),
  "i",
);
/** Words that make a time the meeting's. */
const MEETING_WORDS =
  /\b(?:interview|call|chat|meeting|meet|screen(?:ing)?|session|scheduled|confirmed|booked|invit\w*|round|onsite|on-site|zoom|teams|webex|when|date|time|start|conversation|speak|talk|join|appointment|slot)\b/i;
/** Words that make several times choices rather than one meeting. */
const CHOICE_WORDS =
  /\b(?:options?|choose|choice|select|pick|availability|available|slots?|which (?:of these|one|works|time)|let us know which|alternatively|or)\b/i;

// ——— zones ———

export interface ZoneRead {
  readonly zone: WallZone;
  /** Canonical IANA name, or null for an offset. */
  readonly name: string | null;
  readonly phrase: string;
  readonly length: number;
}

const escapeRegex = (word: string) => word.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const ZONE_WORDS_PATTERN = ZONE_WORD_LIST.map(escapeRegex).join("|");
/** A zone phrase right after a time: "PT", "(CET)", "Eastern Time (US & Canada)", "GMT+1", "(GMT-05:00) Eastern Time", "Europe/Berlin". */
const ZONE_AFTER = new RegExp(
  `^[ ]?(?:\\(|,|-|in|\\[)?[ ]?(?:((?:GMT|UTC)[ ]?[+-][ ]?\\d{1,2}(?::?\\d{2})?)\\)?[ ]?)?(?:(${ZONE_WORDS_PATTERN})(?:[ ]time)?\\b(?:[ ]?\\((?:US|U\\.S\\.)[ ](?:&|and)[ ]Canada\\))?|([A-Z][a-z]+/[A-Za-z_]+(?:/[A-Za-z_]+)?))?`,
  "i",
);

/** Short zone words read in lower case too ("est", "cet"); any other short word counts only in capitals. */
const LOWERCASE_ZONES = new Set([
  "est",
  "edt",
  "cst",
  "cdt",
  "mst",
  "mdt",
  "pst",
  "pdt",
  "gmt",
  "bst",
  "cet",
  "cest",
  "aest",
  "aedt",
  "utc",
]);

/** Reads a zone phrase at the start of `text`; short abbreviations count only in capitals. */
export function readZoneAt(text: string): ZoneRead | null {
  const match = ZONE_AFTER.exec(text.slice(0, 80));
  if (!match || (!match[1] && !match[2] && !match[3])) return cityTime(text);
  const [, offsetText, word, area] = match;
  let name: string | null = null;
  if (word) {
    const bare = word.replace(/\./g, "");
    const shortWord = bare.length <= 4 && !word.includes(" ");
    if (!shortWord || word === word.toUpperCase() || LOWERCASE_ZONES.has(bare.toLowerCase())) {
      name = zoneFromWord(word);
      // "Central Time - Chicago": a city after the word settles which zone is meant.
      const city = /^\s?[-(,]\s?([A-Z][A-Za-z .]+?)\)?(?:\n|$|[,;.])/.exec(
        text.slice(match[0].length, match[0].length + 40),
      );
      if (city?.[1]) name = zoneFromDisplayName(city[1]) ?? name;
    }
  } else if (area) name = zoneFromWord(area);
  if (!name && offsetText) {
    // "(UTC+01:00) Amsterdam, Berlin, Bern…": the cities after the offset name the zone.
    const rest = text.slice(match[0].length, match[0].length + 80).split("\n")[0] ?? "";
    const display = /^[ ]?[A-Z][\w .,&()-]+/.exec(rest)?.[0];
    const fromDisplay = display ? zoneFromDisplayName(display) : null;
    if (fromDisplay && display) {
      name = fromDisplay;
      const zone = ianaZone(name);
      if (zone)
        return {
          zone,
          name,
          phrase: `${match[0]}${display}`.trim(),
          length: match[0].length + display.length,
        };
    }
  }
  let zone = name ? ianaZone(name) : null;
  if (!zone) name = null;
  if (!zone && offsetText) {
    const offset = /([+-])\s?(\d{1,2})(?::?(\d{2}))?/.exec(offsetText);
    const hours = Number(offset?.[2] ?? 99);
    if (offset && hours <= 14) {
      const seconds = hours * 3600 + Number(offset[3] ?? 0) * 60;
      zone = fixedOffsetZone(offset[1] === "-" ? -seconds : seconds);
    }
  }
  if (!zone) return null;
  const phrase =
    name || !offsetText ? match[0] : match[0].slice(0, match[0].indexOf(offsetText) + offsetText.length);
  return {
    zone,
    name,
    phrase: phrase.replace(/^[\s(,\-[]+|[\s)\]]+$/g, "").replace(/^in\s/, ""),
    length: phrase.length,
  };
}

/** "(Paris time)", "Sydney time", "London time": a city's zone. */
function cityTime(text: string): ZoneRead | null {
  const match = /^[ ]?[(,-]?[ ]?([A-Z][a-z]+(?:[ ][A-Z][a-z]+)?)[ ]time\b\)?/.exec(text.slice(0, 40));
  const name = match?.[1] ? zoneFromDisplayName(match[1]) : null;
  const zone = name ? ianaZone(name) : null;
  return match && zone
    ? { zone, name, phrase: match[0].replace(/^[ (,-]+|[ )]+$/g, ""), length: match[0].length }
    : null;
}

/** "Time zone: Eastern Time" lines, and a lone zone line under a date ("Central Time - Chicago"). */
function zoneLines(text: string): ZoneRead[] {
  const found: ZoneRead[] = [];
  // "(all times Pacific)", "all times are in CET", "times shown in Eastern Time".
  for (const match of text.matchAll(
    /\b(?:all times|times (?:are|shown|listed|below))(?: are| shown)?(?: in)?\s+/gi,
  )) {
    const zone = readZoneAt(text.slice((match.index ?? 0) + match[0].length));
    if (zone) found.push(zone);
  }
  for (const match of text.matchAll(/^[ ]*(?:time ?zone|tz)[ ]*:[ ]*(.{2,80})$/gim)) {
    const zone = readZoneAt(match[1] ?? "") ?? displayZone(match[1] ?? "");
    if (zone) found.push(zone);
  }
  return found;
}

function displayZone(text: string): ZoneRead | null {
  const name = zoneFromDisplayName(text);
  const zone = name ? ianaZone(name) : null;
  return zone ? { zone, name, phrase: text.trim(), length: text.length } : null;
}

// ——— mentions ———

interface DateMention {
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

interface TimeMention {
  readonly index: number;
  readonly end: number;
  readonly text: string;
  /** Seconds after midnight. */
  readonly start: number;
  readonly finish: number | null;
  readonly zone: ZoneRead | null;
  readonly note: string | null;
}

export interface LocaleCues {
  /** True when numeric dates are day first (01/12 is 1 December), false month first, null unknown. */
  readonly dayFirst: boolean | null;
  /** Where dayFirst came from, for the guess sentence. */
  readonly because: string | null;
  /** The sender's country domain ("ie", "cn"), which decides what an ambiguous abbreviation means. */
  readonly country?: string | null;
}

/**
 * Abbreviations that mean another zone in the sender's country: IST is Irish in Dublin and Israeli
 * in Tel Aviv, CST is China Standard Time in Beijing, BST Bangladesh time in Dhaka.
 */
const ABBREVIATION_BY_COUNTRY: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  IST: { ie: "Europe/Dublin", il: "Asia/Jerusalem" },
  CST: { cn: "Asia/Shanghai", tw: "Asia/Taipei", cu: "America/Havana" },
  BST: { bd: "Asia/Dhaka" },
  AST: { sa: "Asia/Riyadh", kw: "Asia/Kuwait", qa: "Asia/Qatar", bh: "Asia/Bahrain", iq: "Asia/Baghdad" },
};

/** Offsets (hours) of the summer/winter-specific abbreviations: "3pm EDT" written in December is a slip. */
const SEASONAL_OFFSETS: Readonly<Record<string, number>> = {
  EST: -5,
  EDT: -4,
  CST: -6,
  CDT: -5,
  MST: -7,
  MDT: -6,
  PST: -8,
  PDT: -7,
  BST: 1,
  CET: 1,
  CEST: 2,
  EET: 2,
  EEST: 3,
  AEST: 10,
  AEDT: 11,
  NZST: 12,
  NZDT: 13,
};

/** The zone a phrase names, read in the sender's country when the abbreviation is ambiguous. */
function inCountry(read: ZoneRead, country: string | null | undefined): ZoneRead {
  const word = /^\(?([A-Z]{3})\)?$/.exec(read.phrase)?.[1];
  const name = word && country ? ABBREVIATION_BY_COUNTRY[word]?.[country] : undefined;
  const zone = name ? ianaZone(name) : null;
  return name && zone ? { zone, name, phrase: read.phrase, length: read.length } : read;
}

/** Works out the day/month order numeric dates in this text use, from the strongest cue present. */
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
  const spelledDayFirst = SPELLED_DAY_FIRST.test(text);
  const spelledMonthFirst = SPELLED_MONTH_FIRST.test(text);
  if (spelledDayFirst !== spelledMonthFirst)
    return {
      dayFirst: spelledDayFirst,
      because: `the message spells dates ${spelledDayFirst ? "day" : "month"} first`,
    };
  if (hints.userZone)
    return hints.userZone.startsWith("America/")
      ? { dayFirst: false, because: "your zone is in the Americas" }
      : { dayFirst: true, because: "your zone is outside the Americas" };
  return { dayFirst: null, because: null };
}

const SPELLED_DAY_FIRST = new RegExp(`\\b\\d{1,2}(?:st|nd|rd|th)?\\s+(?:${MONTHS})\\b`, "i");
const SPELLED_MONTH_FIRST = new RegExp(`\\b(?:${MONTHS})\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?\\b`, "i");
const ENDS_WITH_DATE = new RegExp(`(?:${MONTHS})\\.?\\s?$|[\\d/.:]$`, "i");

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
  // An invitation is for the coming months: a reading that has passed, or is most of a year away, is not meant.
  const plausible = (mention: DateMention | null) =>
    mention?.day != null &&
    !mention.problem &&
    mention.day >= writtenDay - 1 &&
    mention.day <= writtenDay + 180;
  if (plausible(asDayFirst) !== plausible(asMonthFirst)) {
    const chosen = plausible(asDayFirst) ? asDayFirst : asMonthFirst;
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

const MERIDIEM_TIME = /\b(\d{1,2})(?:[:.](\d{2}))?\s?([ap])m\b/giy;
const CLOCK = /\b([01]?\d|2[0-3])[:h]([0-5]\d)\b(?::[0-5]\d)?/giy;

/** One clock time at exactly `at`: "2pm", "2:30 PM", "14:00", "14h30", "noon". */
function clockAt(
  text: string,
  at: number,
): {
  seconds: number;
  length: number;
  meridiem: boolean;
  hour: number;
  minute: number;
  explicit24: boolean;
} | null {
  MERIDIEM_TIME.lastIndex = at;
  const meridiem = MERIDIEM_TIME.exec(text);
  if (meridiem) {
    const hour = Number(meridiem[1]);
    const minute = Number(meridiem[2] ?? 0);
    if (hour < 1 || hour > 12 || minute > 59) return null;
    const pm = (meridiem[3] ?? "").toLowerCase() === "p";
    const hour24 = (hour % 12) + (pm ? 12 : 0);
    return {
      seconds: hour24 * 3600 + minute * 60,
      length: meridiem[0].length,
      meridiem: true,
      hour: hour24,
      minute,
      explicit24: false,
    };
  }
  const noon = /^(?:12\s?)?(noon|midday)\b/i.exec(text.slice(at, at + 12));
  if (noon)
    return {
      seconds: 12 * 3600,
      length: noon[0].length,
      meridiem: true,
      hour: 12,
      minute: 0,
      explicit24: false,
    };
  CLOCK.lastIndex = at;
  const clock = CLOCK.exec(text);
  if (clock) {
    const hour = Number(clock[1]);
    const minute = Number(clock[2]);
    const explicit24 = hour >= 13 || hour === 0 || (clock[1] ?? "").length === 2 || /h/i.test(clock[0]);
    const uhr = /^\s?(?:uhr|hrs|h)\b/i.exec(text.slice(at + clock[0].length, at + clock[0].length + 5));
    return {
      seconds: hour * 3600 + minute * 60,
      length: clock[0].length + (uhr?.[0].length ?? 0),
      meridiem: false,
      hour,
      minute,
      explicit24: explicit24 || !!uhr,
    };
  }
  const military = /^([01]\d|2[0-3])([0-5]\d)\s?hrs\b/i.exec(text.slice(at, at + 10));
  if (military) {
    const hour = Number(military[1]);
    const minute = Number(military[2]);
    return {
      seconds: hour * 3600 + minute * 60,
      length: military[0].length,
      meridiem: false,
      hour,
      minute,
      explicit24: true,
    };
  }
  return null;
}

const TIME_START =
  /\b(?:\d{1,2}(?:[:.h]\d{2})?\s?(?:[ap]m\b|uhr\b|hrs\b)|\d{1,2}[:h]\d{2}\b|[01]\d[0-5]\d\s?hrs\b|(?:12\s?)?(?:noon|midday)\b)/gi;
const RANGE_JOIN = /^\s?(?:-|to|until|till|and)\s?/i;

/** Every clock time or range in the text, with a zone phrase written right after it. */
export function findTimes(text: string, budget: WorkBudget): TimeMention[] {
  const mentions: TimeMention[] = [];
  TIME_START.lastIndex = 0;
  let lastEnd = 0;
  for (const match of text.matchAll(TIME_START)) {
    budget.spend(1, "the message's times");
    let index = match.index ?? 0;
    if (index < lastEnd) continue;
    // A number right before, or a decimal: "3.50 pm" is money's business, "1.5 hours" is not a time.
    if (/[\d$£€]$/.test(text.slice(Math.max(0, index - 1), index))) continue;
    const first = clockAt(text, index);
    if (!first) continue;
    let end = index + first.length;
    let finish: number | null = null;
    let note: string | null = null;
    // A bare start before a range's end: "1-2pm", "10 to 11:30am".
    const before = text.slice(Math.max(0, index - 12), index);
    const bare = /(\d{1,2})(?:[:.](\d{2}))?\s?(?:-|to|until|till)\s?$/.exec(before);
    const beforeBare = bare ? before.slice(0, before.length - bare[0].length) : "";
    // "Dec 1 - 2pm" or "12/1-2pm" is a date, then a time: not a range.
    const isDate = ENDS_WITH_DATE.test(beforeBare);
    if (bare && first.meridiem && !isDate) {
      const startHour = Number(bare[1]);
      const startMinute = Number(bare[2] ?? 0);
      if (startHour >= 1 && startHour <= 12 && startMinute <= 59) {
        // The end's am/pm carries back unless that puts the start after the end ("11-12pm" is 11am).
        let hour24 = (startHour % 12) + (first.hour >= 12 ? 12 : 0);
        if (hour24 * 3600 + startMinute * 60 > first.seconds) hour24 -= 12;
        if (hour24 >= 0) {
          finish = first.seconds;
          first.seconds = hour24 * 3600 + startMinute * 60;
          index -= bare[0].length;
        }
      }
    } else {
      const join = RANGE_JOIN.exec(text.slice(end, end + 8));
      if (join) {
        const second = clockAt(text, end + join[0].length);
        if (second && join[0].trim() !== "and") {
          let secondSeconds = second.seconds;
          let firstSeconds = first.seconds;
          // "10:00 - 11:30am": the end's am/pm carries back to a clock start.
          if (!first.meridiem && second.meridiem && !first.explicit24) {
            const hour = first.hour % 12;
            firstSeconds =
              (hour + (second.hour >= 12 && hour + 12 <= second.hour ? 12 : 0)) * 3600 + first.minute * 60;
            first.seconds = firstSeconds;
            first.meridiem = true;
          }
          if (
            !second.meridiem &&
            first.meridiem &&
            !second.explicit24 &&
            second.hour < 12 &&
            first.hour >= 12
          )
            secondSeconds += 12 * 3600;
          finish = secondSeconds;
          end = end + join[0].length + second.length;
        }
      }
    }
    if (!first.meridiem && !first.explicit24 && first.hour >= 1 && first.hour <= 7) {
      // "2:30" without am/pm: afternoon for 1–6 (no one interviews at 2:30 at night); 7 is unclear.
      const written = text.slice(index, index + first.length).trim();
      if (first.hour === 7)
        note = `I read “${written}” as 07:${String(first.minute).padStart(2, "0")} (no am or pm was given)`;
      else {
        note = `I read “${written}” as ${first.hour + 12}:${String(first.minute).padStart(2, "0")} (no am or pm was given)`;
        first.seconds += 12 * 3600;
        if (finish !== null && finish < first.seconds) finish += 12 * 3600;
      }
    }
    if (finish !== null && finish <= first.seconds) finish = null;
    const zone = readZoneAt(text.slice(end, end + 80));
    const zoneEnd = zone ? end + zone.length : end;
    mentions.push({
      index,
      end: zoneEnd,
      text: text.slice(index, zoneEnd).trim(),
      start: first.seconds,
      finish,
      zone,
      note,
    });
    lastEnd = zoneEnd;
    if (mentions.length >= 200) break;
  }
  return mentions;
}

// ——— pairing and choosing ———

export interface WhenContext {
  /** When the original message was written (UTC seconds), if known. */
  readonly writtenUtc: number | null;
  /** The zone it was written in, for relative words ("tomorrow") and zone-less times. */
  readonly writtenZone: WallZone;
  /** The zone for times given without one; null means writtenZone, as a guess. */
  readonly userZone: WallZone | null;
  readonly userZoneName: string | null;
  /** How to name the zone a zone-less time is read in, for the guess ("yours (America/Chicago)"). */
  readonly assumedZone: string;
  readonly cues: LocaleCues;
  readonly budget: WorkBudget;
}

export interface FoundTime {
  readonly start: number;
  readonly end: number | null;
  readonly zone: WallZone;
  /** Canonical IANA name of the zone the time was written in, when the text named one. */
  readonly zoneName: string | null;
  readonly guesses: readonly string[];
}

export type WhenResult =
  | { readonly kind: "found"; readonly time: FoundTime }
  | { readonly kind: "unclear"; readonly reason: string }
  | { readonly kind: "none"; readonly dateOnly: string | null };

interface Candidate {
  readonly start: number;
  readonly end: number | null;
  readonly zone: WallZone;
  readonly zoneName: string | null;
  readonly zoneGiven: boolean;
  readonly day: number;
  readonly strong: boolean;
  /** On a line quoting an earlier message ("> Would Tuesday at 2pm work?"). */
  readonly quoted: boolean;
  readonly label: string;
  readonly guesses: string[];
  readonly index: number;
}

function lineStart(text: string, index: number): number {
  return text.lastIndexOf("\n", index - 1) + 1;
}

function lineEnd(text: string, index: number): number {
  const end = text.indexOf("\n", index);
  return end < 0 ? text.length : end;
}

function formatClock(seconds: number): string {
  const hour = Math.floor(seconds / 3600) % 24;
  const minute = Math.floor((seconds % 3600) / 60);
  return `${String(hour).padStart(2, "0")}:${String(minute).padStart(2, "0")}`;
}

function resolveDay(
  mention: DateMention,
  writtenDay: number,
  explicitDays: readonly number[],
): { day: number; relative: boolean } | null {
  if (mention.day !== null) return { day: mention.day, relative: false };
  const relative = mention.relative;
  if (!relative) return null;
  if (relative.kind === "offset") return { day: writtenDay + relative.days, relative: true };
  if (!relative.modifier) {
    // "2pm on Tuesday works" under "Would Tuesday December 1 at 2pm work?": the one date the
    // message gives for that weekday is the Tuesday meant.
    const named = [...new Set(explicitDays)].filter(
      (day) => isoWeekday(day) === relative.weekday && day >= writtenDay,
    );
    if (named.length === 1 && named[0] !== undefined) return { day: named[0], relative: true };
  }
  const today = isoWeekday(writtenDay);
  let ahead = (relative.weekday - today + 7) % 7;
  if (ahead === 0) ahead = 7;
  if (relative.modifier === "next" || relative.modifier === "following") {
    // "next Tuesday" is the Tuesday of next week (Monday-based); from Saturday or Sunday that is the coming one.
    const nextWeekStart = writtenDay - (today - 1) + 7;
    const candidate = nextWeekStart + (relative.weekday - 1);
    return {
      day: candidate > writtenDay + ahead && today <= 5 ? candidate : writtenDay + ahead,
      relative: true,
    };
  }
  return { day: writtenDay + ahead, relative: true };
}

/**
 * Finds the meeting's time in `text`: the one instant the careful reading leaves, "unclear" with
 * what was found when readings disagree, or "none".
 */
export function findWhen(text: string, context: WhenContext): WhenResult {
  const { writtenZone, budget } = context;
  const now = context.writtenUtc;
  const writtenWall = now !== null ? now + writtenZone.offsetAt(now) : null;
  const writtenDay = writtenWall !== null ? Math.floor(writtenWall / SECONDS_PER_DAY) : null;
  const referenceDay = writtenDay ?? 0;
  const dates = findDates(text, referenceDay, context.cues);
  const explicitDays = dates.flatMap((mention) =>
    mention.day !== null && !mention.problem ? [mention.day] : [],
  );
  const times = findTimes(text, budget);
  const globalZones = zoneLines(text);
  const problems: string[] = [];
  const candidates: Candidate[] = [];
  const weakTimes: string[] = [];
  /** The last time that found its date: a table's later rows share it. */
  const dated: { last: { readonly index: number; readonly date: DateMention } | null } = { last: null };
  for (const time of times) {
    budget.spend(dates.length + 1, "the message's times");
    const start = lineStart(text, time.index);
    const end = lineEnd(text, time.end);
    // The date: on the same line (nearest), else the closest one within the two lines before.
    let date: DateMention | null = null;
    let distance = Number.POSITIVE_INFINITY;
    for (const mention of dates) {
      if (mention.index >= start && mention.end <= end) {
        const gap = mention.index < time.index ? time.index - mention.end : mention.index - time.end;
        if (gap < distance && gap <= 60) {
          date = mention;
          distance = gap;
        }
      }
    }
    if (!date) {
      const windowStart = lineStart(text, lineStart(text, Math.max(0, start - 1)) - 1);
      for (const mention of dates) if (mention.index >= windowStart && mention.end <= start) date = mention;
    }
    if (!date) {
      // "Time: 1:00 PM …" above "Date: Tuesday, 12/08/2026": a labelled table in either order.
      const nextEnd = lineEnd(text, lineEnd(text, end + 1) + 1);
      if (/^\s*[*-]?\s*(?:time|when)\s*:/i.test(text.slice(start, time.index)))
        date = dates.find((mention) => mention.index > end && mention.end <= nextEnd) ?? null;
    }
    const above = dated.last;
    if (!date && above) {
      // A table or itinerary: a time line under an earlier dated time takes that date, while no
      // other date comes between them.
      const between = dates.some((mention) => mention.index > above.index && mention.end <= start);
      if (!between && time.index - above.index <= 600) date = above.date;
    }
    const before = text.slice(
      Math.max(0, (date ? Math.min(date.index, time.index) : time.index) - 80),
      date ? Math.min(date.index, time.index) : time.index,
    );
    if (NOT_THE_MEETING.test(before)) continue;
    const quoted = text.charCodeAt(start) === 62 /* > */;
    if (
      /\bon [^\n]{0,60}\bwrote:?\s*$/i.test(text.slice(time.end, end + 1)) ||
      /\bwrote:\s*$/i.test(text.slice(start, end))
    )
      continue;
    if (!date) {
      weakTimes.push(time.text);
      continue;
    }
    dated.last = { index: time.index, date };
    if (date.problem) {
      problems.push(date.problem);
      continue;
    }
    if (date.relative && writtenDay === null) {
      problems.push(`“${date.text}” depends on when the message was written, which I could not tell`);
      continue;
    }
    // The zone: written after the time, else after a time of the same line, else a "Time zone:" line,
    // else the next line ("Central Time - Chicago" under Google's date line), else the user's.
    const nextLine = text.slice(end + 1, lineEnd(text, end + 1));
    const zoneRead =
      time.zone ??
      times.find((other) => other.zone && other.index >= start && other.end <= end)?.zone ??
      globalZones[0] ??
      (/^\s*\(?(?:GMT|UTC)|time\b|^[A-Z][a-z]+\/[A-Z]/i.test(nextLine)
        ? (readZoneAt(nextLine) ?? displayZone(nextLine))
        : null);
    const inZone = zoneRead ? inCountry(zoneRead, context.cues.country) : null;
    const zone = inZone?.zone ?? context.userZone ?? writtenZone;
    const zoneName = inZone ? inZone.name : context.userZoneName;
    const resolved = resolveDay(date, referenceDay, explicitDays);
    if (!resolved) continue;
    const wall = resolved.day * SECONDS_PER_DAY + time.start;
    const startUtc = zone.toUtc(wall);
    const endUtc = time.finish !== null ? zone.toUtc(resolved.day * SECONDS_PER_DAY + time.finish) : null;
    const sentence = text.slice(Math.max(lineStart(text, Math.min(date.index, time.index)) - 120, 0), end);
    const guesses: string[] = [];
    const label = `${shortDate(resolved.day)} ${formatClock(time.start)}${zoneRead ? ` ${zoneRead.phrase.replace(/^[(,\-\s]+|[)\s]+$/g, "")}` : ""}`;
    if (resolved.relative) guesses.push(`I read “${date.text}” as ${label}.`);
    if (date.note) guesses.push(`${date.note}.`);
    if (time.note) guesses.push(`${time.note}.`);
    const seasonal =
      inZone && inZone === zoneRead ? SEASONAL_OFFSETS[inZone.phrase.replace(/[()\s]/g, "")] : undefined;
    if (seasonal !== undefined && inZone && inZone.zone.offsetAt(startUtc) !== seasonal * 3600)
      guesses.push(
        `The message says ${inZone.phrase.replace(/[()\s]/g, "")}, which is not in force on ${shortDate(resolved.day)}; I read it as the local time there.`,
      );
    candidates.push({
      start: startUtc,
      end: endUtc,
      zone,
      zoneName,
      zoneGiven: zoneRead !== null,
      day: resolved.day,
      strong: MEETING_WORDS.test(sentence),
      quoted,
      label,
      guesses,
      index: time.index,
    });
  }
  // An interview is arranged ahead: times well before the message was written are history.
  const future = now === null ? candidates : candidates.filter((candidate) => candidate.start >= now - 3600);
  // What the message says itself outranks what it quotes; a quote alone counts only when the
  // message's own words name no other day.
  const own = future.filter((candidate) => !candidate.quoted);
  if (own.length === 0 && future.length > 0) {
    const ownDays = dates
      .filter((mention) => text.charCodeAt(lineStart(text, mention.index)) !== 62 /* > */)
      .map((mention) => resolveDay(mention, referenceDay, explicitDays)?.day);
    if (ownDays.length > 0 && !future.some((candidate) => ownDays.includes(candidate.day)))
      return { kind: "unclear", reason: "your message and the one it quotes name different days" };
  }
  const ahead = own.length > 0 ? own : future;
  const distinct = new Map<number, Candidate[]>();
  for (const candidate of ahead) {
    const list = distinct.get(candidate.start);
    if (list) list.push(candidate);
    else distinct.set(candidate.start, [candidate]);
  }
  if (distinct.size === 0) {
    if (problems.length > 0) return { kind: "unclear", reason: problems[0] ?? "" };
    if (weakTimes.length > 0 || candidates.length > 0) return { kind: "none", dateOnly: null };
    const dated = dates.find(
      (mention) =>
        mention.day !== null &&
        !mention.problem &&
        MEETING_WORDS.test(text.slice(Math.max(0, mention.index - 80), mention.end + 40)),
    );
    return { kind: "none", dateOnly: dated ? shortDate(dated.day ?? 0) : null };
  }
  if (problems.length > 0) return { kind: "unclear", reason: problems[0] ?? "" };
  if (distinct.size === 1) {
    const group = [...distinct.values()][0] ?? [];
    return { kind: "found", time: merge(group, context.assumedZone) };
  }
  // Several instants: the sessions of one itinerary, or choices/contradictions.
  const ordered = [...distinct.values()]
    .map((group) => merge(group, context.assumedZone))
    .sort((a, b) => a.start - b.start);
  const firstGroup = [...distinct.values()].flat();
  const sameDay = new Set(firstGroup.map((candidate) => candidate.day)).size === 1;
  const chained = ordered.every((time, index) => {
    const previous = ordered[index - 1];
    return (
      !previous ||
      (previous.end !== null && time.start >= previous.start && time.start <= previous.end + 2 * 3600)
    );
  });
  const choices =
    CHOICE_WORDS.test(text.slice(0, 4000)) &&
    !/\b(?:itinerary|agenda|schedule for the day|sessions?)\b/i.test(text);
  if (sameDay && chained && !choices) {
    const first = ordered[0];
    const last = ordered.at(-1);
    if (first && last) {
      return {
        kind: "found",
        time: {
          ...first,
          end: last.end ?? last.start,
          guesses: [
            ...first.guesses,
            `The message lists ${ordered.length} sessions; I took the start of the first and the end of the last.`,
          ],
        },
      };
    }
  }
  const strong = [...distinct.values()].filter((group) => group.some((candidate) => candidate.strong));
  if (strong.length === 1 && strong[0] && !choices)
    return { kind: "found", time: merge(strong[0], context.assumedZone) };
  const listed = [...distinct.values()]
    .slice(0, 4)
    .map((group) => group[0]?.label ?? "")
    .join("; ");
  return {
    kind: "unclear",
    reason: `the message gives more than one time (${listed}), so it is not clear which is the interview`,
  };
}

function merge(group: readonly Candidate[], assumedZone: string): FoundTime {
  const withZone = group.find((candidate) => candidate.zoneGiven) ?? group[0];
  const end = group.find((candidate) => candidate.end !== null)?.end ?? null;
  const guesses = [...new Set(group.flatMap((candidate) => candidate.guesses))];
  if (withZone && !withZone.zoneGiven)
    guesses.push(`No time zone was given; I read the time in ${assumedZone}.`);
  return {
    start: withZone?.start ?? 0,
    end,
    zone: withZone?.zone ?? fixedOffsetZone(0),
    zoneName: withZone?.zoneName ?? null,
    guesses,
  };
}
