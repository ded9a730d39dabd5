import { readFileSync } from "node:fs";
import { join } from "node:path";
import { DateTime } from "luxon";
import { describe, expect, it } from "vitest";
import { ingest } from "../../../lambdas/domain/ingest";

const FIXTURES = join(import.meta.dirname, "../../fixtures/mail");

/** Each fixture's expected extraction: only the fields named are compared. */
interface Expected {
  status: string;
  defaultZone?: string | null;
  interviewers?: string[];
  decisionHint?: string | null;
  outcome?: "rejected" | "offer" | null;
  hasTnef?: boolean;
  /** Words the reason for a status other than ok must contain. */
  reasonIncludes?: string;
  /** "reschedule" when the text moves an interview already arranged. */
  change?: "reschedule" | null;
  [field: string]: unknown;
}

const corpus = Object.entries(
  JSON.parse(readFileSync(join(FIXTURES, "expected.json"), "utf8")) as Record<string, Expected>,
);
const OWNERS = [
  "jordan.lee@gmail.com",
  "jordan.lee@yahoo.com",
  "jordan@proton.me",
  "jordan.lee@outlook.com",
  "jordan.lee@fastmail.com",
];
const NOW = DateTime.fromISO("2026-11-23T12:00:00Z");

describe("the forwarded-mail corpus", () => {
  it("has at least 120 messages", () => {
    expect(corpus.length).toBeGreaterThanOrEqual(120);
  });

  it.each(corpus)("%s", async (file, expected) => {
    const {
      defaultZone,
      interviewers,
      decisionHint,
      outcome,
      hasTnef,
      reasonIncludes,
      change,
      status,
      ...fields
    } = expected;
    const result = await ingest(readFileSync(join(FIXTURES, file)), {
      now: NOW,
      ownerAddresses: OWNERS,
      defaultZone: defaultZone ?? null,
    });
    expect(result.status, result.reason ?? "").toBe(status);
    expect(result.interview).toMatchObject(fields);
    if (interviewers)
      expect(result.interview.interviewers.map((person) => person.name ?? person.email)).toEqual(
        interviewers,
      );
    if (decisionHint !== undefined) expect(result.decisionHint).toBe(decisionHint);
    if (outcome !== undefined) expect(result.outcome ?? null).toBe(outcome);
    if (hasTnef !== undefined) expect(result.hasTnef).toBe(hasTnef);
    if (reasonIncludes !== undefined) expect(result.reason ?? "").toContain(reasonIncludes);
    expect(result.change ?? null).toBe(change ?? null);
  });

  it("never keeps a mailto: or a quote in an interviewer's address, nor the user", async () => {
    for (const [file, expected] of corpus) {
      const result = await ingest(readFileSync(join(FIXTURES, file)), {
        now: NOW,
        ownerAddresses: OWNERS,
        defaultZone: expected.defaultZone ?? null,
      });
      for (const person of result.interview.interviewers) {
        expect(person.email ?? "", file).not.toMatch(/mailto:|["'<>]/i);
        expect(OWNERS, file).not.toContain(person.email?.toLowerCase());
        expect(person.name ?? "", file).not.toMatch(/^Jordan( Lee)?$/);
      }
    }
  });
});
