import { DateTime, IANAZone } from "luxon";
import { describe, expect, it } from "vitest";
import { canonicalZoneName, isCanonicalZoneName, suggestZoneName } from "../../lambdas/domain/time-zones";

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
