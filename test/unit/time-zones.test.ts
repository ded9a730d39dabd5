import { DateTime, IANAZone } from "luxon";
import { describe, expect, it } from "vitest";
import { localZone } from "../../lambdas/domain/config";
import { ingest } from "../../lambdas/domain/ingest";
import {
  cachedZone,
  canonicalZoneName,
  isCanonicalZoneName,
  suggestZoneName,
  WINDOWS_ZONE_IDS,
  windowsDisplayZone,
  ZONE_WORD_LIST,
  zoneFromTzid,
  zoneFromWord,
} from "../../lambdas/domain/zones";
import { WINDOWS_ZONES } from "../../lambdas/domain/zones/windows-zones";

const INTL_ZONES = Intl.supportedValuesOf("timeZone");

describe("canonicalZoneName", () => {
  it.each([
    // already canonical
    ["Europe/Berlin", "Europe/Berlin"],
    ["America/Argentina/Buenos_Aires", "America/Argentina/Buenos_Aires"],
    ["Etc/GMT+5", "Etc/GMT+5"],
    // trimmed, any case
    ["europe/berlin", "Europe/Berlin"],
    ["  EUROPE/BERLIN\t", "Europe/Berlin"],
    ["america/new_york", "America/New_York"],
    ["asia/kolkata", "Asia/Kolkata"],
    ["etc/gmt-14", "Etc/GMT-14"],
    // ICU's legacy spellings → tzdb's current names
    ["Asia/Calcutta", "Asia/Kolkata"],
    ["Asia/Katmandu", "Asia/Kathmandu"],
    ["Europe/Kiev", "Europe/Kyiv"],
    ["Asia/Saigon", "Asia/Ho_Chi_Minh"],
    ["America/Buenos_Aires", "America/Argentina/Buenos_Aires"],
    ["America/Indianapolis", "America/Indiana/Indianapolis"],
    ["America/Godthab", "America/Nuuk"],
    ["Asia/Rangoon", "Asia/Yangon"],
    ["Pacific/Enderbury", "Pacific/Kanton"],
    ["Pacific/Truk", "Pacific/Chuuk"],
    ["Africa/Asmera", "Africa/Asmara"],
    ["asia/CALCUTTA", "Asia/Kolkata"],
    // tzdb `backward` links → their target
    ["US/Eastern", "America/New_York"],
    ["us/pacific", "America/Los_Angeles"],
    ["GB", "Europe/London"],
    ["Japan", "Asia/Tokyo"],
    ["Asia/Istanbul", "Europe/Istanbul"],
    ["America/Montreal", "America/Toronto"],
    ["America/Fort_Wayne", "America/Indiana/Indianapolis"],
    ["Europe/Uzhgorod", "Europe/Kyiv"],
    ["EST5EDT", "America/New_York"],
    ["pst8pdt", "America/Los_Angeles"],
    ["EST", "America/Panama"],
    // zone.tab locations tzdb merged since 1970 keep their own name
    ["Europe/Amsterdam", "Europe/Amsterdam"],
    ["Europe/Stockholm", "Europe/Stockholm"],
    ["Asia/Kuala_Lumpur", "Asia/Kuala_Lumpur"],
    // every zero offset is "UTC"
    ["UTC", "UTC"],
    ["utc", "UTC"],
    ["Etc/UTC", "UTC"],
    ["Etc/GMT", "UTC"],
    ["GMT", "UTC"],
    ["Zulu", "UTC"],
    ["Etc/Universal", "UTC"],
  ])("%j → %s", (input, expected) => {
    expect(canonicalZoneName(input)).toBe(expected);
  });

  it.each([
    "",
    "   ",
    "Mars/Olympus",
    "Europe/Berlin/Mitte",
    "Berlin",
    "UTC+1",
    "+01:00",
    "Etc/GMT+15",
    "Factory",
    // ICU accepts these; they are not tzdb names (BST would be Asia/Dhaka)
    "BST",
    "PST",
    "IST",
    "SystemV/EST5",
    "Eastern Standard Time",
  ])("%j → null", (input) => {
    expect(canonicalZoneName(input)).toBeNull();
  });

  it("returns, for every zone Intl lists, a name luxon accepts that is its own canonical name", () => {
    const failures = INTL_ZONES.flatMap((name) => {
      const canonical = canonicalZoneName(name);
      if (canonical === null) return [`${name} → null`];
      if (!IANAZone.isValidZone(canonical)) return [`${name} → ${canonical}: luxon rejects it`];
      if (!DateTime.now().setZone(canonical).isValid) return [`${name} → ${canonical}: not settable`];
      if (canonicalZoneName(canonical) !== canonical) {
        return [`${name} → ${canonical} → ${canonicalZoneName(canonical)}`];
      }
      if (canonicalZoneName(name.toUpperCase()) !== canonical) return [`${name.toUpperCase()} differs`];
      return [];
    });
    expect(failures).toEqual([]);
  });

  it("keeps the clocks: a renamed zone has the same offsets as ICU's spelling", () => {
    const instants = [0, 6, 12].map((month) => Date.UTC(2026, month, 15));
    for (const name of INTL_ZONES) {
      const canonical = canonicalZoneName(name) ?? "";
      for (const ts of instants)
        expect(IANAZone.create(canonical).offset(ts)).toBe(IANAZone.create(name).offset(ts));
    }
  });

  it("tells canonical names from other spellings", () => {
    expect(isCanonicalZoneName("Asia/Kolkata")).toBe(true);
    expect(isCanonicalZoneName("UTC")).toBe(true);
    expect(isCanonicalZoneName("Asia/Calcutta")).toBe(false);
    expect(isCanonicalZoneName("europe/berlin")).toBe(false);
    expect(isCanonicalZoneName("Etc/UTC")).toBe(false);
    expect(isCanonicalZoneName("Mars/Olympus")).toBe(false);
  });
});

describe("suggestZoneName", () => {
  it.each([
    ["Europe/Berln", "Europe/Berlin"],
    ["europe/berlim", "Europe/Berlin"],
    ["Berlin", "Europe/Berlin"],
    ["new york", "America/New_York"],
    ["America/New York", "America/New_York"],
    ["Asia/Kolkatta", "Asia/Kolkata"],
    ["calcutta", "Asia/Kolkata"],
    ["Europe/Kiew", "Europe/Kyiv"],
    ["port au prince", "America/Port-au-Prince"],
  ])("%j → %s", (input, expected) => {
    expect(suggestZoneName(input)).toBe(expected);
  });

  it.each(["Mars/Olympus", "xx", "", "my timezone is wrong"])("%j → null", (input) => {
    expect(suggestZoneName(input)).toBeNull();
  });
});

describe("zones read from invites and text are canonical", () => {
  it.each([
    ["Asia/Calcutta", "Asia/Kolkata"],
    ["europe/kiev", "Europe/Kyiv"],
    ['"US/Eastern"', "America/New_York"],
    ["/Europe/Berlin", "Europe/Berlin"],
    // Windows names, whose CLDR mapping uses ICU's spellings
    ["FLE Standard Time", "Europe/Kyiv"],
    ["Argentina Standard Time", "America/Argentina/Buenos_Aires"],
    ["US Eastern Standard Time", "America/Indiana/Indianapolis"],
    ["Greenland Standard Time", "America/Nuuk"],
    ["Myanmar Standard Time", "Asia/Yangon"],
    ["India Standard Time", "Asia/Kolkata"],
    ["Nepal Standard Time", "Asia/Kathmandu"],
    ["UTC", "UTC"],
    ["W. Europe Standard Time", "Europe/Berlin"],
    // abbreviations tzdb does not know read as zone words, not as ICU's Java ids
    ["CST", "America/Chicago"],
    ["BST", "Europe/London"],
    ["IST", "Asia/Kolkata"],
    // Outlook display names
    ["(UTC+05:30) Chennai, Kolkata, Mumbai, New Delhi", "Asia/Kolkata"],
    ["(UTC-03:00) Brasilia", "America/Sao_Paulo"],
    ["(GMT-03:00) Brasilia", "America/Sao_Paulo"],
    ["(UTC-03:00) Brasília", "America/Sao_Paulo"],
    // a German Outlook's display name: the cities still name the zone
    ["(UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien", "Europe/Berlin"],
    // not a zone at all: null, so the calendar reader says it guessed
    ["Customized Time Zone", null],
    ["(UTC+06:00) Astana", "Asia/Bishkek"],
    // CLDR's current mapping: Almaty left UTC+6 in 2024
    ["Central Asia Standard Time", "Asia/Bishkek"],
    ["tzone://Microsoft/Pacific", "America/Los_Angeles"],
  ])("TZID %j → %s", (tzid, expected) => {
    expect(zoneFromTzid(tzid)).toBe(expected);
  });

  it("maps every Windows zone id of CLDR's table to a canonical zone", () => {
    const failures = WINDOWS_ZONE_IDS.filter((name) => {
      const zone = zoneFromTzid(name);
      return zone === null || !isCanonicalZoneName(zone);
    });
    expect(WINDOWS_ZONE_IDS.length).toBeGreaterThanOrEqual(139);
    expect(failures).toEqual([]);
  });

  it("maps every Windows display name to the zone of its id, with any offset written", () => {
    const failures = WINDOWS_ZONES.filter(([id, display]) => {
      const fromId = zoneFromTzid(id);
      const shifted = display.replace(/^\(UTC[^)]*\)/, "(UTC+01:00)");
      return windowsDisplayZone(display) !== fromId || zoneFromTzid(shifted) !== fromId;
    });
    expect(failures).toEqual([]);
  });

  it("reads every zone word as a canonical zone", () => {
    const failures = ZONE_WORD_LIST.filter((word) => {
      const zone = zoneFromWord(word);
      return zone === null || !isCanonicalZoneName(zone);
    });
    expect(failures).toEqual([]);
    expect(zoneFromWord("asia/calcutta")).toBe("Asia/Kolkata");
    expect(zoneFromWord("Mars/Olympus")).toBeNull();
  });

  function invite(dtstart: string): string {
    return [
      "BEGIN:VCALENDAR",
      "VERSION:2.0",
      "METHOD:REQUEST",
      "BEGIN:VEVENT",
      "UID:zones-1@example.com",
      "DTSTAMP:20261120T120000Z",
      dtstart,
      "SUMMARY:Interview with Contoso",
      "END:VEVENT",
      "END:VCALENDAR",
      "",
    ].join("\r\n");
  }

  const NOW = DateTime.fromISO("2026-11-23T12:00:00Z");

  it.each([
    ["DTSTART;TZID=FLE Standard Time:20261210T150000", null, "Europe/Kyiv", "2026-12-10T15:00:00+02:00"],
    ["DTSTART;TZID=Asia/Calcutta:20261210T150000", null, "Asia/Kolkata", "2026-12-10T15:00:00+05:30"],
    ["DTSTART;TZID=America/Buenos_Aires:20261210T150000", null, "America/Argentina/Buenos_Aires", null],
    ["DTSTART:20261210T150000", "europe/berlin", "Europe/Berlin", "2026-12-10T15:00:00+01:00"],
    ["DTSTART:20261210T150000", "Asia/Saigon", "Asia/Ho_Chi_Minh", "2026-12-10T15:00:00+07:00"],
  ])("an invite with %s (user zone %j) carries %s", async (dtstart, defaultZone, zone, start) => {
    const result = await ingest(invite(dtstart), { now: NOW, defaultZone });
    expect(result.interview.timeZone).toBe(zone);
    if (start) expect(result.interview.start).toBe(start);
  });
});

describe("zones used for wall-clock work", () => {
  it("places times under the canonical name, whatever the spelling", () => {
    for (const spelling of ["Asia/Calcutta", "asia/kolkata", "Asia/Kolkata"]) {
      const time = DateTime.fromISO("2026-12-10T15:00:00", { zone: cachedZone(spelling) });
      expect(time.zoneName).toBe("Asia/Kolkata");
      expect(time.offset).toBe(330);
    }
    expect(DateTime.now().setZone(cachedZone("Etc/UTC")).zoneName).toBe("UTC");
  });

  it("plans and schedules old records in the canonical spelling", () => {
    expect(localZone({ timeZone: null }, { timeZone: "Europe/Kiev" })).toBe("Europe/Kyiv");
    expect(localZone({ timeZone: "us/eastern" }, { timeZone: "Europe/Kiev" })).toBe("America/New_York");
    expect(localZone({ timeZone: null }, { timeZone: null })).toBe("UTC");
  });
});
