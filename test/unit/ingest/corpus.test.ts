import { readFileSync } from "node:fs";
import { join } from "node:path";
import { DateTime } from "luxon";
import { describe, expect, it } from "vitest";
import { ingest } from "../../../lambdas/domain/ingest";

const FIXTURES = join(import.meta.dirname, "../../fixtures/mail");

/** Each fixture's expected extraction: only the fields named are compared. */
interface Expected {
  status: string;
  defaultZone?: string;
  interviewers?: string[];
  decisionHint?: string;
  hasTnef?: boolean;
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
  it("has at least 30 messages", () => {
    expect(corpus.length).toBeGreaterThanOrEqual(30);
  });

  it.each(corpus)("%s", async (file, expected) => {
    const { defaultZone, interviewers, decisionHint, hasTnef, status, ...fields } = expected;
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
    if (decisionHint) expect(result.decisionHint).toBe(decisionHint);
    if (hasTnef !== undefined) expect(result.hasTnef).toBe(hasTnef);
  });
});
