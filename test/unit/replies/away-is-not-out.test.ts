/**
 * "I'm out" is a withdrawal in slang and an absence too ("i'm out until monday", "bin raus bis
 * montag", "tô fora até segunda"): it is asked about, never applied.
 */
import { DateTime } from "luxon";
import { describe, expect, it } from "vitest";
import type { Lang } from "../../../lambdas/domain/language/lang";
import { understandReply } from "../../../lambdas/domain/replies";

const zone = "Europe/Berlin";
const now = DateTime.fromISO("2026-11-25T10:00:00", { zone });

const ROWS: ReadonlyArray<readonly [Lang, string]> = [
  ["en", "nothing yet, I'm out until the 10th"],
  ["en", "i'm out until monday"],
  ["en", "im out"],
  ["de", "noch nix, bin raus bis montag"],
  ["de", "bin raus"],
  ["pt", "tô fora até segunda"],
  ["pt", "estou fora essa semana"],
];

describe("an 'out' that may be an absence", () => {
  it.each(ROWS)("(%s) %s is asked, not applied", (lang, text) => {
    const reading = understandReply(text, { now, zone, languages: [lang, "en"], replyingTo: "follow-up-1" });
    if (reading.intent === "withdrawn") expect(reading.needsConfirmation).toBe(true);
    else expect(["offer", "rejected"]).not.toContain(reading.intent);
  });
});
