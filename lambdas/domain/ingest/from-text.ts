/** An invite read from its words alone: the time by our readers (English) or by chrono (other languages). */

import { DateTime } from "luxon";
import { readDate } from "../language/dates";
import type { InviteLexicon } from "../language/invite-lexicon";
import type { WorkBudget } from "./budget";
import { chronoPieces, type ForeignContext, findForeignWhen } from "./chrono-time";
import { isoWeekday, SECONDS_PER_DAY } from "./civil";
import { findDates } from "./dates";
import { findDuration } from "./duration";
import { clocksIn, rangeEnd } from "./foreign-clock";
import { lexiconPattern } from "./invite-language";
import { type FoundTime, findWhen, type SlotMention, type WhenResult } from "./meeting-time";
import type { NewestMessage } from "./newest-message";
import { findLocation, findMeetingUrl } from "./place";
import { readFields } from "./read-fields";
import { classifyReading, dateHeader, decisionHintOf, offsetName, type Reading } from "./reading";
import {
  dedupeKey,
  type Evidence,
  type ExtractedInterview,
  type IngestResult,
  isoIn,
  notAnInterview,
  settle,
} from "./result";
import { saidEnd } from "./said-end";
import { chooseSlot, type DayReference } from "./slot-choice";
import { cleanSubject } from "./subject";
import { findTimes } from "./times";

export function fromText(reading: Reading, calendarProblem: string | null): IngestResult {
  const { mail, subject, body, originalSender } = reading;
  const cleanedSubject = cleanSubject(subject);
  const text = `${cleanedSubject}\n${body}`;
  const assumedZone = reading.userZone
    ? `yours (${reading.userZoneName})`
    : `the sender's (${offsetName(reading.fallbackZone, reading.written?.utc ?? 0)})`;
  const writtenZone = reading.written?.zone ?? reading.fallbackZone;
  const writtenUtc = reading.written?.utc ?? null;
  const { lexicon } = reading;
  const newest = newestMessage(reading, cleanedSubject.length + 1);
  // Our own readers know English; another language's text is read with chrono's parser for it.
  const chronoContext = {
    writtenUtc,
    writtenByOriginal: reading.writtenByOriginal,
    writtenZone,
    userZone: reading.userZone,
    assumedZone,
    lexicon,
    earlierFrom:
      reading.forwarded?.earlierFrom != null && body === reading.forwarded.body
        ? cleanedSubject.length + 1 + reading.forwarded.earlierFrom
        : null,
    newest,
  };
  const ours: WhenResult | null =
    lexicon.lang === "en"
      ? findWhen(text, {
          writtenUtc,
          writtenByOriginal: reading.writtenByOriginal,
          writtenZone,
          userZone: reading.userZone,
          userZoneName: reading.userZoneName,
          assumedZone,
          cues: reading.cues,
          budget: reading.budget,
          newest,
        })
      : null;
  // English our readers could not date, naming a bare day of the month ("on the 7th at 10am"):
  // the language layer's date reader, on the lines that name one.
  const when: WhenResult =
    ours === null
      ? findForeignWhen(text, chronoContext)
      : ours.kind === "none" && ours.dateOnly === null
        ? (bareDayOfMonth(text, reading, assumedZone) ?? ours)
        : ours;
  const movedWords = when.kind !== "none" && lexiconPattern(lexicon, "reschedulePhrases").test(body);
  // One slot is settled only in a message that moves the meeting (to another day at that time).
  const settled =
    when.kind !== "none" && when.slots && (movedWords || when.kind === "unclear" || severalSlots(when.slots))
      ? settleSlots(when, text, reading, chronoContext)
      : when;
  const found: FoundTime | null = settled.kind === "found" ? settled.time : null;
  const fields = readFields(reading, { titles: [subject], texts: body, organizer: null, attendees: [] });
  const moved = found !== null && movedWords;
  const ending = found ? endOf(found, body, reading.lexicon, reading.budget, moved) : null;
  const start = found ? isoIn(found.start, found.zone, found.zoneName) : null;
  const zoneName = found?.zoneName && found.zoneName !== "UTC" ? found.zoneName : null;
  const interview: ExtractedInterview = {
    uid: null,
    sequence: 0,
    method: null,
    title: subject || null,
    company: fields.company,
    role: fields.role,
    start,
    end: ending?.end ?? null,
    timeZone: zoneName,
    interviewers: fields.interviewers,
    location: findLocation(body),
    meetingUrl: findMeetingUrl([body]),
    source: "text",
    guesses: [...(found?.guesses ?? []), ...(ending?.guess ? [ending.guess] : []), ...fields.guesses],
  };
  const startDay = found
    ? Math.floor((found.start + found.zone.offsetAt(found.start)) / SECONDS_PER_DAY)
    : null;
  const decisionHint = decisionHintOf(body, startDay, reading);
  const zoneEvidence: Evidence | null = !found
    ? null
    : found.zonePhrase
      ? { source: "text line", text: found.zonePhrase }
      : { source: reading.userZone ? "your time zone" : "the sender's time zone", text: assumedZone };
  const base = {
    interview,
    decisionHint,
    outcome: null,
    originalSender,
    dedupeKey: dedupeKey(null, [fields.company, start, originalSender]),
    hasTnef: mail.hasTnef,
    evidence: {
      ...fields.evidence,
      ...(found ? { start: { source: "text line", text: found.line } as const } : {}),
      ...(zoneEvidence ? { timeZone: zoneEvidence } : {}),
      ...(decisionHint ? { decisionHint: { source: "text line", text: null } as const } : {}),
    },
    change: moved ? ("reschedule" as const) : null,
  };
  const kind = classifyReading(reading, {
    summaries: [],
    hasCalendar: false,
    eventCount: 0,
    // Several slots the reader could not choose between, or a move to one of two days, still arrange a meeting.
    hasTime: found !== null || (settled.kind === "unclear" && (settled.slots?.length ?? 0) > 0),
    meetingDetails: interview.interviewers.length > 0 || interview.end !== null,
    texts: body,
  });
  if (mail.hasTnef && !found && kind.kind !== "rejection" && kind.kind !== "offer") {
    return settle(
      base,
      "needs-date",
      "the invite came as an Outlook winmail.dat attachment, which cannot be read",
    );
  }
  if (kind.kind !== "interview") {
    return notAnInterview(
      base,
      calendarProblem && kind.kind === "unknown" ? { ...kind, reason: calendarProblem } : kind,
    );
  }
  if (settled.kind === "unclear") return settle(base, "needs-date", settled.reason);
  if (!found) {
    const reason =
      calendarProblem ??
      (settled.kind === "none" && settled.dateOnly
        ? `I found the day (${settled.dateOnly}) but no time of the interview`
        : "no date and time of the interview was found");
    return settle(base, "needs-date", reason);
  }
  return settle(base, "ok", null);
}

/**
 * Several slots: the one a thread's newest message or a move settles on (./slot-choice); "open"
 * when a move offers two new ones; else the reader's own reading (a moved meeting's last time).
 */
function settleSlots(
  when: Extract<WhenResult, { kind: "unclear" | "found" }>,
  text: string,
  reading: Reading,
  chrono: ForeignContext,
): WhenResult {
  const bodyFrom = text.length - reading.body.length;
  const levelStarts =
    reading.forwarded && reading.forwarded.body === reading.body
      ? reading.forwarded.levelStarts.map((start) => bodyFrom + start)
      : [];
  const choice = chooseSlot(text, when.slots ?? [], {
    lexicon: reading.lexicon,
    levelStarts,
    daysIn: (part) => daysNamed(part, reading, chrono),
  });
  if (choice?.kind === "chosen") return { kind: "found", time: choice.time };
  if (choice?.kind === "open")
    return {
      kind: "unclear",
      reason:
        choice.reason ??
        "the message moves the interview and offers more than one new time, so it is not clear which",
      slots: when.slots,
    };
  return when;
}

/** A forwarded thread's newest message: where its words end in the text, and when it was written. */
function newestMessage(reading: Reading, bodyFrom: number): NewestMessage | null {
  const forwarded = reading.forwarded;
  const end = forwarded?.levelStarts[0];
  if (!forwarded || end === undefined || forwarded.body !== reading.body) return null;
  // A header date the reader cannot parse ("ma 1 okt. 2029 om 10:58"): the forward's own, written after it.
  const date = forwarded.newestDate ?? dateHeader(reading.mail);
  return date ? { end: bodyFrom + end, utc: date.utc } : null;
}

const severalSlots = (slots: readonly SlotMention[]) =>
  slots.some((slot) => slot.time.start !== slots[0]?.time.start);

/** The days the newest message names, by the language's date reader: dates, and weekdays alone. */
function daysNamed(part: string, reading: Reading, chrono: ForeignContext): DayReference[] {
  const written = chrono.newest?.utc ?? reading.written?.utc;
  const zone = chrono.writtenZone;
  const writtenDay =
    written !== undefined ? Math.floor((written + zone.offsetAt(written)) / SECONDS_PER_DAY) : 0;
  if (reading.lexicon.lang !== "en")
    return chronoPieces(part, reading.lexicon, chrono.writtenUtc, zone, chrono.newest).flatMap((piece) =>
      piece.day === null ? [] : [{ day: piece.day, weekdayOnly: piece.weekdayOnly }],
    );
  return findDates(part, writtenDay, reading.cues).flatMap((mention): DayReference[] => {
    if (mention.day !== null && !mention.problem) return [{ day: mention.day, weekdayOnly: false }];
    const relative = mention.relative;
    if (relative?.kind !== "weekday") return [];
    return [{ day: writtenDay + ((relative.weekday - isoWeekday(writtenDay) + 7) % 7), weekdayOnly: true }];
  });
}

/** A bare day of the month, which our English readers do not read: "the 7th", "the 21st of". */
const BARE_DAY_OF_MONTH = /\bthe \d{1,2}(?:st|nd|rd|th)\b/i;

function bareDayOfMonth(text: string, reading: Reading, assumedZone: string): WhenResult | null {
  const written = reading.written;
  if (!written) return null;
  const zone = reading.userZone ?? written.zone;
  const zoneName = reading.userZoneName ?? zone.name ?? offsetName(zone, written.utc);
  const lines = text
    .split("\n")
    .filter((line) => BARE_DAY_OF_MONTH.test(line))
    .slice(0, 3);
  for (const line of lines) {
    const read = readDate(line, {
      now: DateTime.fromSeconds(written.utc),
      zone: zoneName,
      lang: "en",
      forward: true,
    });
    if (!read?.hasDay || !read.hasTime) continue;
    const start = read.start.toSeconds();
    const guess = `I read “${read.text}” as ${read.start.toFormat("ccc LLL d HH:mm")}.`;
    return {
      kind: "found",
      time: {
        start,
        end: null,
        zone,
        zoneName: reading.userZoneName,
        zonePhrase: null,
        line: line.trim().slice(0, 160),
        guesses: [guess, `No time zone was given; I read the time in ${assumedZone}.`],
      },
    };
  }
  return null;
}

/**
 * The end the text gives: a range's end, else the start plus a length in words ("allow about 30
 * minutes"), else an end said in words ("endet gegen 14 Uhr", ./said-end), else for a `moved`
 * meeting the length of the range it had ("em vez de terça às 10h … mesma duração" above a quoted
 * "10h às 11h").
 */
function endOf(
  found: FoundTime,
  body: string,
  lexicon: InviteLexicon,
  budget: WorkBudget,
  moved: boolean,
): { readonly end: string; readonly guess: string | null } | null {
  const at = (seconds: number) => isoIn(seconds, found.zone, found.zoneName);
  if (found.end !== null) return { end: at(found.end), guess: null };
  const wallMinutes = ((found.start + found.zone.offsetAt(found.start)) % SECONDS_PER_DAY) / 60;
  const minutes = findDuration(body, lexicon) ?? saidEnd(body, wallMinutes, lexicon, budget);
  if (minutes !== null) return { end: at(found.start + minutes * 60), guess: null };
  const kept = moved ? rangeLength(body, lexicon, budget) : null;
  return kept === null
    ? null
    : {
        end: at(found.start + kept * 60),
        guess: `The new time gives no length; I kept the ${kept} minutes the interview had.`,
      };
}

/** The length of the first range of clock times in the text ("2-3pm", "10h às 11h"), in minutes. */
function rangeLength(body: string, lexicon: InviteLexicon, budget: WorkBudget): number | null {
  if (lexicon.lang === "en") {
    const range = findTimes(body.slice(0, 20_000), budget).find((time) => time.finish !== null);
    return range?.finish != null ? (range.finish - range.start) / 60 : null;
  }
  for (const clock of clocksIn(body, lexicon)) {
    const end = rangeEnd(body, clock.minutes, lexicon);
    if (end !== null) return end - clock.minutes;
  }
  return null;
}
