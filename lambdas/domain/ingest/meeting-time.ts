/**
 * Reads when a meeting is from text, as a careful person would.
 *
 * Only two kinds of words can give an instant: a calendar date (./dates) and a clock time
 * (./times). Durations, lead times and offsets ("24 hours in advance", "join 10 minutes early",
 * "a 30 minute call", "within 2 business days") are neither, so by construction they can never
 * become the interview time. A time must be paired with a date close to it; times next to
 * deadline, past or availability words ("confirm by", "we spoke on") are not the meeting; of several
 * left, the one its own clause makes the meeting's (./meeting-clause), else "unclear": asking costs less.
 */
import {
  displayZone,
  fixedOffsetZone,
  inCountry,
  readZoneAt,
  SEASONAL_OFFSETS,
  type WallZone,
  zoneLines,
} from "../zones";
import type { WorkBudget } from "./budget";
import { isoWeekday, SECONDS_PER_DAY, shortDate } from "./civil";
import { type DateMention, findDates } from "./dates";
import { listUnderHeading } from "./heading-list";
import type { LocaleCues } from "./locale-cues";
import { byClause, CHOICE_WORDS, MEETING_WORDS, MOVED_AWAY, NOT_THE_MEETING } from "./meeting-words";
import { dayCountedFrom, type NewestMessage } from "./newest-message";
import { findTimes } from "./times";

export interface WhenContext {
  /** When the original message was written (UTC seconds), if known. */
  readonly writtenUtc: number | null;
  /** Whether writtenUtc is the original's date (a time before it is history), not only the forward's. */
  readonly writtenByOriginal: boolean;
  /** The zone it was written in, for relative words ("tomorrow") and zone-less times. */
  readonly writtenZone: WallZone;
  /** The zone for times given without one; null means writtenZone, as a guess. */
  readonly userZone: WallZone | null;
  readonly userZoneName: string | null;
  /** How to name the zone a zone-less time is read in, for the guess ("yours (America/Chicago)"). */
  readonly assumedZone: string;
  readonly cues: LocaleCues;
  readonly budget: WorkBudget;
  readonly newest?: NewestMessage | null; // A thread's newest message: its weekdays count from when it was written.
}

/** Where a slot is written: its date or its time, whichever comes first, to its end. */
export interface SlotMention {
  /** Where the slot's words start (its date or its time, whichever comes first) and end in the text. */
  readonly at: number;
  readonly end: number;
  readonly time: FoundTime;
}

export interface FoundTime {
  readonly start: number;
  readonly end: number | null;
  readonly zone: WallZone;
  /** Canonical IANA name of the zone the time was written in, when the text named one. */
  readonly zoneName: string | null;
  /** The zone phrase the text wrote ("PT", "heure de Paris"); null when the zone was assumed. */
  readonly zonePhrase: string | null;
  /** The line the time was read from, for the confirmation's evidence. */
  readonly line: string;
  readonly guesses: readonly string[];
}

export type WhenResult =
  | {
      readonly kind: "found";
      readonly time: FoundTime;
      /** The slots of a moved meeting the reader took its last one of, for ./slot-choice to settle. */
      readonly slots?: readonly SlotMention[];
    }
  | {
      readonly kind: "unclear";
      readonly reason: string;
      /** The slots read when there were several, for ./slot-choice to settle. */
      readonly slots?: readonly SlotMention[];
    }
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
  readonly zonePhrase: string | null;
  readonly line: string;
  readonly guesses: string[];
  readonly index: number;
  /** Where its date or time starts, whichever comes first, and where its time ends. */
  readonly at: number;
  readonly wordsEnd: number;
}

const slotOf = (one: Candidate, time: FoundTime): SlotMention => ({ at: one.at, end: one.wordsEnd, time });

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
  const headedDays = dates.flatMap((date) => {
    const list = listUnderHeading(text, lineEnd(text, date.end));
    return list ? [{ list: list.start, date }] : [];
  });
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
    // "… the final round on Wednesday 3/1." then "Agenda:" over "9:30 - 10:15 Gwen Park": a list
    // under a heading takes the day of the sentence that introduces it.
    date ??= headedDays.filter((headed) => headed.list === start).at(-1)?.date ?? null;
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
    if (MOVED_AWAY.test(text.slice(Math.max(time.end, date?.end ?? 0), end))) continue;
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
    const resolved = resolveDay(date, dayCountedFrom(context, date.index, referenceDay), explicitDays);
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
      zonePhrase: zoneRead?.phrase ?? null,
      line: text.slice(start, end).trim().slice(0, 160),
      guesses,
      index: time.index,
      at: Math.min(date.index, time.index),
      wordsEnd: time.end,
    });
  }
  // An interview is arranged ahead: times well before the message was written are history.
  const future =
    now === null || !context.writtenByOriginal
      ? candidates
      : candidates.filter((candidate) => candidate.start >= now - 3600);
  // What the message says itself outranks what it quotes; a quote alone counts only when the
  // message's own words name no other day.
  const own = future.filter((candidate) => !candidate.quoted);
  if (own.length === 0 && future.length > 0) {
    const ownDays = dates
      // Neither a quoted line nor the "On … wrote:" line over the quote, which dates the quote.
      .filter((mention) => {
        const start = lineStart(text, mention.index);
        return (
          text.charCodeAt(start) !== 62 /* > */ &&
          !/\bwrote:\s*$/i.test(text.slice(start, lineEnd(text, start)))
        );
      })
      .map((mention) => resolveDay(mention, referenceDay, explicitDays)?.day);
    if (ownDays.length > 0 && !future.some((candidate) => ownDays.includes(candidate.day)))
      return {
        kind: "unclear",
        reason: "your message and the one it quotes name different days",
        slots: future.map((one) => slotOf(one, merge([one], context.assumedZone))),
      };
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
    const time = merge(group, context.assumedZone); // Its slots: a move may name only a new day (./slot-choice).
    return { kind: "found", time, slots: group.map((one) => slotOf(one, time)) };
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
  const merged = new Map([...distinct].map(([start, group]) => [start, merge(group, context.assumedZone)]));
  const slots = ahead.map((one) => slotOf(one, merged.get(one.start) ?? merge([one], context.assumedZone)));
  const clocks = ahead.map((one) => one.index);
  const clearest = byClause(text, slots, clocks);
  if (clearest) return { kind: "found", time: clearest, slots }; // A move's slots are still ./slot-choice's.
  const listed = [...distinct.values()].map((group) => group[0]?.label ?? "");
  return {
    kind: "unclear",
    reason: `the message gives more than one time (${listed.slice(0, 4).join("; ")}), so it is not clear which is the interview`,
    slots,
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
    zonePhrase: withZone?.zonePhrase ?? null,
    line: withZone?.line ?? "",
    guesses,
  };
}
