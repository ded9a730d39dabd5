import { canonicalZoneName } from "./canonical";
import { windowsZone } from "./windows";
import { zoneFromDisplayName, zoneOfWord } from "./words";

/**
 * A zone name that is nothing but an offset: "(GMT +01:00)", "GMT+0100", "UTC-05:00", "UTC+5:30",
 * "+0100" → seconds east of UTC; null for anything else (a display name with cities is not this).
 */
export function offsetFromZoneName(name: string): number | null {
  const match = /^\s*\(?\s*(?:GMT|UTC)?\s*([+-−])\s*(\d{1,2})(?:[:.]?(\d{2}))?\s*\)?\s*$/i.exec(name);
  if (!match) return /^\s*\(?\s*(?:GMT|UTC)\s*\)?\s*$/i.test(name) ? 0 : null;
  const hours = Number(match[2]);
  const minutes = Number(match[3] ?? 0);
  if (hours > 14 || minutes > 59) return null;
  const seconds = hours * 3600 + minutes * 60;
  return match[1] === "+" ? seconds : -seconds;
}

/**
 * A calendar TZID → canonical IANA name, or null when unknown. Tried in order: an IANA name in any
 * spelling ("Europe/Kiev", "US/Eastern"), a Windows name ("W. Europe Standard Time"), a zone word
 * ("CST", which tzdb does not know), an Outlook display name.
 */
export function zoneFromTzid(tzid: string): string | null {
  const name = tzid.trim().replace(/^"|"$/g, "").replace(/^\/+/, "");
  const iana = canonicalZoneName(name);
  if (iana) return iana;
  const windows = windowsZone(name);
  if (windows) return windows;
  const word = zoneOfWord(name);
  if (word) return canonicalZoneName(word);
  // Old Mozilla ("/mozilla.org/20050126_1/America/New_York") and other prefixed IANA names.
  const tail =
    /(?:^|\/)((?:Africa|America|Antarctica|Asia|Atlantic|Australia|Europe|Indian|Pacific|Etc)\/[A-Za-z_+-]+(?:\/[A-Za-z_+-]+)?)$/.exec(
      name,
    )?.[1];
  const tailZone = tail ? canonicalZoneName(tail) : null;
  if (tailZone) return tailZone;
  // Microsoft 365's "tzone://Microsoft/Utc", "tzone://Microsoft/Pacific".
  const microsoft = /^tzone:\/\/Microsoft\/(.+)$/i.exec(name)?.[1];
  if (microsoft)
    return (
      zoneFromTzid(microsoft === "Utc" ? "UTC" : `${microsoft} Standard Time`) ?? zoneFromTzid(microsoft)
    );
  return zoneFromDisplayName(name);
}
