import * as chrono from "chrono-node";
import { DateTime } from "luxon";
import { stripReply } from "./strip";

export type ReplyIntent =
  | "thanked"
  | "decision-date"
  | "followed-up"
  | "heard-back"
  | "next-round"
  | "offer"
  | "rejected"
  | "withdrawn"
  | "snooze"
  | "status"
  | "export"
  | "help"
  | "check"
  | "forget"
  | "unknown";

export interface UnderstoodReply {
  readonly intent: ReplyIntent;
  /**
   * decision-date: YYYY-MM-DD; followed-up: YYYY-MM-DD the follow-up was sent; next-round: its
   * start (ISO with offset, or YYYY-MM-DD when no time was given); snooze: the instant to remind at.
   */
  readonly date: string | null;
  /** check: the draft to check; forget: the company, or "everything". */
  readonly argument?: string;
}

export interface UnderstandOptions {
  readonly now: DateTime;
  readonly zone: string;
  /** Local time a day-only snooze ("remind me Monday") goes off; default 09:00. */
  readonly sendTime?: string;
}

/** Words whose common misspellings (one letter off) are read as the word itself. */
const KEYWORDS = [
  "thanked",
  "followed",
  "rejected",
  "rejection",
  "snooze",
  "withdraw",
  "withdrew",
  "offer",
  "status",
  "export",
  "remind",
  "decision",
  "interview",
  "heard",
  "thanks",
  "follow",
];

function editDistanceAtMostOne(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  let j = 0;
  let edits = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      i++;
      j++;
      continue;
    }
    if (++edits > 1) return false;
    if (a.length > b.length) i++;
    else if (b.length > a.length) j++;
    else if (a[i] === b[j + 1] && a[i + 1] === b[j]) {
      // A swap of two neighbours ("thnaked") counts as one slip.
      i += 2;
      j += 2;
    } else {
      i++;
      j++;
    }
  }
  return edits + (a.length - i) + (b.length - j) <= 1;
}

function correctTypos(text: string): string {
  return text.replace(/\bofer\b/g, "offer").replace(/[a-z]{5,}/g, (word) => {
    if (KEYWORDS.includes(word)) return word;
    return KEYWORDS.find((keyword) => editDistanceAtMostOne(word, keyword)) ?? word;
  });
}

const WEEKDAY = "(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|sday|nesday|rsday|urday)?";

/** Ordered: the first rule that matches decides. Earlier rules are the more specific ones. */
const RULES: ReadonlyArray<{ readonly intent: ReplyIntent; readonly pattern: RegExp }> = [
  { intent: "check", pattern: /^check\s*:/ },
  { intent: "forget", pattern: /^forget\b/ },
  {
    intent: "help",
    pattern: /^(?:help|\?+|commands|what can i (?:say|reply|do)\??|how does this work\??|menu)$/,
  },
  { intent: "export", pattern: /\b(?:export|download|csv|backup|send me (?:my|all) (?:data|interviews))\b/ },
  {
    intent: "status",
    pattern:
      /^(?:status|pending|list|summary|overview)\b|what(?:'s| is) (?:pending|next|coming up|planned|scheduled)|\bwhat do i have\b|\bshow (?:me )?(?:my )?(?:status|plan|everything)\b/,
  },
  {
    intent: "offer",
    pattern:
      /(?<!\bno |\bnot an? |\bwithout an? )\b(?:got|received|have|accepted|signed|they made|made me) (?:the |an |a |my )?(?:job )?offer\b|^offer\b|\boffer (?:received|in hand|came through|letter)\b|\bgot the (?:job|role|position)\b|\bi(?:'m| am| got) hired\b|\bthey (?:want|hired|picked|chose) me\b/,
  },
  {
    intent: "rejected",
    pattern:
      /\breject(?:ed|ion)?\b|\bnot (?:moving|move|going) forward\b|\bwent (?:with|ahead with) (?:someone|another|other|a different)\b|\bthey passed\b|\bpassed on me\b|\bunsuccessful\b|\bdid(?:n'?t| not) get (?:it|the (?:job|role|position|offer))\b|\bturned (?:me )?down\b|\bno luck\b|\bnot selected\b|\bdeclined (?:me|my)\b|\bposition (?:was |has been )?filled\b/,
  },
  {
    intent: "withdrawn",
    pattern:
      /\bwithdr(?:aw|ew|awn)\b|\bpull(?:ed)? out\b|\bnot interested\b|\bno longer interested\b|^(?:stop|cancel|unsubscribe|quit|end)\b|\bstop (?:reminding|reminders|this|it|following)\b|\bi(?:'m| am) out\b|\bdrop (?:it|this|them)\b|\bi declined\b|\bturned (?:it|them|the offer) down\b/,
  },
  {
    intent: "next-round",
    pattern:
      /\b(?:next|second|2nd|third|3rd|final|another|onsite|on-site|last) (?:round|interview|stage)\b|\bround (?:2|two|3|three)\b|\bmoved? (?:me )?(?:on )?to the next\b|\binvited (?:me )?back\b/,
  },
  {
    intent: "heard-back",
    pattern:
      /\bheard back\b|\bheard from them\b|\bthey (?:replied|responded|got back|called|emailed|wrote back|answered|reached out)\b|\bgot (?:a |an )?(?:reply|response|answer|call back|callback)\b/,
  },
  {
    intent: "snooze",
    pattern:
      /\bsnooze\b|\bremind me\b|\bpostpone\b|\bnot (?:now|yet),? (?:later|tomorrow)\b|^later\b|\bask me (?:again|later)\b/,
  },
  {
    intent: "decision-date",
    pattern: new RegExp(
      `\\b(?:they|she|he|recruiter|hr|manager) (?:said|says|told me|mentioned|promised)\\b|\\bdecision\\b|\\bdecide\\b|\\bhear (?:back )?(?:by|before|on|from them by|early|next)\\b|\\b(?:get|getting) back to me\\b|\\blet me know (?:by|before|on)\\b|\\bexpect(?:ing)? (?:to hear|an answer|a decision)\\b|\\bwill know\\b|\\bby (?:the )?(?:\\d{1,2}(?:st|nd|rd|th)?|${WEEKDAY}|end of|next)\\b`,
    ),
  },
  {
    intent: "followed-up",
    pattern:
      /\bfollow(?:ed)?[ -]?(?:up|upped)\b|\bsent (?:a |the |my )?(?:follow|nudge|check)|\bnudged\b|\bchecked in\b|\bpinged them\b/,
  },
  {
    intent: "thanked",
    pattern:
      /(?<!\b(?:not|n't|never|haven't|havent|didn't|didnt) (?:yet )?)\b(?:sent|thanked|done|did it|emailed them|wrote (?:to )?them|mailed it)\b|\bthank[- ]?you (?:note |email )?(?:sent|done|is out|went out)\b|^(?:✅|👍|✔️?|ok(?:ay)?,? sent)/u,
  },
];

/** Phrases that say the thing has not happened: they must never log it. */
const NOT_YET =
  /\b(?:not|haven'?t|havent|didn'?t|didnt|never|no) (?:yet )?(?:sent|send|thanked|followed|follow|heard|offer|got|done|an offer)\b|\bnot yet\b|\bno offer\b|\bno news\b/;

function localDate(value: DateTime): string {
  return value.toISODate() ?? "";
}

function chronoReference(now: DateTime) {
  return { instant: now.toJSDate(), timezone: now.offset };
}

/** "the 12th" → the next 12th of a month on or after today. */
function ordinalDay(text: string, now: DateTime): DateTime | null {
  const match = /\bthe (\d{1,2})(?:st|nd|rd|th)\b/.exec(text);
  const day = Number(match?.[1]);
  if (!match || day < 1 || day > 31) return null;
  for (let months = 0; months < 3; months++) {
    const candidate = now.plus({ months }).set({ day });
    if (candidate.day === day && candidate.startOf("day") >= now.startOf("day")) return candidate;
  }
  return null;
}

function parseWith(text: string, now: DateTime, forward: boolean) {
  return chrono.parse(text, chronoReference(now), { forwardDate: forward })[0] ?? null;
}

function futureDay(text: string, now: DateTime): string | null {
  const ordinal = ordinalDay(text, now);
  if (ordinal) return localDate(ordinal);
  const endOfWeek = /\bend of (this|the|next) week\b/.exec(text);
  if (endOfWeek) return localDate(now.plus({ weeks: endOfWeek[1] === "next" ? 1 : 0 }).set({ weekday: 5 }));
  const parsed = parseWith(text, now, true);
  return parsed ? localDate(DateTime.fromJSDate(parsed.start.date()).setZone(now.zone)) : null;
}

function pastDay(text: string, now: DateTime): string {
  const parsed = parseWith(text, now, false);
  const day = parsed ? DateTime.fromJSDate(parsed.start.date()).setZone(now.zone) : now;
  return localDate(day > now ? day.minus({ weeks: 1 }) : day);
}

function nextRoundStart(text: string, now: DateTime): string | null {
  const parsed = parseWith(text, now, true);
  if (!parsed) return null;
  const start = DateTime.fromJSDate(parsed.start.date()).setZone(now.zone);
  return parsed.start.isCertain("hour")
    ? (start.toISO({ suppressMilliseconds: true }) ?? null)
    : localDate(start);
}

function atSendTime(day: DateTime, sendTime: string): DateTime {
  const [hour = 9, minute = 0] = sendTime.split(":").map(Number);
  return day.set({ hour, minute, second: 0, millisecond: 0 });
}

const DURATION =
  /\b(?:for |in )?(a|an|one|two|three|four|five|six|seven|\d{1,3}) ?(minute|min|hour|hr|day|week|wk|month)s?\b/;
const NUMBER_WORDS: Record<string, number> = {
  a: 1,
  an: 1,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
};

function snoozeUntil(text: string, now: DateTime, sendTime: string): string {
  const duration = DURATION.exec(text);
  let until: DateTime | null = null;
  if (duration?.[1] && duration[2]) {
    const amount = NUMBER_WORDS[duration[1]] ?? Number(duration[1]);
    const unit = {
      minute: "minutes",
      min: "minutes",
      hour: "hours",
      hr: "hours",
      day: "days",
      week: "weeks",
      wk: "weeks",
      month: "months",
    }[duration[2]] as "minutes" | "hours" | "days" | "weeks" | "months";
    until = now.plus({ [unit]: amount });
  } else if (/\b(?:after the weekend|next week|monday)\b/.test(text)) {
    // Luxon weeks start on Monday: the start of next week is the coming Monday.
    until = atSendTime(now.startOf("week").plus({ weeks: 1 }), sendTime);
  } else {
    const parsed = parseWith(text, now, true);
    if (parsed) {
      const day = DateTime.fromJSDate(parsed.start.date()).setZone(now.zone);
      until = parsed.start.isCertain("hour") ? day : atSendTime(day, sendTime);
    }
  }
  const result = until && until > now ? until : now.plus({ days: 1 });
  return result.toISO({ suppressMilliseconds: true }) ?? "";
}

/**
 * Reads a reply in plain words. Negations ("not sent yet") and anything unclear give `unknown`:
 * a wrong guess would change the user's plan, an `unknown` only asks again.
 */
export function understandReply(raw: string, options: UnderstandOptions): UnderstoodReply {
  const now = options.now.setZone(options.zone);
  const stripped = stripReply(raw);
  const firstLines = stripped.split("\n").slice(0, 6).join(" ").slice(0, 2_000);
  const text = correctTypos(firstLines.toLowerCase().replace(/[’‘]/g, "'").replace(/\s+/g, " ").trim());
  if (!text) return { intent: "unknown", date: null };
  const rule = RULES.find(({ pattern }) => pattern.test(text));
  if (!rule) return { intent: "unknown", date: null };
  const intent = rule.intent;
  switch (intent) {
    case "check":
      return { intent, date: null, argument: stripped.replace(/^\s*check\s*:\s*/i, "") };
    case "forget": {
      const target =
        stripped
          .replace(/^\s*forget\s*/i, "")
          .split("\n")[0]
          ?.trim() ?? "";
      return {
        intent,
        date: null,
        argument: /^(?:everything|all|all my data|me)$/i.test(target) ? "everything" : target,
      };
    }
    case "decision-date": {
      const date = futureDay(text, now);
      return date ? { intent, date } : { intent: "unknown", date: null };
    }
    case "followed-up":
      if (NOT_YET.test(text)) return { intent: "unknown", date: null };
      return { intent, date: pastDay(text, now) };
    case "next-round":
      return { intent, date: nextRoundStart(text, now) };
    case "snooze":
      return { intent, date: snoozeUntil(text, now, options.sendTime ?? "09:00") };
    case "thanked":
    case "offer":
    case "heard-back":
      return NOT_YET.test(text) ? { intent: "unknown", date: null } : { intent, date: null };
    default:
      return { intent, date: null };
  }
}
