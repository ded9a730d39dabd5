import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { fold } from "../../../lambdas/domain/language/phrases";

/** fold as it reads every text through NFD: the result a text without accents must not change. */
function foldedThroughNfd(text: string): string {
  return text
    .toLowerCase()
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[’‘`´]/g, "'")
    .replace(/[“”«»„]/g, '"')
    .replace(/[–—]/g, "-")
    .replace(/\s/g, " ");
}

describe("fold", () => {
  it("is what a pass through NFD gives, for any text, with or without accents", () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ maxLength: 40 }),
          fc.string({ unit: "binary", maxLength: 40 }),
          fc.string({
            unit: fc.integer({ min: 0, max: 0x2ff }).map((code) => String.fromCharCode(code)),
            maxLength: 40,
          }),
        ),
        (text) => {
          // Act
          const folded = fold(text);
          // Assess
          expect(folded).toBe(foldedThroughNfd(text));
        },
      ),
      { numRuns: 500 },
    );
  });

  it.each([
    ["plain English", "We Regret To Inform You", "we regret to inform you"],
    ["Latin-1 signs below the accented letters", "Café ´quoted´ «ici» ¨ ª", "cafe 'quoted' \"ici\" ¨ ª"],
    ["a combining accent typed apart", "Entrevista te\u0301cnica", "entrevista tecnica"],
    ["a capital with an accent", "ÉTAPE SUIVANTE", "etape suivante"],
  ])("%s", (_case, text, expected) => {
    // Act
    const folded = fold(text);
    // Assess
    expect(folded).toBe(expected);
  });
});
