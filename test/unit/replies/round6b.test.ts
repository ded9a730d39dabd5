/**
 * Round 6b reply classes (round6b/cases.ts): corrections without a marker word, decision days
 * told after "no answer yet", withdrawals told to someone, asides after a no, posts named by what
 * they run, sarcastic "… not", a bridge's Monday, a step moved on to, and clock hours with minutes.
 * Written while building (other wording than the failures); read at 36716b4, before this
 * round's rows and rules: 33 of 71 passed (traps mostly); after: 71 of 71.
 */
import { describe, expect, it } from "vitest";
import { round6Failure } from "./round6/check";
import * as CASES from "./round6b/cases";

describe("round 6b replies", () => {
  for (const [name, rows] of Object.entries(CASES))
    for (const row of rows) {
      const [lang, text, intent, date, time, prompt, now] = row;
      it(`${name} (${lang}) ${text} → ${intent}`, () =>
        expect(round6Failure([lang, text, intent, date, time, prompt], now)).toBeNull());
    }
});
