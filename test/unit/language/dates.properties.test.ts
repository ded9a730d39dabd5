/**
 * Invariants of the date reader over random moments, zones and every language (fast-check): a
 * weekday named ahead is that weekday within the coming week; a day read ahead never lies before
 * today; "in N days" is N days on; a time keeps its wall-clock hour on days the clocks change; a
 * month name with a letter left out is still that month.
 */
import fc from "fast-check";
import { DateTime } from "luxon";
import { describe, expect, it } from "vitest";
import { readDate } from "../../../lambdas/domain/language/dates";
import { LANGS } from "../../../lambdas/domain/language/lang";
import { LEXICONS } from "../../../lambdas/domain/language/lexicons";

const ZONES = ["Europe/Berlin", "America/New_York", "America/Sao_Paulo", "Europe/Lisbon", "Asia/Tokyo"];

/** A moment in 2027–2028 (both DST changes of each hemisphere), in one of the zones. */
const moment = fc
  .record({
    days: fc.integer({ min: 0, max: 730 }),
    minutes: fc.integer({ min: 0, max: 24 * 60 - 1 }),
    zone: fc.constantFrom(...ZONES),
  })
  .map(({ days, minutes, zone }) => ({
    zone,
    now: DateTime.fromISO("2027-01-01T00:00:00", { zone }).plus({ days, minutes }),
  }));

const lang = fc.constantFrom(...LANGS);

describe("dates over random moments (fast-check)", () => {
  it("reads a weekday named ahead as that weekday, after today and within a week", () => {
    fc.assert(
      fc.property(moment, lang, fc.integer({ min: 0, max: 6 }), ({ now, zone }, language, index) => {
        // Prepare
        const name = LEXICONS[language].weekdays[index]?.[0] ?? "";
        // Act
        const read = readDate(name, { now, zone, lang: language, forward: true });
        // Assess
        const today = now.startOf("day");
        expect(read?.start.weekday).toBe(index + 1);
        expect(read && read.start > today && read.start <= today.plus({ days: 7 })).toBe(true);
      }),
      { numRuns: 150 },
    );
  });

  it("never reads a day before today for a day named ahead", () => {
    const phrase = fc.oneof(
      fc.record({
        kind: fc.constant("month" as const),
        month: fc.integer({ min: 0, max: 11 }),
        day: fc.integer({ min: 1, max: 28 }),
      }),
      fc.record({
        kind: fc.constant("weekday" as const),
        month: fc.integer({ min: 0, max: 6 }),
        day: fc.integer({ min: 1, max: 28 }),
      }),
    );
    fc.assert(
      fc.property(moment, lang, phrase, ({ now, zone }, language, { kind, month, day }) => {
        // Prepare: "17 März", "Dienstag 17": a day and a month, or a weekday and its day.
        const lexicon = LEXICONS[language];
        const words = kind === "month" ? lexicon.months[month] : lexicon.weekdays[month];
        const text = kind === "month" ? `${day} ${words?.[0]}` : `${words?.[0]} ${day}`;
        // Act
        const read = readDate(text, { now, zone, lang: language, forward: true });
        // Assess
        expect(read === null || read.start >= now.startOf("day")).toBe(true);
      }),
      { numRuns: 200 },
    );
  });

  it("reads 'in N days' as N days from today", () => {
    fc.assert(
      fc.property(moment, lang, fc.integer({ min: 2, max: 9 }), ({ now, zone }, language, count) => {
        // Prepare
        const lexicon = LEXICONS[language];
        const text = `${lexicon.within[0]} ${count} ${lexicon.units.day.at(-1)}`;
        // Act
        const read = readDate(text, { now, zone, lang: language, forward: true });
        // Assess
        expect(read?.start.toISODate()).toBe(now.startOf("day").plus({ days: count }).toISODate());
      }),
      { numRuns: 150 },
    );
  });

  it("keeps the wall-clock time written on the days the clocks change", () => {
    // The Sundays of 2027's changes in Europe and New York, and the weekday named for them.
    const changes = [
      { zone: "Europe/Berlin", day: "2027-03-28" },
      { zone: "Europe/Berlin", day: "2027-10-31" },
      { zone: "America/New_York", day: "2027-03-14" },
      { zone: "America/New_York", day: "2027-11-07" },
    ];
    fc.assert(
      fc.property(
        fc.constantFrom(...changes),
        lang,
        fc.integer({ min: 8, max: 21 }),
        fc.constantFrom(0, 15, 30, 45),
        ({ zone, day }, language, hour, minute) => {
          // Prepare: written on the Friday before, "<Sunday> 14:30".
          const now = DateTime.fromISO(`${day}T09:00:00`, { zone }).minus({ days: 2 });
          const sunday = LEXICONS[language].weekdays[6]?.[0] ?? "";
          const text = `${sunday} ${hour}:${String(minute).padStart(2, "0")}`;
          // Act
          const read = readDate(text, { now, zone, lang: language, forward: true });
          // Assess
          expect(read?.start.toFormat("yyyy-MM-dd HH:mm")).toBe(
            `${day} ${String(hour).padStart(2, "0")}:${String(minute).padStart(2, "0")}`,
          );
        },
      ),
      { numRuns: 120 },
    );
  });

  it("reads a month name of seven letters or more with one letter left out as that month", () => {
    const long = LANGS.flatMap((language) =>
      LEXICONS[language].months.flatMap((names, index) =>
        names
          .filter((name) => /^\p{L}{7,}$/u.test(name))
          .map((name) => ({ language, name, month: index + 1 })),
      ),
    );
    fc.assert(
      fc.property(
        moment,
        fc.constantFrom(...long),
        fc.nat(),
        ({ now, zone }, { language, name, month }, at) => {
          // Prepare: "Septmber 15", "dezmber 15": one letter after the first left out.
          const cut = 1 + (at % (name.length - 2));
          const typed = name.slice(0, cut) + name.slice(cut + 1);
          // Act
          const read = readDate(`${typed} 15`, { now, zone, lang: language, forward: true });
          // Assess
          expect([read?.start.month, read?.start.day]).toEqual([month, 15]);
        },
      ),
      { numRuns: 200 },
    );
  });
});
