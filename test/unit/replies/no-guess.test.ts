/**
 * No closing on a guess, in every language: a closing phrase from the lexicon said of someone
 * else, asked, or put as a condition never closes the application at once (it may at most be
 * asked about). The texts are composed from the lexicons' own tables, so a new row is covered.
 */
import fc from "fast-check";
import { DateTime } from "luxon";
import { describe, expect, it } from "vitest";
import { LANGS, type Lang } from "../../../lambdas/domain/language/lang";
import { LEXICONS } from "../../../lambdas/domain/language/lexicons";
import { understandReply } from "../../../lambdas/domain/replies";

const zone = "America/Chicago";
const now = DateTime.fromISO("2026-11-25T10:00:00", { zone });
const CLOSING = new Set(["offer", "rejected", "withdrawn"]);

/** A phrase as a person would type it: a stem written out, a gap left empty. */
const typed = (phrase: string) => phrase.replace(/\*$/, "ed").replace(/\s*…\s*/g, " ");

function closingPhrases(lang: Lang): string[] {
  const { cues } = LEXICONS[lang];
  return [...cues.offer, ...cues.rejected, ...cues.withdrawn]
    .filter((phrase) => /\p{L}{3}/u.test(phrase))
    .map(typed);
}

const applied = (text: string, lang: Lang) => {
  const read = understandReply(text, { now, zone, languages: [lang], company: "Acme" });
  return CLOSING.has(read.intent) && !read.needsConfirmation;
};

describe.each(LANGS)("no applied closing from a guess (%s)", (lang) => {
  const lexicon = LEXICONS[lang];
  const phrase = fc.constantFrom(...closingPhrases(lang));

  it("about a third person", () => {
    fc.assert(
      fc.property(fc.constantFrom(...lexicon.subjects.others), phrase, (other, closing) => {
        expect(applied(`${other} ${closing}`, lang)).toBe(false);
      }),
      { numRuns: 150 },
    );
  });

  it("asked", () => {
    fc.assert(
      fc.property(phrase, fc.constantFrom("?", " ?", "??", "? 🤔"), (closing, mark) => {
        expect(applied(`${closing}${mark}`, lang)).toBe(false);
      }),
      { numRuns: 150 },
    );
  });

  it("as a condition", () => {
    fc.assert(
      fc.property(fc.constantFrom(...lexicon.conditional), phrase, (condition, closing) => {
        expect(applied(`${condition} ${closing}`, lang)).toBe(false);
      }),
      { numRuns: 150 },
    );
  });
});
