import { createHash } from "node:crypto";
import type { DateTime } from "luxon";
import { localZone, type PolicyConfig } from "../../domain/config";
import type { InterviewRecord } from "../../domain/interview/record";
import { ConflictError, type InterviewStore } from "../../ports";

/** Ids are hashes: stable across retries and re-forwards, and free of personal data in keys. */
export function stableId(...parts: string[]): string {
  return createHash("sha256").update(parts.join("\u0000")).digest("hex").slice(0, 24);
}

/** Legal forms a company name may end with ("Acme Robotics, Inc." is "Acme Robotics"). */
const LEGAL_FORMS = [
  "inc",
  "llc",
  "ltd",
  "gmbh",
  "ag",
  "plc",
  "corp",
  "corporation",
  "co",
  "company",
  "limited",
  "sa",
  "bv",
  "oy",
  "ab",
];
const COMPANY_SUFFIXES = new RegExp(`\\b(${LEGAL_FORMS.join("|")})\\b\\.?`, "g");

/** A company name as words to compare: lower case, legal suffixes and punctuation gone. */
export function companyWords(company: string): string {
  return company
    .toLowerCase()
    .replace(COMPANY_SUFFIXES, "")
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

/** Rounds with the same company form one application; unknown companies stand alone. */
export function applicationIdFor(company: string | null, fallback: string): string {
  const normalised = company ? companyWords(company) : "";
  return normalised ? stableId("company", normalised) : stableId("interview", fallback);
}

export function zoneOf(record: Pick<InterviewRecord, "interview">, policy: PolicyConfig): string {
  return localZone(policy, record.interview);
}

const MAX_ATTEMPTS = 4;

/**
 * Read–modify–write of one record with a conditional write, retried on a concurrent change.
 * `change` returns the new record (its revision is bumped here) or null to leave it alone.
 */
export async function updateRecord(
  store: InterviewStore,
  key: { ownerId: string; interviewId: string },
  now: DateTime,
  change: (current: InterviewRecord) => InterviewRecord | null,
): Promise<{ before: InterviewRecord; after: InterviewRecord } | null> {
  for (let attempt = 1; ; attempt++) {
    const before = await store.get(key.ownerId, key.interviewId);
    if (!before) return null;
    const changed = change(before);
    if (!changed) return null;
    const after = { ...changed, revision: before.revision + 1, updatedAt: now.toUTC().toISO() ?? "" };
    try {
      await store.save(after);
      return { before, after };
    } catch (error) {
      if (!(error instanceof ConflictError) || attempt >= MAX_ATTEMPTS) throw error;
    }
  }
}
