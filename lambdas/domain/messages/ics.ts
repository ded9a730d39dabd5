/**
 * Calendar files we send, built with ical.js: values escaped and lines folded by the library,
 * every line at most 75 octets (RFC 5545 §3.1, the leading space of a continuation included).
 */
import ICAL from "ical.js";
import type { DateTime } from "luxon";
import { singleLine, stripUnsafe } from "../untrusted-text";

export interface CalendarEventInput {
  readonly uid: string;
  readonly start: DateTime;
  readonly end: DateTime;
  readonly summary: string;
  readonly description?: string | null;
  readonly location?: string | null;
  readonly url?: string | null;
  readonly stamp: DateTime;
  /** A reminder to act, not a meeting: it does not block time. */
  readonly transparent?: boolean;
}

function utcTime(value: DateTime) {
  return ICAL.Time.fromJSDate(value.toJSDate(), true);
}

function vevent(input: CalendarEventInput) {
  const event = new ICAL.Component("vevent");
  event.updatePropertyWithValue("uid", input.uid);
  event.updatePropertyWithValue("dtstamp", utcTime(input.stamp));
  event.updatePropertyWithValue("dtstart", utcTime(input.start));
  event.updatePropertyWithValue("dtend", utcTime(input.end));
  // Text values are escaped by ical.js (RFC 5545 §3.3.11); what could change how they read goes first.
  event.updatePropertyWithValue("summary", singleLine(input.summary));
  if (input.description) event.updatePropertyWithValue("description", stripUnsafe(input.description));
  if (input.location) event.updatePropertyWithValue("location", singleLine(input.location));
  if (input.url) event.updatePropertyWithValue("url", singleLine(input.url));
  if (input.transparent) event.updatePropertyWithValue("transp", "TRANSPARENT");
  return event;
}

/** A PUBLISH calendar of the given events, CRLF line ends, every line folded to 75 octets. */
export function calendarFile(events: readonly CalendarEventInput[]): string {
  const calendar = new ICAL.Component(["vcalendar", [], []]);
  calendar.updatePropertyWithValue("version", "2.0");
  calendar.updatePropertyWithValue("prodid", "-//interview-followup//EN");
  calendar.updatePropertyWithValue("calscale", "GREGORIAN");
  calendar.updatePropertyWithValue("method", "PUBLISH");
  for (const event of events) calendar.addSubcomponent(vevent(event));
  // ical.js folds the first line at foldLength octets and continuations at foldLength after their
  // space: 74 keeps every physical line within RFC 5545's 75.
  const previous = ICAL.foldLength;
  ICAL.foldLength = 74;
  try {
    return `${calendar.toString()}\r\n`;
  } finally {
    ICAL.foldLength = previous;
  }
}

/** A one-event calendar the user can add: "send the follow-up" at the prompt's time. */
export function reminderEvent(input: {
  readonly uid: string;
  readonly start: DateTime;
  readonly minutes: number;
  readonly summary: string;
  readonly description: string;
  readonly stamp: DateTime;
}): string {
  return calendarFile([
    {
      uid: input.uid,
      start: input.start,
      end: input.start.plus({ minutes: input.minutes }),
      summary: input.summary,
      description: input.description,
      stamp: input.stamp,
      transparent: true,
    },
  ]);
}
