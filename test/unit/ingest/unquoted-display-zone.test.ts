/**
 * Outlook writes a Windows display name as the TZID without quotes, its offset's colon and all
 * ("DTSTART;TZID=(UTC-05:00) Eastern Time (US & Canada):20261203T133000"): the colon in brackets
 * is the zone's, the value after it the start.
 */
import { DateTime } from "luxon";
import { describe, expect, it } from "vitest";
import { ingest } from "../../../lambdas/domain/ingest";
import { withCalendar } from "../../support/calendar-mail";

const ROWS = [
  ["(UTC-05:00) Eastern Time (US & Canada)", "America/New_York", "2026-12-03T13:30:00-05:00"],
  ["(UTC-05:00) Bogotá, Lima, Quito, Rio Branco", "America/Bogota", "2026-12-03T13:30:00-05:00"],
  [
    "(UTC+01:00) Amsterdam, Berlin, Bern, Rome, Stockholm, Vienna",
    "Europe/Berlin",
    "2026-12-03T13:30:00+01:00",
  ],
] as const;

describe("an unquoted display-name TZID", () => {
  it.each(ROWS)("%s", async (tzid, zone, start) => {
    const mail = withCalendar(
      "Updated: Interview - Supply Chain Planner",
      "We've moved your onsite to Thursday 12/3, 1:30-2:30 PM.",
      [
        "UID:unquoted-zone-1",
        "SUMMARY:Updated: Interview - Supply Chain Planner",
        `DTSTART;TZID=${tzid}:20261203T133000`,
        `DTEND;TZID=${tzid}:20261203T143000`,
        "ORGANIZER;CN=Bram Visser:mailto:bram@tulp.nl",
      ],
    );
    const result = await ingest(mail, {
      now: DateTime.fromISO("2026-11-23T10:00:00+01:00"),
      ownerAddresses: ["jordan.lee@gmail.com"],
      defaultZone: zone,
    });
    expect([result.status, result.interview.start, result.interview.timeZone]).toEqual(["ok", start, zone]);
  });
});
