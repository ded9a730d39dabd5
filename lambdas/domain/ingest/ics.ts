import ICAL from "ical.js";
import { DateTime } from "luxon";
import { canonicalZoneName } from "../time-zones";
import type { Interviewer } from "../types";
import { cachedZone } from "../zone-cache";
import { zoneFromTzid } from "./zones";

type IcalComponent = InstanceType<typeof ICAL.Component>;
type IcalTime = InstanceType<typeof ICAL.Time>;

/** What one VEVENT says, times resolved to instants. */
export interface CalendarEvent {
  readonly method: string | null;
  readonly uid: string | null;
  readonly sequence: number;
  readonly status: string | null;
  readonly summary: string | null;
  readonly description: string | null;
  readonly location: string | null;
  readonly url: string | null;
  /** Null for an all-day event: it has a day but no time. */
  readonly start: DateTime | null;
  readonly end: DateTime | null;
  readonly allDayDate: string | null;
  /** IANA zone the times were written in; null for UTC-only or unknown zones. */
  readonly zone: string | null;
  readonly organizer: Interviewer | null;
  readonly attendees: ReadonlyArray<Interviewer & { readonly isResource: boolean }>;
}

export class UnreadableCalendarError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = "UnreadableCalendarError";
  }
}

/** Recurrence expansion stops here, so an RRULE flood cannot hang a Lambda. */
const MAX_OCCURRENCES = 1000;

function text(component: IcalComponent, name: string): string | null {
  const value = component.getFirstPropertyValue(name);
  return typeof value === "string" && value.trim() ? value.trim() : null;
}

function person(value: unknown, cn: unknown): Interviewer {
  const email = typeof value === "string" ? value.replace(/^mailto:/i, "").trim() || null : null;
  const name = typeof cn === "string" && cn.trim() ? cn.trim().replace(/^"|"$/g, "") : null;
  return { name, email };
}

/**
 * Resolves an ICAL wall-clock time to an instant: UTC as is; a TZID that names an IANA or Windows
 * zone through luxon (DST-correct); any other TZID through its VTIMEZONE; floating in `floatingZone`.
 * The zone it reports is a canonical IANA name (or null).
 */
function resolve(
  time: IcalTime,
  tzid: string | null,
  timezones: Map<string, InstanceType<typeof ICAL.Timezone>>,
  floatingZone: string,
): { instant: DateTime; zone: string | null } {
  const wallClock = {
    year: time.year,
    month: time.month,
    day: time.day,
    hour: time.hour,
    minute: time.minute,
    second: time.second,
  };
  if (
    time.zone === ICAL.Timezone.utcTimezone ||
    (time as unknown as { timezone?: string }).timezone === "Z"
  ) {
    return { instant: DateTime.fromObject(wallClock, { zone: "utc" }), zone: null };
  }
  if (tzid) {
    const zone = zoneFromTzid(tzid);
    if (zone) return { instant: DateTime.fromObject(wallClock, { zone: cachedZone(zone) }), zone };
    const definition = timezones.get(tzid);
    if (definition) {
      const zoned = new ICAL.Time(wallClock, definition);
      return { instant: DateTime.fromSeconds(zoned.toUnixTime(), { zone: "utc" }), zone: null };
    }
  }
  return {
    instant: DateTime.fromObject(wallClock, { zone: cachedZone(floatingZone) }),
    // A fixed offset read from the Date header ("UTC+2") is not a zone the interview can carry.
    zone: tzid ? null : canonicalZoneName(floatingZone),
  };
}

/** The event an invite is about: the first master VEVENT (not a RECURRENCE-ID override). */
function mainEvent(calendar: IcalComponent): IcalComponent | null {
  const events = calendar.getAllSubcomponents("vevent");
  return events.find((event) => !event.hasProperty("recurrence-id")) ?? events[0] ?? null;
}

export function parseCalendar(
  source: string,
  options: { readonly now: DateTime; readonly floatingZone: string; readonly methodHint?: string | null },
): CalendarEvent | null {
  let calendar: IcalComponent;
  try {
    calendar = new ICAL.Component(ICAL.parse(source.replace(/^\uFEFF/, "")) as unknown[]);
  } catch (error) {
    throw new UnreadableCalendarError("the calendar part could not be read", { cause: error });
  }
  if (calendar.name !== "vcalendar") throw new UnreadableCalendarError("the calendar part has no VCALENDAR");
  const event = mainEvent(calendar);
  if (!event) return null;

  const timezones = new Map<string, InstanceType<typeof ICAL.Timezone>>();
  for (const vtimezone of calendar.getAllSubcomponents("vtimezone")) {
    const tzid = text(vtimezone, "tzid");
    if (tzid) timezones.set(tzid, new ICAL.Timezone(vtimezone));
  }

  const dtstart = event.getFirstProperty("dtstart");
  const startValue = dtstart?.getFirstValue() as IcalTime | null | undefined;
  const tzidParam = dtstart?.getParameter("tzid");
  const tzid = typeof tzidParam === "string" ? tzidParam : null;
  const method = text(calendar, "method")?.toUpperCase() ?? options.methodHint ?? null;
  const organizerProperty = event.getFirstProperty("organizer");
  const base = {
    method,
    uid: text(event, "uid"),
    sequence: Number.parseInt(String(event.getFirstPropertyValue("sequence") ?? "0"), 10) || 0,
    status: text(event, "status")?.toUpperCase() ?? null,
    summary: text(event, "summary"),
    description: text(event, "description") ?? text(event, "x-alt-desc"),
    location: text(event, "location"),
    url:
      text(event, "url") ??
      text(event, "x-google-conference") ??
      text(event, "x-microsoft-skypeteamsmeetingurl") ??
      text(event, "x-microsoft-onlinemeetingconflink"),
    organizer: organizerProperty
      ? person(organizerProperty.getFirstValue(), organizerProperty.getParameter("cn"))
      : null,
    attendees: event.getAllProperties("attendee").map((attendee) => ({
      ...person(attendee.getFirstValue(), attendee.getParameter("cn")),
      isResource: ["ROOM", "RESOURCE"].includes(String(attendee.getParameter("cutype") ?? "").toUpperCase()),
    })),
  };
  if (!startValue || typeof startValue !== "object" || !("isDate" in startValue)) {
    return { ...base, start: null, end: null, allDayDate: null, zone: null };
  }
  if (startValue.isDate) {
    const day = DateTime.fromObject({
      year: startValue.year,
      month: startValue.month,
      day: startValue.day,
    }).toISODate();
    return { ...base, start: null, end: null, allDayDate: day, zone: null };
  }

  const occurrence = nextOccurrence(
    event,
    startValue,
    (time) => resolve(time, tzid, timezones, options.floatingZone).instant,
    options.now,
  );
  const { instant: start, zone } = resolve(occurrence, tzid, timezones, options.floatingZone);
  const durationSeconds = eventDurationSeconds(event, startValue, tzid, timezones, options.floatingZone);
  const end =
    durationSeconds !== null && durationSeconds > 0 ? start.plus({ seconds: durationSeconds }) : null;
  // Times read in an assumed zone (floating, unknown TZID) print in it; UTC-only ones in UTC.
  const displayZone = zone ?? (start.zoneName === "UTC" ? "utc" : options.floatingZone);
  return {
    ...base,
    start: start.setZone(displayZone),
    end: end?.setZone(displayZone) ?? null,
    allDayDate: null,
    zone,
  };
}

/** For a recurring invite, the next occurrence after now (or the last one seen, capped). */
function nextOccurrence(
  event: IcalComponent,
  start: IcalTime,
  toInstant: (time: IcalTime) => DateTime,
  now: DateTime,
): IcalTime {
  if (!event.hasProperty("rrule") && !event.hasProperty("rdate")) return start;
  const iterator = new ICAL.Event(event).iterator();
  let latest = start;
  for (let count = 0; count < MAX_OCCURRENCES; count++) {
    const next = iterator.next();
    if (!next) break;
    latest = next;
    if (toInstant(next) >= now) break;
  }
  return latest;
}

function eventDurationSeconds(
  event: IcalComponent,
  start: IcalTime,
  tzid: string | null,
  timezones: Map<string, InstanceType<typeof ICAL.Timezone>>,
  floatingZone: string,
): number | null {
  const dtend = event.getFirstProperty("dtend");
  const endValue = dtend?.getFirstValue() as IcalTime | null | undefined;
  if (endValue && typeof endValue === "object" && "isDate" in endValue) {
    const endTzid = dtend?.getParameter("tzid");
    const endInstant = resolve(
      endValue,
      typeof endTzid === "string" ? endTzid : tzid,
      timezones,
      floatingZone,
    ).instant;
    return endInstant.diff(resolve(start, tzid, timezones, floatingZone).instant, "seconds").seconds;
  }
  const duration = event.getFirstPropertyValue("duration");
  return duration && typeof duration === "object" && "toSeconds" in duration
    ? (duration as { toSeconds(): number }).toSeconds()
    : null;
}
