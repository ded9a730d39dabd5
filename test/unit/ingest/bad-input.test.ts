/**
 * Bad input gets a clear answer or a clean rejection, never an unhandled exception, and each
 * spends at most its work budget (counted, not timed). Small cases live in test/fixtures/bad; huge
 * ones are generated here.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { DateTime } from "luxon";
import { describe, expect, it } from "vitest";
import { type IngestResult, ingest, UnreadableMailError } from "../../../lambdas/domain/ingest";
import { DEFAULT_WORK_UNITS } from "../../../lambdas/domain/ingest/budget";
import { countWork } from "../../support/work-units";

const BAD = join(import.meta.dirname, "../../fixtures/bad");
const cases = Object.entries(
  JSON.parse(readFileSync(join(BAD, "cases.json"), "utf8")) as Record<
    string,
    { expect: string[]; note: string }
  >,
);
const options = {
  now: DateTime.fromISO("2026-11-23T12:00:00Z"),
  ownerAddresses: ["jordan.lee@gmail.com"],
  defaultZone: "America/Chicago",
};

/** The budget, and the one spend that ran it out. */
const WITHIN_BUDGET = 2 * DEFAULT_WORK_UNITS;

/** Either a result or the one clean rejection (anything else fails the test), and the work spent. */
async function readSafely(raw: Uint8Array | string): Promise<{ result: IngestResult | null; units: number }> {
  const { value: result, units } = await countWork(async () => {
    try {
      return await ingest(raw, options);
    } catch (error) {
      if (error instanceof UnreadableMailError) return null;
      throw error;
    }
  });
  return { result, units };
}

const HEADERS =
  "From: Jordan Lee <jordan.lee@gmail.com>\r\nTo: followup@followup.example.com\r\nSubject: Fwd: Interview\r\nMIME-Version: 1.0\r\n";

const GENERATED: Array<[string, () => string]> = [
  [
    "a 5 MB single line",
    () =>
      `${HEADERS}Content-Type: text/plain\r\n\r\nInterview on December 9 at 11:00 AM Pacific ${"x".repeat(5 * 1024 * 1024)}\r\n`,
  ],
  [
    "10,000 MIME parts",
    () =>
      `${HEADERS}Content-Type: multipart/mixed; boundary="b"\r\n\r\n${"--b\r\nContent-Type: text/plain\r\n\r\nInterview on December 9 at 11:00 AM Pacific\r\n".repeat(10_000)}--b--\r\n`,
  ],
  [
    "MIME nesting 1,000 deep",
    () => {
      let body = "Content-Type: text/plain\r\n\r\ninterview\r\n";
      for (let depth = 0; depth < 1000; depth++)
        body = `Content-Type: multipart/mixed; boundary="b${depth}"\r\n\r\n--b${depth}\r\n${body}--b${depth}--\r\n`;
      return `${HEADERS}${body}`;
    },
  ],
  [
    "a huge calendar part with 20,000 attendees",
    () =>
      `${HEADERS}Content-Type: text/calendar; method=REQUEST\r\n\r\nBEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nUID:x\r\nDTSTART:20261210T150000Z\r\nSUMMARY:Interview\r\n${Array.from({ length: 20_000 }, (_, index) => `ATTENDEE;CN=P${index}:mailto:p${index}@acme.com`).join("\r\n")}\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n`,
  ],
];

describe("the bad-input corpus", () => {
  it("has at least 40 cases", () => {
    expect(cases.length + GENERATED.length).toBeGreaterThanOrEqual(40);
  });

  it.each(cases)("%s", async (file, { expect: allowed }) => {
    const { result, units } = await readSafely(readFileSync(join(BAD, file)));
    if (result) expect(allowed).toContain(result.status);
    else expect(allowed).toEqual(expect.arrayContaining(["not-an-interview"]));
    expect(units).toBeLessThan(WITHIN_BUDGET);
  });

  it.each(GENERATED)("%s", async (_name, make) => {
    const { result, units } = await readSafely(make());
    if (result) expect(["ok", "needs-date", "not-an-interview", "cancelled"]).toContain(result.status);
    expect(units).toBeLessThan(WITHIN_BUDGET);
  });

  it("keeps at most 50 interviewers from a 500-attendee invite, and no CR/LF in any field", async () => {
    const { result } = await readSafely(readFileSync(join(BAD, "ics-500-attendees.eml")));
    expect(result?.interview.interviewers.length).toBeLessThanOrEqual(50);
    const injected = await readSafely(readFileSync(join(BAD, "header-injection-subject.eml")));
    expect(injected.result?.interview.title ?? "").not.toMatch(/[\r\n]/);
  });
});

describe("fuzzing (fast-check): no crash, no hang", () => {
  it("arbitrary bodies in a mail", async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ maxLength: 2_000 }), async (body) => {
        const { units } = await readSafely(
          `${HEADERS}Content-Type: text/plain; charset=utf-8\r\n\r\n${body}`,
        );
        expect(units).toBeLessThan(WITHIN_BUDGET);
      }),
      { numRuns: 150 },
    );
  });

  it("arbitrary calendar lines", async () => {
    const line = fc.oneof(
      fc.string({ maxLength: 80 }),
      fc.constantFrom(
        "DTSTART:20261210T150000Z",
        "DTEND:20261210T140000Z",
        "RRULE:FREQ=SECONDLY",
        "BEGIN:VEVENT",
        "END:VEVENT",
        "DTSTART;TZID=X:20261210T150000",
        "METHOD:CANCEL",
        "SEQUENCE:-5",
        "DURATION:PT-1H",
      ),
    );
    await fc.assert(
      fc.asyncProperty(fc.array(line, { maxLength: 30 }), async (lines) => {
        const { units } = await readSafely(
          `BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\n${lines.join("\r\n")}\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n`,
        );
        expect(units).toBeLessThan(WITHIN_BUDGET);
      }),
      { numRuns: 150 },
    );
  });

  it("arbitrary bytes", async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 4_000 }), async (bytes) => {
        const { units } = await readSafely(bytes);
        expect(units).toBeLessThan(WITHIN_BUDGET);
      }),
      { numRuns: 150 },
    );
  });
});
