/**
 * Contact, where who did it decides the step: the user's own call or message is a follow-up, the
 * user's thanks a thank-you, the employer's call or message with no verdict and no day "heard
 * back"; and the traps beside them (not heard yet, asked, planned, hoped, still no rejection).
 */
import { DateTime } from "luxon";
import { describe, expect, it } from "vitest";
import type { Lang } from "../../../lambdas/domain/language/lang";
import { understandReply } from "../../../lambdas/domain/replies";
import { CONTACT, CONTACT_GAPS, CONTACT_TRAPS } from "./contact/cases";

// Wednesday, Nov 25 2026, 10:00 in Madrid.
const zone = "Europe/Madrid";
const now = DateTime.fromISO("2026-11-25T10:00:00", { zone });

const read = (text: string, lang: Lang) =>
  understandReply(text, { now, zone, languages: [lang, "en"], company: "Acme" });

/** No contact step and no closing, not even one asked about. */
const NEVER = new Set(["followed-up", "heard-back", "thanked", "offer", "rejected", "withdrawn"]);

describe("contact: who called or wrote decides the step", () => {
  for (const [lang, rows] of Object.entries(CONTACT) as Array<[Lang, (typeof CONTACT)["en"]]>)
    describe(lang, () => {
      it.each(rows)("%s → %s", (text, intent) => {
        expect(read(text, lang).intent).toBe(intent);
      });
    });
});

describe("contact traps: nothing heard, asked, planned, hoped", () => {
  for (const [lang, texts] of Object.entries(CONTACT_TRAPS) as Array<[Lang, readonly string[]]>)
    describe(lang, () => {
      it.each(texts)("%s", (text) => {
        expect(NEVER.has(read(text, lang).intent)).toBe(false);
      });
    });
});

describe("contact gaps: not read yet", () => {
  it.fails.each(CONTACT_GAPS)("%s: %s → %s", (lang, text, intent) => {
    expect(read(text, lang).intent).toBe(intent);
  });
});
