import { IANAZone } from "luxon";

/**
 * Canonical IANA zone names. EventBridge Scheduler accepts a zone only when it is spelled the way
 * tzdb spells it, and every zone that enters the system (a user's setting, the deployment config,
 * a calendar TZID, a zone word in text) may arrive mis-cased, as a link ("US/Eastern"), or in the
 * legacy spelling ICU still treats as canonical ("Asia/Calcutta"). {@link canonicalZoneName} turns
 * all of them into one name per location.
 *
 * What "canonical" means here:
 * - A tzdb Zone, or a name tzdb lists in zone.tab for a country (e.g. "Europe/Amsterdam", which
 *   tzdb keeps as a link to Europe/Brussels because their clocks agree since 1970). Those stay: a
 *   Dutch user should read Europe/Amsterdam, and the Scheduler, ICU and Java accept them.
 * - Every other link (tzdb's `backward`: "US/Eastern", "GB", "Asia/Istanbul", "America/Montreal",
 *   "EST5EDT"…) becomes its target, as Intl resolves it.
 * - Every zero-offset name ("Etc/UTC", "UTC", "Etc/GMT", "GMT", "Zulu", "Universal"…) becomes
 *   "UTC": the name Intl gives them all, the one the Scheduler documents, and luxon's own fixed
 *   UTC zone. (tzdb's Zone is "Etc/UTC"; "UTC" is its link. We store "UTC" deliberately.)
 * - "Etc/GMT+5"-style fixed offsets stay as written by tzdb (they are Zones).
 *
 * Where the names come from: Intl.supportedValuesOf("timeZone") (ICU's canonical ids, one per
 * location), corrected by {@link ICU_RENAMES}, plus Intl's own link resolution for the rest. Nothing
 * is bundled but that table.
 */

/**
 * ICU canonical ids that tzdb has since renamed, → tzdb's name for the same location. ICU (via
 * CLDR) keeps the old spelling canonical for stability, so Intl returns it for both spellings:
 * `resolvedOptions().timeZone` of "Asia/Kolkata" is "Asia/Calcutta" on Node 20 (ICU 78, tzdata
 * 2025c). The entries are exactly the names of that Intl list that tzdb's `backward` file lists
 * as links (sections "Two-part names that were renamed mostly to three-part names in 1995",
 * "Alternate names for the same location", and two "Non-zone.tab locations"), each mapped to the
 * location tzdb names in zone.tab (the link's `#= TARGET1` where it gives one). Checked against
 * eggert/tz at b9bc7a8 (2026-07). When an ICU upgrade adopts the new spelling, an entry becomes a
 * no-op; when tzdb renames another location, add it here (the property test in
 * test/unit/time-zones.test.ts lists what to check).
 */
const ICU_RENAMES: Readonly<Record<string, string>> = {
  "Africa/Asmera": "Africa/Asmara",
  "America/Buenos_Aires": "America/Argentina/Buenos_Aires",
  "America/Catamarca": "America/Argentina/Catamarca",
  "America/Coral_Harbour": "America/Atikokan",
  "America/Cordoba": "America/Argentina/Cordoba",
  "America/Godthab": "America/Nuuk",
  "America/Indianapolis": "America/Indiana/Indianapolis",
  "America/Jujuy": "America/Argentina/Jujuy",
  "America/Louisville": "America/Kentucky/Louisville",
  "America/Mendoza": "America/Argentina/Mendoza",
  "Asia/Calcutta": "Asia/Kolkata",
  "Asia/Katmandu": "Asia/Kathmandu",
  "Asia/Rangoon": "Asia/Yangon",
  "Asia/Saigon": "Asia/Ho_Chi_Minh",
  "Atlantic/Faeroe": "Atlantic/Faroe",
  "Europe/Kiev": "Europe/Kyiv",
  "Pacific/Enderbury": "Pacific/Kanton",
  "Pacific/Ponape": "Pacific/Pohnpei",
  "Pacific/Truk": "Pacific/Chuuk",
};

/**
 * The tzdb names without a slash (Zones and `backward` links), lower-cased. ICU also accepts
 * Java's three-letter ids ("PST", "IST", "BST" = Asia/Dhaka…), which are not IANA names and
 * guess wrong; a slashless name must be one of these to be resolved.
 */
const SLASHLESS_IANA = new Set(
  (
    "cet cst6cdt cuba eet egypt eire est est5edt gb gb-eire gmt gmt+0 gmt-0 gmt0 greenwich hongkong " +
    "hst iceland iran israel jamaica japan kwajalein libya met mst mst7mdt navajo nz nz-chat poland " +
    "portugal prc pst8pdt roc rok singapore turkey uct universal utc w-su wet zulu"
  ).split(" "),
);

/**
 * The POSIX-rule names tzdb made links to a location (in `backward`, since 2024b). ICU resolves
 * them to the location on Node 20 (ICU 78.2) but keeps them as ids of their own on Node 24 (ICU
 * 78.3), which are in neither Intl's list of locations nor tzdb's zones.
 */
const POSIX_RULE_LINKS: Readonly<Record<string, string>> = {
  est5edt: "America/New_York",
  cst6cdt: "America/Chicago",
  mst7mdt: "America/Denver",
  pst8pdt: "America/Los_Angeles",
};

/** tzdb's fixed-offset Zones (Intl checks the range). Not in Intl's list of locations. */
const ETC_GMT = /^Etc\/GMT[+-]\d{1,2}$/;

const MAX_CACHED = 1_000;

/** Lower-cased name → canonical name, for every location Intl lists and every renamed spelling. */
let index: Map<string, string> | null = null;
const resolved = new Map<string, string | null>();

const RENAMED_FROM = new Map(Object.entries(ICU_RENAMES).map(([legacy, renamed]) => [renamed, legacy]));

/** A renamed spelling, unless this ICU does not know it: never hand luxon a name it lacks. */
function usable(name: string): string {
  const legacy = RENAMED_FROM.get(name);
  return legacy && !IANAZone.isValidZone(name) ? legacy : name;
}

function buildIndex(): Map<string, string> {
  const built = new Map<string, string>([["utc", "UTC"]]);
  for (const name of Intl.supportedValuesOf("timeZone")) {
    built.set(name.toLowerCase(), ICU_RENAMES[name] ?? name);
  }
  for (const [legacy, renamed] of Object.entries(ICU_RENAMES)) {
    if (built.has(legacy.toLowerCase())) built.set(renamed.toLowerCase(), renamed);
  }
  return built;
}

function zoneIndex(): Map<string, string> {
  index ??= buildIndex();
  return index;
}

/** The zone Intl resolves a link to (in ICU's spelling), or null when Intl does not know it. */
function resolveWithIntl(name: string): string | null {
  try {
    return new Intl.DateTimeFormat("en-US", { timeZone: name }).resolvedOptions().timeZone;
  } catch {
    return null;
  }
}

function canonicalize(input: string): string | null {
  const name = input.trim();
  if (!name) return null;
  const key = name.toLowerCase();
  const known = zoneIndex().get(key);
  if (known) return usable(known);
  if (!key.includes("/") && !SLASHLESS_IANA.has(key)) return null;
  const target = POSIX_RULE_LINKS[key] ?? resolveWithIntl(name);
  if (!target) return null;
  const canonical = zoneIndex().get(target.toLowerCase());
  if (canonical) return usable(canonical);
  // Anything else Intl accepts ("SystemV/EST5") is ICU's, not tzdb's.
  return ETC_GMT.test(target) && IANAZone.isValidZone(target) ? target : null;
}

/**
 * The canonical IANA name of a zone (see the module comment): trimmed, any case, links and ICU's
 * legacy spellings resolved. Null when it names no IANA zone. luxon accepts every name it returns,
 * and each is its own canonical name.
 */
export function canonicalZoneName(input: string): string | null {
  let canonical = resolved.get(input);
  if (canonical === undefined) {
    canonical = canonicalize(input);
    if (resolved.size < MAX_CACHED) resolved.set(input, canonical);
  }
  return canonical;
}

/** Whether `name` is already spelled the way {@link canonicalZoneName} would store it. */
export function isCanonicalZoneName(name: string): boolean {
  return canonicalZoneName(name) === name;
}

function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const value = Math.min(
        (previous[j] ?? 0) + 1,
        (current[j - 1] ?? 0) + 1,
        (previous[j - 1] ?? 0) + cost,
      );
      current.push(value);
      best = Math.min(best, value);
    }
    if (best > limit) return limit + 1;
    previous = current;
  }
  return previous[b.length] ?? limit + 1;
}

/** Spaces as underscores, lower case: how people misspell zone names most. */
function loosen(name: string): string {
  return name.trim().toLowerCase().replace(/\s+/g, "_");
}

/**
 * A canonical name close to something that is not a zone, for a "did you mean" (an error path:
 * it scans every name). "europe/berln" → "Europe/Berlin", "new york" → "America/New_York",
 * "Asia/Kolkatta" → "Asia/Kolkata"; null when nothing is close.
 */
export function suggestZoneName(input: string): string | null {
  const wanted = loosen(input);
  if (wanted.length < 3) return null;
  const direct = canonicalZoneName(wanted);
  if (direct) return direct;
  const limit = Math.max(1, Math.floor(wanted.length / 6));
  let best: { name: string; distance: number } | null = null;
  for (const [key, canonical] of zoneIndex()) {
    const city = key.slice(key.lastIndexOf("/") + 1);
    if (!wanted.includes("/") && city === wanted) return usable(canonical);
    const distance = editDistance(wanted, wanted.includes("/") ? key : city, limit);
    if (distance <= limit && (!best || distance < best.distance)) best = { name: canonical, distance };
  }
  return best ? usable(best.name) : null;
}
