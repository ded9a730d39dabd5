/**
 * Zones as ingest needs them: a way to place a wall-clock time (seconds, see ./civil) at an
 * instant and back. Four kinds: UTC, a fixed offset ("(GMT +01:00)"), an IANA zone (luxon, with
 * cached offsets), and a calendar file's own VTIMEZONE, computed from its observances with the
 * bounded recurrence expander (a VTIMEZONE with an impossible RRULE cannot hang the parse).
 *
 * Times that fall in a DST gap use the offset before the gap, and repeated times the first
 * instance, as RFC 5545 §3.3.5 asks.
 */
import type { Zone } from "luxon";
import { cachedZone } from "../zone-cache";
import type { WorkBudget } from "./budget";
import { SECONDS_PER_DAY } from "./civil";
import { all, type Component, first } from "./icalendar";
import { expandRule, parseIcalTime, parseRule } from "./recurrence";

export interface WallZone {
  /** Canonical IANA name; null for fixed offsets and VTIMEZONE definitions. */
  readonly name: string | null;
  /** Offset in seconds east of UTC at a UTC instant (seconds). */
  offsetAt(utc: number): number;
  /** The UTC instant (seconds) of a wall time in this zone. */
  toUtc(wall: number): number;
}

function fromOffsets(name: string | null, offsetAt: (utc: number) => number): WallZone {
  return {
    name,
    offsetAt,
    toUtc(wall) {
      const first = offsetAt(wall);
      const guess = wall - first;
      const second = offsetAt(guess);
      if (first === second) return guess;
      const retry = wall - second;
      const third = offsetAt(retry);
      if (second === third) return retry;
      // In a gap: the offset before it is the smaller one.
      return wall - Math.min(second, third);
    },
  };
}

export const UTC_ZONE: WallZone = { name: "UTC", offsetAt: () => 0, toUtc: (wall) => wall };

export function fixedOffsetZone(offsetSeconds: number): WallZone {
  return { name: null, offsetAt: () => offsetSeconds, toUtc: (wall) => wall - offsetSeconds };
}

const ianaZones = new Map<string, WallZone>();

/** An IANA zone by any spelling cachedZone accepts; null when luxon does not know it. */
export function ianaZone(name: string): WallZone | null {
  const known = ianaZones.get(name);
  if (known) return known;
  const zone = cachedZone(name);
  if (typeof zone === "string") return zone === "UTC" ? UTC_ZONE : null;
  const luxonZone = zone as Zone;
  if (!luxonZone.isValid) return null;
  const made = fromOffsets(luxonZone.name, (utc) => luxonZone.offset(utc * 1000) * 60);
  if (ianaZones.size < 1_000) ianaZones.set(name, made);
  return made;
}

/** "+0530", "-0800", "+053000", "+05:30" → seconds east of UTC. */
export function parseUtcOffset(value: string): number | null {
  const match = /^\s*([+-])(\d{2}):?(\d{2})(?::?(\d{2}))?\s*$/.exec(value);
  if (!match) return null;
  const hours = Number(match[2]);
  const minutes = Number(match[3]);
  if (hours > 18 || minutes > 59) return null;
  const seconds = hours * 3600 + minutes * 60 + Number(match[4] ?? 0);
  return match[1] === "-" ? -seconds : seconds;
}

interface Transition {
  readonly utc: number;
  readonly from: number;
  readonly to: number;
}

/** Half-width of the window of transitions computed around a time: over a year each way. */
const TRANSITION_WINDOW = 400 * SECONDS_PER_DAY;

/**
 * A VTIMEZONE's rules as a zone, or null when it has no usable observance. Transitions are
 * computed per window around the times asked for, and remembered.
 */
export function vtimezoneZone(component: Component, budget: WorkBudget): WallZone | null {
  const observances = component.children
    .filter((child) => child.name === "STANDARD" || child.name === "DAYLIGHT")
    .slice(0, 50)
    .flatMap((child) => {
      const from = parseUtcOffset(first(child, "TZOFFSETFROM")?.value ?? "");
      const to = parseUtcOffset(first(child, "TZOFFSETTO")?.value ?? "");
      const start = parseIcalTime(first(child, "DTSTART")?.value ?? "");
      if (to === null || !start) return [];
      return [{ child, from: from ?? to, to, start: start.seconds }];
    });
  if (observances.length === 0) return null;
  const windows = new Map<number, Transition[]>();

  const transitionsAround = (utc: number): Transition[] => {
    const key = Math.floor(utc / TRANSITION_WINDOW);
    const cached = windows.get(key);
    if (cached) return cached;
    const from = (key - 1) * TRANSITION_WINDOW;
    const to = (key + 2) * TRANSITION_WINDOW;
    const transitions: Transition[] = [];
    for (const observance of observances) {
      // Onsets are wall times in the offset in force before them.
      const add = (wall: number) =>
        transitions.push({ utc: wall - observance.from, from: observance.from, to: observance.to });
      add(observance.start);
      for (const property of all(observance.child, "RDATE"))
        for (const value of property.value.split(",")) {
          const time = parseIcalTime(value.split("/")[0] ?? "");
          if (time) add(time.utc ? time.seconds + observance.from : time.seconds);
        }
      for (const property of all(observance.child, "RRULE")) {
        const rule = parseRule(property.value);
        if (!rule) continue;
        const until = rule.until ? rule.until.seconds + (rule.until.utc ? observance.from : 0) : null;
        // A rule that ended before the window still gave the last transition before it.
        const window =
          until !== null && until < from
            ? { from: until - TRANSITION_WINDOW, to: until }
            : { from: from + observance.from, to: to + observance.from };
        for (const wall of expandRule(
          rule,
          observance.start,
          window,
          budget,
          (seconds) => seconds + observance.from,
        )) {
          budget.spend(1, "a time zone");
          add(wall);
        }
      }
    }
    transitions.sort((a, b) => a.utc - b.utc);
    if (windows.size > 20) windows.clear();
    windows.set(key, transitions);
    return transitions;
  };

  const offsetAt = (utc: number): number => {
    const transitions = transitionsAround(utc);
    let offset: number | null = null;
    for (const transition of transitions) {
      if (transition.utc > utc) break;
      offset = transition.to;
    }
    // Before the first onset: the offset the earliest observance came from.
    return offset ?? transitions[0]?.from ?? observances[0]?.to ?? 0;
  };
  return fromOffsets(null, offsetAt);
}

/** Whether two zones agree at an instant and half a year later (same offsets, standard and summer). */
export function zonesAgree(a: WallZone, b: WallZone, utc: number): boolean {
  const halfYear = 182 * SECONDS_PER_DAY;
  return a.offsetAt(utc) === b.offsetAt(utc) && a.offsetAt(utc + halfYear) === b.offsetAt(utc + halfYear);
}
