/**
 * Every parse ends within its bound: impossible recurrences (in events and in time zones), calendar
 * parts above 1 MB, thousands of events, and random calendars built to be expensive. A parse that
 * would run out of its work budget answers "needs a date" instead of hanging. Work is counted in
 * the budget's units, never timed (timing lives in `npm run bench`).
 */
import fc from "fast-check";
import { DateTime } from "luxon";
import { describe, expect, it } from "vitest";
import { extractInterview, type IngestResult, ingest, readMail } from "../../../lambdas/domain/ingest";
import {
  DEFAULT_WORK_UNITS,
  WorkBudget,
  WorkBudgetExceededError,
} from "../../../lambdas/domain/ingest/budget";
import { countWork } from "../../support/work-units";

const NOW = DateTime.fromISO("2026-11-23T12:00:00Z");
const STATUSES = ["ok", "needs-date", "not-an-interview", "cancelled"];
/** An impossible rule is seen to be impossible at once: a small fraction of the budget. */
const AT_ONCE_UNITS = DEFAULT_WORK_UNITS / 20;
/** The budget, and the one spend that ran it out. */
const WITHIN_BUDGET = 2 * DEFAULT_WORK_UNITS;

async function counted(
  raw: string | Uint8Array,
  workUnits?: number,
): Promise<{ result: IngestResult; units: number }> {
  const { value: result, units } = await countWork(() =>
    ingest(raw, {
      now: NOW,
      defaultZone: "America/Chicago",
      // Units are what these tests pin; the clock backstop would stop a loaded machine first.
      ...(workUnits ? { workUnits, workDeadlineMs: Number.POSITIVE_INFINITY } : {}),
    }),
  );
  return { result, units };
}

function calendar(...lines: string[]): string {
  return ["BEGIN:VCALENDAR", "VERSION:2.0", "METHOD:REQUEST", ...lines, "END:VCALENDAR", ""].join("\r\n");
}

describe("bounded parses", () => {
  it.each([
    ["February 30th every year", "RRULE:FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=30"],
    ["the fifth Monday of February", "RRULE:FREQ=MONTHLY;BYMONTH=2;BYDAY=5MO"],
    ["week 60", "RRULE:FREQ=YEARLY;BYWEEKNO=60;BYDAY=MO"],
    ["day 367 of the year", "RRULE:FREQ=YEARLY;BYYEARDAY=367"],
    ["every second from 1970, no count", "RRULE:FREQ=SECONDLY;BYHOUR=25"],
    ["the 31st of a 30-day month, hourly", "RRULE:FREQ=HOURLY;BYMONTH=4;BYMONTHDAY=31"],
  ])("a 342-byte invite with an impossible RRULE (%s) ends at once", async (_name, rule) => {
    const raw = calendar(
      "BEGIN:VEVENT",
      "UID:x@example.com",
      "DTSTAMP:20261120T000000Z",
      "DTSTART:19700101T090000Z",
      rule,
      "SUMMARY:Interview",
      "END:VEVENT",
    );
    const { result, units } = await counted(raw);
    expect(STATUSES).toContain(result.status);
    expect(units).toBeLessThan(AT_ONCE_UNITS);
  });

  it("a VTIMEZONE whose rules can never occur does not hang and does not lose the invite", async () => {
    const raw = calendar(
      "BEGIN:VTIMEZONE",
      "TZID:Broken",
      "BEGIN:STANDARD",
      "DTSTART:16010101T020000",
      "TZOFFSETFROM:-0500",
      "TZOFFSETTO:-0600",
      "RRULE:FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=30",
      "END:STANDARD",
      "END:VTIMEZONE",
      "BEGIN:VEVENT",
      "UID:y@example.com",
      "DTSTAMP:20261120T000000Z",
      "DTSTART;TZID=Broken:20261210T150000",
      "SUMMARY:Interview",
      "END:VEVENT",
    );
    const { result, units } = await counted(raw);
    expect(result.status).toBe("ok");
    // The observance's one real onset (1601) put the zone at -06:00; its rule never fires again.
    expect(result.interview.start).toBe("2026-12-10T15:00:00-06:00");
    expect(units).toBeLessThan(AT_ONCE_UNITS);
  });

  it("a calendar part above 1 MB (an embedded attachment) is read", async () => {
    const attachment = "A".repeat(1_500_000);
    const raw = calendar(
      "BEGIN:VEVENT",
      "UID:big@example.com",
      "DTSTAMP:20261120T000000Z",
      `ATTACH;FMTTYPE=application/pdf;ENCODING=BASE64;VALUE=BINARY:${attachment}`,
      "DTSTART;TZID=America/New_York:20261210T150000",
      "SUMMARY:Interview with Contoso",
      "END:VEVENT",
    );
    const mail = [
      "From: Jordan Lee <jordan.lee@gmail.com>",
      "To: followup@followup.example.com",
      "Subject: Fwd: Interview with Contoso",
      "MIME-Version: 1.0",
      'Content-Type: text/calendar; charset="utf-8"; method=REQUEST',
      "",
      raw,
    ].join("\r\n");
    const { result, units } = await counted(mail);
    expect(result.status).toBe("ok");
    expect(result.interview.start).toBe("2026-12-10T15:00:00-05:00");
    expect(units).toBeLessThan(AT_ONCE_UNITS);
  });

  it("5,000 events in one file end within the bound", async () => {
    const events = Array.from({ length: 5_000 }, (_, index) =>
      [
        "BEGIN:VEVENT",
        `UID:e${index}@example.com`,
        `DTSTART:2027${String((index % 12) + 1).padStart(2, "0")}10T1500Z`,
        "RRULE:FREQ=DAILY;BYMONTH=2;BYMONTHDAY=30",
        `SUMMARY:Event ${index}`,
        "END:VEVENT",
      ].join("\r\n"),
    );
    const { result, units } = await counted(calendar(...events));
    expect(STATUSES).toContain(result.status);
    expect(units).toBeLessThan(WITHIN_BUDGET);
  });

  it("a parse that runs out of its work budget asks for the date rather than guessing", async () => {
    const raw = calendar(
      "BEGIN:VEVENT",
      "UID:z@example.com",
      "DTSTART:19700101T090000Z",
      "RRULE:FREQ=SECONDLY;COUNT=900000000;BYSECOND=0",
      "SUMMARY:Interview",
      "END:VEVENT",
    );
    const { result, units } = await counted(raw, 20_000);
    expect(result.status).toBe("needs-date");
    expect(result.reason).toMatch(/took more work than one invite may take/);
    // It stopped at its budget: the spend that ran out is the last one counted.
    expect(units).toBeGreaterThan(20_000);
    expect(units).toBeLessThan(2 * 20_000);
  });

  it("the budget's deadline stops work that its units would allow", () => {
    const budget = new WorkBudget(Number.MAX_SAFE_INTEGER, 0);
    const spend = () => {
      for (let index = 0; index < 10_000; index++) budget.spend(1, "a test");
    };
    expect(spend).toThrow(WorkBudgetExceededError);
  });
});

describe("no reader is superlinear on long text (fast-check)", () => {
  // 50,000 characters of one repeated unit (the text limit), around a real invitation: a regex that
  // backtracks across the line shows up as seconds here.
  const unit = fc.oneof(
    fc.constantFrom(
      "x",
      "A",
      "Ab ",
      "Ab Cd ",
      " from ",
      "Ab from ",
      ":",
      "1",
      "12:",
      "1/",
      "-",
      "\t",
      "\n",
      "\n\n",
      "> ",
      " at ",
      "Mon ",
      "a.m. ",
      "Mr ",
      "A. ",
      "From: ",
      "with ",
      "our ",
      "<a href='https://x'>",
      "&amp;",
      "(",
    ),
    fc.string({ minLength: 1, maxLength: 6 }),
  );
  it("every parse of a long line reads the invitation around it", async () => {
    await fc.assert(
      fc.asyncProperty(unit, fc.boolean(), async (piece, html) => {
        const filler = piece.repeat(Math.ceil(50_000 / piece.length)).slice(0, 50_000);
        const body = `Interview on December 9 at 11:00 AM Pacific ${filler} with Priya Patel from Acme`;
        const part = html
          ? `Content-Type: text/html; charset=utf-8\r\n\r\n<p>${body}</p>`
          : `Content-Type: text/plain; charset=utf-8\r\n\r\n${body}`;
        const raw = `From: Jordan Lee <jordan.lee@gmail.com>\r\nSubject: Fwd: Interview\r\nMIME-Version: 1.0\r\n${part}\r\n`;
        // No count of a regex's steps exists: a backtracking one shows up as a slow run here.
        const mail = await readMail(raw);
        const result = extractInterview(mail, { now: NOW, defaultZone: "America/Chicago" });
        expect(STATUSES).toContain(result.status);
      }),
      { numRuns: Number(process.env.LONG_RUNS ?? 40) },
    );
  });
});

describe("random calendars built to be expensive end within the bound (fast-check)", () => {
  const ruleLine = fc
    .tuple(
      fc.constantFrom("YEARLY", "MONTHLY", "WEEKLY", "DAILY", "HOURLY", "MINUTELY", "SECONDLY"),
      fc.constantFrom("", ";COUNT=1000000", ";COUNT=3", ";UNTIL=20991231T000000Z", ";UNTIL=19700102"),
      fc.constantFrom(
        "",
        ";BYMONTH=2;BYMONTHDAY=30",
        ";BYDAY=-5SU,53MO",
        ";BYSETPOS=-1;BYDAY=MO,TU",
        ";BYWEEKNO=53",
        ";BYHOUR=0,23;BYMINUTE=59",
      ),
      fc.constantFrom("", ";INTERVAL=7", ";INTERVAL=100000"),
    )
    .map(([freq, end, by, interval]) => `RRULE:FREQ=${freq}${end}${by}${interval}`);
  const line = fc.oneof(
    ruleLine,
    fc.constantFrom(
      "DTSTART:19000101T000000Z",
      "DTSTART;TZID=Custom:20261210T150000",
      "DTSTART;TZID=America/Chicago:20261210T150000",
      "DTSTART;VALUE=DATE:20261210",
      `EXDATE:${Array.from({ length: 400 }, (_, i) => `2027${String((i % 12) + 1).padStart(2, "0")}01T000000Z`).join(",")}`,
      `RDATE;VALUE=PERIOD:${Array.from({ length: 400 }, () => "20270101T000000Z/PT1H").join(",")}`,
      "RECURRENCE-ID:20261217T150000Z",
      "SEQUENCE:999999999999",
      "DURATION:P99999W",
    ),
  );
  const zone = fc
    .tuple(ruleLine, ruleLine)
    .map(([a, b]) =>
      [
        "BEGIN:VTIMEZONE",
        "TZID:Custom",
        "BEGIN:STANDARD",
        "DTSTART:16010101T020000",
        "TZOFFSETFROM:-0400",
        "TZOFFSETTO:-0500",
        a,
        "END:STANDARD",
        "BEGIN:DAYLIGHT",
        "DTSTART:16010101T020000",
        "TZOFFSETFROM:-0500",
        "TZOFFSETTO:-0400",
        b,
        "END:DAYLIGHT",
        "END:VTIMEZONE",
      ].join("\r\n"),
    );

  it("every parse ends", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(zone, { maxLength: 2 }),
        fc.array(fc.array(line, { maxLength: 8 }), { minLength: 1, maxLength: 4 }),
        async (zones, events) => {
          const raw = calendar(
            ...zones,
            ...events.map((lines, index) =>
              ["BEGIN:VEVENT", `UID:u${index}@example.com`, "SUMMARY:Interview", ...lines, "END:VEVENT"].join(
                "\r\n",
              ),
            ),
          );
          const { result, units } = await counted(raw);
          expect(STATUSES).toContain(result.status);
          expect(units).toBeLessThan(WITHIN_BUDGET);
        },
      ),
      { numRuns: 200 },
    );
  });
});
