/**
 * Windows zones as Outlook and Exchange write them in a TZID: by id ("W. Europe Standard Time")
 * or by display name ("(UTC-03:00) Brasilia", also with "GMT" or another offset than today's, as
 * older Windows and zone changes leave them). Read from the CLDR table in ./windows-zones.
 */
import { canonicalZoneName } from "./canonical";
import { WINDOWS_ZONES } from "./windows-zones";

const byId = new Map(WINDOWS_ZONES.map(([id, , iana]) => [id.toLowerCase(), iana]));

/** "(UTC-03:00) Brasília" → "brasilia": the names without the offset (it changes with the rules) or accents. */
function placesOf(display: string): string {
  return display
    .replace(/^\s*\((?:UTC|GMT)(?:\s*[+-−]\s*\d{1,2}(?::?\d{2})?)?\)\s*/i, "")
    .replace(/\s+/g, " ")
    .trim()
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase();
}

const byPlaces = new Map(WINDOWS_ZONES.map(([, display, iana]) => [placesOf(display), iana]));

/** Every Windows zone id (for tests). */
export const WINDOWS_ZONE_IDS: readonly string[] = WINDOWS_ZONES.map(([id]) => id);

/** A Windows zone id, any case → canonical IANA name; null when it is not one. */
export function windowsZone(id: string): string | null {
  const iana = byId.get(id.trim().toLowerCase());
  return iana ? canonicalZoneName(iana) : null;
}

/** A Windows display name → canonical IANA name; null when it is not one Windows ships. */
export function windowsDisplayZone(display: string): string | null {
  if (!/^\s*\((?:UTC|GMT)/i.test(display)) return null;
  const iana = byPlaces.get(placesOf(display));
  return iana ? canonicalZoneName(iana) : null;
}
