/**
 * Replies written as native speakers type them on a phone, in English, German, Dutch and
 * Portuguese: a table per language (native/), at least twelve per intent, and traps that must
 * stay unknown: other people's outcomes, questions, conditions, fears, denials, a joke taken
 * back, a flat or a loan turned down, a counter-offer, thanks for the digest.
 */
import { DateTime } from "luxon";
import { describe, expect, it } from "vitest";
import type { Lang } from "../../../lambdas/domain/language/lang";
import { understandReply } from "../../../lambdas/domain/replies";
import { DE } from "./native/de";
import { EN } from "./native/en";
import { NL } from "./native/nl";
import { PT } from "./native/pt";
import type { NativeCases, NativeRow } from "./native/types";

// Wednesday, Nov 25 2026, 10:00 in Berlin.
const zone = "Europe/Berlin";
const now = DateTime.fromISO("2026-11-25T10:00:00", { zone });

const CLOSINGS = new Set(["offer", "rejected", "withdrawn"]);

const LANGUAGES: ReadonlyArray<readonly [Lang, NativeCases]> = [
  ["en", EN],
  ["de", DE],
  ["nl", NL],
  ["pt", PT],
];

describe.each(LANGUAGES)("(%s) native replies", (lang, cases) => {
  const rows = Object.entries(cases).flatMap(([group, list]) =>
    list.map(([text, expected, date, prompt]: NativeRow) => ({ group, text, expected, date, prompt })),
  );
  it.each(rows)("$group: $text → $expected", ({ text, expected, date, prompt }) => {
    // Prepare: the clock above, the user's own language first; Act
    const reading = understandReply(text, {
      now,
      zone,
      languages: [lang, "en"],
      company: "Acme",
      replyingTo: prompt ?? null,
    });
    // Assess: the intent; a closing applied only when plainly stated ("offer?": asked about)
    const intent = expected.replace("?", "");
    expect(reading.intent).toBe(intent);
    if (CLOSINGS.has(intent)) expect(reading.needsConfirmation === true).toBe(expected.endsWith("?"));
    if (date === "*") expect(reading.date).not.toBeNull();
    else if (date) expect(reading.date?.startsWith(date)).toBe(true);
  });
});
