/**
 * A calendar file's own VTIMEZONE as a zone, computed from its observances with the bounded
 * recurrence expander (a VTIMEZONE with an impossible RRULE cannot hang the parse).
 */
import { parseUtcOffset, type WallZone, wallZoneFromOffsets } from "../zones";
import type { WorkBudget } from "./budget";
import { SECONDS_PER_DAY } from "./civil";
import { all, type Component, first } from "./icalendar";
import { expandRule } from "./recurrence";
import { parseIcalTime, parseRule } from "./recurrence-rule";

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
  return wallZoneFromOffsets(null, offsetAt);
}
