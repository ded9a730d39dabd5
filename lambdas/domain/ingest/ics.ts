/**
 * An invite's calendar part → the one meeting it is about, times resolved to instants.
 *
 * - Events are grouped by UID; within a UID the master with the highest SEQUENCE wins, and
 *   RECURRENCE-ID overrides move or cancel single occurrences.
 * - A repeating event is read at its next occurrence after now, searched in a time window (not a
 *   count of occurrences): RRULE, RDATE (date-times, dates and PERIODs), EXDATE.
 * - Several events close together on one day are the sessions of one itinerary: the meeting
 *   starts with the first and ends with the last.
 * - Zones: an IANA TZID is tzdb's; any other TZID takes the file's own VTIMEZONE, then a Windows
 *   or display name, then an offset written as a name ("(GMT +01:00)"); floating times take the
 *   file's only VTIMEZONE, else the user's zone. Every assumption is reported as a guess.
 * - An all-day event has a day and no time: it is reported as such and planning waits for a time.
 */
import type { DateTime } from "luxon";
import type { Interviewer } from "../types";
import {
  canonicalZoneName,
  fixedOffsetZone,
  ianaZone,
  offsetFromZoneName,
  UTC_ZONE,
  type WallZone,
  zoneFromTzid,
  zonesAgree,
} from "../zones";
import type { WorkBudget } from "./budget";
import { civilFromDays, isoDate, isoInstant, SECONDS_PER_DAY, shortDate, wallParts } from "./civil";
import { all, type Component, first, type Property, parseICalendar, textOf, unescapeText } from "./icalendar";
import { expandRule, parseIcalTime, parseRule } from "./recurrence";
import { vtimezoneZone } from "./vtimezone";

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

export interface CalendarOptions {
  readonly now: DateTime;
  /** Zone for floating times: the user's, else the message's. */
  readonly floatingZone: string;
  /** Whether floatingZone is the user's configured zone (rather than a guess from the message). */
  readonly floatingIsUsers?: boolean;
  readonly methodHint?: string | null;
  readonly budget: WorkBudget;
}

/** Events kept per file; a calendar feed beyond this is not an invitation anyway. */
const MAX_EVENTS = 1_000;
/** Occurrences are searched from a day before now to this far ahead. */
const LOOKAHEAD = 3 * 366 * SECONDS_PER_DAY;
/** Sessions of one itinerary start within this long after the previous one ends. */
const ITINERARY_GAP = 2 * 3600;

interface ZoneChoice {
  readonly zone: WallZone;
  /** Reported as the meeting's zone. */
  readonly name: string | null;
  readonly guess: string | null;
}

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

class ZoneResolver {
  private readonly cache = new Map<string, ZoneChoice>();
  private readonly definitions = new Map<string, Component>();
  private readonly floating: ZoneChoice;

  constructor(
    calendar: Component,
    private readonly options: CalendarOptions,
  ) {
    const components = calendar.children.filter((child) => child.name === "VTIMEZONE");
    for (const child of components) {
      // A broken VTIMEZONE may carry several TZIDs: each names the same definition.
      for (const property of all(child, "TZID")) {
        const tzid = unescapeText(property.value).trim();
        if (tzid && !this.definitions.has(tzid)) this.definitions.set(tzid, child);
      }
    }
    // "Floating times beside a single VTIMEZONE take that zone."
    const single = components.length === 1 ? components[0] : undefined;
    const only = single ? textOf(single, "TZID") : undefined;
    const onlyChoice = only ? this.forTzid(only) : null;
    if (onlyChoice && !onlyChoice.guess) this.floating = onlyChoice;
    else {
      const name = options.floatingZone;
      const zone = ianaZone(name) ?? offsetZone(name) ?? UTC_ZONE;
      this.floating = {
        zone,
        name: canonicalZoneName(name),
        guess: options.floatingIsUsers
          ? `The invite gives no time zone; I read its times in yours (${zone.name ?? name}).`
          : `The invite gives no time zone; I read its times in the sender's (${zone.name ?? name}).`,
      };
    }
  }

  forTzid(tzid: string | null): ZoneChoice {
    if (!tzid) return this.floating;
    const cached = this.cache.get(tzid);
    if (cached) return cached;
    const choice = this.choose(tzid);
    this.cache.set(tzid, choice);
    return choice;
  }

  private choose(tzid: string): ZoneChoice {
    const name = tzid.trim().replace(/^"|"$/g, "");
    const definition = this.definitions.get(tzid) ?? this.definitions.get(name);
    const nowSeconds = Math.floor(this.options.now.toSeconds());
    // tzdb is authoritative for its own names: people meet at the real local time, even when a
    // client wrote outdated rules. Only a garbled VTIMEZONE (several TZIDs in one) is checked, and
    // when its rules disagree with the name, they are what the sender's calendar used.
    const exact = canonicalZoneName(name.replace(/^\/+/, ""));
    const exactZone = exact ? ianaZone(exact) : null;
    const garbled = definition ? all(definition, "TZID").length > 1 : false;
    const defined =
      definition && (!exactZone || garbled) ? vtimezoneZone(definition, this.options.budget) : null;
    if (exact && exactZone && (!defined || zonesAgree(defined, exactZone, nowSeconds)))
      return { zone: exactZone, name: exact, guess: null };
    const mapped = exact ? null : zoneFromTzid(name);
    const mappedZone = mapped ? ianaZone(mapped) : null;
    // Any other name is a guess; the file's own definition says what the sender's calendar meant.
    if (defined && definition) {
      const candidates = [
        ...(mapped ? [mapped] : []),
        ...all(definition, "TZID").map((property) => zoneFromTzid(unescapeText(property.value))),
      ];
      const agreeing = candidates.find((candidate) => {
        const zone = candidate ? ianaZone(candidate) : null;
        return zone ? zonesAgree(defined, zone, nowSeconds) : false;
      });
      return { zone: defined, name: agreeing ?? null, guess: null };
    }
    if (mapped && mappedZone) return { zone: mappedZone, name: mapped, guess: null };
    const offset = offsetFromZoneName(name);
    if (offset !== null) return { zone: fixedOffsetZone(offset), name: null, guess: null };
    const fallback = this.floating;
    return {
      zone: fallback.zone,
      name: null,
      guess: `The invite's time zone “${name.slice(0, 60)}” is unknown to me, so I guessed: I read its times in ${fallback.zone.name ?? this.options.floatingZone}. If that is wrong, reply with the right time and its zone, e.g. “time is 10:00 Europe/Paris”.`,
    };
  }
}

function offsetZone(name: string): WallZone | null {
  const offset = offsetFromZoneName(name);
  return offset === null ? null : fixedOffsetZone(offset);
}

/** A DATE-TIME or DATE property read against its TZID. */
interface TimeValue {
  readonly wall: number;
  readonly isDate: boolean;
  /** Null for UTC times. */
  readonly zone: ZoneChoice | null;
}

function timeOf(property: Property | undefined, zones: ZoneResolver): TimeValue | null {
  return property ? timeOfValue(property.value, property.params, zones) : null;
}

/** One value of a (possibly list-valued) DATE-TIME property, read against the property's TZID. */
function timeOfValue(value: string, params: Property["params"], zones: ZoneResolver): TimeValue | null {
  const time = parseIcalTime(value);
  if (!time) return null;
  const isDate = time.isDate || params.VALUE?.toUpperCase() === "DATE";
  if (time.utc) return { wall: time.seconds, isDate, zone: null };
  return { wall: time.seconds, isDate, zone: isDate ? null : zones.forTzid(params.TZID ?? null) };
}

function utcOf(time: TimeValue): number {
  return time.zone ? time.zone.zone.toUtc(time.wall) : time.wall;
}

/** "PT1H30M", "-P1D", "P1W" → seconds; null when unreadable. */
function durationSeconds(value: string | undefined): number | null {
  const match = /^\s*([+-])?P(?:(\d+)W)?(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)S)?)?\s*$/i.exec(
    value ?? "",
  );
  if (!match || /^\s*[+-]?P\s*$/i.test(value ?? "") || /T\s*$/i.test(value ?? "")) return null;
  const [, sign, w, d, h, m, s] = match;
  const seconds =
    Number(w ?? 0) * 604_800 +
    Number(d ?? 0) * 86_400 +
    Number(h ?? 0) * 3600 +
    Number(m ?? 0) * 60 +
    Number(s ?? 0);
  return sign === "-" ? -seconds : seconds;
}

interface Occurrence {
  readonly start: number;
  /** UTC seconds; null when unknown or not after the start. */
  readonly end: number | null;
  readonly isDate: boolean;
  readonly day: number;
  readonly zone: ZoneChoice | null;
  readonly component: Component;
  readonly recurring: boolean;
}

function sequenceOf(component: Component): number {
  const value = Number.parseInt(first(component, "SEQUENCE")?.value ?? "0", 10);
  return Number.isFinite(value) && value > 0 ? Math.min(value, 1_000_000) : 0;
}

function stampOf(component: Component): number {
  return parseIcalTime(first(component, "DTSTAMP")?.value ?? "")?.seconds ?? 0;
}

/** The version of a UID that wins: highest SEQUENCE, then latest DTSTAMP, then the last written. */
function newest(components: readonly Component[]): Component | undefined {
  let best: Component | undefined;
  for (const component of components) {
    if (
      !best ||
      sequenceOf(component) > sequenceOf(best) ||
      (sequenceOf(component) === sequenceOf(best) && stampOf(component) >= stampOf(best))
    )
      best = component;
  }
  return best;
}

/** The occurrence of one UID's event to plan for: the next after now, else the last one. */
function occurrenceOf(
  master: Component,
  overrides: readonly Component[],
  zones: ZoneResolver,
  options: CalendarOptions,
): Occurrence | null {
  const dtstart = timeOf(first(master, "DTSTART"), zones);
  if (!dtstart) return null;
  const endValue = timeOf(first(master, "DTEND") ?? first(master, "DUE"), zones);
  const duration = durationSeconds(first(master, "DURATION")?.value);
  const baseStart = utcOf(dtstart);
  const baseEnd = endValue ? utcOf(endValue) : duration !== null ? baseStart + duration : null;
  const length = baseEnd !== null && baseEnd > baseStart ? baseEnd - baseStart : null;
  const make = (
    component: Component,
    start: TimeValue,
    end: number | null,
    recurring: boolean,
  ): Occurrence => {
    const startUtc = utcOf(start);
    return {
      start: startUtc,
      end: end !== null && end > startUtc ? end : null,
      isDate: start.isDate,
      day: Math.floor(start.wall / SECONDS_PER_DAY),
      zone: start.zone,
      component,
      recurring,
    };
  };
  const rules = all(master, "RRULE");
  const rdates = all(master, "RDATE");
  if (rules.length === 0 && rdates.length === 0) return make(master, dtstart, baseEnd, false);

  const now = Math.floor(options.now.toSeconds());
  const zone = dtstart.zone?.zone ?? UTC_ZONE;
  const toWall = (utc: number) => utc + zone.offsetAt(utc);
  const window = { from: toWall(now) - 2 * SECONDS_PER_DAY, to: toWall(now) + LOOKAHEAD };
  const excluded = new Set<number>();
  for (const property of all(master, "EXDATE"))
    for (const value of property.value.split(",").slice(0, 500)) {
      const time = timeOfValue(value, property.params, zones);
      if (time) excluded.add(time.zone === null && !time.isDate ? toWall(time.wall) : time.wall);
    }
  const moved = new Map<number, Component>();
  for (const override of overrides) {
    const id = timeOf(first(override, "RECURRENCE-ID"), zones);
    if (id) moved.set(id.zone === null && !id.isDate ? toWall(id.wall) : id.wall, override);
  }
  const candidates: Occurrence[] = [];
  /** Adds an occurrence of the set unless EXDATE removes it or an override replaces it. */
  const consider = (wall: number, end: number | null): Occurrence | null => {
    options.budget.spend(1, "a repeating event");
    if (excluded.has(wall) || moved.has(wall)) return null;
    const start: TimeValue = { wall, isDate: dtstart.isDate, zone: dtstart.zone };
    const startUtc = utcOf(start);
    const occurrence = make(master, start, end ?? (length !== null ? startUtc + length : null), true);
    candidates.push(occurrence);
    return occurrence;
  };
  const isAhead = (occurrence: Occurrence) =>
    (occurrence.isDate ? occurrence.start + SECONDS_PER_DAY : occurrence.start) >= now;
  for (const property of rules.slice(0, 10)) {
    const rule = parseRule(property.value);
    if (!rule) continue;
    // With COUNT every occurrence from DTSTART is visited anyway; keep them, for the last one.
    const ruleWindow = rule.count === null ? window : { ...window, from: dtstart.wall };
    for (const wall of expandRule(rule, dtstart.wall, ruleWindow, options.budget, toWall)) {
      const occurrence = consider(wall, null);
      // The first occurrence still to come settles it for this rule.
      if (occurrence && isAhead(occurrence)) break;
    }
    const until = rule.until ? (rule.until.utc ? toWall(rule.until.seconds) : rule.until.seconds) : null;
    if (until !== null && until < window.from && rule.count === null) {
      // A series that ended: its last occurrences, for a truthful "it was on …".
      const ended = { from: Math.max(dtstart.wall, until - 400 * SECONDS_PER_DAY), to: until };
      for (const wall of expandRule(rule, dtstart.wall, ended, options.budget, toWall)) consider(wall, null);
    }
  }
  if (rules.length === 0) consider(dtstart.wall, null);
  for (const property of rdates) {
    const isPeriod = property.params.VALUE?.toUpperCase() === "PERIOD";
    for (const value of property.value.split(",").slice(0, 500)) {
      options.budget.spend(1, "a repeating event");
      const [startText = "", endText] = value.split("/");
      const time = timeOfValue(startText, property.params, zones);
      if (!time) continue;
      const wall = time.zone === null && !time.isDate && !dtstart.isDate ? toWall(time.wall) : time.wall;
      let end: number | null = null;
      if (isPeriod && endText) {
        const endTime = timeOfValue(endText, property.params, zones);
        const periodLength = durationSeconds(endText);
        end = endTime ? utcOf(endTime) : periodLength !== null ? zone.toUtc(wall) + periodLength : null;
      }
      consider(wall, end);
    }
  }
  for (const [, override] of moved) {
    if ((textOf(override, "STATUS") ?? "").toUpperCase() === "CANCELLED") continue;
    const start = timeOf(first(override, "DTSTART"), zones);
    if (!start) continue;
    const end = timeOf(first(override, "DTEND"), zones);
    const startUtc = utcOf(start);
    candidates.push(
      make(override, start, end ? utcOf(end) : length !== null ? startUtc + length : null, true),
    );
  }
  candidates.sort((a, b) => a.start - b.start);
  const upcoming = candidates.find(isAhead);
  if (upcoming) return upcoming;
  // Nothing still to come: the last occurrence found, else the first one.
  return candidates.at(-1) ?? make(master, dtstart, baseEnd, true);
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
