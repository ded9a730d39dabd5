/**
 * RRULE expansion against the examples of RFC 5545 §3.8.5.3, and its bounds: a window, not a
 * count, and one work budget however the rule is written.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  DEFAULT_WORK_UNITS,
  WorkBudget,
  WorkBudgetExceededError,
} from "../../../lambdas/domain/ingest/budget";
import { SECONDS_PER_DAY, wallParts } from "../../../lambdas/domain/ingest/civil";
import { expandRule } from "../../../lambdas/domain/ingest/recurrence";
import { parseIcalTime, parseRule } from "../../../lambdas/domain/ingest/recurrence-rule";
import { countWork } from "../../support/work-units";

function wall(value: string): number {
  const parsed = parseIcalTime(value);
  if (!parsed) throw new Error(`bad time ${value}`);
  return parsed.seconds;
}

function stamp(seconds: number): string {
  const p = wallParts(seconds);
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${p.year}${pad(p.month)}${pad(p.day)}T${pad(p.hour)}${pad(p.minute)}`;
}

/** The first `limit` occurrences of `rule` from `start`, as YYYYMMDDTHHMM. */
function occurrences(rule: string, start: string, limit = 20, to = "21001231T000000"): string[] {
  const parsed = parseRule(rule);
  if (!parsed) throw new Error(`bad rule ${rule}`);
  const out: string[] = [];
  for (const seconds of expandRule(
    parsed,
    wall(start),
    { from: wall(start), to: wall(to) },
    new WorkBudget(),
  )) {
    out.push(stamp(seconds));
    if (out.length >= limit) break;
  }
  return out;
}

describe("RFC 5545 examples", () => {
  it.each([
    [
      "daily for 10 occurrences",
      "FREQ=DAILY;COUNT=10",
      "19970902T090000",
      99,
      [
        "19970902T0900",
        "19970903T0900",
        "19970904T0900",
        "19970905T0900",
        "19970906T0900",
        "19970907T0900",
        "19970908T0900",
        "19970909T0900",
        "19970910T0900",
        "19970911T0900",
      ],
    ],
    [
      "every other day",
      "FREQ=DAILY;INTERVAL=2",
      "19970902T090000",
      4,
      ["19970902T0900", "19970904T0900", "19970906T0900", "19970908T0900"],
    ],
    [
      "weekly on Tuesday and Thursday for five weeks",
      "FREQ=WEEKLY;UNTIL=19971007T000000Z;WKST=SU;BYDAY=TU,TH",
      "19970902T090000",
      99,
      [
        "19970902T0900",
        "19970904T0900",
        "19970909T0900",
        "19970911T0900",
        "19970916T0900",
        "19970918T0900",
        "19970923T0900",
        "19970925T0900",
        "19970930T0900",
        "19971002T0900",
      ],
    ],
    [
      "monthly on the first Friday",
      "FREQ=MONTHLY;COUNT=10;BYDAY=1FR",
      "19970905T090000",
      99,
      [
        "19970905T0900",
        "19971003T0900",
        "19971107T0900",
        "19971205T0900",
        "19980102T0900",
        "19980206T0900",
        "19980306T0900",
        "19980403T0900",
        "19980501T0900",
        "19980605T0900",
      ],
    ],
    [
      "monthly on the second-to-last Monday",
      "FREQ=MONTHLY;COUNT=6;BYDAY=-2MO",
      "19970922T090000",
      99,
      ["19970922T0900", "19971020T0900", "19971117T0900", "19971222T0900", "19980119T0900", "19980216T0900"],
    ],
    [
      "monthly on the third-to-last day",
      "FREQ=MONTHLY;BYMONTHDAY=-3",
      "19970928T090000",
      4,
      ["19970928T0900", "19971029T0900", "19971128T0900", "19971229T0900"],
    ],
    [
      "yearly in June and July",
      "FREQ=YEARLY;COUNT=6;BYMONTH=6,7",
      "19970610T090000",
      99,
      ["19970610T0900", "19970710T0900", "19980610T0900", "19980710T0900", "19990610T0900", "19990710T0900"],
    ],
    [
      "every Friday the 13th",
      "FREQ=MONTHLY;BYDAY=FR;BYMONTHDAY=13",
      "19980213T090000",
      5,
      ["19980213T0900", "19980313T0900", "19981113T0900", "19990813T0900", "20001013T0900"],
    ],
    [
      "US presidential election day",
      "FREQ=YEARLY;INTERVAL=4;BYMONTH=11;BYDAY=TU;BYMONTHDAY=2,3,4,5,6,7,8",
      "19961105T090000",
      3,
      ["19961105T0900", "20001107T0900", "20041102T0900"],
    ],
    [
      "the last work day of the month",
      "FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-1",
      "19970930T090000",
      4,
      ["19970930T0900", "19971031T0900", "19971128T0900", "19971231T0900"],
    ],
    [
      "the 20th Monday of the year",
      "FREQ=YEARLY;BYDAY=20MO",
      "19970519T090000",
      3,
      ["19970519T0900", "19980518T0900", "19990517T0900"],
    ],
    [
      "Monday of week 20",
      "FREQ=YEARLY;BYWEEKNO=20;BYDAY=MO",
      "19970512T090000",
      3,
      ["19970512T0900", "19980511T0900", "19990517T0900"],
    ],
    [
      "every 3 hours until 17:00",
      "FREQ=HOURLY;INTERVAL=3;UNTIL=19970902T170000Z",
      "19970902T090000",
      99,
      ["19970902T0900", "19970902T1200", "19970902T1500"],
    ],
    [
      "every 15 minutes for 6 occurrences",
      "FREQ=MINUTELY;INTERVAL=15;COUNT=6",
      "19970902T090000",
      99,
      ["19970902T0900", "19970902T0915", "19970902T0930", "19970902T0945", "19970902T1000", "19970902T1015"],
    ],
    [
      "WKST=MO",
      "FREQ=WEEKLY;INTERVAL=2;COUNT=4;BYDAY=TU,SU;WKST=MO",
      "19970805T090000",
      99,
      ["19970805T0900", "19970810T0900", "19970819T0900", "19970824T0900"],
    ],
    [
      "WKST=SU",
      "FREQ=WEEKLY;INTERVAL=2;COUNT=4;BYDAY=TU,SU;WKST=SU",
      "19970805T090000",
      99,
      ["19970805T0900", "19970817T0900", "19970819T0900", "19970831T0900"],
    ],
  ])("%s", (_name, rule, start, limit, expected) => {
    expect(occurrences(rule, start, limit)).toEqual(expected);
  });

  it("counts DTSTART as the first occurrence even when the rule would not produce it", () => {
    expect(occurrences("FREQ=WEEKLY;COUNT=3;BYDAY=MO", "19970902T090000")).toEqual([
      "19970902T0900",
      "19970908T0900",
      "19970915T0900",
    ]);
  });
});

describe("bounds", () => {
  it("an impossible rule (February 30th) yields DTSTART alone and ends with its window", async () => {
    const { value, units } = await countWork(() =>
      occurrences("FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=30", "20261210T100000", 5, "20291231T000000"),
    );
    expect(value).toEqual(["20261210T1000"]);
    // Three years of a yearly rule: a handful of candidates, nowhere near the budget.
    expect(units).toBeLessThan(DEFAULT_WORK_UNITS / 100);
  });

  it("jumps to the window: a SECONDLY rule from 1970 finds the first second of 2026 at once", () => {
    const rule = parseRule("FREQ=SECONDLY;INTERVAL=7");
    if (!rule) throw new Error("rule");
    const from = wall("20261123T120000");
    const budget = new WorkBudget(1_000);
    const first = expandRule(rule, 0, { from, to: from + SECONDS_PER_DAY }, budget).next().value;
    expect(first).toBeGreaterThanOrEqual(from);
    expect(((first ?? 0) - 0) % 7).toBe(0);
  });

  it("a COUNT that must be counted from 1970 second by second runs out of budget instead of hanging", () => {
    const rule = parseRule("FREQ=SECONDLY;COUNT=100000000;BYMINUTE=0");
    if (!rule) throw new Error("rule");
    const from = wall("20261123T120000");
    const run = () => [...expandRule(rule, 0, { from, to: from + SECONDS_PER_DAY }, new WorkBudget(50_000))];
    expect(run).toThrow(WorkBudgetExceededError);
  });

  it("any rule over a three-year window ends within its budget (fast-check)", () => {
    const part = fc.oneof(
      fc
        .constantFrom("YEARLY", "MONTHLY", "WEEKLY", "DAILY", "HOURLY", "MINUTELY", "SECONDLY")
        .map((f) => `FREQ=${f}`),
      fc.integer({ min: -5, max: 400 }).map((n) => `INTERVAL=${n}`),
      fc.integer({ min: 0, max: 100_000 }).map((n) => `COUNT=${n}`),
      fc.array(fc.integer({ min: -70, max: 70 }), { maxLength: 4 }).map((l) => `BYMONTHDAY=${l.join(",")}`),
      fc.array(fc.integer({ min: 0, max: 14 }), { maxLength: 4 }).map((l) => `BYMONTH=${l.join(",")}`),
      fc.array(fc.integer({ min: -60, max: 60 }), { maxLength: 3 }).map((l) => `BYWEEKNO=${l.join(",")}`),
      fc.array(fc.integer({ min: -400, max: 400 }), { maxLength: 3 }).map((l) => `BYYEARDAY=${l.join(",")}`),
      fc.array(fc.integer({ min: -30, max: 30 }), { maxLength: 3 }).map((l) => `BYSETPOS=${l.join(",")}`),
      fc.array(fc.integer({ min: 0, max: 30 }), { maxLength: 3 }).map((l) => `BYHOUR=${l.join(",")}`),
      fc.array(fc.integer({ min: 0, max: 70 }), { maxLength: 3 }).map((l) => `BYMINUTE=${l.join(",")}`),
      fc
        .array(
          fc.tuple(
            fc.integer({ min: -60, max: 60 }),
            fc.constantFrom("MO", "TU", "WE", "TH", "FR", "SA", "SU"),
          ),
          { maxLength: 4 },
        )
        .map((l) => `BYDAY=${l.map(([n, d]) => `${n === 0 ? "" : n}${d}`).join(",")}`),
      fc.constantFrom("UNTIL=19991231T000000Z", "UNTIL=20270101", "WKST=SU", "UNTIL=garbage"),
    );
    fc.assert(
      fc.property(
        fc.array(part, { minLength: 1, maxLength: 6 }),
        fc.integer({ min: 1900, max: 2100 }),
        (parts, year) => {
          const rule = parseRule(parts.join(";"));
          if (!rule) return;
          const start = wall(`${year}0315T093000`);
          const from = wall("20261123T000000");
          const to = from + 3 * 366 * SECONDS_PER_DAY;
          let previous = -Infinity;
          try {
            for (const seconds of expandRule(rule, start, { from, to }, new WorkBudget(400_000))) {
              expect(seconds).toBeGreaterThan(previous);
              expect(seconds).toBeLessThanOrEqual(to);
              previous = seconds;
            }
          } catch (error) {
            if (!(error instanceof WorkBudgetExceededError)) throw error;
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});
