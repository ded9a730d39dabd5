/**
 * Time zones, every concern in one place: canonical IANA names (./canonical), luxon zones with
 * cached offsets (./zone-cache), zones as wall-clock arithmetic for parsers (./wall-zone), calendar
 * TZIDs (./tzid), Windows ids and display names (./windows, data in ./windows-zones) and the zone
 * words people write (./words, with each language's words).
 */
export { canonicalZoneName, isCanonicalZoneName, suggestZoneName } from "./canonical";
export {
  displayZone,
  inCountry,
  readZoneAt,
  SEASONAL_OFFSETS,
  type ZoneRead,
  zoneLines,
} from "./in-text";
export { offsetFromZoneName, zoneFromTzid } from "./tzid";
export {
  fixedOffsetZone,
  ianaZone,
  parseUtcOffset,
  UTC_ZONE,
  type WallZone,
  wallZoneFromOffsets,
  zonesAgree,
} from "./wall-zone";
export { WINDOWS_ZONE_IDS, windowsDisplayZone, windowsZone } from "./windows";
export { ZONE_WORD_LIST, zoneFromDisplayName, zoneFromWord } from "./words";
export { cachedZone } from "./zone-cache";
