/**
 * The zone a calendar written in UTC was meant in: Zoom and many schedulers put the instant in UTC
 * and the zone only in words ("Dec 7, 2026 10:00 AM Japan Standard Time"). A time written with a
 * zone that shows the same instant names the zone to show it in.
 */
import type { ZoneRead } from "../zones";
import type { WorkBudget } from "./budget";
import { SECONDS_PER_DAY } from "./civil";
import { findTimes } from "./times";

export function zoneWrittenFor(text: string, startUtc: number, budget: WorkBudget): ZoneRead | null {
  for (const time of findTimes(text.slice(0, 20_000), budget)) {
    const zone = time.zone;
    if (!zone?.name || zone.name === "UTC") continue;
    const wall = startUtc + zone.zone.offsetAt(startUtc);
    if (((wall % SECONDS_PER_DAY) + SECONDS_PER_DAY) % SECONDS_PER_DAY === time.start) return zone;
  }
  return null;
}
