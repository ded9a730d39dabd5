/**
 * Outcome families: a pattern stands for every combination of its families' rows, and each
 * lexicon's closings hold what its patterns say, its guesses what they only suggest.
 */
import { describe, expect, it } from "vitest";
import { LANGS } from "../../../lambdas/domain/language/lang";
import { LEXICONS } from "../../../lambdas/domain/language/lexicons";
import { expandPatterns } from "../../../lambdas/domain/language/outcome-families";

describe("outcome families", () => {
  it("combine every row of each family named, once each", () => {
    const parts = { verb: ["binned", "dropped"], me: ["me", "my application"] };
    expect(expandPatterns(["{verb} {me}", "{verb} me"], parts)).toEqual([
      "binned me",
      "binned my application",
      "dropped me",
      "dropped my application",
    ]);
  });

  it("read a family named inside another family's row", () => {
    expect(expandPatterns(["{chose}"], { chose: ["voor {other} gekozen"], other: ["een ander"] })).toEqual([
      "voor een ander gekozen",
    ]);
  });

  it("refuse a pattern naming no family", () => {
    expect(() => expandPatterns(["{nothing} me"], {})).toThrow(/no family "nothing"/);
  });

  it.each(LANGS)("join the %s closings and guesses", (lang) => {
    const lexicon = LEXICONS[lang];
    const { parts, said, suggested } = lexicon.outcomeFamilies;
    for (const closing of ["offer", "rejected", "withdrawn"] as const) {
      for (const phrase of expandPatterns(said[closing] ?? [], parts))
        expect(lexicon.cues[closing]).toContain(phrase);
      for (const phrase of expandPatterns(suggested[closing] ?? [], parts))
        expect(lexicon.guesses[closing]).toContain(phrase);
    }
  });
});
