/**
 * Dates and times in replies, read in the user's zone relative to when they wrote: "Friday",
 * "Dec 3 at 2pm", "Nov 24 10:30am PT", "after New Year", "in 2 weeks". A zone word written next
 * to the time ("PT", "Eastern", "CET") places the wall-clock time in that zone.
 */
import type { DateTime } from "luxon";
import {
  type DateReading,
  namedWeekday,
  numericOrderOf,
  type ReadDateOptions,
  readDate,
} from "../language/dates";
import type { Lang } from "../language/lang";
import { LEXICONS } from "../language/lexicons";
import { fold, table } from "../language/phrases";
import { cachedZone, ZONE_WORD_LIST, zoneFromWord } from "../zones";

export interface ReadInstant {
  /** The wall-clock time in `zone` (00:00 when no time of day was written). */
  readonly start: DateTime;
  /** A time of day was written ("2pm"), not only a day. */
  readonly hasTime: boolean;
  /** A day was written ("Dec 3", "Tuesday", "tomorrow"), not only a time. */
  readonly hasDay: boolean;
  /** The zone named beside the time, or the user's. */
  readonly zone: string;
  /** The zone was written in the reply. */
  readonly zoneWritten: boolean;
  /** Where in the text the date was found. */
  readonly index: number;
  readonly text: string;
}

const ZONE_AFTER = new RegExp(
  `^\\s*(?:\\(|,)?\\s*(${ZONE_WORD_LIST.map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("|")}|[A-Z][a-z]+/[A-Za-z_]+)(?:\\s+time)?\\b`,
  "i",
);

function zoneNear(text: string, reading: DateReading): string | null {
  const end = reading.index + reading.text.length;
  const after = ZONE_AFTER.exec(text.slice(end, end + 40));
  const candidates = [after?.[1], /\b([A-Za-z]{1,5})\s*$/.exec(reading.text)?.[1]];
  for (const word of candidates) {
    if (!word) continue;
    // Short words ("et", "pt") only count in capitals: "at" and "et" are words too.
    if (word.length <= 3 && word !== word.toUpperCase()) continue;
    const zone = zoneFromWord(word);
    if (zone) return zone;
  }
  return null;
}

/**
 * The first date in `text`, in `lang` (English unless said). `forward`: a day without a year is
 * the next one (a next round, a decision); otherwise the closest one (a correction may name
 * yesterday's interview). A zone written beside the time places the wall-clock time in it.
 */
export function readInstant(
  text: string,
  now: DateTime,
  zone: string,
  forward: boolean,
  lang: Lang = "en",
  bareSpan = false,
): ReadInstant | null {
  // "4/6" in the writer's order: by the user's zone ("America/Chicago": month first).
  const options = { now, zone, lang, forward, bareSpan, numericOrder: numericOrderOf(zone, lang) };
  const first = readDate(text, options);
  if (!first) return null;
  const meant = denied(text, first, options) ?? restated(text, first, options) ?? first;
  const reading = (forward && dayWithinBound(text, meant, options)) || meant;
  const named = zoneNear(text, reading);
  const target = named ?? zone;
  const start = named ? reading.start.setZone(cachedZone(named), { keepLocalTime: true }) : reading.start;
  return {
    start,
    hasTime: reading.hasTime,
    hasDay: reading.hasDay,
    zone: target,
    zoneWritten: named !== null,
    index: reading.index,
    text: reading.text,
  };
}

/**
 * "nicht am 21. sondern am 22.", "not the 4th but the 5th": a date right after a denial is the
 * one corrected; the next one is meant.
 */
function denied(text: string, reading: DateReading, options: ReadDateOptions): DateReading | null {
  const before =
    fold(text.slice(Math.max(0, reading.index - 12), reading.index))
      .trim()
      .split(/\s+/)
      .at(-1) ?? "";
  if (!before || !table(LEXICONS[options.lang].negation).test(before)) return null;
  const end = reading.index + reading.text.length;
  const next = readDate(text.slice(end), options);
  return next?.hasDay === reading.hasDay ? { ...next, index: end + next.index } : null;
}

/** Room between a date and the words that say it again: "8 días hábiles... o sea". */
const RESTATED_WITHIN = 24;

/**
 * "en 8 días hábiles... o sea el 27", "sous 5 jours ouvrés, donc le 3": a date said again in
 * other words right after it; the day said again is the one meant.
 */
function restated(text: string, reading: DateReading, options: ReadDateOptions): DateReading | null {
  const words = LEXICONS[options.lang].restated;
  if (!words) return null;
  const end = reading.index + reading.text.length;
  const marker = table(words)
    .matches(fold(text.slice(end, end + RESTATED_WITHIN)))
    .find((found) => !/\d/.test(text.slice(end, end + found.index)));
  if (!marker) return null;
  const from = end + marker.index + marker.text.length;
  const next = readDate(text.slice(from), options);
  return next?.hasDay ? { ...next, index: from + next.index } : null;
}

/**
 * The day meant beside a bound after the language's "after" word: a weekday before it ("na
 * quinta depois do Carnaval", "the Thursday after Easter"), the day past a comma ("after the 4th
 * of July weekend, Tuesday", "dopo il 2 giugno, giovedì"), both on or after the bound and within
 * two weeks of it; or a day with its number written later ("después del puente, o sea el
 * miércoles 13") from today to two weeks after the bound.
 */
function dayWithinBound(text: string, bound: DateReading, options: ReadDateOptions): DateReading | null {
  const end = bound.index + bound.text.length;
  const lead = fold(text.slice(Math.max(0, bound.index - 16), end));
  if (!table(LEXICONS[options.lang].after).test(lead)) return null;
  const from = bound.start.startOf("day");
  const within = (day: DateReading | null, earliest: DateTime): day is DateReading =>
    day?.hasDay === true && day.start >= earliest && day.start <= from.plus({ weeks: 2 });
  // A long weekend's bound is its Tuesday, the Monday taken off: a Monday named is that one ("lundi, après le pont").
  const bridge = table(LEXICONS[options.lang].holidays["long-weekend"]).test(fold(bound.text));
  const earliest = bridge ? from.minus({ days: 1 }) : from;
  // On or after the bound: read from the day before it.
  const eve = { ...options, now: earliest.minus({ days: 1 }) };
  const weekday = namedWeekday(text.slice(Math.max(0, bound.index - 24), bound.index), options.lang);
  if (weekday > 0) {
    const day = earliest.plus({ days: (weekday - earliest.weekday + 7) % 7 });
    return { ...bound, start: day.set({ hour: bound.start.hour, minute: bound.start.minute }) };
  }
  const separator = /^[^,;:]{0,12}[,;:]/.exec(text.slice(end, end + 60));
  if (separator) {
    // What follows the separator only: "the 4th of july weekend, tuesday" is no weekend's Saturday.
    const restAt = end + separator[0].length;
    const day = readDate(text.slice(restAt, restAt + 60), eve);
    if (within(day, earliest)) return { ...day, index: restAt + day.index };
  }
  const later = readDate(text.slice(end, end + 80), options);
  if (later && /\d/.test(later.text) && within(later, options.now.startOf("day")))
    return { ...later, index: end + later.index };
  return null;
}

/** "the 12th" → the next 12th of a month on or after today. */
function ordinalDay(text: string, now: DateTime): DateTime | null {
  const match = /\bthe (\d{1,2})(?:st|nd|rd|th)\b/i.exec(text);
  const day = Number(match?.[1]);
  if (!match || day < 1 || day > 31) return null;
  for (let months = 0; months < 3; months++) {
    const candidate = now.plus({ months }).set({ day });
    if (candidate.day === day && candidate.startOf("day") >= now.startOf("day")) return candidate;
  }
  return null;
}

/** A day on or after today: "Friday", "Dec 12", "the 12th", "end of next week", "tomorrow". */
export function futureDay(text: string, now: DateTime, lang: Lang = "en"): string | null {
  if (lang !== "en") {
    const found = readInstant(text, now, now.zoneName ?? "UTC", true, lang);
    return found && (workingDays(text, found, now, lang)?.toISODate() ?? nextDay(found, now));
  }
  const ordinal = ordinalDay(text, now);
  if (ordinal) return ordinal.toISODate();
  if (/\bearly next week\b/i.test(text)) return now.startOf("week").plus({ weeks: 1, days: 1 }).toISODate();
  const within =
    /\b(?:within|in|another|in another|after|over the next)\s+(?:(a couple(?: of)?|a few|a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+)?(business |working )?(day|week)s?\b/i.exec(
      text,
    );
  if (within?.[3]) {
    const amount = within[1] ? (NUMBER_WORDS[within[1].toLowerCase()] ?? Number(within[1])) : 1;
    if (within[2]) return addWeekdays(now, amount * (within[3].toLowerCase() === "week" ? 5 : 1)).toISODate();
    return now.plus({ [within[3].toLowerCase() === "week" ? "weeks" : "days"]: amount }).toISODate();
  }
  return nextDay(readInstant(text, now, now.zoneName ?? "UTC", true), now);
}

/**
 * "en 8 días hábiles", "sous 5 jours ouvrés", "entro 5 giorni lavorativi": a span of days the
 * language's working-day word follows is counted on weekdays, as the English "business days" is.
 */
function workingDays(text: string, found: ReadInstant, now: DateTime, lang: Lang): DateTime | null {
  const lexicon = LEXICONS[lang];
  if (!lexicon.workingDays) return null;
  const end = found.index + found.text.length;
  const after = fold(text.slice(end, end + 20)).trimStart();
  if (table(lexicon.workingDays).matches(after)[0]?.index !== 0) return null;
  const span = fold(found.text);
  if (!table(lexicon.units.day).test(span)) return null;
  const digits = /\d{1,2}/.exec(span)?.[0];
  const worded = lexicon.numbers.findIndex((words) => table(words).test(span)) + 1;
  const count = digits ? Number(digits) : worded;
  return count > 0 ? addWeekdays(now, count) : null;
}

/** The day read, when it is today or later. */
function nextDay(found: ReadInstant | null, now: DateTime): string | null {
  if (!found) return null;
  const day = found.start.setZone(now.zone).startOf("day");
  return day >= now.startOf("day") ? day.toISODate() : null;
}

/** `n` weekdays after `day` (holidays are the planner's business; this is what the user counted). */
function addWeekdays(day: DateTime, n: number): DateTime {
  let current = day;
  for (let counted = 0; counted < n; ) {
    current = current.plus({ days: 1 });
    if (current.weekday <= 5) counted++;
  }
  return current;
}

/** A day on or before today: "on Tuesday", "yesterday", "last Friday"; today when none is named. */
export function pastDay(text: string, now: DateTime, lang: Lang = "en"): string {
  const found = readInstant(text, now, now.zoneName ?? "UTC", false, lang);
  const day = found ? found.start.setZone(now.zone) : now;
  // "Tuesday" read ahead is last Tuesday; a day further ahead ("next Friday") is another step's.
  const past = day > now ? day.minus({ weeks: 1 }) : day;
  return (past > now ? now : past).toISODate() ?? "";
}

/**
 * The day news was had, for a closing ("got rejected yesterday", "they made me an offer on
 * friday", "refus reçu ce matin"): the day on or before today written in `text`; null when the
 * text names no day (or only a time).
 */
export function newsDay(text: string, now: DateTime, lang: Lang = "en"): string | null {
  const found = readInstant(text, now, now.zoneName ?? "UTC", false, lang);
  if (!found?.hasDay) return null;
  const day = found.start.setZone(now.zone).startOf("day");
  // A weekday read ahead is last week's; a day still further ahead is no news of today.
  const past = day > now ? day.minus({ weeks: 1 }) : day;
  return past > now ? null : (past.toISODate() ?? null);
}

/** The local send time on `day`. */
function atSendTime(day: DateTime, sendTime: string): DateTime {
  const [hour = 9, minute = 0] = sendTime.split(":").map(Number);
  return day.set({ hour, minute, second: 0, millisecond: 0 });
}

const NUMBER_WORDS: Record<string, number> = {
  a: 1,
  an: 1,
  one: 1,
  two: 2,
  couple: 2,
  "a couple": 2,
  "a couple of": 2,
  few: 3,
  "a few": 3,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
};

const DURATION =
  /\b(a couple(?: of)?|a few|a|an|one|two|three|four|five|six|seven|eight|nine|ten|couple|few|\d{1,3}) ?(minute|min|hour|hr|h|day|d|week|wk|w|fortnight|month|mo)s?\b/i;

const UNITS: Record<string, "minutes" | "hours" | "days" | "weeks" | "fortnights" | "months"> = {
  minute: "minutes",
  min: "minutes",
  hour: "hours",
  hr: "hours",
  h: "hours",
  day: "days",
  d: "days",
  week: "weeks",
  wk: "weeks",
  w: "weeks",
  fortnight: "fortnights",
  month: "months",
  mo: "months",
};

const WEEKDAY_NUMBERS: Record<string, number> = {
  mon: 1,
  tue: 2,
  wed: 3,
  thu: 4,
  fri: 5,
  sat: 6,
  sun: 7,
};

const HOLIDAY_NAMES = Object.values(LEXICONS.en.holidays).flat();

/** Each language's parts of today, folded, with their hours. */
const LATER_TODAY = new Map(
  Object.entries(LEXICONS).map(([lang, lexicon]) => {
    const hours = new Map((lexicon.laterToday ?? []).map(([phrase, hour]) => [fold(phrase), hour]));
    return [lang, { phrases: [...hours.keys()], hours }] as const;
  }),
);

/**
 * "rappelle-moi ce soir": the hour of the part of today named, or within the hour when it has
 * begun; null when none is named.
 */
function laterToday(text: string, now: DateTime, lang: Lang): DateTime | null {
  const later = LATER_TODAY.get(lang);
  const found = later?.phrases.length ? table(later.phrases).matches(fold(text))[0] : undefined;
  const hour = found ? later?.hours.get(found.text) : undefined;
  if (hour === undefined) return null;
  const at = now.startOf("day").set({ hour });
  return at > now ? at : now.plus({ hours: 1 }).startOf("hour");
}

/**
 * When a snooze or "remind me" asks to be reminded, always after `now`: "snooze 3 days" (the send
 * time three days on), "2 hours" (exactly), "remind me Monday" (the coming Monday at send time),
 * "next week", "after the weekend", "after New Year", "until Jan 4", "in 2 weeks". A snooze that
 * names no time is one day.
 */
export function snoozeUntil(text: string, now: DateTime, sendTime: string, lang: Lang = "en"): DateTime {
  return namedSnooze(text, now, sendTime, lang) ?? atSendTime(now.plus({ days: 1 }), sendTime);
}

/** The moment a snooze names, after `now`; null when it names none (or one already past). */
export function namedSnooze(
  text: string,
  now: DateTime,
  sendTime: string,
  lang: Lang = "en",
): DateTime | null {
  const lower = text.toLowerCase();
  let until: DateTime | null = null;
  if (lang !== "en") {
    // Other languages: what the date reader finds ("in 3 Tagen", "après les fêtes", "lunedì").
    // A snooze counts from now: "snooze 1 Woche", "adia uma semana".
    const found = readInstant(text, now, now.zoneName ?? "UTC", true, lang, true);
    const later = laterToday(text, now, lang);
    if (later && (!found || (!found.hasTime && found.start.hasSame(now, "day")))) return later;
    if (found) until = found.hasTime ? found.start : atSendTime(found.start.setZone(now.zone), sendTime);
    return until && until > now ? until : null;
  }
  // "tonight", "this afternoon": today, as in the other languages, unless a number says more.
  const later = /\d/.test(text) ? null : laterToday(text, now, lang);
  if (later) return later;
  const duration = DURATION.exec(lower);
  // "after the holidays", "until the new year": the date reader knows the periods.
  const period = table(HOLIDAY_NAMES).test(fold(text))
    ? readInstant(text, now, now.zoneName ?? "UTC", true)
    : null;
  if (period) {
    until = period.hasTime ? period.start : atSendTime(period.start.setZone(now.zone), sendTime);
  } else if (/\b(?:after the weekend|next week|monday)\b/.test(lower)) {
    // Luxon weeks start on Monday: the start of next week is the coming Monday.
    until = atSendTime(now.startOf("week").plus({ weeks: 1 }), sendTime);
  } else if (duration?.[1] && duration[2]) {
    const amount = NUMBER_WORDS[duration[1]] ?? Number(duration[1]);
    const unit = UNITS[duration[2]] ?? "days";
    const moved = unit === "fortnights" ? now.plus({ weeks: 2 * amount }) : now.plus({ [unit]: amount });
    until = unit === "minutes" || unit === "hours" ? moved : atSendTime(moved, sendTime);
  } else if (ordinalDay(lower, now)) {
    until = atSendTime(ordinalDay(lower, now) ?? now, sendTime);
  } else {
    const weekday = /\b(mon|tue|wed|thu|fri|sat|sun)[a-z]*\b/.exec(lower)?.[1];
    const found = readInstant(text, now, now.zoneName ?? "UTC", true);
    if (found) until = found.hasTime ? found.start : atSendTime(found.start.setZone(now.zone), sendTime);
    else if (weekday) {
      const target = WEEKDAY_NUMBERS[weekday] ?? 1;
      const days = (target - now.weekday + 7) % 7 || 7;
      until = atSendTime(now.plus({ days }), sendTime);
    }
  }
  // Nothing named, or a moment already past ("after New Year" on Jan 5): the caller's default.
  return until && until > now ? until : null;
}
