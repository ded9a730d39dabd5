import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  LEXICON_LIST,
  phraseAlternatives,
  phrasePattern,
} from "../../../lambdas/domain/ingest/invite-language";

/**
 * The pattern as written before its look at the first character: the meaning that must not change
 * (a phrase ending with an elision, "dell'", may run on into the next word).
 */
function plainPattern(phrases: readonly string[], flags: string): RegExp {
  return new RegExp(
    `(?<![\\p{L}\\p{N}])(?:${phraseAlternatives(phrases)})(?:(?<=['’])|(?![\\p{L}\\p{N}]))`,
    flags,
  );
}

const lexiconPhrase = fc.constantFrom(...LEXICON_LIST.flatMap((lexicon) => lexicon.interviewWords));
/** Phrases as tables hold them, and odd ones: a leading space, a bracket, a dash, an emoji, none. */
const phrase = fc.oneof(
  lexiconPhrase,
  fc.constantFrom("", " leading", "-dash", "]bracket", "^caret", "\\slash", "😀 smile", "Straße", "ÉTAPE"),
  fc.string({ minLength: 1, maxLength: 8 }),
);

describe("a phrase pattern's look at the first character", () => {
  it("finds what the pattern without it finds, at the same place, in any flags", () => {
    fc.assert(
      fc.property(
        fc.array(phrase, { maxLength: 6 }),
        fc.array(fc.oneof(lexiconPhrase, phrase, fc.string({ maxLength: 12 })), { maxLength: 8 }),
        fc.constantFrom("iu", "giu", "u"),
        (phrases, pieces, flags) => {
          // Prepare
          const text = pieces.join(" ");
          // Act
          const fast = [
            ...text.matchAll(
              new RegExp(phrasePattern(phrases, flags).source, `gu${flags.replace(/[gu]/g, "")}`),
            ),
          ];
          const plain = [
            ...text.matchAll(
              new RegExp(plainPattern(phrases, flags).source, `gu${flags.replace(/[gu]/g, "")}`),
            ),
          ];
          // Assess
          expect(fast.map((match) => [match.index, match[0]])).toEqual(
            plain.map((match) => [match.index, match[0]]),
          );
        },
      ),
      { numRuns: 400 },
    );
  });

  it.each([
    [
      "an interview word at the start of the text",
      ["Vorstellungsgespräch"],
      "Vorstellungsgespräch am Montag",
      0,
    ],
    ["a word in capitals", ["entretien"], "Votre ENTRETIEN est confirmé", 6],
    ["a phrase inside a longer word, never", ["view"], "interview", -1],
    ["a phrase opening with a space, still read after a tab", [" leading"], "\tleading one", 0],
    [
      "a phrase ending with an elision, before the word it joins",
      ["imprevisto dell'"],
      "un imprevisto dell'Avv. Rossi",
      3,
    ],
    [
      "a gap of a few words inside a phrase",
      ["ich bin … dabei"],
      "Ich bin beim Gespräch ebenfalls dabei.",
      0,
    ],
    ["a gap never across a sentence's end", ["ich bin … dabei"], "Ich bin krank. Jonas ist dabei.", -1],
  ])("%s", (_case, phrases, text, index) => {
    // Prepare
    const pattern = phrasePattern(phrases);
    // Act
    const found = pattern.exec(text)?.index ?? -1;
    // Assess
    expect(found).toBe(index);
  });
});
