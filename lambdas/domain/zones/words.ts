/**
 * Zone words as people write them beside a time ("3:00 PM Eastern", "15:00 CET", "14h heure de
 * Paris", "10 Uhr MEZ") and display names ("(UTC-03:00) Brasilia", "Central Time - Chicago"),
 * read to canonical IANA names. The English words are here; each language's own are in
 * ../language/<lang>/zones.ts.
 */
import { DE_ZONES } from "../language/de/zones";
import { EN_ZONES } from "../language/en/zones";
import { ES_ZONES } from "../language/es/zones";
import { FR_ZONES } from "../language/fr/zones";
import { IT_ZONES } from "../language/it/zones";
import { NL_ZONES } from "../language/nl/zones";
import { PT_ZONES } from "../language/pt/zones";
import { canonicalZoneName } from "./canonical";
import { windowsDisplayZone } from "./windows";

/**
 * Zone words people and schedulers write next to a time ("3:00 PM Eastern", "15:00 CET"), → IANA.
 * Abbreviations are ambiguous worldwide; these are the readings a job seeker most likely means.
 */
const ZONE_WORDS: Record<string, string> = {
  eastern: "America/New_York",
  et: "America/New_York",
  est: "America/New_York",
  edt: "America/New_York",
  central: "America/Chicago",
  ct: "America/Chicago",
  cst: "America/Chicago",
  cdt: "America/Chicago",
  mountain: "America/Denver",
  mt: "America/Denver",
  mst: "America/Denver",
  mdt: "America/Denver",
  pacific: "America/Los_Angeles",
  pt: "America/Los_Angeles",
  pst: "America/Los_Angeles",
  pdt: "America/Los_Angeles",
  alaska: "America/Anchorage",
  akst: "America/Anchorage",
  hawaii: "Pacific/Honolulu",
  hst: "Pacific/Honolulu",
  gmt: "Europe/London",
  bst: "Europe/London",
  "uk time": "Europe/London",
  wet: "Europe/Lisbon",
  cet: "Europe/Berlin",
  cest: "Europe/Berlin",
  "central european": "Europe/Berlin",
  eet: "Europe/Athens",
  eest: "Europe/Athens",
  ist: "Asia/Kolkata",
  sgt: "Asia/Singapore",
  jst: "Asia/Tokyo",
  aest: "Australia/Sydney",
  aedt: "Australia/Sydney",
  nzst: "Pacific/Auckland",
  nzdt: "Pacific/Auckland",
  utc: "UTC",
  z: "UTC",
  // Long names people and schedulers write out.
  "eastern standard": "America/New_York",
  "eastern daylight": "America/New_York",
  "central standard": "America/Chicago",
  "central daylight": "America/Chicago",
  "mountain standard": "America/Denver",
  "mountain daylight": "America/Denver",
  "pacific standard": "America/Los_Angeles",
  "pacific daylight": "America/Los_Angeles",
  "greenwich mean": "Europe/London",
  "british summer": "Europe/London",
  british: "Europe/London",
  "irish standard": "Europe/Dublin",
  "central european summer": "Europe/Berlin",
  "central european standard": "Europe/Berlin",
  "eastern european": "Europe/Athens",
  "western european": "Europe/Lisbon",
  "india standard": "Asia/Kolkata",
  "indian standard": "Asia/Kolkata",
  india: "Asia/Kolkata",
  "singapore standard": "Asia/Singapore",
  singapore: "Asia/Singapore",
  "japan standard": "Asia/Tokyo",
  "australian eastern daylight": "Australia/Sydney",
  "australian eastern standard": "Australia/Sydney",
  "australian eastern": "Australia/Sydney",
  "australian central daylight": "Australia/Adelaide",
  "australian central standard": "Australia/Adelaide",
  "australian western standard": "Australia/Perth",
  "new zealand daylight": "Pacific/Auckland",
  "new zealand standard": "Pacific/Auckland",
  "gulf standard": "Asia/Dubai",
  // Abbreviations, in their most likely reading for a job seeker.
  akdt: "America/Anchorage",
  hdt: "Pacific/Honolulu",
  ast: "America/Halifax",
  adt: "America/Halifax",
  nst: "America/St_Johns",
  ndt: "America/St_Johns",
  brt: "America/Sao_Paulo",
  art: "America/Argentina/Buenos_Aires",
  west: "Europe/Lisbon",
  msk: "Europe/Moscow",
  sast: "Africa/Johannesburg",
  cat: "Africa/Maputo",
  eat: "Africa/Nairobi",
  wat: "Africa/Lagos",
  pkt: "Asia/Karachi",
  hkt: "Asia/Hong_Kong",
  kst: "Asia/Seoul",
  acst: "Australia/Adelaide",
  acdt: "Australia/Adelaide",
  awst: "Australia/Perth",
  gst: "Asia/Dubai",
};

/** Outlook sometimes writes display names: "(UTC-05:00) Eastern Time (US & Canada)". */
const DISPLAY_NAME_HINTS: Array<[RegExp, string]> = [
  [/eastern time/i, "America/New_York"],
  [/central time/i, "America/Chicago"],
  [/mountain time \(us/i, "America/Denver"],
  [/mountain time/i, "America/Denver"],
  [/pacific time/i, "America/Los_Angeles"],
  [/\barizona\b/i, "America/Phoenix"],
  [/\balaska\b/i, "America/Anchorage"],
  [/\bhawaii\b/i, "Pacific/Honolulu"],
  [/atlantic time/i, "America/Halifax"],
  [/newfoundland/i, "America/St_Johns"],
  [/saskatchewan/i, "America/Regina"],
  [/amsterdam|berlin|bern|rome|stockholm|vienna/i, "Europe/Berlin"],
  [/brussels|copenhagen|madrid|paris/i, "Europe/Paris"],
  [/belgrade|bratislava|budapest|ljubljana|prague/i, "Europe/Budapest"],
  [/sarajevo|skopje|warsaw|zagreb/i, "Europe/Warsaw"],
  [/helsinki|kyiv|kiev|riga|sofia|tallinn|vilnius/i, "Europe/Kyiv"],
  [/athens|bucharest/i, "Europe/Bucharest"],
  [/dublin|edinburgh|lisbon|london/i, "Europe/London"],
  [/chennai|kolkata|mumbai|new delhi/i, "Asia/Kolkata"],
  [/canberra|melbourne|sydney/i, "Australia/Sydney"],
  [/brisbane/i, "Australia/Brisbane"],
  [/adelaide/i, "Australia/Adelaide"],
  [/perth/i, "Australia/Perth"],
  [/auckland|wellington/i, "Pacific/Auckland"],
  [/beijing|chongqing|hong kong|urumqi/i, "Asia/Shanghai"],
  [/kuala lumpur|singapore/i, "Asia/Singapore"],
  [/osaka|sapporo|tokyo/i, "Asia/Tokyo"],
  [/abu dhabi|muscat/i, "Asia/Dubai"],
  [/coordinated universal time/i, "UTC"],
];

/** Every language's zone words with the English abbreviations; a language's words win over none. */
const ALL_ZONE_WORDS: Readonly<Record<string, string>> = {
  ...ZONE_WORDS,
  ...EN_ZONES,
  ...DE_ZONES,
  ...FR_ZONES,
  ...ES_ZONES,
  ...PT_ZONES,
  ...NL_ZONES,
  ...IT_ZONES,
};

/** The zone of a zone word (exported for TZIDs written as one), with or without "time" ("Eastern time", "UK time") and dots ("E.S.T."). */
export function zoneOfWord(word: string): string | undefined {
  const key = word.trim().toLowerCase().replace(/\./g, "");
  return ALL_ZONE_WORDS[key] ?? ALL_ZONE_WORDS[key.replace(/\s+time$/, "")];
}

let cities: Map<string, string> | null = null;

/** City (the last part of an IANA name, lower case, spaces for underscores) → canonical zone. */
function cityIndex(): Map<string, string> {
  if (cities) return cities;
  cities = new Map();
  for (const zone of Intl.supportedValuesOf("timeZone")) {
    const city = zone
      .slice(zone.lastIndexOf("/") + 1)
      .toLowerCase()
      .replace(/_/g, " ");
    const canonical = zone.includes("/") ? canonicalZoneName(zone) : null;
    if (canonical && !cities.has(city)) cities.set(city, canonical);
  }
  return cities;
}

/**
 * A display name → canonical IANA name: Outlook's "(UTC+05:30) Chennai, Kolkata, Mumbai, New
 * Delhi", Google's "Central Time - Chicago", or a city alone ("Zurich"). Null when none is known.
 */
export function zoneFromDisplayName(text: string): string | null {
  const windows = windowsDisplayZone(text);
  if (windows) return windows;
  for (const [pattern, zone] of DISPLAY_NAME_HINTS) if (pattern.test(text)) return canonicalZoneName(zone);
  const index = cityIndex();
  for (const part of text.replace(/\([^)]*\)/g, ",").split(/[,;/]|\s-\s/)) {
    const zone = index.get(part.trim().toLowerCase().replace(/\.$/, ""));
    if (zone) return zone;
  }
  return null;
}

/** A zone word written in text ("Eastern", "CET", "Europe/Berlin") → canonical IANA name, or null. */
export function zoneFromWord(word: string): string | null {
  const trimmed = word.trim();
  if (trimmed.includes("/")) return canonicalZoneName(trimmed);
  const zone = zoneOfWord(trimmed);
  return zone ? canonicalZoneName(zone) : null;
}

/** The words zoneFromWord knows, longest first, for building a pattern. */
export const ZONE_WORD_LIST = Object.keys(ALL_ZONE_WORDS).sort((a, b) => b.length - a.length);
