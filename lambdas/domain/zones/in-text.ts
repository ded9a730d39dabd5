/**
 * Zone phrases written in text, read at a position ("3pm PT", "(CET)", "Eastern Time (US &
 * Canada)", "GMT+1", "(GMT-05:00) Eastern Time", "Europe/Berlin", "heure de Paris", "MEZ") or on
 * their own line ("Time zone: Eastern Time"), and what an abbreviation means in the sender's
 * country.
 */
import { escapeRegExp } from "../language/phrases";
import { fixedOffsetZone, ianaZone, type WallZone } from "./wall-zone";
import { ZONE_WORD_LIST, zoneFromDisplayName, zoneFromWord } from "./words";

export interface ZoneRead {
  readonly zone: WallZone;
  /** Canonical IANA name, or null for an offset. */
  readonly name: string | null;
  readonly phrase: string;
  readonly length: number;
}

/**
 * The zone words grouped by their first letter, longest first within each: the regular expression
 * tries one group at a position instead of every word of seven languages (most places read are no zone).
 */
function byFirstLetter(words: readonly string[]): string {
  const groups = new Map<string, string[]>();
  for (const word of words) {
    const first = word.charAt(0).toLowerCase();
    groups.set(first, [...(groups.get(first) ?? []), escapeRegExp(word.slice(1))]);
  }
  return [...groups].map(([first, rests]) => `${escapeRegExp(first)}(?:${rests.join("|")})`).join("|");
}
const ZONE_WORDS_PATTERN = byFirstLetter(ZONE_WORD_LIST);
/**
 * A zone phrase right after a time: "PT", "(CET)", "Eastern Time (US & Canada)", "GMT+1",
 * "(GMT-05:00) Eastern Time", "Europe/Berlin"; a word ends where no letter follows, accented
 * ones included ("Z" is Zulu time, "Zürich" is not).
 */
const ZONE_AFTER = new RegExp(
  `^[ ]?(?:\\(|,|-|in|\\[)?[ ]?(?:((?:GMT|UTC)[ ]?[+-][ ]?\\d{1,2}(?::?\\d{2})?)\\)?[ ]?)?(?:(${ZONE_WORDS_PATTERN})(?:[ ]time)?(?![\\w\\u00C0-\\u024F])(?:[ ]?\\((?:US|U\\.S\\.)[ ](?:&|and)[ ]Canada\\))?|([A-Z][a-z]+/[A-Za-z_]+(?:/[A-Za-z_]+)?))?`,
  "i",
);

/** Short zone words read in lower case too ("est", "cet"); any other short word counts only in capitals. */
const LOWERCASE_ZONES = new Set([
  "est",
  "edt",
  "cst",
  "cdt",
  "mst",
  "mdt",
  "pst",
  "pdt",
  "gmt",
  "bst",
  "cet",
  "cest",
  "aest",
  "aedt",
  "utc",
]);

/** Reads a zone phrase at the start of `text`; short abbreviations count only in capitals. */
export function readZoneAt(text: string): ZoneRead | null {
  const match = ZONE_AFTER.exec(text.slice(0, 80));
  if (!match || (!match[1] && !match[2] && !match[3])) return cityTime(text);
  const [, offsetText, word, area] = match;
  let name: string | null = null;
  if (word) {
    const bare = word.replace(/\./g, "");
    const shortWord = bare.length <= 4 && !word.includes(" ");
    if (!shortWord || word === word.toUpperCase() || LOWERCASE_ZONES.has(bare.toLowerCase())) {
      name = zoneFromWord(word);
      // "Central Time - Chicago": a city after the word settles which zone is meant.
      const city = /^\s?[-(,]\s?([A-Z][A-Za-z .]+?)\)?(?:\n|$|[,;.])/.exec(
        text.slice(match[0].length, match[0].length + 40),
      );
      if (city?.[1]) name = zoneFromDisplayName(city[1]) ?? name;
    }
  } else if (area) name = zoneFromWord(area);
  if (!name && offsetText) {
    // "(UTC+01:00) Amsterdam, Berlin, Bern…": the cities after the offset name the zone.
    const rest = text.slice(match[0].length, match[0].length + 80).split("\n")[0] ?? "";
    const display = /^[ ]?[A-Z][\w .,&()-]+/.exec(rest)?.[0];
    const fromDisplay = display ? zoneFromDisplayName(display) : null;
    if (fromDisplay && display) {
      name = fromDisplay;
      const zone = ianaZone(name);
      if (zone)
        return {
          zone,
          name,
          phrase: `${match[0]}${display}`.trim(),
          length: match[0].length + display.length,
        };
    }
  }
  let zone = name ? ianaZone(name) : null;
  if (!zone) name = null;
  if (!zone && offsetText) {
    const offset = /([+-])\s?(\d{1,2})(?::?(\d{2}))?/.exec(offsetText);
    const hours = Number(offset?.[2] ?? 99);
    if (offset && hours <= 14) {
      const seconds = hours * 3600 + Number(offset[3] ?? 0) * 60;
      zone = fixedOffsetZone(offset[1] === "-" ? -seconds : seconds);
    }
  }
  if (!zone) return null;
  const phrase =
    name || !offsetText ? match[0] : match[0].slice(0, match[0].indexOf(offsetText) + offsetText.length);
  return {
    zone,
    name,
    phrase: phrase.replace(/^[\s(,\-[]+|[\s)\]]+$/g, "").replace(/^in\s/, ""),
    length: phrase.length,
  };
}

/** "(Paris time)", "Sydney time", "London time": a city's zone. */
function cityTime(text: string): ZoneRead | null {
  const match = /^[ ]?[(,-]?[ ]?([A-Z][a-z]+(?:[ ][A-Z][a-z]+)?)[ ]time\b\)?/.exec(text.slice(0, 40));
  const name = match?.[1] ? zoneFromDisplayName(match[1]) : null;
  const zone = name ? ianaZone(name) : null;
  return match && zone
    ? { zone, name, phrase: match[0].replace(/^[ (,-]+|[ )]+$/g, ""), length: match[0].length }
    : null;
}

/** "Time zone: Eastern Time" lines, and a lone zone line under a date ("Central Time - Chicago"). */
export function zoneLines(text: string): ZoneRead[] {
  const found: ZoneRead[] = [];
  // "(all times Pacific)", "all times are in CET", "times shown in Eastern Time".
  for (const match of text.matchAll(
    /\b(?:all times|times (?:are|shown|listed|below))(?: are| shown)?(?: in)?\s+/gi,
  )) {
    const zone = readZoneAt(text.slice((match.index ?? 0) + match[0].length));
    if (zone) found.push(zone);
  }
  for (const match of text.matchAll(/^[ ]*(?:time ?zone|tz)[ ]*:[ ]*(.{2,80})$/gim)) {
    const zone = readZoneAt(match[1] ?? "") ?? displayZone(match[1] ?? "");
    if (zone) found.push(zone);
  }
  return found;
}

export function displayZone(text: string): ZoneRead | null {
  const name = zoneFromDisplayName(text);
  const zone = name ? ianaZone(name) : null;
  return zone ? { zone, name, phrase: text.trim(), length: text.length } : null;
}

const ABBREVIATION_BY_COUNTRY: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  IST: { ie: "Europe/Dublin", il: "Asia/Jerusalem" },
  CST: { cn: "Asia/Shanghai", tw: "Asia/Taipei", cu: "America/Havana" },
  BST: { bd: "Asia/Dhaka" },
  AST: { sa: "Asia/Riyadh", kw: "Asia/Kuwait", qa: "Asia/Qatar", bh: "Asia/Bahrain", iq: "Asia/Baghdad" },
};

/** Offsets (hours) of the summer/winter-specific abbreviations: "3pm EDT" written in December is a slip. */
export const SEASONAL_OFFSETS: Readonly<Record<string, number>> = {
  EST: -5,
  EDT: -4,
  CST: -6,
  CDT: -5,
  MST: -7,
  MDT: -6,
  PST: -8,
  PDT: -7,
  BST: 1,
  CET: 1,
  CEST: 2,
  EET: 2,
  EEST: 3,
  AEST: 10,
  AEDT: 11,
  NZST: 12,
  NZDT: 13,
};

/** The zone a phrase names, read in the sender's country when the abbreviation is ambiguous. */
export function inCountry(read: ZoneRead, country: string | null | undefined): ZoneRead {
  const word = /^\(?([A-Z]{3})\)?$/.exec(read.phrase)?.[1];
  const name = word && country ? ABBREVIATION_BY_COUNTRY[word]?.[country] : undefined;
  const zone = name ? ianaZone(name) : null;
  return name && zone ? { zone, name, phrase: read.phrase, length: read.length } : read;
}

/** Works out the day/month order numeric dates in this text use, from the strongest cue present. */
