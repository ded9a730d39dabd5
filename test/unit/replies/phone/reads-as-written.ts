/**
 * How a phone row is checked (phone/types.ts): read on Wednesday, Nov 25 2026, 10:00 in Paris, for
 * a user who set the reply's language and English, about Acme.
 */
import { DateTime } from "luxon";
import { expect } from "vitest";
import type { Lang } from "../../../../lambdas/domain/language/lang";
import { understandReply } from "../../../../lambdas/domain/replies";
import type { PhoneRow } from "./types";

const zone = "Europe/Paris";
const now = DateTime.fromISO("2026-11-25T10:00:00", { zone });
const CLOSINGS = new Set(["offer", "rejected", "withdrawn"]);

function read(text: string, lang: Lang, replyingTo: PhoneRow[3] | null) {
  return understandReply(text, {
    now,
    zone,
    languages: [lang, "en"],
    company: "Acme",
    replyingTo: replyingTo ?? null,
  });
}

/** The row read as written: its intent, its day or instant ("*": any), a closing applied or asked as marked. */
export function readsAsWritten([text, expected, date, replyingTo]: PhoneRow, lang: Lang): void {
  const reading = read(text, lang, replyingTo ?? null);
  const intent = expected.replace(/\?$/, "");
  expect(reading.intent).toBe(intent);
  if (CLOSINGS.has(intent)) expect(reading.needsConfirmation === true).toBe(expected.endsWith("?"));
  if (date === "*") expect(reading.date).not.toBeNull();
  else if (date) expect(reading.date?.startsWith(date)).toBe(true);
}

/** A trap reads as nothing, or as a closing only asked about, never applied. */
export function readsAsNothing(text: string, lang: Lang): void {
  const reading = read(text, lang, null);
  if (CLOSINGS.has(reading.intent)) expect(reading.needsConfirmation).toBe(true);
  else expect(["unknown", "help"]).toContain(reading.intent);
}
