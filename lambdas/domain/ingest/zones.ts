import { canonicalZoneName } from "../time-zones";

/**
 * Windows time zone names (as Outlook/Exchange write them in TZID) → IANA, from CLDR's
 * windowsZones.xml territory "001" mapping. CLDR writes ICU's legacy spellings ("Europe/Kiev",
 * "America/Buenos_Aires"); lookups go through canonicalZoneName, so the values may stay as CLDR has
 * them.
 */
const WINDOWS_ZONES: Record<string, string> = {
  "Dateline Standard Time": "Etc/GMT+12",
  "UTC-11": "Etc/GMT+11",
  "Aleutian Standard Time": "America/Adak",
  "Hawaiian Standard Time": "Pacific/Honolulu",
  "Marquesas Standard Time": "Pacific/Marquesas",
  "Alaskan Standard Time": "America/Anchorage",
  "UTC-09": "Etc/GMT+9",
  "Pacific Standard Time (Mexico)": "America/Tijuana",
  "UTC-08": "Etc/GMT+8",
  "Pacific Standard Time": "America/Los_Angeles",
  "US Mountain Standard Time": "America/Phoenix",
  "Mountain Standard Time (Mexico)": "America/Mazatlan",
  "Mountain Standard Time": "America/Denver",
  "Yukon Standard Time": "America/Whitehorse",
  "Central America Standard Time": "America/Guatemala",
  "Central Standard Time": "America/Chicago",
  "Easter Island Standard Time": "Pacific/Easter",
  "Central Standard Time (Mexico)": "America/Mexico_City",
  "Canada Central Standard Time": "America/Regina",
  "SA Pacific Standard Time": "America/Bogota",
  "Eastern Standard Time (Mexico)": "America/Cancun",
  "Eastern Standard Time": "America/New_York",
  "Haiti Standard Time": "America/Port-au-Prince",
  "Cuba Standard Time": "America/Havana",
  "US Eastern Standard Time": "America/Indianapolis",
  "Turks And Caicos Standard Time": "America/Grand_Turk",
  "Paraguay Standard Time": "America/Asuncion",
  "Atlantic Standard Time": "America/Halifax",
  "Venezuela Standard Time": "America/Caracas",
  "Central Brazilian Standard Time": "America/Cuiaba",
  "SA Western Standard Time": "America/La_Paz",
  "Pacific SA Standard Time": "America/Santiago",
  "Newfoundland Standard Time": "America/St_Johns",
  "Tocantins Standard Time": "America/Araguaina",
  "E. South America Standard Time": "America/Sao_Paulo",
  "SA Eastern Standard Time": "America/Cayenne",
  "Argentina Standard Time": "America/Buenos_Aires",
  "Greenland Standard Time": "America/Godthab",
  "Montevideo Standard Time": "America/Montevideo",
  "Magallanes Standard Time": "America/Punta_Arenas",
  "Saint Pierre Standard Time": "America/Miquelon",
  "Bahia Standard Time": "America/Bahia",
  "UTC-02": "Etc/GMT+2",
  "Azores Standard Time": "Atlantic/Azores",
  "Cape Verde Standard Time": "Atlantic/Cape_Verde",
  UTC: "Etc/UTC",
  "GMT Standard Time": "Europe/London",
  "Greenwich Standard Time": "Atlantic/Reykjavik",
  "Sao Tome Standard Time": "Africa/Sao_Tome",
  "Morocco Standard Time": "Africa/Casablanca",
  "W. Europe Standard Time": "Europe/Berlin",
  "Central Europe Standard Time": "Europe/Budapest",
  "Romance Standard Time": "Europe/Paris",
  "Central European Standard Time": "Europe/Warsaw",
  "W. Central Africa Standard Time": "Africa/Lagos",
  "Jordan Standard Time": "Asia/Amman",
  "GTB Standard Time": "Europe/Bucharest",
  "Middle East Standard Time": "Asia/Beirut",
  "Egypt Standard Time": "Africa/Cairo",
  "E. Europe Standard Time": "Europe/Chisinau",
  "Syria Standard Time": "Asia/Damascus",
  "West Bank Standard Time": "Asia/Hebron",
  "South Africa Standard Time": "Africa/Johannesburg",
  "FLE Standard Time": "Europe/Kiev",
  "Israel Standard Time": "Asia/Jerusalem",
  "South Sudan Standard Time": "Africa/Juba",
  "Kaliningrad Standard Time": "Europe/Kaliningrad",
  "Sudan Standard Time": "Africa/Khartoum",
  "Libya Standard Time": "Africa/Tripoli",
  "Namibia Standard Time": "Africa/Windhoek",
  "Arabic Standard Time": "Asia/Baghdad",
  "Turkey Standard Time": "Europe/Istanbul",
  "Arab Standard Time": "Asia/Riyadh",
  "Belarus Standard Time": "Europe/Minsk",
  "Russian Standard Time": "Europe/Moscow",
  "E. Africa Standard Time": "Africa/Nairobi",
  "Volgograd Standard Time": "Europe/Volgograd",
  "Iran Standard Time": "Asia/Tehran",
  "Arabian Standard Time": "Asia/Dubai",
  "Astrakhan Standard Time": "Europe/Astrakhan",
  "Azerbaijan Standard Time": "Asia/Baku",
  "Russia Time Zone 3": "Europe/Samara",
  "Mauritius Standard Time": "Indian/Mauritius",
  "Saratov Standard Time": "Europe/Saratov",
  "Georgian Standard Time": "Asia/Tbilisi",
  "Caucasus Standard Time": "Asia/Yerevan",
  "Afghanistan Standard Time": "Asia/Kabul",
  "West Asia Standard Time": "Asia/Tashkent",
  "Ekaterinburg Standard Time": "Asia/Yekaterinburg",
  "Pakistan Standard Time": "Asia/Karachi",
  "Qyzylorda Standard Time": "Asia/Qyzylorda",
  "India Standard Time": "Asia/Kolkata",
  "Sri Lanka Standard Time": "Asia/Colombo",
  "Nepal Standard Time": "Asia/Kathmandu",
  "Central Asia Standard Time": "Asia/Almaty",
  "Bangladesh Standard Time": "Asia/Dhaka",
  "Omsk Standard Time": "Asia/Omsk",
  "Myanmar Standard Time": "Asia/Rangoon",
  "SE Asia Standard Time": "Asia/Bangkok",
  "Altai Standard Time": "Asia/Barnaul",
  "W. Mongolia Standard Time": "Asia/Hovd",
  "North Asia Standard Time": "Asia/Krasnoyarsk",
  "N. Central Asia Standard Time": "Asia/Novosibirsk",
  "Tomsk Standard Time": "Asia/Tomsk",
  "China Standard Time": "Asia/Shanghai",
  "North Asia East Standard Time": "Asia/Irkutsk",
  "Singapore Standard Time": "Asia/Singapore",
  "W. Australia Standard Time": "Australia/Perth",
  "Taipei Standard Time": "Asia/Taipei",
  "Ulaanbaatar Standard Time": "Asia/Ulaanbaatar",
  "Aus Central W. Standard Time": "Australia/Eucla",
  "Transbaikal Standard Time": "Asia/Chita",
  "Tokyo Standard Time": "Asia/Tokyo",
  "North Korea Standard Time": "Asia/Pyongyang",
  "Korea Standard Time": "Asia/Seoul",
  "Yakutsk Standard Time": "Asia/Yakutsk",
  "Cen. Australia Standard Time": "Australia/Adelaide",
  "AUS Central Standard Time": "Australia/Darwin",
  "E. Australia Standard Time": "Australia/Brisbane",
  "AUS Eastern Standard Time": "Australia/Sydney",
  "West Pacific Standard Time": "Pacific/Port_Moresby",
  "Tasmania Standard Time": "Australia/Hobart",
  "Vladivostok Standard Time": "Asia/Vladivostok",
  "Lord Howe Standard Time": "Australia/Lord_Howe",
  "Bougainville Standard Time": "Pacific/Bougainville",
  "Russia Time Zone 10": "Asia/Srednekolymsk",
  "Magadan Standard Time": "Asia/Magadan",
  "Norfolk Standard Time": "Pacific/Norfolk",
  "Sakhalin Standard Time": "Asia/Sakhalin",
  "Central Pacific Standard Time": "Pacific/Guadalcanal",
  "Russia Time Zone 11": "Asia/Kamchatka",
  "New Zealand Standard Time": "Pacific/Auckland",
  "UTC+12": "Etc/GMT-12",
  "Fiji Standard Time": "Pacific/Fiji",
  "Chatham Islands Standard Time": "Pacific/Chatham",
  "UTC+13": "Etc/GMT-13",
  "Tonga Standard Time": "Pacific/Tongatapu",
  "Samoa Standard Time": "Pacific/Apia",
  "Line Islands Standard Time": "Pacific/Kiritimati",
};

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

/** The zone of a zone word, with or without "time" ("Eastern time", "UK time") and dots ("E.S.T."). */
function zoneOfWord(word: string): string | undefined {
  const key = word.trim().toLowerCase().replace(/\./g, "");
  return ZONE_WORDS[key] ?? ZONE_WORDS[key.replace(/\s+time$/, "")];
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
  const windows = WINDOWS_ZONES[name];
  if (windows) return canonicalZoneName(windows);
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

/** Every Windows zone name zoneFromTzid knows (for tests). */
export const WINDOWS_ZONE_NAMES: readonly string[] = Object.keys(WINDOWS_ZONES);

/** The words zoneFromWord knows, longest first, for building a pattern. */
export const ZONE_WORD_LIST = Object.keys(ZONE_WORDS).sort((a, b) => b.length - a.length);
