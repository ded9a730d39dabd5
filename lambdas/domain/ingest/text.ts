import * as chrono from "chrono-node";
import { DateTime } from "luxon";
import { cachedZone } from "../zone-cache";
import { ZONE_WORD_LIST, zoneFromWord } from "./zones";

export interface TextTime {
  readonly start: DateTime;
  readonly end: DateTime | null;
  /** IANA zone the text named, or the reference zone it was read in. */
  readonly zone: string;
}

const ZONE_AFTER = new RegExp(
  `^\\s*(?:\\(|,)?\\s*(${ZONE_WORD_LIST.map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("|")}|[A-Z][a-z]+/[A-Za-z_]+)(?:\\s+time)?\\b`,
  "i",
);

/** Words that make a date in the text the interview's, rather than a signature's or a deadline's. */
const CONTEXT =
  /interview|call|meet|chat|screen|session|scheduled|confirm|conversation|onsite|on-site|zoom|teams|video/i;

/** Reads the zone word right after a time ("3:00 PM Eastern", "15:00 CET"). */
function zoneAfter(text: string, endIndex: number): string | null {
  const match = ZONE_AFTER.exec(text.slice(endIndex, endIndex + 40));
  if (!match?.[1]) return null;
  // Single letters and "ET"-like words must be written in capitals to count as zones.
  if (match[1].length <= 3 && match[1] !== match[1].toUpperCase()) return null;
  return zoneFromWord(match[1]);
}

function wallClock(components: chrono.ParsedComponents, zone: string): DateTime {
  return DateTime.fromObject(
    {
      year: components.get("year") ?? undefined,
      month: components.get("month") ?? undefined,
      day: components.get("day") ?? undefined,
      hour: components.get("hour") ?? 0,
      minute: components.get("minute") ?? 0,
    },
    { zone: cachedZone(zone) },
  );
}

/**
 * Finds the interview's date and time in a confirmation written in words, read relative to the
 * message's own date and zone. Only a date with a definite time of day counts: a day alone is
 * not enough to plan a prep or a thank-you.
 */
export function findTimeInText(text: string, reference: DateTime): TextTime | null {
  const referenceZone = reference.zoneName ?? "UTC";
  const results = chrono.parse(
    text,
    { instant: reference.toJSDate(), timezone: reference.offset },
    { forwardDate: true },
  );
  const candidates = results.filter(
    (result) =>
      result.start.isCertain("hour") &&
      (result.start.isCertain("day") ||
        result.start.isCertain("weekday") ||
        /tomorrow|today|tonight/i.test(result.text)),
  );
  const scored = candidates.map((result) => {
    const around = text.slice(Math.max(0, result.index - 160), result.index + result.text.length + 40);
    return { result, score: CONTEXT.test(around) ? 1 : 0 };
  });
  scored.sort((a, b) => b.score - a.score || a.result.index - b.result.index);
  const best = scored[0]?.result;
  if (!best) return null;
  const named = zoneAfter(text, best.index + best.text.length) ?? zoneAfterTimeInMatch(best.text);
  const zone = named ?? referenceZone;
  const start = wallClock(best.start, zone);
  if (!start.isValid) return null;
  const end = best.end?.isCertain("hour") ? wallClock(best.end, zone) : null;
  return { start, end: end?.isValid && end > start ? end : null, zone };
}

/** chrono keeps some zone words inside its match ("10:00-11:00am PT"): read the match's tail. */
function zoneAfterTimeInMatch(matched: string): string | null {
  const tail = /\b([A-Za-z]{1,5})\s*$/.exec(matched);
  return tail?.[1] && tail[1] === tail[1].toUpperCase() ? zoneFromWord(tail[1]) : null;
}

/** "we'll get back to you by Friday" → the decision date, if the text promises one. */
export function findDecisionHint(text: string, reference: DateTime): string | null {
  const promise =
    /(?:hear back|get back to you|let you know|decision|update you|follow up with you|next steps)[^.\n]{0,60}?\b(?:by|before|on|within|early next|end of)\b[^.\n]{0,40}/i.exec(
      text,
    );
  if (!promise) return null;
  const parsed = chrono.parseDate(
    promise[0],
    { instant: reference.toJSDate(), timezone: reference.offset },
    { forwardDate: true },
  );
  return parsed
    ? DateTime.fromJSDate(parsed)
        .setZone(reference.zoneName ?? "UTC")
        .toISODate()
    : null;
}
