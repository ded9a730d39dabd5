/**
 * An invite's calendar part → the one meeting it is about, times resolved to instants.
 *
 * - Events are grouped by UID; within a UID the master with the highest SEQUENCE wins, and
 *   RECURRENCE-ID overrides move or cancel single occurrences.
 * - A repeating event is read at its next occurrence after now (./ics-occurrence).
 * - Several events close together on one day are the sessions of one itinerary: the meeting
 *   starts with the first and ends with the last.
 * - Zones (./ics-zones): an IANA TZID is tzdb's, any other is looked up and may be a guess, which
 *   is reported.
 * - An all-day event has a day and no time: it is reported as such and planning waits for a time.
 */
import type { Interviewer } from "../types";
import { civilFromDays, isoDate, isoInstant, SECONDS_PER_DAY, shortDate, wallParts } from "./civil";
import { all, type Component, first, type Property, parseICalendar, textOf } from "./icalendar";
import { newest, type Occurrence, occurrenceOf, sequenceOf } from "./ics-occurrence";
import { type ZoneChoice, type ZoneOptions, ZoneResolver } from "./ics-zones";

export interface CalendarPerson extends Interviewer {
  readonly isResource: boolean;
  /** ROLE=CHAIR, or the ORGANIZER itself. */
  readonly role: string | null;
}

/** What one meeting in a calendar says, times resolved to instants. */
export interface CalendarEvent {
  readonly method: string | null;
  readonly uid: string | null;
  readonly sequence: number;
  readonly status: string | null;
  readonly summary: string | null;
  readonly description: string | null;
  readonly location: string | null;
  readonly url: string | null;
  /** ISO-8601 in the zone it was written in; null for an all-day event, or when none could be placed. */
  readonly start: string | null;
  readonly end: string | null;
  /** The start as UTC seconds, and its day number in its own zone. */
  readonly startUtc: number | null;
  readonly startDay: number | null;
  /** YYYY-MM-DD of an all-day event. */
  readonly allDayDate: string | null;
  /** Canonical IANA zone the times were written in; null for UTC, offsets and unknown zones. */
  readonly zone: string | null;
  readonly organizer: Interviewer | null;
  readonly attendees: readonly CalendarPerson[];
  /** How uncertain parts were read, in sentences for the user. */
  readonly guesses: readonly string[];
  /** Why no start could be given although the event has one (e.g. too many separate events). */
  readonly problem: string | null;
  /** Every distinct event summary in the file (a TV or meetup calendar has many). */
  readonly summaries: readonly string[];
  /** Distinct meetings (UIDs) the file holds. */
  readonly eventCount: number;
}

export class UnreadableCalendarError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = "UnreadableCalendarError";
  }
}

export interface CalendarOptions extends ZoneOptions {
  readonly methodHint?: string | null;
}

/** Events kept per file; a calendar feed beyond this is not an invitation anyway. */
const MAX_EVENTS = 1_000;
/** Sessions of one itinerary start within this long after the previous one ends. */
const ITINERARY_GAP = 2 * 3600;

function person(property: Property): CalendarPerson {
  const email = property.value.replace(/^\s*mailto:/i, "").trim();
  const cn = property.params.CN?.trim().replace(/^["']|["']$/g, "") || null;
  return {
    name: cn && !/^mailto:/i.test(cn) ? cn : null,
    email: /^[^\s@<>"]+@[^\s@<>"]+$/.test(email) ? email : null,
    isResource: ["ROOM", "RESOURCE"].includes((property.params.CUTYPE ?? "").toUpperCase()),
    role: property.params.ROLE?.toUpperCase() ?? null,
  };
}

/** ISO-8601 in the meeting's zone: IANA zones and offsets as offsets, UTC times with "Z". */
function isoOf(utc: number, zone: ZoneChoice | null): string {
  if (!zone) return isoInstant(utc, 0, true);
  return isoInstant(utc, zone.zone.offsetAt(utc), !zone.name || zone.name === "UTC");
}

/** Reads the calendar text of one part; null when it holds no event. */
export function parseCalendar(source: string, options: CalendarOptions): CalendarEvent | null {
  const calendar = parseICalendar(source, options.budget);
  if (!calendar) throw new UnreadableCalendarError("the calendar part could not be read");
  const events = calendar.children.filter((child) => child.name === "VEVENT").slice(0, MAX_EVENTS);
  if (events.length === 0) return null;
  const zones = new ZoneResolver(calendar, options);
  const method = textOf(calendar, "METHOD")?.toUpperCase() ?? options.methodHint ?? null;

  const byUid = new Map<string, Component[]>();
  events.forEach((event, index) => {
    const uid = textOf(event, "UID") ?? `#${index}`;
    const list = byUid.get(uid);
    if (list) list.push(event);
    else byUid.set(uid, [event]);
  });
  const meetings: Array<{ uid: string | null; master: Component; occurrence: Occurrence | null }> = [];
  for (const [uid, components] of byUid) {
    const masters = components.filter((component) => !first(component, "RECURRENCE-ID"));
    const overrides = components.filter((component) => first(component, "RECURRENCE-ID"));
    const master = newest(masters) ?? newest(overrides);
    if (!master) continue;
    const occurrence = occurrenceOf(master, masters.length > 0 ? overrides : [], zones, options);
    meetings.push({ uid: uid.startsWith("#") ? null : uid, master, occurrence });
  }
  const summaries = [
    ...new Set(events.map((event) => textOf(event, "SUMMARY")).filter((s): s is string => !!s)),
  ].slice(0, 50);
  const placed = meetings
    .filter((meeting): meeting is typeof meeting & { occurrence: Occurrence } => meeting.occurrence !== null)
    .sort((a, b) => a.occurrence.start - b.occurrence.start);
  const chosen = chooseMeetings(placed, Math.floor(options.now.toSeconds()));
  const lead = chosen.meetings[0] ?? meetings[0];
  if (!lead) return null;
  const main = lead.occurrence?.component ?? lead.master;
  const people = new Map<string, CalendarPerson>();
  let organizer: Interviewer | null = null;
  for (const meeting of chosen.meetings.length > 0 ? chosen.meetings : [lead]) {
    const component = meeting.occurrence?.component ?? meeting.master;
    const organizerProperty = first(component, "ORGANIZER");
    if (organizerProperty && !organizer) {
      const { name, email } = person(organizerProperty);
      organizer = { name, email };
    }
    for (const attendee of all(component, "ATTENDEE").slice(0, 500)) {
      const entry = person(attendee);
      const key = entry.email?.toLowerCase() ?? entry.name?.toLowerCase() ?? "";
      if (key && !people.has(key)) people.set(key, entry);
    }
  }
  const guesses: string[] = [];
  const occurrence = lead.occurrence;
  /** When it is: nothing, a day, or instants; the sentences saying what was assumed. */
  let when: Pick<
    CalendarEvent,
    "start" | "end" | "startUtc" | "startDay" | "allDayDate" | "zone" | "problem"
  > = {
    start: null,
    end: null,
    startUtc: null,
    startDay: null,
    allDayDate: null,
    zone: null,
    problem: chosen.problem,
  };
  if (!chosen.problem && occurrence?.isDate) {
    when = { ...when, startDay: occurrence.day, allDayDate: isoDate(occurrence.day) };
  } else if (!chosen.problem && occurrence) {
    const last = chosen.meetings.at(-1)?.occurrence ?? occurrence;
    const end = chosen.meetings.length > 1 ? (last.end ?? last.start) : occurrence.end;
    const zone = occurrence.zone;
    if (zone?.guess) guesses.push(zone.guess);
    const startDay = Math.floor(
      (occurrence.start + (zone?.zone.offsetAt(occurrence.start) ?? 0)) / SECONDS_PER_DAY,
    );
    if (occurrence.recurring)
      guesses.push(
        occurrence.start >= Math.floor(options.now.toSeconds())
          ? `The invite repeats; I took the next time it happens, ${shortDate(startDay)}.`
          : `The invite repeats, but no time is left to come; I took the last one, ${shortDate(startDay)} ${civilFromDays(startDay).year}.`,
      );
    if (chosen.meetings.length > 1)
      guesses.push(
        `The invite has ${chosen.meetings.length} sessions; I took the start of the first (${formatWall(occurrence.start, zone)}) and the end of the last (${formatWall(end ?? last.start, last.zone)}).`,
      );
    when = {
      start: isoOf(occurrence.start, zone),
      end: end !== null && end > occurrence.start ? isoOf(end, zone) : null,
      startUtc: occurrence.start,
      startDay,
      allDayDate: null,
      zone: zone?.name ?? null,
      problem: null,
    };
  }
  // One object, its properties written out (spreading a fresh object is slow in V8).
  return {
    method,
    uid: lead.uid,
    sequence: sequenceOf(lead.master),
    status: textOf(lead.master, "STATUS")?.toUpperCase() ?? null,
    summary: textOf(main, "SUMMARY") ?? textOf(lead.master, "SUMMARY"),
    description: textOf(main, "DESCRIPTION") ?? textOf(main, "X-ALT-DESC"),
    location: textOf(main, "LOCATION"),
    url:
      textOf(main, "URL") ??
      textOf(main, "X-GOOGLE-CONFERENCE") ??
      textOf(main, "X-MICROSOFT-SKYPETEAMSMEETINGURL") ??
      textOf(main, "X-MICROSOFT-ONLINEMEETINGCONFLINK") ??
      textOf(main, "CONFERENCE"),
    organizer,
    attendees: [...people.values()],
    summaries,
    eventCount: byUid.size,
    start: when.start,
    end: when.end,
    startUtc: when.startUtc,
    startDay: when.startDay,
    allDayDate: when.allDayDate,
    zone: when.zone,
    guesses,
    problem: when.problem,
  };
}

function formatWall(utc: number, zone: ZoneChoice | null): string {
  const offset = zone?.zone.offsetAt(utc) ?? 0;
  const parts = wallParts(utc + offset);
  return `${String(parts.hour).padStart(2, "0")}:${String(parts.minute).padStart(2, "0")}`;
}

type Placed = { uid: string | null; master: Component; occurrence: Occurrence };

/**
 * Which meetings of a file the invite is about: one meeting, or the sessions of one itinerary
 * (timed events on one day, each starting within two hours of the previous end). When the file
 * holds several separate meetings still to come, it is not clear which one is meant.
 */
function chooseMeetings(
  placed: readonly Placed[],
  now: number,
): { meetings: Placed[]; problem: string | null } {
  if (placed.length <= 1) return { meetings: [...placed], problem: null };
  const groups: Placed[][] = [];
  for (const meeting of placed) {
    const group = groups.at(-1);
    const previous = group?.at(-1);
    if (
      group &&
      previous &&
      !meeting.occurrence.isDate &&
      !previous.occurrence.isDate &&
      meeting.occurrence.day === previous.occurrence.day &&
      // A session starts once the previous one is (nearly) over, and soon after it.
      meeting.occurrence.start >= (previous.occurrence.end ?? previous.occurrence.start + 900) - 600 &&
      meeting.occurrence.start <=
        (previous.occurrence.end ?? previous.occurrence.start + 3600) + ITINERARY_GAP
    )
      group.push(meeting);
    else groups.push([meeting]);
  }
  if (groups.length === 1) return { meetings: groups[0] ?? [], problem: null };
  const ahead = groups.filter((group) => (group.at(-1)?.occurrence.start ?? 0) >= now);
  if (ahead.length === 1) return { meetings: ahead[0] ?? [], problem: null };
  if (ahead.length === 0) return { meetings: groups.at(-1) ?? [], problem: null };
  const listed = ahead
    .slice(0, 3)
    .map((group) => {
      const occurrence = group[0]?.occurrence;
      return occurrence
        ? `${shortDate(occurrence.day)} ${formatWall(occurrence.start, occurrence.zone)}`
        : "";
    })
    .join(", ");
  return {
    meetings: ahead[0] ?? [],
    problem: `the calendar holds ${ahead.length} separate meetings still to come (${listed}${ahead.length > 3 ? ", …" : ""}), so it is not clear which one is the interview`,
  };
}
