import { DateTime } from "luxon";
import { describe, expect, it } from "vitest";
import { civilDate } from "../../../lambdas/domain/business-days";
import { calendars } from "./plan";

// The holiday rules load lazily in production; tests load them once up front.

const day = (iso: string) => DateTime.fromISO(iso, { zone: "America/Chicago" });
/** A civil date (UTC midnight ms) as YYYY-MM-DD. */
const isoDate = (date: number) => new Date(date).toISOString().slice(0, 10);

describe("business days (public holidays only)", () => {
  const us = calendars.of("US");

  it.each([
    ["2026-11-26", false, "Thanksgiving is public"],
    ["2026-11-27", true, "the day after Thanksgiving is an observance"],
    ["2026-12-24", true, "Christmas Eve is optional"],
    ["2026-12-25", false, "Christmas Day"],
    ["2026-07-03", false, "Independence Day substitute (July 4 is a Saturday)"],
    ["2026-11-28", false, "Saturday"],
    ["2026-11-29", false, "Sunday"],
    ["2026-11-30", true, "an ordinary Monday"],
  ])("%s is a business day: %s (%s)", (iso, expected) => {
    expect(us.isBusinessDay(day(iso))).toBe(expected);
  });

  it.each([
    ["2026-11-24", 2, "2026-11-27"],
    ["2026-11-25", 1, "2026-11-27"],
    ["2026-11-27", 1, "2026-11-30"],
    ["2026-12-02", 5, "2026-12-09"],
    ["2026-12-18", 5, "2026-12-28"],
    ["2026-11-24", 0, "2026-11-24"],
  ])("%s + %i business days is %s (counted strictly after)", (from, n, expected) => {
    expect(isoDate(us.addBusinessDays(civilDate(day(from)), n))).toBe(expected);
  });

  it("uses the region's holidays: Epiphany is public in Bavaria, not in Berlin", () => {
    const epiphany = DateTime.fromISO("2026-01-06", { zone: "Europe/Berlin" });
    expect(calendars.of("DE", "BY").isBusinessDay(epiphany)).toBe(false);
    expect(calendars.of("DE", "BE").isBusinessDay(epiphany)).toBe(true);
  });

  it("moves to the next business day only when needed", () => {
    expect(isoDate(us.onOrAfter(civilDate(day("2026-12-25"))))).toBe("2026-12-28");
    expect(isoDate(us.onOrAfter(civilDate(day("2026-12-23"))))).toBe("2026-12-23");
  });
});
