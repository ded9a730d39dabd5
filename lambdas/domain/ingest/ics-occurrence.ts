/**
 * Which occurrence of one UID's event is the meeting: its times read against their TZIDs, the
 * version that wins (highest SEQUENCE, then latest DTSTAMP), and for a repeating event the next
 * occurrence after now, searched in a time window: RRULE, RDATE (date-times, dates and PERIODs),
 * EXDATE, RECURRENCE-ID overrides.
 */

import { UTC_ZONE } from "../zones";
import { SECONDS_PER_DAY } from "./civil";
import { all, type Component, first, type Property, textOf } from "./icalendar";
import type { ZoneChoice, ZoneOptions, ZoneResolver } from "./ics-zones";
import { expandRule } from "./recurrence";
import { parseIcalTime, parseRule } from "./recurrence-rule";

/** Occurrences are searched from a day before now to this far ahead. */
const LOOKAHEAD = 3 * 366 * SECONDS_PER_DAY;

/** A DATE-TIME or DATE property read against its TZID. */
export interface TimeValue {
  readonly wall: number;
  readonly isDate: boolean;
  /** Null for UTC times. */
  readonly zone: ZoneChoice | null;
}

export function timeOf(property: Property | undefined, zones: ZoneResolver): TimeValue | null {
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

export function utcOf(time: TimeValue): number {
  return time.zone ? time.zone.zone.toUtc(time.wall) : time.wall;
}

/** "PT1H30M", "-P1D", "P1W" → seconds; null when unreadable. */
export function durationSeconds(value: string | undefined): number | null {
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

export interface Occurrence {
  readonly start: number;
  /** UTC seconds; null when unknown or not after the start. */
  readonly end: number | null;
  readonly isDate: boolean;
  readonly day: number;
  readonly zone: ZoneChoice | null;
  readonly component: Component;
  readonly recurring: boolean;
}

export function sequenceOf(component: Component): number {
  const value = Number.parseInt(first(component, "SEQUENCE")?.value ?? "0", 10);
  return Number.isFinite(value) && value > 0 ? Math.min(value, 1_000_000) : 0;
}

function stampOf(component: Component): number {
  return parseIcalTime(first(component, "DTSTAMP")?.value ?? "")?.seconds ?? 0;
}

/** The version of a UID that wins: highest SEQUENCE, then latest DTSTAMP, then the last written. */
export function newest(components: readonly Component[]): Component | undefined {
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
export function occurrenceOf(
  master: Component,
  overrides: readonly Component[],
  zones: ZoneResolver,
  options: ZoneOptions,
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
