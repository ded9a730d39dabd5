/**
 * Zones as parsers need them: a way to place a wall-clock time (seconds since 1970-01-01 00:00 on
 * the wall) at an instant and back. Kinds: UTC, a fixed offset ("(GMT +01:00)"), an IANA zone
 * (luxon, with cached offsets), and any zone given by its offsets (ingest builds a calendar file's
 * own VTIMEZONE so, in ../ingest/vtimezone).
 *
 * Times that fall in a DST gap use the offset before the gap, and repeated times the first
 * instance, as RFC 5545 §3.3.5 asks.
 */
import type { Zone } from "luxon";
import { cachedZone } from "./zone-cache";

export interface WallZone {
  /** Canonical IANA name; null for fixed offsets and VTIMEZONE definitions. */
  readonly name: string | null;
  /** Offset in seconds east of UTC at a UTC instant (seconds). */
  offsetAt(utc: number): number;
  /** The UTC instant (seconds) of a wall time in this zone. */
  toUtc(wall: number): number;
}

export function wallZoneFromOffsets(name: string | null, offsetAt: (utc: number) => number): WallZone {
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
  const made = wallZoneFromOffsets(luxonZone.name, (utc) => luxonZone.offset(utc * 1000) * 60);
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

/** Whether two zones agree at an instant and half a year later (same offsets, standard and summer). */
export function zonesAgree(a: WallZone, b: WallZone, utc: number): boolean {
  const halfYear = 182 * 86_400;
  return a.offsetAt(utc) === b.offsetAt(utc) && a.offsetAt(utc + halfYear) === b.offsetAt(utc + halfYear);
}
