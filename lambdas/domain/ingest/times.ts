/** Clock times in text: "2pm", "2:30 PM", "14:00", "14h30", "1400 hrs", "noon", ranges, and the zone after them. */
import { hourPartsOf } from "../language/dates";
import { EN_DATES } from "../language/en/dates";
import { EN_INVITE } from "../language/en/invite";
import { readZoneAt, type ZoneRead } from "../zones";
import type { WorkBudget } from "./budget";
import { MONTHS, WEEKDAYS } from "./date-words";
import { phraseAlternatives } from "./invite-language";

export interface TimeMention {
  readonly index: number;
  readonly end: number;
  readonly text: string;
  /** Seconds after midnight. */
  readonly start: number;
  readonly finish: number | null;
  readonly zone: ZoneRead | null;
  readonly note: string | null;
}

const ENDS_WITH_DATE = new RegExp(`(?:${MONTHS})\\.?\\s?$|[\\d/.:]$`, "i");

const MERIDIEM_TIME = /\b(\d{1,2})(?:[:.](\d{2}))?\s?([ap])\.?m\b\.?/giy;

/** "one" … "twelve": the English lexicon's hours in words. */
const HOUR_WORDS = EN_INVITE.hourNumbers;
const HOUR_WORD = HOUR_WORDS.join("|");
/** The parts of an hour said before it ("half past", "quarter to", British "half"): the dates lexicon's. */
const HOUR_PARTS = EN_DATES.hourParts
  .filter(([, position]) => position === "before")
  .map(([phrase]) => phrase);
/**
 * Their first words ("half", "quarter"): all a scan of the whole text looks for, as the engine
 * tries each alternative at every place; the part itself is read where one stands (see hourPartAt).
 */
const HOUR_PART_START = phraseAlternatives([
  ...new Set(HOUR_PARTS.map((phrase) => phrase.split(" ")[0] ?? "")),
]);
/** An hour after a part of it: in words, or digits that are no count ("half 2", never "half 10 minutes"). */
const PART_HOUR = String.raw`(?:${HOUR_WORD}|\d{1,2}(?![\d:.]?\d)(?!\s*(?:%|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?)\b))`;
const HOUR_PART_AT = new RegExp(String.raw`\b(?:${phraseAlternatives(HOUR_PARTS)})\s+${PART_HOUR}\b`, "iy");
/**
 * An hour in words as a time: "ten o'clock", "two in the afternoon", and after a part of the hour
 * ("half past ten", "quarter to 3"), which the dates grammar reads, "in the morning" or "pm". A
 * number alone is no time.
 */
const SPELLED_TIME = new RegExp(
  String.raw`\b(${HOUR_WORD})(\s+o['’]clock)?(?:\s+(?:(in\s+the\s+morning|a\.?m\b\.?)|(in\s+the\s+(?:afternoon|evening)|p\.?m\b\.?)))?`,
  "iy",
);
const DAY_PART = /^\s*(?:(in\s+the\s+morning|a\.?m\b\.?)|(in\s+the\s+(?:afternoon|evening)|p\.?m\b\.?))/i;
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
  const spelled = spelledAt(text, at);
  if (spelled) return spelled;
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

/**
 * An hour written alone ("Tuesday at 11", "Friday at ten"): 13–23 and 0 are a 24-hour clock, the
 * others read below as the 1–6 afternoon rule says.
 */
function hourAlone(written: string): NonNullable<ReturnType<typeof clockAt>> {
  const hour = /^\d+$/.test(written) ? Number(written) : HOUR_WORDS.indexOf(written.toLowerCase()) + 1;
  return {
    seconds: hour * 3600,
    length: written.length,
    meridiem: false,
    hour,
    minute: 0,
    explicit24: hour >= 13 || hour === 0,
  };
}

function formatHour(seconds: number): string {
  return `${String(Math.floor(seconds / 3600)).padStart(2, "0")}:${String(Math.floor((seconds % 3600) / 60)).padStart(2, "0")}`;
}

/** "half past ten", "quarter to 3", "half 2" at `at`, with "in the morning" or "pm" after it. */
function hourPartAt(text: string, at: number): ReturnType<typeof clockAt> {
  HOUR_PART_AT.lastIndex = at;
  if (!HOUR_PART_AT.test(text)) return null;
  const part = hourPartsOf(text.slice(at, at + 40), "en")[0];
  if (part?.index !== 0) return null;
  const dayPart = DAY_PART.exec(text.slice(at + part.length, at + part.length + 24));
  let total = part.hour * 60 + part.minute;
  if (dayPart?.[2] && total < 12 * 60) total += 12 * 60;
  if (dayPart?.[1] && total >= 13 * 60) total -= 12 * 60;
  return {
    seconds: total * 60,
    length: part.length + (dayPart?.[0].length ?? 0),
    meridiem: dayPart !== null,
    hour: Math.floor(total / 60),
    minute: total % 60,
    explicit24: part.named > 12,
  };
}

function spelledAt(text: string, at: number): ReturnType<typeof clockAt> {
  const part = hourPartAt(text, at);
  if (part) return part;
  SPELLED_TIME.lastIndex = at;
  const match = SPELLED_TIME.exec(text);
  if (!match || !(match[2] || match[3] || match[4])) return null;
  const hour12 = HOUR_WORDS.indexOf((match[1] ?? "").toLowerCase()) + 1;
  const meridiem = Boolean(match[3] || match[4]);
  const hour = (hour12 % 12) + (match[4] ? 12 : 0) + (!meridiem && hour12 === 12 ? 12 : 0);
  return { seconds: hour * 3600, length: match[0].length, meridiem, hour, minute: 0, explicit24: false };
}

/**
 * An hour alone right after a day and "at" ("Tuesday at 11", "Dec 3 at 10?", "tomorrow at 2."),
 * ending a clause or followed by a word that cannot start a street or a count ("at 11 about the
 * role"): "at 14 Calvert Avenue" or "at 10 people" is no time.
 */
const DAY_BEFORE_AT = new RegExp(
  String.raw`\b(?:${WEEKDAYS}|today|tomorrow|(?:${MONTHS})\.?\s+\d{1,2}(?:st|nd|rd|th)?|the\s+\d{1,2}(?:st|nd|rd|th)|\d{1,2}/\d{1,2})\.?,?\s+at\s+$`,
  "i",
);
const HOUR_ALONE = String.raw`(?<=\bat\s+)(?:[01]?\d|2[0-3]|${HOUR_WORD})(?=\s*(?:[,;!?)]|\.(?!\d)|$|(?:about|for|to|with|then|if|or|and|works?|would|could|ok|okay|sharp|please|via|on|in|at|your|our|it)\b))`;

const TIME_START = new RegExp(
  String.raw`${HOUR_ALONE}|\b(?:\d{1,2}(?:[:.h]\d{2})?\s?(?:[ap]\.?m\b|uhr\b|hrs\b)|\d{1,2}[:h]\d{2}\b|[01]\d[0-5]\d\s?hrs\b|(?:12\s?)?(?:noon|midday)\b|(?:${HOUR_PART_START})\s|(?:${HOUR_WORD})\s+(?:o['’]clock|in\s+the\s+(?:morning|afternoon|evening)|[ap]\.?m\b))`,
  "gim",
);
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
    const alone = /^\d+$/.test(match[0]) || HOUR_WORDS.includes(match[0].toLowerCase());
    if (alone && !DAY_BEFORE_AT.test(text.slice(Math.max(0, index - 40), index))) continue;
    const first = clockAt(text, index) ?? (alone ? hourAlone(match[0]) : null);
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
    if (alone && note === null && !first.explicit24)
      note = `I read “at ${match[0]}” as ${formatHour(first.seconds)} (no am or pm was given)`;
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
