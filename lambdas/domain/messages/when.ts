/**
 * Dates and times as people write them: "Wed, Nov 25 at 9:00 AM", in the user's zone, with the
 * interview's own zone beside it when that is different ("8:00 PM Central European Time (2:00 PM
 * Eastern Time)"). Never an ISO string, never an IANA id.
 */
import { DateTime } from "luxon";

/** "Central Time", "Central European Time", "India Standard Time"; "UTC" for UTC. */
export function zoneLabel(zone: string, at: DateTime = DateTime.utc()): string {
  if (/^(?:Etc\/)?(?:UTC|GMT|Zulu|UCT|Universal)$/i.test(zone)) return "UTC";
  try {
    const name = new Intl.DateTimeFormat("en-US", { timeZone: zone, timeZoneName: "longGeneric" })
      .formatToParts(at.toJSDate())
      .find((part) => part.type === "timeZoneName")?.value;
    if (name && !/^GMT[+-]/.test(name)) return name;
    const city = zone.split("/").pop()?.replace(/_/g, " ");
    return city && !/^GMT|^Etc/.test(city) ? `${city} time` : (name ?? zone);
  } catch {
    return zone;
  }
}

export interface WhenOptions {
  /** Name the zone after the time ("… Central Time"). */
  readonly withZone?: boolean;
  /** The interview's own zone: shown beside when it differs from the user's. */
  readonly otherZone?: string | null;
  /** Years other than this one are written out ("Tue, Jan 5, 2027"). */
  readonly year?: number | null;
}

function day(value: DateTime, year: number | null | undefined): string {
  return value.toFormat(
    year !== undefined && year !== null && value.year !== year ? "ccc, LLL d, yyyy" : "ccc, LLL d",
  );
}

function time(value: DateTime): string {
  return value.toFormat("h:mm a");
}

/** "Wed, Nov 25 at 9:00 AM" (+ the zone, + the interview's own time when its zone differs). */
export function formatWhen(iso: string, zone: string, options: WhenOptions = {}): string {
  const value = DateTime.fromISO(iso, { setZone: true }).setZone(zone);
  if (!value.isValid) return "an unknown time";
  let text = `${day(value, options.year)} at ${time(value)}`;
  if (options.withZone) text += ` ${zoneLabel(zone, value)}`;
  const other = options.otherZone;
  if (other && other !== zone) {
    const there = value.setZone(other);
    if (
      there.isValid &&
      (there.offset !== value.offset || zoneLabel(other, there) !== zoneLabel(zone, value))
    ) {
      const sameDay = there.hasSame(value, "day");
      text += ` (${sameDay ? "" : `${day(there, options.year)}, `}${time(there)} ${zoneLabel(other, there)})`;
    }
  }
  return text;
}

/** "Fri, Dec 4" for a local calendar date (YYYY-MM-DD). */
export function formatDay(date: string, year?: number | null): string {
  const value = DateTime.fromISO(date.slice(0, 10), { zone: "utc" });
  return value.isValid ? day(value, year) : "an unknown day";
}

/**
 * How the day of `event` reads on the day of `now`, in `zone`: "today", "yesterday", "on Tuesday"
 * (within a week), or "on Nov 18".
 */
export function relativeDay(event: string, now: DateTime, zone: string): string {
  const then = DateTime.fromISO(event, { setZone: true }).setZone(zone).startOf("day");
  const today = now.setZone(zone).startOf("day");
  if (!then.isValid) return "recently";
  const days = Math.round(today.diff(then, "days").days);
  if (days === 0) return "today";
  if (days === 1) return "yesterday";
  if (days > 1 && days < 7) return `on ${then.toFormat("cccc")}`;
  return `on ${then.toFormat("LLL d")}`;
}
